import { dateProblems, isCalendarDate } from '../date-check';

describe('dates', () => {
  it('knows real calendar days', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
  });

  it('checks bounds against the stated precision', () => {
    expect(dateProblems({ start: '2022-01-01', end: '2022-12-31', precision: 'YEAR' })).toEqual([]);
    expect(dateProblems({ start: '2026-01-26', end: '2026-02-01', precision: 'WEEK' })).toEqual([]);
    expect(dateProblems({ start: '2026-02-01', end: '2026-02-28', precision: 'MONTH' })).toEqual(
      [],
    );
    expect(dateProblems({ end: '2026-02-04', precision: 'UNKNOWN' })).toEqual([]);
    expect(
      dateProblems({ start: '2022-01-01', end: '2022-06-30', precision: 'YEAR' })[0].path,
    ).toBe('precision');
    expect(
      dateProblems({ start: '2026-02-05', end: '2026-02-04', precision: 'DAY' })[0].message,
    ).toMatch(/before it starts/);
    expect(dateProblems({ precision: 'DAY' })[0].message).toMatch(/needs a start/);
  });
});
