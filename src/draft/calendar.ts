/** Day arithmetic on ISO dates (YYYY-MM-DD), in UTC, and the date a draft gives. Pure. */

/** A date as a dossier holds it: the bounds the text allows, their precision, and how. */
export interface DraftDate {
  start?: string;
  end?: string;
  precision: 'DAY' | 'WEEK' | 'MONTH' | 'YEAR' | 'UNKNOWN';
  note: string;
}

const DAY = 86400000;
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const at = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The day `days` after (or before) an ISO day. */
export const plus = (day: string, days: number): string => iso(at(day) + days * DAY);

/** An ISO day written out in English: "Wednesday, 4 February 2026". */
export const long = (day: string): string =>
  new Date(at(day)).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** The ISO day of a year, a month (0 for January) and a day. */
export const dayOf = (year: number, month: number, day: number): string =>
  `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** Monday 0 to Sunday 6. */
export const weekdayOf = (day: string): number => (new Date(at(day)).getUTCDay() + 6) % 7;

/** The week (Monday to Sunday) of a day, or `weeksBack` weeks before it. */
export function weekOf(day: string, weeksBack: number): { start: string; end: string } {
  const monday = plus(day, -weekdayOf(day) - 7 * weeksBack);
  return { start: monday, end: plus(monday, 6) };
}
