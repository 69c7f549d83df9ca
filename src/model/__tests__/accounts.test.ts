import { accountsOf, datesAgree, disputedPoints, type StatedAccount } from '../accounts';

const day = (d: string) => ({ start: d, end: d, precision: 'DAY', note: null });
const month = (start: string, end: string) => ({ start, end, precision: 'MONTH', note: null });

describe('datesAgree', () => {
  it('agrees where the intervals meet, and where a date says nothing', () => {
    expect(datesAgree(day('2026-02-04'), day('2026-02-04'))).toBe(true);
    expect(datesAgree(day('2026-02-04'), day('2026-02-05'))).toBe(false);
    expect(datesAgree(day('2026-02-04'), month('2026-02-01', '2026-02-28'))).toBe(true);
    expect(datesAgree(day('2026-03-04'), month('2026-02-01', '2026-02-28'))).toBe(false);
    expect(
      datesAgree(day('2026-02-04'), { start: null, end: null, precision: 'UNKNOWN', note: null }),
    ).toBe(true);
    // A missing end is open: a war since 2022 meets any later day, and nothing before it.
    const since = (start: string) => ({ start, end: null, precision: 'DAY', note: null });
    expect(datesAgree(since('2022-02-24'), day('2026-02-04'))).toBe(true);
    expect(datesAgree(since('2026-02-24'), day('2026-02-04'))).toBe(false);
  });
});

describe('disputedPoints', () => {
  const stated = (
    dossier: string,
    date: ReturnType<typeof day> | null,
    participants: Array<[string, string]> = [],
  ): StatedAccount => ({
    dossier,
    event: date
      ? {
          props: { dateStart: date.start, dateEnd: date.end, datePrecision: date.precision },
          evidence: [`evidence:${dossier}`],
        }
      : null,
    participants: participants.map(([role, entity]) => ({ role, entity, evidence: [] })),
    places: [],
  });
  const held = (dossier: string, places: Array<[string, string[]]>): StatedAccount => ({
    ...stated(dossier, null),
    places: places.map(([entity, within]) => ({
      entity,
      within,
      evidence: [`evidence:${dossier}-${entity}`],
    })),
  });

  it('names the dates that cannot be the same, and the accounts on each side', () => {
    const accounts = accountsOf([
      stated('c', day('2026-02-05')),
      stated('a', day('2026-02-04')),
      stated('b', month('2026-02-01', '2026-02-28')),
      stated('d', null),
    ]);
    expect(disputedPoints(accounts)).toEqual([
      { aspect: 'DATE', role: null, dossiers: ['a', 'c'] },
    ]);
  });

  it('takes more participants for detail, and none in common for disagreement', () => {
    const accounts = accountsOf([
      stated('a', null, [
        ['PARTY', 'x'],
        ['PARTY', 'y'],
        ['MEDIATOR', 'm'],
      ]),
      stated('b', null, [
        ['PARTY', 'x'],
        ['MEDIATOR', 'm'],
        ['MEDIATOR', 'n'],
      ]),
      stated('c', null, [['MEDIATOR', 'o']]),
      stated('d', null, [['HOST', 'h']]),
    ]);
    expect(disputedPoints(accounts)).toEqual([
      { aspect: 'PARTICIPANTS', role: 'MEDIATOR', dossiers: ['a', 'b', 'c'] },
    ]);
  });

  it('takes a place within another for agreement, and two apart for disagreement', () => {
    const city = (id: string): [string, string[]] => [id, ['region:r', 'country:c']];
    const accounts = accountsOf([
      held('a', [city('city:one')]),
      held('b', [['country:c', []]]),
      held('c', [city('city:two')]),
      held('d', [['region:r', ['country:c']]]),
      held('e', []),
    ]);
    // b and d name what holds both cities: more or less detail, not disagreement.
    expect(disputedPoints(accounts)).toEqual([
      { aspect: 'PLACE', role: null, dossiers: ['a', 'c'] },
    ]);
    expect(accounts.find((a) => a.dossier === 'a')!.evidence).toEqual(['evidence:a-city:one']);
    expect(
      disputedPoints(accountsOf([held('a', [city('city:one')]), held('b', [city('city:one')])])),
    ).toEqual([]);
  });

  it('finds nothing where accounts agree or are silent', () => {
    expect(
      disputedPoints(
        accountsOf([
          stated('a', day('2026-02-04'), [['MEDIATOR', 'm']]),
          stated('b', day('2026-02-04')),
          stated('c', null, [['MEDIATOR', 'm']]),
        ]),
      ),
    ).toEqual([]);
  });
});
