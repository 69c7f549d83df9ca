import { typesPattern } from '../model/vocabulary';
import type { WalkFilter, WalkSpec } from '../model/walks';

/**
 * The pattern of a walk from `x` along relationship `r` to `m` (empty: an anonymous node). Types
 * are written into it, where Neo4j expands by type, once typesPattern has checked them against
 * the vocabulary.
 */
export function walkPattern(
  x: string,
  r: string,
  m: string,
  walk: { types: readonly string[]; direction: WalkSpec['direction'] },
): string {
  const typed = `${r}:${typesPattern(walk.types)}`;
  if (walk.direction === 'OUT') return `(${x})-[${typed}]->(${m})`;
  if (walk.direction === 'IN') return `(${x})<-[${typed}]-(${m})`;
  return `(${x})-[${typed}]-(${m})`;
}

/** Which way relationship `r` of a walk from `x` goes, as seen from `x`: 'OUT' or 'IN'. */
export function walkDirection(x: string, r: string, direction: WalkSpec['direction']): string {
  return direction === 'BOTH'
    ? `CASE WHEN startNode(${r}) = ${x} THEN 'OUT' ELSE 'IN' END`
    : `'${direction}'`;
}

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
