/**
 * Positions as each dossier states them: who holds which stance on an issue, when, and through
 * which claim. Two dossiers (or two relationships) may give one holder opposite stances on one
 * issue for the same time; both are kept, each with its sources, and the positions are disputed.
 * Pure: the ingest marks disputed positions with it and the API lists them side by side.
 */

/** One dossier's statement of one position relationship, as stored. */
export interface StatedPosition {
  /** The relationship's id. */
  relation: string;
  dossier: string;
  props: Record<string, unknown> | null;
  evidence: string[];
}

export interface PositionAccount {
  relation: string;
  dossier: string;
  stance: string;
  strength: string | null;
  qualifiers: string[];
  validFrom: string | null;
  validTo: string | null;
  asOf: string | null;
  /** The claim the position is known through, when the source has it only from someone. */
  attestedBy: string | null;
  evidence: string[];
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** The accounts of one holder's positions on one issue, in relationship and dossier order. */
export function positionAccounts(stated: readonly StatedPosition[]): PositionAccount[] {
  return stated
    .filter((s) => str(s.props?.stance) !== null)
    .map(({ relation, dossier, props, evidence }) => ({
      relation,
      dossier,
      stance: str(props!.stance)!,
      strength: str(props!.strength),
      qualifiers: Array.isArray(props!.qualifiers) ? (props!.qualifiers as string[]) : [],
      validFrom: str(props!.validFrom),
      validTo: str(props!.validTo),
      asOf: str(props!.asOf),
      attestedBy: str(props!.attestedBy),
      evidence,
    }))
    .sort((a, b) => (`${a.relation} ${a.dossier}` < `${b.relation} ${b.dossier}` ? -1 : 1));
}

/**
 * The time a position is stated for: from `validFrom` to `validTo`, or the day it is attested
 * (`asOf`) where a bound is missing; a bound still missing is open.
 */
function period(p: PositionAccount): { start: string | null; end: string | null } {
  return { start: p.validFrom ?? p.asOf, end: p.validTo ?? p.asOf };
}

/**
 * Whether two positions cannot both hold: one rejects what the other demands, supports or
 * proposes, for times that meet. A qualified position ("rejects a unilateral truce") is narrower
 * than the issue and may stand beside its opposite; positions for times that do not meet are a
 * change of mind, not a disagreement.
 */
export function positionsOppose(a: PositionAccount, b: PositionAccount): boolean {
  if ((a.stance === 'REJECTS') === (b.stance === 'REJECTS')) return false;
  if (a.qualifiers.length > 0 || b.qualifiers.length > 0) return false;
  const [x, y] = [period(a), period(b)];
  const before = (end: string | null, start: string | null) =>
    end !== null && start !== null && end < start;
  return !before(x.end, y.start) && !before(y.end, x.start);
}

/** The accounts that oppose another one among them: the sides of a disputed position. */
export function opposedPositions(accounts: readonly PositionAccount[]): PositionAccount[] {
  return accounts.filter((a) => accounts.some((b) => b !== a && positionsOppose(a, b)));
}
