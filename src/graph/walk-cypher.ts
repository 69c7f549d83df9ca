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

/**
 * walkFilterCypher with its values added to `params` under fresh names: for a statement whose
 * other parameters are already there.
 */
export function walkFilterWithParams(
  r: string,
  m: string,
  filter: WalkFilter,
  params: Record<string, unknown>,
): string {
  return walkFilterCypher(r, m, filter, (value) => {
    const name = `f${Object.keys(params).length}`;
    params[name] = value;
    return `$${name}`;
  });
}

/**
 * How many relationships of a walk from `x` pass `tests` (Cypher on `r` and `m`): from the node's
 * degree by type, without reading them, when there is no test.
 */
export function walkCount(
  x: string,
  r: string,
  m: string,
  walk: { types: readonly string[]; direction: WalkSpec['direction'] },
  tests = '',
): string {
  return tests
    ? `COUNT { MATCH ${walkPattern(x, r, m, walk)} WHERE ${tests} }`
    : `COUNT { ${walkPattern(x, '', '', walk)} }`;
}

/**
 * Above this many relationships on a walk, a node's page is read from the relationship indexes
 * (see orderedWalk); at or below it, reading them all and sorting is cheaper than one index seek
 * per type and direction.
 */
export const SEEK_DEGREE = 100;

/**
 * The most index seeks (types times directions) a walk is written with. Neo4j plans each one
 * (about 12 ms each on a warm server, several times that on a cold one), once per statement
 * text: a walk of all 18 types both ways would be 36, and a neighbourhood of depth 2 so written
 * took 10 s on its first request to a freshly started 1e6 store, against 2 s. Wider walks read
 * a hub's relationships whole.
 */
export const MAX_SEEKS = 4;

/** What orderedWalk keeps and how much of it. */
export interface WalkOrder {
  /** Cypher tests of `r` and `m` that every row passes (the filter, the cursor). */
  tests: readonly string[];
  /** Relationship id order descending (a backward page). */
  desc: boolean;
  /** A Cypher expression (a parameter) for how many rows at most. */
  limit: string;
}

/**
 * The relationships `r` of a walk from the bound node `x`, with `m` at their other end, that pass
 * the tests: the first `limit` in relationship id order, as Cypher whose rows are `x`, `r`, `m`
 * in that order (the caller goes on with RETURN or WITH).
 *
 * A node with at most SEEK_DEGREE relationships on the walk has them read and sorted. A hub's
 * (a country most sources mention has tens of thousands) are read for each type and direction
 * from that type's index on its start or end id and its id (see schema/constraints.cypher),
 * already in order and at most `limit` from each, so that the page costs about what it holds.
 * The count that chooses comes from the node's degree by type, without reading relationships.
 * A walk of more than MAX_SEEKS types and directions is always read and sorted.
 */
export function orderedWalk(
  x: string,
  r: string,
  m: string,
  walk: { types: readonly string[]; direction: WalkSpec['direction'] },
  { tests, desc, limit }: WalkOrder,
): string {
  const dir = desc ? ' DESC' : '';
  const where = (...more: string[]) => {
    const all = [...more, ...tests];
    return all.length > 0 ? ` WHERE ${all.join(' AND ')}` : '';
  };
  const degree = walkCount(x, r, m, walk);
  const seek = (type: string, end: 'startId' | 'endId') => {
    const pattern = end === 'startId' ? `()-[${r}:${type}]->(${m})` : `(${m})-[${r}:${type}]->()`;
    return (
      // The hint holds only with a predicate on each of the index's properties.
      `MATCH ${pattern} USING INDEX ${r}:${type}(${end}, id)` +
      `${where(`${r}.${end} = ${x}.id`, `${r}.id IS NOT NULL`)} ` +
      `RETURN ${r}, ${m} ORDER BY ${r}.${end}${dir}, ${r}.id${dir} LIMIT ${limit}`
    );
  };
  const seeks = walk.types.flatMap((type) => {
    typesPattern([type]);
    return [
      ...(walk.direction === 'IN' ? [] : [seek(type, 'startId')]),
      ...(walk.direction === 'OUT' ? [] : [seek(type, 'endId')]),
    ];
  });
  const sorted = `MATCH ${walkPattern(x, r, m, walk)}${where()} WITH ${x}, ${r}, ${m} ORDER BY ${r}.id${dir} LIMIT ${limit}`;
  if (seeks.length > MAX_SEEKS) return sorted;
  const d = `${r}Degree`;
  return (
    `CALL (${x}) { WITH ${x}, ${degree} AS ${d} CALL (${x}, ${d}) { ` +
    `WITH ${x} WHERE ${d} <= ${SEEK_DEGREE} ` +
    `MATCH ${walkPattern(x, r, m, walk)}${where()} RETURN ${r}, ${m} ORDER BY ${r}.id${dir} LIMIT ${limit} ` +
    `UNION WITH ${x} WHERE ${d} > ${SEEK_DEGREE} ` +
    `CALL (${x}) { ${seeks.join(' UNION ')} } RETURN ${r}, ${m} } RETURN ${r}, ${m} } ` +
    `WITH ${x}, ${r}, ${m} ORDER BY ${r}.id${dir} LIMIT ${limit}`
  );
}
