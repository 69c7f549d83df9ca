import type { QueryExecutor } from '../db/query-executor';
import { mayOverlapRange } from '../graph/date-range.repository';
import { nodeProps, relationProps } from '../graph/graph.repository';
import type { NodeRecord, RelationRecord } from '../graph/node-record';

export interface NeighbourRow {
  id: string;
  /** Matching relationships of the node, whatever the limit. */
  total: number;
  /** The first `limit` of them, by relationship id. */
  relations: RelationRecord[];
}

export interface PathRow {
  nodes: NodeRecord[];
  relations: Array<Omit<RelationRecord, 'other' | 'direction'>>;
}

export interface TimelineRow extends NodeRecord {
  involvement: string[];
}

const RELATION_FROM_N = `{
  id: r.id, type: type(r),
  direction: CASE WHEN startNode(r) = n THEN 'OUT' ELSE 'IN' END,
  fromId: startNode(r).id, toId: endNode(r).id,
  props: ${relationProps('r')}, evidenceIds: coalesce(r.evidenceIds, []),
  other: { id: m.id, labels: labels(m), props: ${nodeProps('m')} }
}`;

const NEIGHBOUR_FILTER = `type(r) IN $types AND m:Node AND m <> n
  AND ($labels IS NULL OR any(label IN labels(m) WHERE label IN $labels))`;

// Shortest first; among equals, paths that go through fewer claims (a link by hearsay is weaker)
// and then by node ids, so answers are stable. Quantifiers and SHORTEST counts must be literals in Cypher; they are written here from
// constants, one statement per hop limit, never from a request.
export const MAX_HOPS = 6;
export const MAX_PATHS = 20;
const PATH_STATEMENTS = Array.from(
  { length: MAX_HOPS + 1 },
  (
    _,
    hops,
  ) => `MATCH p = SHORTEST ${MAX_PATHS} (a:Node {id: $from})-[r WHERE type(r) IN $types]-{1,${Math.max(hops, 1)}}(b:Node {id: $to})
   WITH p ORDER BY length(p), size([x IN nodes(p) WHERE x:Claim]), [x IN nodes(p) | x.id] LIMIT toInteger($first)
   RETURN [x IN nodes(p) | { id: x.id, labels: labels(x), props: ${nodeProps('x')} }] AS nodes,
          [r IN relationships(p) | {
            id: r.id, type: type(r), fromId: startNode(r).id, toId: endNode(r).id,
            props: ${relationProps('r')}, evidenceIds: coalesce(r.evidenceIds, [])
          }] AS relations`,
);

/** Reads for exploring the graph: neighbourhoods, paths and timelines. */
export class ExplorationRepository {
  constructor(private readonly executor: QueryExecutor) {}

  /** Each node's relationships of the given types, to neighbours of the given labels. */
  neighbours(
    ids: string[],
    types: readonly string[],
    labels: string[] | null,
    limit: number,
  ): Promise<NeighbourRow[]> {
    return this.executor.read(
      `UNWIND $ids AS id
       MATCH (n:Node {id: id})
       RETURN id,
         COUNT { MATCH (n)-[r]-(m) WHERE ${NEIGHBOUR_FILTER} } AS total,
         COLLECT {
           MATCH (n)-[r]-(m) WHERE ${NEIGHBOUR_FILTER}
           WITH n, r, m ORDER BY r.id LIMIT toInteger($limit)
           RETURN ${RELATION_FROM_N}
         } AS relations`,
      { ids, types, labels, limit },
    );
  }

  /** Up to `first` shortest paths of at most `maxHops` relationships of the given types. */
  paths(
    from: string,
    to: string,
    types: readonly string[],
    maxHops: number,
    first: number,
  ): Promise<PathRow[]> {
    return this.executor.read(PATH_STATEMENTS[maxHops], { from, to, types, first });
  }

  /**
   * Events and claims that involve any of the given entities: as a participant (directly, or
   * through a delegation that represents them or that they lead or belong to), as speaker, or as
   * subject. In date order; undated ones last. Of two that start together, the one that lasts
   * longer (or is still going on) comes first, as the war before the invasion that began it.
   */
  timeline(
    ids: string[],
    from: string | null,
    to: string | null,
    eventKinds: string[] | null,
    withClaims: boolean,
    limit: number,
  ): Promise<TimelineRow[]> {
    return this.executor.read(
      `UNWIND $ids AS id
       MATCH (e:Entity {id: id})
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
       WITH x, collect(DISTINCT id + ':' + how) AS involvement
       WHERE (x:Claim OR $eventKinds IS NULL OR x.kind IN $eventKinds)
         AND ${mayOverlapRange('x')}
       RETURN x.id AS id, labels(x) AS labels, ${nodeProps('x')} AS props, involvement
       ORDER BY coalesce(x.dateStart, x.dateEnd, '9999-12-31'), coalesce(x.dateEnd, '9999-12-31') DESC, x.id
       LIMIT toInteger($limit)`,
      { ids, from, to, eventKinds, withClaims, limit },
    );
  }
}
