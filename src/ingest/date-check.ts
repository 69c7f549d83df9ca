import type { DossierDate } from './dossier.schema';

/** True when an ISO YYYY-MM-DD string names a real calendar day. */
export function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const DAY_MS = 86400000;
const days = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY_MS;

/**
 * What is wrong with a date, or an empty list. Bounds must be real days in order, and the
 * interval must fit the stated precision (a YEAR is one calendar year, a WEEK seven days, …).
 */
export function dateProblems(date: DossierDate): Array<{ path: string; message: string }> {
  const problems: Array<{ path: string; message: string }> = [];
  for (const key of ['start', 'end'] as const) {
    const value = date[key];
    if (value !== undefined && !isCalendarDate(value))
      problems.push({ path: key, message: `${value} is not a calendar date` });
  }
  if (problems.length > 0) return problems;
  const { start, end, precision } = date;
  if (start && end && end < start)
    problems.push({ path: 'end', message: `ends (${end}) before it starts (${start})` });
  if (precision !== 'UNKNOWN' && !start)
    problems.push({ path: 'start', message: `precision ${precision} needs a start` });
  if (!start || !end || problems.length > 0) return problems;
  const fits =
    precision === 'DAY' ||
    (precision === 'WEEK' && days(start, end) === 6) ||
    (precision === 'MONTH' &&
      start.endsWith('-01') &&
      start.slice(0, 7) === end.slice(0, 7) &&
      isMonthEnd(end)) ||
    (precision === 'YEAR' &&
      start.slice(4) === '-01-01' &&
      end.slice(4) === '-12-31' &&
      start.slice(0, 4) === end.slice(0, 4)) ||
    precision === 'UNKNOWN';
  if (!fits)
    problems.push({
      path: 'precision',
      message: `${start}..${end} is not one ${precision.toLowerCase()}`,
    });
  return problems;
}

function isMonthEnd(value: string): boolean {
  const next = new Date(Date.parse(value) + DAY_MS);
  return next.getUTCDate() === 1;
}
