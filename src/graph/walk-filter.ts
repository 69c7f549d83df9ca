import type { WalkFilter } from '../model/walks';

/**
 * Whether a relationship is one the source states itself: not INFERRED or EXTERNAL, and not
 * known only through a claim.
 */
export const statedRelationship = (r: string) =>
  `coalesce(${r}.basis, 'STATED') = 'STATED' AND ${r}.attestedBy IS NULL`;

/**
 * A walk's filter as Cypher tests of its relationship `r` and the node `m` at its other end,
 * joined by AND (empty when it keeps everything). Values go through `param`, which returns the
 * parameter's reference. The compiled statement and the request's loader both read walks
 * through it, so both keep the same relationships.
 */
export function walkFilterCypher(
  r: string,
  m: string,
  filter: WalkFilter,
  param: (value: unknown) => string,
): string {
  const tests: string[] = [];
  if (filter.stated) tests.push(statedRelationship(r));
  if (filter.role !== undefined) tests.push(`${r}.role = ${param(filter.role)}`);
  if (filter.otherLabel !== undefined) tests.push(`${param(filter.otherLabel)} IN labels(${m})`);
  if (filter.heldOn !== undefined) {
    const date = param(filter.heldOn);
    // Within its validity when it has one (an open end is open), else attested that day.
    tests.push(
      `CASE WHEN ${r}.validFrom IS NOT NULL OR ${r}.validTo IS NOT NULL ` +
        `THEN coalesce(${r}.validFrom <= ${date}, true) AND coalesce(${date} <= ${r}.validTo, true) ` +
        `ELSE ${r}.asOf = ${date} END`,
    );
  }
  return tests.join(' AND ');
}
