import { meetsGrade, MINIMUM_GRADES, outletGrade } from '../reliability';

describe('outletGrade', () => {
  it('takes the most cautious grade that judges the outlet', () => {
    expect(outletGrade(['B'])).toBe('B');
    expect(outletGrade(['A', 'C', 'B'])).toBe('C');
    expect(outletGrade(['F', 'B'])).toBe('B');
  });

  it('gives none when no analyst judges it', () => {
    expect(outletGrade([])).toBeNull();
    expect(outletGrade(['F'])).toBeNull();
    expect(outletGrade([null])).toBeNull();
  });
});

describe('meetsGrade', () => {
  it('keeps grades at least the minimum, A best', () => {
    expect(meetsGrade('A', 'B')).toBe(true);
    expect(meetsGrade('B', 'B')).toBe(true);
    expect(meetsGrade('C', 'B')).toBe(false);
    expect(meetsGrade('E', 'E')).toBe(true);
  });

  it('keeps everything with no minimum, and nothing ungraded with one', () => {
    expect(meetsGrade(null, null)).toBe(true);
    expect(meetsGrade('E', null)).toBe(true);
    expect(meetsGrade(null, 'E')).toBe(false);
    expect(meetsGrade('F', 'E')).toBe(false);
  });

  it('offers A to E as minimums', () => {
    expect(MINIMUM_GRADES).toEqual(['A', 'B', 'C', 'D', 'E']);
  });
});
