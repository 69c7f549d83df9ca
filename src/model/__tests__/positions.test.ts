import {
  opposedPositions,
  positionAccounts,
  positionsOppose,
  type StatedPosition,
} from '../positions';

const stated = (
  dossier: string,
  stance: string,
  more: Record<string, unknown> = {},
  relation = 'rel:holds-position:country:x:issue:truce',
): StatedPosition => ({
  relation,
  dossier,
  props: { stance, ...more },
  evidence: [`evidence:${dossier}`],
});

describe('positionsOppose', () => {
  const [a, b] = positionAccounts([stated('a', 'REJECTS'), stated('b', 'SUPPORTS')]);

  it('opposes a rejection to a support, a demand or a proposal, and nothing else', () => {
    expect(positionsOppose(a, b)).toBe(true);
    const [demands, proposes, supports] = positionAccounts([
      stated('c', 'DEMANDS'),
      stated('d', 'PROPOSES'),
      stated('e', 'SUPPORTS'),
    ]);
    expect(positionsOppose(a, demands)).toBe(true);
    expect(positionsOppose(a, proposes)).toBe(true);
    expect(positionsOppose(demands, supports)).toBe(false);
    expect(positionsOppose(a, a)).toBe(false);
  });

  it('leaves a qualified rejection beside a support: it is narrower than the issue', () => {
    const [qualified] = positionAccounts([stated('q', 'REJECTS', { qualifiers: ['UNILATERAL'] })]);
    expect(positionsOppose(qualified, b)).toBe(false);
  });

  it('takes positions for times that do not meet as a change of mind', () => {
    const [before, after] = positionAccounts([
      stated('a', 'REJECTS', { asOf: '2026-01-10' }),
      stated('b', 'SUPPORTS', { asOf: '2026-02-04' }),
    ]);
    expect(positionsOppose(before, after)).toBe(false);
    const [since] = positionAccounts([stated('c', 'SUPPORTS', { validFrom: '2026-01-01' })]);
    // Open from January: it meets the rejection of the 10th.
    expect(positionsOppose(before, since)).toBe(true);
    const [until] = positionAccounts([stated('d', 'SUPPORTS', { validTo: '2025-12-31' })]);
    expect(positionsOppose(before, until)).toBe(false);
  });
});

describe('opposedPositions', () => {
  it('gives the sides only, across relationships and dossiers', () => {
    const accounts = positionAccounts([
      stated('b', 'SUPPORTS'),
      stated('a', 'REJECTS', {}, 'rel:own-id'),
      stated('c', 'SUPPORTS', { attestedBy: 'claim:c' }),
    ]);
    expect(opposedPositions(accounts).map((p) => `${p.dossier} ${p.stance}`)).toEqual([
      'b SUPPORTS',
      'c SUPPORTS',
      'a REJECTS',
    ]);
    expect(accounts.find((p) => p.dossier === 'c')!.attestedBy).toBe('claim:c');
    expect(opposedPositions(accounts.filter((p) => p.stance === 'SUPPORTS'))).toEqual([]);
  });

  it('leaves out a statement with no stance (a dossier that only refers to it)', () => {
    expect(positionAccounts([{ relation: 'r', dossier: 'a', props: null, evidence: [] }])).toEqual(
      [],
    );
  });
});
