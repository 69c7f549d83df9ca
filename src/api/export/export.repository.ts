import type { QueryExecutor } from '../../db/query-executor';
import { evidenceCount, firstEvidenceCypher } from '../../graph/evidence-pages';
import { statedRelationship } from '../../graph/walk-cypher';
import { MEANINGFUL_RELATIONSHIP_TYPES, typesPattern } from '../../model/vocabulary';
import { edgeLabel } from '../exploration/display-label';
import type { ExportEdge, ExportNode } from './export-formats';

// What an export reads of a node: its kind, names, dates, and how much evidence there is, with the
// first quote (one index seek; a hub's evidence is counted from its degree, never read out).
const NODE_ROW = (n: string) => `{
  id: ${n}.id,
  kind: coalesce(${n}.kind, head([l IN labels(${n}) WHERE l <> 'Node'])),
  names: [k IN keys(${n}) WHERE k STARTS WITH 'name_' | [substring(k, 5), ${n}[k]]],
  statement: coalesce(${n}.statement_en, ${n}['statement_' + coalesce(${n}.language, 'en')]),
  dateStart: ${n}.dateStart, dateEnd: ${n}.dateEnd, datePrecision: ${n}.datePrecision,
  evidenceCount: ${evidenceCount(n)},
  firstQuote: head(COLLECT { ${firstEvidenceCypher(n, 'firstAt', 'q', '1')} RETURN q.quote })
}`;

const EDGE_ROW = `{
  id: r.id, source: a.id, target: b.id, type: type(r),
  labelProps: { title_en: r.title_en, role: r.role, stance: r.stance },
  basis: coalesce(r.basis, 'STATED'), attestedBy: r.attestedBy,
  evidenceCount: size(coalesce(r.evidenceIds, [])),
  firstQuote: head(COLLECT { MATCH (q:Evidence {id: head(r.evidenceIds)}) RETURN q.quote })
}`;

interface NodeRow {
  id: string;
  kind: string;
  names: Array<[string, string]>;
  statement: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: string | null;
  evidenceCount: number;
  firstQuote: string | null;
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
    dateStart: row.dateStart,
    dateEnd: row.dateEnd,
    datePrecision: row.datePrecision,
    evidenceCount: row.evidenceCount,
    firstQuote: row.firstQuote,
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
  allEdges(each: (edge: ExportEdge) => Promise<void>, onlyStated: boolean): Promise<number> {
    return this.executor.stream<{ row: EdgeRow }>(
      `MATCH (a:Node)-[r:${typesPattern(MEANINGFUL_RELATIONSHIP_TYPES)}]->(b:Node)
       WHERE (a:Entity OR a:Event OR a:Claim) AND (b:Entity OR b:Event OR b:Claim)
         AND (NOT $onlyStated OR (${statedRelationship('r')}))
       RETURN ${EDGE_ROW} AS row`,
      { onlyStated },
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
