import { MEANINGFUL_RELATIONSHIP_TYPES, RELATION_KEY, typesPattern } from '../model/vocabulary';
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
  if (filter.minSources !== undefined)
    tests.push(`coalesce(${r}.sourceCount, 0) >= ${param(filter.minSources)}`);
  if (filter.minIndependentSources !== undefined)
    tests.push(`coalesce(${r}.independentCount, 0) >= ${param(filter.minIndependentSources)}`);
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
 * Above this many relationships on a walk of several types or directions, a node's page is read
 * from the relationship indexes (see orderedWalk); at or below it, reading them all and sorting
 * is cheaper than one index seek per type and direction.
 */
export const SEEK_DEGREE = 100;

/**
 * The same for a walk read from the relationship keys, each of which costs a step to its
 * relationship: below a few hundred relationships, reading them whole and sorting was as fast or
 * faster, and the keys won clearly only above a thousand (measured at the driver; the figures are
 * in docs/performance-history.md).
 */
export const KEY_SEEK_DEGREE = 500;

/**
 * The most index seeks (types times directions) a walk is written with, one per type's index. Neo4j
 * plans each one, once per statement text, and each seek adds noticeably to planning (far more on
 * a cold server): a walk of all 18 types both ways would be 36 seeks, and a neighbourhood so
 * written took several times as long on its first request to a freshly started store. A wider
 * walk seeks the relationship keys instead (see RELATION_KEY): one index for every type, one
 * seek per direction.
 */
export const MAX_SEEKS = 4;

/** What orderedWalk keeps and how much of it. */
export interface WalkOrder {
  /** Cypher tests of `r` and `m` that every row passes (the filter). */
  tests: readonly string[];
  /**
   * A page's cursor: only relationships whose id is past `value` (a Cypher expression), `past`
   * being '>' forward and '<' backward. Kept apart from the tests so that an index seeks to it.
   */
  from?: { past: '<' | '>'; value: string };
  /** Relationship id order descending (a backward page). */
  desc: boolean;
  /** A Cypher expression (a parameter) for how many rows at most. */
  limit: string;
  /**
   * The tests keep few relationships (see selectiveFilter): they are all read and sorted, since
   * reading a hub's in id order would step through most of them to fill a page.
   */
  selective?: boolean;
  /** Read all and sorted most corroborated first (see WalkFilter.bySupport), for a list. */
  bySupport?: boolean;
}

/**
 * Whether a filter keeps few of a node's relationships: a minimum of sources, which most facts,
 * stated once, do not reach.
 */
export const selectiveFilter = (filter: WalkFilter): boolean =>
  filter.minSources !== undefined || filter.minIndependentSources !== undefined;

/**
 * The order a walk's relationships `r` are cut in: relationship id, or most corroborated first
 * (see WalkFilter.bySupport), the id breaking ties.
 */
export function walkOrderBy(r: string, filter: WalkFilter, dir = ''): string {
  return filter.bySupport
    ? `coalesce(${r}.independentCount, 0) DESC, coalesce(${r}.sourceCount, 0) DESC, ${r}.id`
    : `${r}.id${dir}`;
}

/**
 * The relationships `r` of a walk from the bound node `x`, with `m` at their other end, that pass
 * the tests: the first `limit` in relationship id order, as Cypher whose rows are `x`, `r`, `m`
 * in that order (the caller goes on with RETURN or WITH).
 *
 * A walk of one type in one direction is read from that type's index, as a hub's below. On a
 * wider walk, a node with at most SEEK_DEGREE relationships on it (KEY_SEEK_DEGREE for a walk read
 * from the keys) has them read and sorted. A hub's
 * (a country most sources mention has tens of thousands) are read already in order, at most
 * `limit` from each seek, so that the page costs about what it holds: for a walk of up to
 * MAX_SEEKS types and directions, from each type's index on its start or end id and its id (see
 * schema/constraints.cypher); for a wider one, from the relationship keys' index, the key leading
 * to its relationship between the same two nodes. The count that chooses comes from the node's
 * degree by type, without reading relationships.
 */
export function orderedWalk(
  x: string,
  r: string,
  m: string,
  walk: { types: readonly string[]; direction: WalkSpec['direction'] },
  { tests, from, desc, limit, selective, bySupport }: WalkOrder,
): string {
  // Checked before any is written into the statement, the key's type test included.
  typesPattern(walk.types);
  const dir = desc ? ' DESC' : '';
  const past = (id: string) => (from ? [`${id} ${from.past} ${from.value}`] : []);
  const where = (...more: string[]) => {
    const all = [...more, ...tests];
    return all.length > 0 ? ` WHERE ${all.join(' AND ')}` : '';
  };
  if (selective || bySupport)
    return `MATCH ${walkPattern(x, r, m, walk)}${where(...past(`${r}.id`))}
      WITH ${x}, ${r}, ${m} ORDER BY ${walkOrderBy(r, { bySupport }, dir)} LIMIT ${limit}`;
  const degree = walkCount(x, r, m, walk);
  const ends = [
    ...(walk.direction === 'IN' ? [] : (['startId'] as const)),
    ...(walk.direction === 'OUT' ? [] : (['endId'] as const)),
  ];
  // The hint holds only with a predicate on each of the index's properties.
  const seekTests = (at: string, end: string) => [
    `${at}.${end} = ${x}.id`,
    ...(from ? past(`${at}.id`) : [`${at}.id IS NOT NULL`]),
  ];
  // Relationship `at` of `type` seen from the end whose id the index is sought by, `m` the other.
  const fromEnd = (at: string, type: string, end: 'startId' | 'endId') =>
    end === 'startId' ? `()-[${at}:${type}]->(${m})` : `(${m})-[${at}:${type}]->()`;
  // Each seek is a MATCH and the order its index gives, which a page is cut by.
  const seek = (type: string, end: 'startId' | 'endId') => ({
    match: `MATCH ${fromEnd(r, type, end)} USING INDEX ${r}:${type}(${end}, id)${where(...seekTests(r, end))}`,
    order: `${r}.${end}${dir}, ${r}.id${dir}`,
  });
  const k = `${r}Key`;
  const allTypes = MEANINGFUL_RELATIONSHIP_TYPES.every((type) => walk.types.includes(type));
  const keyType = allTypes ? [] : [`${k}.type IN [${walk.types.map((t) => `'${t}'`).join(', ')}]`];
  const keySeek = (end: 'startId' | 'endId') => {
    const relationship = walkPattern(x, r, m, {
      types: walk.types,
      direction: end === 'startId' ? 'OUT' : 'IN',
    });
    return {
      match:
        `MATCH ${fromEnd(k, RELATION_KEY, end)} USING INDEX ${k}:${RELATION_KEY}(${end}, id) ` +
        `WHERE ${[...seekTests(k, end), ...keyType].join(' AND ')} ` +
        // Its relationship between the same two nodes, bound in a subquery: else Neo4j may expand
        // the hub and join. Neo4j expands the end with fewer relationships of these types.
        `CALL (${x}, ${k}, ${m}) { MATCH ${relationship} WHERE ${r}.id = ${k}.id RETURN ${r} LIMIT 1 }` +
        `${tests.length > 0 ? ` WITH *${where()}` : ''}`,
      order: `${k}.${end}${dir}, ${k}.id${dir}`,
    };
  };
  const typeSeeks = walk.types.length * ends.length;
  const byKeys = typeSeeks > MAX_SEEKS;
  const seeks = byKeys
    ? ends.map(keySeek)
    : walk.types.flatMap((type) => ends.map((end) => seek(type, end)));
  // A walk of one type in one direction is read from its index whatever the node's degree: for a
  // node with few relationships the seek costs what reading and sorting them does, and one form
  // rather than a choice of two leaves Neo4j half the subqueries to plan.
  if (seeks.length === 1 && !byKeys)
    return `${seeks[0].match} WITH ${x}, ${r}, ${m} ORDER BY ${seeks[0].order} LIMIT ${limit}`;
  const readWhole = byKeys ? KEY_SEEK_DEGREE : SEEK_DEGREE;
  const pairs = (rows: string, order: string) =>
    `COLLECT { ${rows} WITH ${r}, ${m} ORDER BY ${order} LIMIT ${limit} RETURN [${r}, ${m}] }`;
  const whole = pairs(
    `MATCH ${walkPattern(x, r, m, walk)}${where(...past(`${r}.id`))}`,
    `${r}.id${dir}`,
  );
  const sought =
    seeks.length === 1
      ? pairs(seeks[0].match, seeks[0].order)
      : pairs(
          `CALL (${x}) { ${seeks.map((one) => `${one.match} RETURN ${r}, ${m} ORDER BY ${one.order} LIMIT ${limit}`).join(' UNION ')} }`,
          `${r}.id${dir}`,
        );
  // The page as a list of [r, m] pairs from one branch or the other, unwound. Neo4j plans every
  // subquery of a statement, and this is the form of the choice it plans fastest: a CASE of two
  // COLLECT subqueries (of which it runs only the one chosen) rather than a UNION of two guarded
  // branches in nested CALLs, which it plans far more slowly (see docs/performance-history.md).
  const pair = `${r}Pair`;
  return (
    `UNWIND CASE WHEN ${degree} <= ${readWhole} THEN ${whole} ELSE ${sought} END AS ${pair} ` +
    `WITH ${x}, ${pair}[0] AS ${r}, ${pair}[1] AS ${m}`
  );
}
