import type { ManagedTransaction } from 'neo4j-driver';
import { evidenceCount } from '../evidence-pages';
import { nodeProps } from '../graph.repository';
import { propsFromPairs } from '../node-record';
import { ALIAS_BASIS_SEPARATOR, aliasValues, localizedValues } from '../../model/localized-text';
import { EVIDENCE_LINK, RELATION_KEY } from '../../model/vocabulary';

/** Properties as Neo4j stores them: flat, with per-language text as `<field>_<lang>`. */
export type Props = Record<string, string | number | boolean | string[] | null>;

export interface NodeRow {
  id: string;
  kind: string;
  props: Props;
  aliases: string[];
  /** The basis of each alias that is not STATED (see aliasBasisEntry). */
  aliasBases: string[];
  evidenceIds: string[];
}

export interface EdgeRow {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Props;
  evidenceIds: string[];
}

/** Every row an ingest writes, grouped by what it creates. */
export interface GraphPlan {
  sources: Props[];
  /** Each span: its id, source id, code-point offsets and verbatim quote. */
  evidence: Array<{ id: string; source: string; start: number; end: number; quote: string }>;
  entities: NodeRow[];
  events: NodeRow[];
  claims: NodeRow[];
  edges: EdgeRow[];
  /** Analysts' assessments: an outlet's reliability, a claim's credibility, dependent outlets. */
  assessments: Array<{ id: string; props: Props }>;
}

// Evidence ids are unioned, never replaced, so that a second dossier citing the same fact adds
// its evidence to the first one's. A relationship keeps its ids as a list.
const UNION_EVIDENCE = `reduce(acc = coalesce(x.evidenceIds, []), e IN row.evidenceIds |
  CASE WHEN e IN acc THEN acc ELSE acc + e END)`;

// A node's evidence is links, one per span (see EVIDENCE_LINK), so that a source citing a hub adds
// a few links instead of rewriting a list of tens of thousands of ids. Spans it already rests on
// are skipped (each test reads the link from the span's side, which has few); the others are
// numbered on from the node's count of links, in the order the row gives them (each id once, see
// mergeRows). The statement has already written `x` when it gets here, so it holds x's lock: no
// other ingest can number links of `x` between the count and the writes. The schema numbers an
// older store's lists the same way (schema/constraints.cypher).
const LINK_EVIDENCE = `CALL (x, row) {
  WITH x, COLLECT {
    UNWIND range(0, size(row.evidenceIds) - 1) AS j
    MATCH (e:Evidence {id: row.evidenceIds[j]}) WHERE NOT EXISTS { (x)-[:${EVIDENCE_LINK}]->(e) }
    WITH e, j ORDER BY j
    RETURN e
  } AS fresh, ${evidenceCount('x')} AS known
  UNWIND range(0, size(fresh) - 1) AS i
  WITH x, fresh[i] AS e, known + i AS position
  CREATE (x)-[:${EVIDENCE_LINK} {startId: x.id, endId: e.id, position: position}]->(e)
}`;

/**
 * Writes an ingest plan inside the caller's transaction (managed or explicit: only `run` is
 * used). All statements are idempotent MERGEs.
 */
export class IngestRepository {
  constructor(private readonly tx: Pick<ManagedTransaction, 'run'>) {}

  async writeSources(rows: GraphPlan['sources']): Promise<void> {
    await this.tx.run('UNWIND $rows AS row MERGE (s:Source {id: row.id}) SET s:Node, s += row', {
      rows,
    });
  }

  async writeEvidence(rows: GraphPlan['evidence']): Promise<void> {
    await this.tx.run(
      `UNWIND $rows AS row
       MATCH (s:Source {id: row.source})
       MERGE (e:Evidence {id: row.id})
       SET e:Node, e.sourceId = row.source, e.start = row.start, e.end = row.end, e.quote = row.quote
       MERGE (e)-[:IN_SOURCE]->(s)`,
      { rows },
    );
  }

  async writeAssessments(rows: GraphPlan['assessments']): Promise<void> {
    await this.tx.run(
      'UNWIND $rows AS row MERGE (a:Assessment {id: row.id}) SET a:Node, a += row.props',
      { rows },
    );
  }

  async writeEntities(rows: NodeRow[]): Promise<void> {
    await this.tx.run(
      `UNWIND $rows AS row
       MERGE (x:Entity {id: row.id})
       SET x:Node, x:$(row.kind), x += row.props, x.kind = row.kind,
           x.aliases = reduce(acc = coalesce(x.aliases, []), a IN row.aliases |
             CASE WHEN a IN acc THEN acc ELSE acc + a END),
           x.aliasBases = [b IN coalesce(x.aliasBases, [])
             WHERE NOT split(b, $separator)[0] IN row.aliases] + row.aliasBases
       WITH x, row
       ${LINK_EVIDENCE}`,
      // A source's word on the aliases it names replaces an earlier one's (see mergeRows).
      { rows, separator: ALIAS_BASIS_SEPARATOR },
    );
  }

  async writeEvents(rows: NodeRow[]): Promise<void> {
    await this.tx.run(
      `UNWIND $rows AS row
       MERGE (x:Event {id: row.id})
       SET x:Node, x += row.props, x.kind = row.kind
       WITH x, row
       ${LINK_EVIDENCE}`,
      { rows },
    );
  }

  async writeClaims(rows: NodeRow[]): Promise<void> {
    await this.tx.run(
      `UNWIND $rows AS row
       MERGE (x:Claim {id: row.id})
       SET x:Node, x += row.props
       WITH x, row
       ${LINK_EVIDENCE}
       CALL (x) { MATCH (x)-[link:SAID|ABOUT|AT_EVENT]-() SET link.sortDate = x.sortDate }`,
      { rows },
    );
  }

  /**
   * Relationships, each with its ends' ids beside it (`startId`, `endId`): the relationship
   * indexes on them read a page of a hub's relationships without reading the hub's all. A claim's
   * links to its speaker, subjects and event (SAID, ABOUT, AT_EVENT) carry its sortDate too, for
   * one node's claims in date order (writeClaims keeps it when a claim's date changes: a SAID
   * ends at its claim, an ABOUT or AT_EVENT starts from it, so the claim's links of these types
   * either way are exactly these). Each has its RELATION_KEY beside it, for a page of all of a
   * node's relationships whatever their type.
   */
  async writeEdges(rows: EdgeRow[]): Promise<void> {
    await this.tx.run(
      `UNWIND $rows AS row
       MATCH (a:Node {id: row.from})
       MATCH (b:Node {id: row.to})
       MERGE (a)-[x:$(row.type) {id: row.id}]->(b)
       SET x += row.props, x.startId = row.from, x.endId = row.to,
           x.evidenceIds = ${UNION_EVIDENCE},
           x.sortDate = CASE WHEN row.type = 'SAID' THEN b.sortDate
             WHEN row.type IN ['ABOUT', 'AT_EVENT'] THEN a.sortDate END
       MERGE (a)-[key:${RELATION_KEY} {id: row.id}]->(b)
       SET key.startId = row.from, key.endId = row.to, key.type = row.type`,
      { rows },
    );
  }

  /** Names and aliases of the given entities and events as stored after this write. */
  async readNames(ids: string[]): Promise<Array<{ id: string; names: string[] }>> {
    const result = await this.tx.run(
      `UNWIND $ids AS id
       MATCH (x:Node {id: id}) WHERE x:Entity OR x:Event
       RETURN x.id AS id, ${nodeProps('x')} AS props`,
      { ids },
    );
    // Names and aliases are read back in the stored encoding the API reads them in, not re-parsed here.
    return result.records.map((r) => {
      const props = propsFromPairs(r.get('props'));
      const names = [...localizedValues(props, 'name'), ...aliasValues(props)].map(
        (name) => name.value,
      );
      return { id: r.get('id') as string, names };
    });
  }

  async writeSearchFields(
    rows: Array<{ id: string; searchText: string; searchKeys: string }>,
  ): Promise<void> {
    await this.tx.run(
      `UNWIND $rows AS row
       MATCH (x:Node {id: row.id}) WHERE x:Entity OR x:Event
       SET x.searchText = row.searchText, x.searchKeys = row.searchKeys`,
      { rows },
    );
  }
}
