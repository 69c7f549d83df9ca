import type { SourceMinimum } from '../../model/walks';
import type { QueryExecutor } from '../../db/query-executor';
import { evidenceCount, firstEvidenceCypher } from '../evidence-pages';
import { statedRelationship } from '../walk-cypher';
import { MEANINGFUL_RELATIONSHIP_TYPES, typesPattern } from '../../model/vocabulary';
import { edgeLabel } from '../display-label';

/** A span of evidence as exported: the verbatim quote, its code-point offsets, and its source. */
export interface ExportEvidence {
  quote: string;
  start: number;
  end: number;
  sourceId: string;
  sourceTitle: string | null;
  sourcePublishedOn: string | null;
}

/** A node as exported: what a visualisation shows and filters on, and all it rests on. */
export interface ExportNode {
  id: string;
  kind: string;
  label: string;
  /** Names by language code. */
  names: Record<string, string>;
  /** A claim's statement (in English when translated), how it was given, and who made it. */
  statement: string | null;
  /** A claim's statement by language code. */
  statements: Record<string, string>;
  mode: string | null;
  speaker: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: string | null;
  /** An event's or claim's support (see CorroborationRepository); null for an entity. */
  support: ExportSupport | null;
  /** Whether an event's accounts disagree, or a claim is disputed; null for an entity. */
  disputed: boolean | null;
  evidence: ExportEvidence[];
}

/** How many sources, independent sources and outlets state a fact. */
export interface ExportSupport {
  sources: number;
  independentSources: number;
  outlets: number;
}

/** A relationship as exported, with what it rests on. */
export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  label: string;
  basis: string;
  /** Why an INFERRED relationship is read from the context; where an EXTERNAL one is known from. */
  basisNote: string | null;
  basisReference: string | null;
  /** The claim it is known through, if any. */
  attestedBy: string | null;
  support: ExportSupport;
  /** Whether sources give a position's holder opposite stances; null for any other type. */
  disputed: boolean | null;
  evidence: ExportEvidence[];
}

/** The nodes and relationships of a view, as the explorer shows them. */
export interface ExportView {
  nodes: string[];
  edges: Array<{ id: string; source: string; target: string }>;
}

// A span of evidence `q` as exported: the quote, where it is in its source, and the source.
const EVIDENCE_ROW = `{
  quote: q.quote, start: q.start, end: q.end, sourceId: q.sourceId,
  sourceTitle: coalesce(s.title_en, s['title_' + s.language]), sourcePublishedOn: s.publishedOn
}`;

// A fact's support as written at ingest (0 where none was).
const SUPPORT = (x: string) => `{ sources: coalesce(${x}.sourceCount, 0),
  independentSources: coalesce(${x}.independentCount, 0), outlets: coalesce(${x}.outletCount, 0) }`;

// What an export reads of a node: its kind, names, dates, a claim's mode and speaker, and every
// span of its evidence in order, each found by one index seek on its position.
const NODE_ROW = (n: string) => `{
  id: ${n}.id,
  kind: coalesce(${n}.kind, head([l IN labels(${n}) WHERE l <> 'Node'])),
  names: [k IN keys(${n}) WHERE k STARTS WITH 'name_' | [substring(k, 5), ${n}[k]]],
  statement: coalesce(${n}.statement_en, ${n}['statement_' + coalesce(${n}.language, 'en')]),
  statements: [k IN keys(${n}) WHERE k STARTS WITH 'statement_' | [substring(k, 10), ${n}[k]]],
  mode: ${n}.mode,
  speaker: CASE WHEN ${n}:Claim THEN head(COLLECT { MATCH (sp:Node)-[:SAID]->(${n}) RETURN sp.id }) END,
  dateStart: ${n}.dateStart, dateEnd: ${n}.dateEnd, datePrecision: ${n}.datePrecision,
  support: CASE WHEN ${n}:Event OR ${n}:Claim THEN ${SUPPORT(n)} END,
  disputed: CASE WHEN ${n}:Event OR ${n}:Claim THEN coalesce(${n}.disputed, false) END,
  evidence: COLLECT {
    ${firstEvidenceCypher(n, 'at', 'q', evidenceCount(n))}
    OPTIONAL MATCH (s:Source {id: q.sourceId})
    WITH at, q, s ORDER BY at
    RETURN ${EVIDENCE_ROW}
  }
}`;

const EDGE_ROW = `{
  id: r.id, source: a.id, target: b.id, type: type(r),
  labelProps: { title_en: r.title_en, role: r.role, stance: r.stance },
  basis: coalesce(r.basis, 'STATED'), basisNote: r.basisNote, basisReference: r.basisReference,
  attestedBy: r.attestedBy,
  support: ${SUPPORT('r')},
  disputed: CASE WHEN type(r) = 'HOLDS_POSITION' THEN coalesce(r.disputed, false) END,
  evidence: COLLECT {
    UNWIND range(0, size(coalesce(r.evidenceIds, [])) - 1) AS at
    MATCH (q:Evidence {id: r.evidenceIds[at]})
    OPTIONAL MATCH (s:Source {id: q.sourceId})
    WITH at, q, s ORDER BY at
    RETURN ${EVIDENCE_ROW}
  }
}`;

interface NodeRow {
  id: string;
  kind: string;
  names: Array<[string, string]>;
  statement: string | null;
  statements: Array<[string, string]>;
  mode: string | null;
  speaker: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: string | null;
  support: ExportSupport | null;
  disputed: boolean | null;
  evidence: ExportEvidence[];
}

interface EdgeRow extends Omit<ExportEdge, 'label'> {
  labelProps: Record<string, unknown>;
}

function toNode(row: NodeRow): ExportNode {
  const names = Object.fromEntries(row.names);
  return {
    id: row.id,
    kind: row.kind,
    label: names.en ?? row.statement ?? Object.values(names)[0] ?? row.id,
    names,
    statement: row.kind === 'Claim' ? row.statement : null,
    statements: Object.fromEntries(row.statements),
    mode: row.mode,
    speaker: row.speaker,
    dateStart: row.dateStart,
    dateEnd: row.dateEnd,
    datePrecision: row.datePrecision,
    support: row.support,
    disputed: row.disputed,
    evidence: row.evidence,
  };
}

function toEdge({ labelProps, ...row }: EdgeRow): ExportEdge {
  return { ...row, label: edgeLabel(labelProps, row.type) };
}

/** Reads for the graph exports, streamed a record at a time. */
export class ExportRepository {
  constructor(private readonly executor: QueryExecutor) {}

  /** Whether an entity, event or claim has this id (what an export may focus on). */
  async exists(id: string): Promise<boolean> {
    const [row] = await this.executor.read<{ found: boolean }>(
      `OPTIONAL MATCH (n:Node {id: $id}) WHERE n:Entity OR n:Event OR n:Claim
       RETURN n IS NOT NULL AS found`,
      { id },
    );
    return row?.found ?? false;
  }

  /** The ids of a view that name no entity, event or claim, or no such relationship. */
  async missing(view: ExportView): Promise<{ nodes: string[]; edges: string[] }> {
    const [row] = await this.executor.read<{ nodes: string[]; edges: string[] }>(
      `RETURN
         COLLECT { UNWIND $nodes AS id
                   OPTIONAL MATCH (n:Node {id: id}) WHERE n:Entity OR n:Event OR n:Claim
                   WITH id, n WHERE n IS NULL RETURN id } AS nodes,
         COLLECT { UNWIND $edges AS e
                   WITH e WHERE NOT EXISTS {
                     MATCH (:Node {id: e.source})-[r:${typesPattern(MEANINGFUL_RELATIONSHIP_TYPES)}]->(:Node {id: e.target})
                     WHERE r.id = e.id }
                   RETURN e.id } AS edges`,
      { nodes: view.nodes, edges: view.edges },
    );
    return row;
  }

  /** Every entity, event and claim (sources and evidence are attributes, not nodes). */
  allNodes(each: (node: ExportNode) => Promise<void>): Promise<number> {
    return this.executor.stream<{ row: NodeRow }>(
      `CALL () {
         MATCH (n:Entity) RETURN n
         UNION ALL MATCH (n:Event) RETURN n
         UNION ALL MATCH (n:Claim) RETURN n
       }
       RETURN ${NODE_ROW('n')} AS row`,
      {},
      ({ row }) => each(toNode(row)),
    );
  }

  /**
   * Every meaningful relationship between exported nodes, once each (by its start node): a
   * narrated claim's SAID from its source document is left out with the document.
   */
  allEdges(
    each: (edge: ExportEdge) => Promise<void>,
    onlyStated: boolean,
    { minSources, minIndependentSources }: SourceMinimum = {
      minSources: 0,
      minIndependentSources: 0,
    },
  ): Promise<number> {
    return this.executor.stream<{ row: EdgeRow }>(
      `MATCH (a:Node)-[r:${typesPattern(MEANINGFUL_RELATIONSHIP_TYPES)}]->(b:Node)
       WHERE (a:Entity OR a:Event OR a:Claim) AND (b:Entity OR b:Event OR b:Claim)
         AND (NOT $onlyStated OR (${statedRelationship('r')}))
         AND coalesce(r.sourceCount, 0) >= $minSources
         AND coalesce(r.independentCount, 0) >= $minIndependentSources
       RETURN ${EDGE_ROW} AS row`,
      { onlyStated, minSources, minIndependentSources },
      ({ row }) => each(toEdge(row)),
    );
  }

  /** The given nodes, in the order given. */
  nodes(ids: string[], each: (node: ExportNode) => Promise<void>): Promise<number> {
    return this.executor.stream<{ row: NodeRow }>(
      `UNWIND range(0, size($ids) - 1) AS i
       MATCH (n:Node {id: $ids[i]})
       WITH n, i ORDER BY i
       RETURN ${NODE_ROW('n')} AS row`,
      { ids },
      ({ row }) => each(toNode(row)),
    );
  }

  /**
   * The given relationships, found from their start nodes, in the order given: of the meaningful
   * types, as every relationship an export lists, never a RELATION_KEY with the same id.
   */
  edges(
    edges: Array<{ id: string; source: string; target: string }>,
    each: (edge: ExportEdge) => Promise<void>,
  ): Promise<number> {
    return this.executor.stream<{ row: EdgeRow }>(
      `UNWIND range(0, size($edges) - 1) AS i
       WITH $edges[i] AS e, i
       MATCH (a:Node {id: e.source})-[r:${typesPattern(MEANINGFUL_RELATIONSHIP_TYPES)}]->(b:Node {id: e.target}) WHERE r.id = e.id
       WITH a, r, b, i ORDER BY i
       RETURN ${EDGE_ROW} AS row`,
      { edges },
      ({ row }) => each(toEdge(row)),
    );
  }
}
