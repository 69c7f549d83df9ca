import type { QueryExecutor } from '../db/query-executor';
import { typesPattern } from '../model/vocabulary';
import type { WalkFilter } from '../model/walks';
import {
  nodeFromStored,
  relationFromStored,
  type NodeRecord,
  type RelationRecord,
  type StoredNode,
  type StoredRelation,
} from './node-record';
import {
  evidenceCount,
  evidenceSliceCypher,
  firstEvidenceCypher,
  type EvidencePage,
  type EvidenceSlice,
} from './evidence-pages';
import {
  orderedWalk,
  selectiveFilter,
  walkOrderBy,
  walkDirection,
  walkFilterWithParams,
  walkPattern,
} from './walk-cypher';

/** An evidence page as its statement returns it, nodes as pairs (see EvidencePage). */
interface StoredEvidencePage {
  total: number;
  rows: Array<{ position: number; node: StoredNode }>;
}

/**
 * How many of an event's or claim's evidence ids its record carries (all but a rare few): at
 * least the most any evidence field gives, so that the field needs no statement of its own.
 */
export const RECORD_EVIDENCE_IDS = 100;

/**
 * The properties of node `x` that answers are made of, as [key, value] pairs. Left out: a source's
 * text (read only where the text is asked for) and the fields only the full-text index reads.
 * Keys first: `x { .*, k: null }` loads every value before it drops one (a node's evidence ids
 * were a property once, and reading a hub's that way cost a path between two hubs a good part of
 * its time); `evidenceIds` stays out for a store whose ids have not yet been moved onto links.
 */
export const nodeProps = (x: string) =>
  `[k IN keys(${x}) WHERE NOT k IN ['text', 'searchText', 'searchKeys', 'evidenceIds'] | [k, ${x}[k]]]`;

/**
 * nodeProps, and for an event or claim its first evidence ids as `evidenceIds` (an entity's, tens
 * of thousands on a hub, are read by Entity.evidence when asked for): the records the request's
 * loaders and uncompiled pages read, so that their evidence field needs no statement of its own.
 * Reads that rarely give evidence (a path's steps, a timeline's items when reads are not
 * compiled) use nodeProps and leave it to the loader: seeking every item's evidence made the
 * timeline question measurably slower (docs/performance-history.md).
 */
export const propsWithEvidence = (x: string) =>
  `${nodeProps(x)}
   + CASE WHEN ${x}:Event OR ${x}:Claim THEN [['evidenceIds', COLLECT {
       ${firstEvidenceCypher(x, `${x}EvidenceAt`, `${x}Evidence`, String(RECORD_EVIDENCE_IDS))}
       RETURN ${x}Evidence.id }]] ELSE [] END`;

/** Node `x` as a StoredNode (a NodeRecord once its pairs are read, see nodeFromStored). */
const nodeRecord = (x: string) =>
  `{ id: ${x}.id, labels: labels(${x}), props: ${propsWithEvidence(x)} }`;

/** A relationship's properties without its evidence ids, which are read once, beside them. */
export const relationProps = (r: string) => `${r} { .*, evidenceIds: null }`;

/** Relationship `r` read from one of its ends, with node `m` at the other (a StoredRelation). */
export const relationRecord = (r: string, m: string, direction: string) =>
  `{ id: ${r}.id, type: type(${r}), direction: ${direction},
     fromId: startNode(${r}).id, toId: endNode(${r}).id,
     props: ${relationProps(r)}, evidenceIds: coalesce(${r}.evidenceIds, []),
     other: ${nodeRecord(m)} }`;

/**
 * Batch reads shared by every feature: nodes by global id and relationships by node. Each method
 * is one round-trip whatever the number of ids, and returns results in key order.
 */
export class GraphRepository {
  constructor(private readonly executor: QueryExecutor) {}

  async nodesByIds(ids: readonly string[]): Promise<Array<NodeRecord | null>> {
    const rows = await this.executor.read<{ node: StoredNode | null }>(
      `UNWIND $ids AS id
       OPTIONAL MATCH (n:Node {id: id})
       RETURN CASE WHEN n IS NULL THEN null ELSE ${nodeRecord('n')} END AS node`,
      { ids },
    );
    return rows.map((row) => row.node && nodeFromStored(row.node));
  }

  /** Sources with their full text, for evidence contexts. */
  async sourcesByIds(ids: readonly string[]): Promise<Array<NodeRecord | null>> {
    const rows = await this.executor.read<{ node: NodeRecord | null }>(
      `UNWIND $ids AS id
       OPTIONAL MATCH (n:Source {id: id})
       RETURN CASE WHEN n IS NULL THEN null ELSE { id: n.id, labels: labels(n), props: properties(n) } END AS node`,
      { ids },
    );
    return rows.map((row) => row.node);
  }

  /**
   * Relationships of the given nodes, of the given types, in one direction or both, in
   * relationship id order: those the filter keeps, the first `limit` of them for each node (all
   * when null). Evidence links (IN_SOURCE) are never among the types a caller can name.
   */
  async relationsOf(
    ids: readonly string[],
    walk: { types: readonly string[]; direction: 'OUT' | 'IN' | 'BOTH' },
    filter: WalkFilter = {},
    limit: number | null = null,
  ): Promise<RelationRecord[][]> {
    const params: Record<string, unknown> = { ids, limit };
    const tests = walkFilterWithParams('r', 'm', filter, params);
    const rows =
      limit === null
        ? `MATCH ${walkPattern('n', 'r', 'm', walk)}${tests ? ` WHERE ${tests}` : ''}
           WITH n, r, m ORDER BY ${walkOrderBy('r', filter)}`
        : orderedWalk('n', 'r', 'm', walk, {
            tests: tests ? [tests] : [],
            desc: false,
            limit: 'toInteger($limit)',
            selective: selectiveFilter(filter),
            bySupport: filter.bySupport,
          });
    const result = await this.executor.read<{ relations: StoredRelation[] }>(
      `UNWIND $ids AS id
       OPTIONAL MATCH (n:Node {id: id})
       CALL (n) {
         ${rows}
         RETURN collect(${relationRecord('r', 'm', walkDirection('n', 'r', walk.direction))}) AS relations
       }
       RETURN relations`,
      params,
    );
    return result.map((row) => row.relations.map(relationFromStored));
  }

  /** The ids of the first `limit` evidence spans of each node: a hub's others are not read. */
  async evidenceIds(ids: readonly string[], limit: number): Promise<string[][]> {
    const rows = await this.executor.read<{ evidenceIds: string[] }>(
      `UNWIND $ids AS id
       OPTIONAL MATCH (n:Node {id: id})
       RETURN CASE WHEN n IS NULL THEN [] ELSE
         COLLECT { ${firstEvidenceCypher('n', 'i', 'e', '$limit')} RETURN e.id } END AS evidenceIds`,
      { ids, limit },
    );
    return rows.map((row) => row.evidenceIds);
  }

  /**
   * For each id (in order), a slice of its evidence (see EvidenceSlice) with each span's
   * position, and the length of its whole list.
   */
  async evidencePages(ids: readonly string[], slice: EvidenceSlice): Promise<EvidencePage[]> {
    const rows = await this.executor.read<StoredEvidencePage>(
      `UNWIND $ids AS id
       OPTIONAL MATCH (n:Node {id: id})
       RETURN CASE WHEN n IS NULL THEN 0 ELSE ${evidenceCount('n')} END AS total, COLLECT {
         ${evidenceSliceCypher('n', 'i', 'e', { backward: '$backward', at: '$at', limit: '$limit' })}
         RETURN { position: i, node: ${nodeRecord('e')} }
       } AS rows`,
      { ids, ...slice },
    );
    return rows.map(({ total, rows: spans }) => ({
      total,
      rows: spans.map(({ position, node }) => ({ position, node: nodeFromStored(node) })),
    }));
  }

  /**
   * How many relationships of the given types each node has, from its degree by type (the types
   * are in the pattern, checked against the vocabulary): counted, not read.
   */
  async degrees(ids: readonly string[], types: readonly string[]): Promise<number[]> {
    const rows = await this.executor.read<{ degree: number }>(
      `UNWIND $ids AS id
       OPTIONAL MATCH (n:Node {id: id})
       RETURN CASE WHEN n IS NULL THEN 0 ELSE COUNT { (n)-[:${typesPattern(types)}]-() } END AS degree`,
      { ids },
    );
    return rows.map((row) => row.degree);
  }
}
