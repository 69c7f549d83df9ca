import type { SourceMinimum } from '../../model/walks';
import { typesPattern } from '../../model/vocabulary';
import type { QueryExecutor } from '../../db/query-executor';
import { mayOverlapRange } from '../date-range.repository';
import { nodeProps, relationProps } from '../graph.repository';
import { orderedWalk, statedRelationship } from '../walk-cypher';
import { ProjectionRepository } from '../projection.repository';
import type { NodePlan, ProjectedNode } from '../projection-plan';
import {
  nodeFromStored,
  propsFromPairs,
  type NodeRecord,
  type RelationRecord,
  type StoredNode,
} from '../node-record';

export interface NeighbourRow {
  id: string;
  /** Matching relationships of the node, whatever the limit. */
  total: number;
  /** The first `limit` of them, by relationship id. */
  relations: RelationRecord[];
}

/** What a subgraph read is asked for (see NeighbourhoodRequest). */
export interface SubgraphQuery {
  id: string;
  depth: number;
  types: readonly string[];
  /** Labels the neighbours must have; null for any. */
  labels: string[] | null;
  limit: number;
  maxNodes: number;
  onlyStated: boolean;
  /** Only relationships at least this many sources state (0: all). */
  minSources: number;
  /** Only relationships at least this many independent sources state (0: all). */
  minIndependentSources: number;
  /** Whether to read each relationship's evidence ids. */
  evidence: boolean;
  /** Whether to read what a relationship's label and basis are made of. */
  edgeProps: boolean;
}

export interface SubgraphRows {
  centre: NodeRecord;
  /** The rows of each level, for its frontier nodes in order. */
  levels: NeighbourRow[][];
}

type Reads = Pick<SubgraphQuery, 'evidence' | 'edgeProps'>;

/** A subgraph as its statement returns it (see SUBGRAPH_RELATION and SUBGRAPH_NODES). */
interface StoredSubgraph {
  centre: StoredNode;
  levels: Array<
    Array<{
      id: string;
      total: number;
      relations: LevelRelation[];
    }>
  >;
  nodes: LevelNode[];
}
/** [id, type, out, label props, other node's id, evidence ids when read]. */
type LevelRelation = [string, string, boolean, unknown, string, string[]?];
/** [id, labels, label props]. */
type LevelNode = [string, string[], unknown];

export interface PathRow {
  nodes: NodeRecord[];
  relations: Array<Omit<RelationRecord, 'other' | 'direction'>>;
}

type StoredPathRow = Omit<PathRow, 'nodes'> & { nodes: StoredNode[] };

/** A timeline's item, with what a compiled selection of it answers (none without a plan). */
export interface TimelineRow extends ProjectedNode {
  involvement: string[];
}

/**
 * A subgraph's relationships of a node: the types are written into the pattern (checked against
 * the vocabulary; they come from the allow-list), where Neo4j expands by type, and with no kind
 * filter the count is read from the node's degree by type instead of walking its relationships.
 * The first `$limit` of them come in relationship id order from orderedWalk, which reads a hub's
 * from the relationship indexes.
 */
function neighbourPatterns(
  types: readonly string[],
  byKind: boolean,
  onlyStated: boolean,
  corroborated: boolean,
) {
  const typed = `r:${typesPattern(types)}`;
  const where = [
    ...(byKind ? ['any(label IN labels(m) WHERE label IN $labels)'] : []),
    ...(onlyStated ? [statedRelationship('r')] : []),
    ...(corroborated ? [CORROBORATED('r')] : []),
  ];
  const and = where.map((condition) => ` AND ${condition}`).join('');
  return {
    total:
      where.length > 0
        ? `COUNT { MATCH (n)-[${typed}]-(m:Node) WHERE m <> n${and} }`
        : `COUNT { (n)-[${typed}]-() }`,
    first: orderedWalk(
      'n',
      'r',
      'm',
      { types, direction: 'BOTH' },
      { tests: ['m:Node', 'm <> n', ...where], desc: false, limit: 'toInteger($limit)' },
    ),
  };
}

// What a subgraph shows of a node (see displayLabel): read keys first, never a hub's evidence ids.
// A family in English when there is one, else whole: displayLabel's first choice, then its
// fallback to any language.
const ENGLISH_OR_ALL = (x: string, family: string) =>
  `CASE WHEN ${x}.${family}_en IS NOT NULL THEN [['${family}_en', ${x}.${family}_en]]
     ELSE [k IN keys(${x}) WHERE k STARTS WITH '${family}_' | [k, ${x}[k]]] END`;
const LABEL_PROPS = (x: string) =>
  `[k IN keys(${x}) WHERE k IN ['kind', 'language', 'quote'] | [k, ${x}[k]]]
     + ${ENGLISH_OR_ALL(x, 'name')} + ${ENGLISH_OR_ALL(x, 'statement')}`;
// What an edge's label is made of (see graphEdge): its title, else its role or stance; its
// support, which a visualisation draws as width; and whether a position is disputed.
const EDGE_LABEL_PROPS = `[k IN keys(r) WHERE k IN ['role', 'stance', 'basis', 'attestedBy',
    'sourceCount', 'independentCount', 'outletCount', 'supportSources', 'disputed'] | [k, r[k]]]
  + ${ENGLISH_OR_ALL('r', 'title')}`;
// A relationship of a level, as few values as will do (the driver's cost is per value, and a
// map's keys are values too, so it is a list; see LevelRelation): its ends are the row's node
// and the other node, and `out` tells which is which; what the other node shows is read once per
// node (see SUBGRAPH_NODES). Evidence ids only when the edges' evidence is asked for: they are
// most of an edge's bytes; label and basis properties only when those are.
const SUBGRAPH_RELATION = ({ evidence, edgeProps }: Reads) =>
  `[r.id, type(r), startNode(r) = n, ${edgeProps ? EDGE_LABEL_PROPS : '[]'}, m.id${evidence ? ', coalesce(r.evidenceIds, [])' : ''}]`;
const OTHER = 4;

// Every node the walk admits (those `seen` once the last level is read, past the centre), with
// what a subgraph shows of it (see LevelNode). Not every node the levels' relationships reach:
// around a hub, the last level's relationships reach a hundred times more nodes than maxNodes
// admits, and reading them all took more than Neo4j's whole transaction memory.
const SUBGRAPH_NODES = (seen: string) => `COLLECT {
    UNWIND ${seen}[1..] AS id
    MATCH (x:Node {id: id})
    RETURN [x.id, labels(x), ${LABEL_PROPS('x')}]
  }`;

// One level of a subgraph: the relationships of each frontier node, in frontier order.
const LEVEL = (
  frontier: string,
  rows: string,
  neighbours: ReturnType<typeof neighbourPatterns>,
  reads: Reads,
) => `CALL (${frontier}) {
    UNWIND range(0, size(${frontier}) - 1) AS i
    MATCH (n:Node {id: ${frontier}[i]})
    WITH n, i ORDER BY i
    RETURN collect({
      id: n.id,
      total: ${neighbours.total},
      relations: COLLECT {
        ${neighbours.first}
        RETURN ${SUBGRAPH_RELATION(reads)}
      }
    }) AS ${rows}
  }`;

// The next frontier: the new nodes a level found, in the order it found them (frontier node,
// then relationship id), as many as maxNodes leaves room for: the same nodes, in the same order,
// that the service admits. Cypher's LIMIT takes no variable, hence the slice.
const NEXT = (rows: string, seen: string, next: string) => `CALL (${rows}) {
    UNWIND range(0, size(${rows}) - 1) AS a
    UNWIND range(0, size(${rows}[a].relations) - 1) AS b
    WITH ${rows}[a].relations[b][${OTHER}] AS id, min(a * 1000000 + b) AS first
    WITH id ORDER BY first
    RETURN collect(id) AS found
  }
  WITH *, [x IN found WHERE NOT x IN ${seen}]
    [0..(CASE WHEN $maxNodes > size(${seen}) THEN $maxNodes - size(${seen}) ELSE 0 END)] AS ${next}`;

/**
 * A whole subgraph of depth 1 to 3 in one statement: the levels are written out, one statement
 * per depth (Cypher cannot repeat a subquery a number of times given at run time), types and
 * kind filter; kept once written. Rows of each level are what the service's breadth-first walk
 * reads.
 */
const subgraphStatements = new Map<string, string>();
function subgraphStatement(query: SubgraphQuery): string {
  const { depth, onlyStated, evidence, edgeProps } = query;
  const types = [...query.types].sort();
  const byKind = query.labels !== null;
  const corroborated = query.minSources > 0 || query.minIndependentSources > 0;
  const key = `${depth}|${byKind}|${onlyStated}|${corroborated}|${evidence}|${edgeProps}|${types.join(',')}`;
  let statement = subgraphStatements.get(key);
  if (!statement) {
    const neighbours = neighbourPatterns(types, byKind, onlyStated, corroborated);
    statement = writeSubgraphStatement(depth, neighbours, query);
    subgraphStatements.set(key, statement);
  }
  return statement;
}

function writeSubgraphStatement(
  depth: number,
  neighbours: ReturnType<typeof neighbourPatterns>,
  reads: Reads,
) {
  const parts = [
    `MATCH (centre:Node {id: $id})
     WITH centre, [centre.id] AS seen0, [centre.id] AS frontier0`,
  ];
  const carried = ['centre'];
  for (let level = 1; level <= depth; level += 1) {
    const rows = `rows${level}`;
    parts.push(LEVEL(`frontier${level - 1}`, rows, neighbours, reads));
    carried.push(rows);
    parts.push(NEXT(rows, `seen${level - 1}`, `frontier${level}`));
    parts.push(
      `WITH ${carried.join(', ')}, seen${level - 1} + frontier${level} AS seen${level}, frontier${level}`,
    );
  }
  const levels = carried.slice(1);
  parts.push(`RETURN { id: centre.id, labels: labels(centre), props: ${LABEL_PROPS('centre')} } AS centre,
    [${levels.join(', ')}] AS levels, ${SUBGRAPH_NODES(`seen${depth}`)} AS nodes`);
  return parts.join('\n');
}

// The paths of least length, by Neo4j's bidirectional breadth-first search (allShortestPaths),
// which meets in the middle: between two hubs it is more than an order of magnitude faster than
// `SHORTEST k`, which searches from one end (docs/performance-history.md). Every path of that
// length is found, then ordered (fewer claims first: a link by hearsay is weaker; then by the ids
// of the nodes between the two ends, which every path shares, then of the relationships), so
// answers are stable, and `first` of them are read. Hop limits must be literals in Cypher; they
// are written here as an integer held to 1..MAX_HOPS, never as request text. The types a path may
// take are written into the pattern (from explorableTypes: checked, and in the vocabulary's order,
// so that a set of types is one statement text), so the search expands only those of a hub and
// never its evidence links (tens of thousands on a hub). A test on each relationship runs inside
// the search, once per relationship read: only `onlyStated` adds one (a type test as well cost a
// third of the time between two hubs).
export const MAX_HOPS = 6;
const asked = ({ minSources, minIndependentSources }: SourceMinimum) =>
  minSources > 0 || minIndependentSources > 0;
/** The parameters of CORROBORATED, when a request asks for it (statements without it take none). */
const corroboration = (min: SourceMinimum) =>
  asked(min)
    ? { minSources: min.minSources, minIndependentSources: min.minIndependentSources }
    : {};
/** Whether relationship `r` has the sources and independent ones a request asks for (see support). */
const CORROBORATED = (r: string) =>
  `coalesce(${r}.sourceCount, 0) >= $minSources AND coalesce(${r}.independentCount, 0) >= $minIndependentSources`;
export const MAX_PATHS = 20;
function pathStatement(
  types: readonly string[],
  maxHops: number,
  onlyStated: boolean,
  corroborated: boolean,
): string {
  const pattern = typesPattern(types);
  const hops = Math.min(Math.max(Math.trunc(maxHops), 1), MAX_HOPS);
  const tests = [
    ...(onlyStated ? [statedRelationship('r')] : []),
    ...(corroborated ? [CORROBORATED('r')] : []),
  ];
  return `MATCH (a:Node {id: $from}), (b:Node {id: $to})
   MATCH p = allShortestPaths((a)-[rs:${pattern}*1..${hops}]-(b))
   ${tests.length > 0 ? `WHERE all(r IN rs WHERE ${tests.join(' AND ')})` : ''}
   WITH p, nodes(p)[1..-1] AS between
   ORDER BY size([x IN between WHERE x:Claim]), [x IN between | x.id], [r IN relationships(p) | r.id]
   LIMIT toInteger($first)
   RETURN [x IN nodes(p) | { id: x.id, labels: labels(x), props: ${nodeProps('x')} }] AS nodes,
          [r IN relationships(p) | {
            id: r.id, type: type(r), fromId: startNode(r).id, toId: endNode(r).id,
            props: ${relationProps('r')}, evidenceIds: coalesce(r.evidenceIds, [])
          }] AS relations`;
}

// How an event or claim `x` of a page involves entity `e`, by the name the API gives it. Read from
// `x`, which has few relationships, not from `e`, which may have tens of thousands: a two-hop
// pattern is written as a nested test so that the planner cannot start it at `e` (written as one
// pattern, `(x)<-[:PARTICIPATED_IN]-(:Delegation)-[:REPRESENTS]->(e)`, a hub's page cost over
// ten times the database hits).
const INVOLVEMENT = {
  PARTICIPANT: 'EXISTS { (x:Event)<-[:PARTICIPATED_IN]-(e) }',
  REPRESENTED:
    'EXISTS { MATCH (x:Event)<-[:PARTICIPATED_IN]-(d:Delegation) WHERE EXISTS { (d)-[:REPRESENTS]->(e) } }',
  IN_DELEGATION:
    'EXISTS { MATCH (x:Event)<-[:PARTICIPATED_IN]-(d:Delegation) WHERE EXISTS { (d)<-[:LEADS|MEMBER_OF]-(e) } }',
  SPEAKER: '$withClaims AND EXISTS { (x:Claim)<-[:SAID]-(e) }',
  SUBJECT: '$withClaims AND EXISTS { (x:Claim)-[:ABOUT]->(e) }',
} as const;

// The same, from `x`, for any of the entities `es`.
const INVOLVES_ANY = {
  event: `(EXISTS { (p:Entity)-[:PARTICIPATED_IN]->(x) WHERE p IN es }
        OR EXISTS { (p:Entity)<-[:REPRESENTS]-(:Delegation)-[:PARTICIPATED_IN]->(x) WHERE p IN es }
        OR EXISTS { (p:Entity)-[:LEADS|MEMBER_OF]->(:Delegation)-[:PARTICIPATED_IN]->(x) WHERE p IN es })`,
  claim: `(EXISTS { (p:Entity)-[:SAID]->(x) WHERE p IN es }
        OR EXISTS { (x)-[:ABOUT]->(p:Entity) WHERE p IN es })`,
};

const KEPT = (x: string) =>
  `(${x}:Claim OR $eventKinds IS NULL OR ${x}.kind IN $eventKinds) AND ${mayOverlapRange(x)}`;
const TIMELINE_ORDER = (x: string) =>
  `coalesce(${x}.dateStart, ${x}.dateEnd, '9999-12-31'), coalesce(${x}.dateEnd, '9999-12-31') DESC, ${x}.id`;
// The index seek's bound depends on the branch's guard: with a constant bound, Neo4j reads the
// index whether or not the guard lets the branch run (every event and claim of the graph).
const SCANNED = "CASE WHEN scan THEN '' END";
// sortDate is the start, else the end, else UNDATED_SORT_DATE: the same order as the first key.
const INDEX_ORDER = (x: string) =>
  `${x}.sortDate, coalesce(${x}.dateEnd, '9999-12-31') DESC, ${x}.id`;

// How each entity is in each of `x` (a page's few), read from `x`.
const INVOLVEMENT_OF_X = `COLLECT {
      UNWIND es AS e
      CALL (e, x) {
        ${Object.entries(INVOLVEMENT)
          .map(([how, test]) => `WITH e, x WHERE ${test} RETURN '${how}' AS how`)
          .join('\n        UNION\n        ')}
      }
      RETURN e.id + ':' + how
    }`;

/**
 * A timeline, two ways. `expand`: every event and claim the entities are in, found from them,
 * sorted; its cost follows how many they are in. `scan`: events and claims in date order from
 * their sortDate indexes, each kept if it involves one of the entities, until `limit` of each
 * kind (ties on the date read whole, by PartialTop); its cost follows limit × (all events and
 * claims) ÷ (those of the entities). `auto` scans when the entities are in so many that the
 * second is smaller: their degrees (from the degree store) squared above limit × all (from the
 * count store). A hub of a large graph is scanned; a small graph's hub is expanded, as it was
 * before there was a choice (docs/performance-history.md).
 * Expanding finds how each entity is in each item as it goes; a scan reads it for the items it
 * keeps, from them.
 */
const TIMELINE = `UNWIND $ids AS id
  MATCH (e:Entity {id: id})
  WITH collect(e) AS es, sum(COUNT { (e)-[:PARTICIPATED_IN|LEADS|MEMBER_OF|SAID]->() }
    + COUNT { (e)<-[:REPRESENTS|ABOUT]-() }) AS reach
  WITH es, CASE $strategy WHEN 'scan' THEN true WHEN 'expand' THEN false
    ELSE reach * reach > $limit * (COUNT { (:Event) } + COUNT { (:Claim) }) END AS scan
  CALL (es, scan) {
    WITH es WHERE NOT scan
    UNWIND es AS e
    CALL (e) {
      MATCH (e)-[:PARTICIPATED_IN]->(x:Event) RETURN x, 'PARTICIPANT' AS how
      UNION
      MATCH (e)<-[:REPRESENTS]-(:Delegation)-[:PARTICIPATED_IN]->(x:Event) RETURN x, 'REPRESENTED' AS how
      UNION
      MATCH (e)-[:LEADS|MEMBER_OF]->(:Delegation)-[:PARTICIPATED_IN]->(x:Event) RETURN x, 'IN_DELEGATION' AS how
      UNION
      MATCH (e)-[:SAID]->(x:Claim) WHERE $withClaims RETURN x, 'SPEAKER' AS how
      UNION
      MATCH (x:Claim)-[:ABOUT]->(e) WHERE $withClaims RETURN x, 'SUBJECT' AS how
    }
    WITH x, collect(DISTINCT e.id + ':' + how) AS involvement WHERE ${KEPT('x')}
    RETURN x, involvement
    UNION
    WITH es, scan WHERE scan
    MATCH (x:Event) WHERE x.sortDate >= ${SCANNED} AND ${KEPT('x')} AND ${INVOLVES_ANY.event}
    WITH es, x ORDER BY ${INDEX_ORDER('x')} LIMIT toInteger($limit)
    RETURN x, ${INVOLVEMENT_OF_X} AS involvement
    UNION
    WITH es, scan WHERE scan AND $withClaims
    MATCH (x:Claim) WHERE x.sortDate >= ${SCANNED} AND ${mayOverlapRange('x')} AND ${INVOLVES_ANY.claim}
    WITH es, x ORDER BY ${INDEX_ORDER('x')} LIMIT toInteger($limit)
    RETURN x, ${INVOLVEMENT_OF_X} AS involvement
  }
  WITH x AS n, involvement ORDER BY ${TIMELINE_ORDER('n')} LIMIT toInteger($limit)`;

/** Reads for exploring the graph: neighbourhoods, paths and timelines. */
export class ExplorationRepository {
  constructor(private readonly executor: QueryExecutor) {}

  /**
   * The subgraph around a node, level by level, in one statement; no row when there is no such
   * node.
   */
  async subgraph(query: SubgraphQuery): Promise<SubgraphRows | null> {
    const { id, types, labels, limit, maxNodes } = query;
    const [row] = await this.executor.read<StoredSubgraph>(subgraphStatement(query), {
      id,
      types,
      labels,
      limit,
      maxNodes,
      ...corroboration(query),
    });
    if (!row) return null;
    const nodes = new Map(
      row.nodes.map(([nodeId, nodeLabels, props]) => [
        nodeId,
        nodeFromStored({ id: nodeId, labels: nodeLabels, props }),
      ]),
    );
    const centre = nodeFromStored(row.centre);
    nodes.set(centre.id, centre);
    const levels = row.levels.map((rows) =>
      rows.map((r) => ({
        id: r.id,
        total: r.total,
        // A relationship to a node the walk did not admit (maxNodes was reached) is left out,
        // and so counted with what was omitted (total less those read).
        relations: r.relations
          .filter((relation) => nodes.has(relation[OTHER]))
          .map(([relationId, type, out, props, other, evidenceIds]) => ({
            id: relationId,
            type,
            direction: out ? ('OUT' as const) : ('IN' as const),
            fromId: out ? r.id : other,
            toId: out ? other : r.id,
            props: propsFromPairs(props),
            evidenceIds: evidenceIds ?? [],
            other: nodes.get(other)!,
          })),
      })),
    );
    return { centre, levels };
  }

  /** Up to `first` of the shortest paths of at most `maxHops` relationships of the given types. */
  async paths(
    from: string,
    to: string,
    types: readonly string[],
    maxHops: number,
    first: number,
    onlyStated: boolean,
    minimum: SourceMinimum = { minSources: 0, minIndependentSources: 0 },
  ): Promise<PathRow[]> {
    const rows = await this.executor.read<StoredPathRow>(
      pathStatement(types, maxHops, onlyStated, asked(minimum)),
      { from, to, first, ...corroboration(minimum) },
    );
    return rows.map((row) => ({ ...row, nodes: row.nodes.map(nodeFromStored) }));
  }

  /**
   * Events and claims that involve any of the given entities: as a participant (directly, or
   * through a delegation that represents them or that they lead or belong to), as speaker, or as
   * subject. In date order; undated ones last. Of two that start together, the one that lasts
   * longer (or is still going on) comes first, as the war before the invasion that began it.
   * Read one of two ways (see TIMELINE), `auto` choosing; the other two values are for tests.
   */
  async timeline(
    ids: string[],
    from: string | null,
    to: string | null,
    eventKinds: string[] | null,
    withClaims: boolean,
    limit: number,
    strategy: 'auto' | 'expand' | 'scan' = 'auto',
    plan?: NodePlan,
  ): Promise<TimelineRow[]> {
    const params = { ids, from, to, eventKinds, withClaims, limit, strategy };
    // With a plan, each item as a compiled selection reads it, its walks included, in this
    // statement; without, every property but the evidence ids, which the loader reads if asked.
    if (plan) {
      const rows = await new ProjectionRepository(this.executor).nodes<{ involvement: string[] }>(
        TIMELINE,
        params,
        plan,
        ['involvement'],
      );
      return rows.map(({ node, involvement }) => ({ ...node, involvement }));
    }
    const rows = await this.executor.read<StoredNode & { involvement: string[] }>(
      `${TIMELINE} RETURN n.id AS id, labels(n) AS labels, ${nodeProps('n')} AS props, involvement`,
      params,
    );
    return rows.map((row) => ({
      ...nodeFromStored(row),
      fields: {},
      involvement: row.involvement,
    }));
  }
}
