import type { ManagedTransaction } from 'neo4j-driver';
import {
  EVIDENCE_LINK,
  MEANINGFUL_RELATIONSHIP_TYPES,
  RELATION_KEY,
  typesPattern,
} from '../../model/vocabulary';
import { ALIAS_BASIS_SEPARATOR } from '../../model/localized-text';
import type { Props } from './ingest.repository';

/**
 * The type a retracted relationship is kept under, with its own type in `type`: no walk, count or
 * page names it, so current reads never see it, and its degree counts are not the live ones.
 */
export const RETRACTED_RELATIONSHIP = 'RETRACTED';
/** The label a retracted node is kept under instead of its own (listed in `retractedLabels`). */
export const RETRACTED_NODE = 'Retracted';

/** One version of a dossier, as recorded when it was ingested or withdrawn. */
export interface DossierVersionRow {
  id: string;
  dossier: string;
  number: number;
  sha256: string;
  at: string;
  by: string | null;
  files: string[];
  /** Set when the version withdraws the whole dossier. */
  withdrawn: boolean;
}

/** A dossier's statement of an item, as stored: one record per dossier, item and period. */
export interface SupportRow {
  dossier: string;
  item: string;
  statement: string;
}

const MEANINGFUL = typesPattern(MEANINGFUL_RELATIONSHIP_TYPES);

// Rows per statement. A large dossier states tens of thousands of items; one statement for all
// of them holds every row's parameters and results at once, on top of the transaction's writes.
const CHUNK = 2000;

// A relationship found by its key's index on its start and id, then taken between its two ends.
export const MATCH_EDGE = `MATCH (a)-[k:${RELATION_KEY} {startId: row.from, id: row.id}]->(b)
  MATCH (a)-[r:${MEANINGFUL}]->(b) WHERE r.id = row.id`;

// Keeps a live relationship as a retracted one (same ends, every property, its type in `type`)
// and takes it and its key out of the live graph.
const RETRACT_EDGE = (version: string) => `CREATE (a)-[z:${RETRACTED_RELATIONSHIP}]->(b)
  SET z = properties(r), z.type = type(r), z.retractedAt = $at, z.retractedIn = ${version}
  DELETE r, k`;

/**
 * Dossiers, their versions and who states what (`Support` records), and the changes a new
 * version makes to the live graph: retracting what nothing states any more (kept, relabelled,
 * never deleted), restoring what is stated again, and taking out an alias or evidence span no
 * dossier gives any more. Runs inside the ingest's transaction.
 */
export class SupportRepository {
  constructor(private readonly tx: Pick<ManagedTransaction, 'run'>) {}

  /** The current version of each dossier the graph holds, by dossier id. */
  async currentVersions(
    dossiers: string[],
  ): Promise<Map<string, { number: number; sha256: string; withdrawn: boolean }>> {
    const result = await this.tx.run(
      `UNWIND $dossiers AS id
       MATCH (d:Dossier {id: id})
       RETURN d.id AS id, d.version AS number, d.sha256 AS sha256,
              d.withdrawnAt IS NOT NULL AS withdrawn`,
      { dossiers },
    );
    return new Map(
      result.records.map((r) => [
        r.get('id') as string,
        {
          number: Number(r.get('number')),
          sha256: r.get('sha256') as string,
          withdrawn: r.get('withdrawn') as boolean,
        },
      ]),
    );
  }

  async recordVersions(versions: DossierVersionRow[]): Promise<void> {
    await this.tx.run(
      `UNWIND $versions AS v
       MERGE (d:Dossier {id: v.dossier})
       SET d.version = v.number, d.sha256 = v.sha256, d.updatedAt = v.at,
           d.withdrawnAt = CASE WHEN v.withdrawn THEN v.at END
       CREATE (:DossierVersion {id: v.id, dossier: v.dossier, number: v.number, sha256: v.sha256,
         at: v.at, by: v.by, files: v.files, withdrawn: v.withdrawn})`,
      { versions },
    );
  }

  /** What the dossiers' current versions state, by dossier and item. */
  async currentStatements(dossiers: string[]): Promise<SupportRow[]> {
    if (dossiers.length === 0) return [];
    const result = await this.tx.run(
      `UNWIND $dossiers AS dossier
       MATCH (s:Support {dossier: dossier, current: true})
       RETURN s.dossier AS dossier, s.item AS item, s.statement AS statement`,
      { dossiers },
    );
    return result.records.map((r) => ({
      dossier: r.get('dossier'),
      item: r.get('item'),
      statement: r.get('statement'),
    }));
  }

  /** Ends dossiers' current statements of items, each as of the version that ends it. */
  async close(
    rows: Array<{ dossier: string; item: string; version: string }>,
    at: string,
  ): Promise<void> {
    await this.each(
      rows,
      `UNWIND $rows AS row
       MATCH (s:Support {key: row.dossier + '|' + row.item, current: true})
       SET s.current = false, s.retractedIn = row.version, s.retractedAt = $at`,
      { at },
    );
  }

  async open(
    rows: Array<{
      dossier: string;
      item: string;
      family: string;
      statement: string;
      version: string;
    }>,
    at: string,
  ): Promise<void> {
    await this.each(
      rows,
      `UNWIND $rows AS row
       CREATE (:Support {key: row.dossier + '|' + row.item, item: row.item, dossier: row.dossier,
         family: row.family, statement: row.statement, current: true, addedIn: row.version,
         addedAt: $at})`,
      { at },
    );
  }

  /**
   * The statements of each item that remain current, oldest first. A hub's are many; this is
   * read only for items a dossier stopped or changed stating.
   */
  async remaining(items: string[]): Promise<Map<string, string[]>> {
    const found = new Map<string, string[]>();
    for (let i = 0; i < items.length; i += CHUNK) {
      const result = await this.tx.run(
        `UNWIND $items AS item
         RETURN item, COLLECT {
           MATCH (s:Support {item: item, current: true}) RETURN s.statement ORDER BY s.addedAt
         } AS statements`,
        { items: items.slice(i, i + CHUNK) },
      );
      for (const r of result.records) found.set(r.get('item'), r.get('statements'));
    }
    return found;
  }

  /**
   * Puts retracted nodes and relationships that a version states again back in the live graph,
   * before it is written: a node gets its labels back (the ingest's MERGE then finds it), a
   * relationship's retracted copy is removed (the MERGE writes it anew with its key).
   */
  async restore(nodeIds: string[], edgeIds: string[]): Promise<void> {
    await this.tx.run(
      `UNWIND $ids AS id
       MATCH (x:${RETRACTED_NODE} {id: id})
       SET x:$(x.retractedLabels)
       REMOVE x:${RETRACTED_NODE}, x.retractedLabels, x.retractedAt, x.retractedIn`,
      { ids: nodeIds },
    );
    await this.tx.run(
      `UNWIND $ids AS id
       MATCH ()-[z:${RETRACTED_RELATIONSHIP} {id: id}]->() DELETE z`,
      { ids: edgeIds },
    );
  }

  /** Retracts relationships no dossier states any more. */
  async retractEdges(
    rows: Array<{ id: string; from: string; version: string }>,
    at: string,
  ): Promise<void> {
    await this.each(rows, `UNWIND $rows AS row ${MATCH_EDGE} ${RETRACT_EDGE('row.version')}`, {
      at,
    });
  }

  /**
   * Retracts nodes no dossier states any more: each keeps its id and properties under the label
   * Retracted, its own labels listed, so that no index, search or walk of the live graph finds
   * it. Its evidence links go (the spans stay, with whatever else cites them), and so does any
   * relationship still on it, retracted the same way, so nothing live points at it.
   */
  async retractNodes(rows: Array<{ id: string; version: string }>, at: string): Promise<void> {
    await this.each(
      rows,
      `UNWIND $rows AS row
       MATCH (x:Node {id: row.id})
       CALL (x, row) {
         MATCH (x)-[r:${MEANINGFUL}]-()
         WITH r, startNode(r) AS a, endNode(r) AS b
         MATCH (a)-[k:${RELATION_KEY} {id: r.id}]->(b)
         ${RETRACT_EDGE('row.version')}
       }
       CALL (x) { MATCH (x)-[l:${EVIDENCE_LINK}|IN_SOURCE]->() DELETE l }
       WITH x, row, labels(x) AS labels
       SET x.retractedLabels = labels, x.retractedAt = $at, x.retractedIn = row.version
       REMOVE x:$(labels)
       SET x:${RETRACTED_NODE}`,
      { at },
    );
  }

  /**
   * Takes out evidence links no dossier gives any more, and numbers the node's remaining links
   * on from 0 again (a page of evidence is read by position). Each link is found from its span,
   * which few cite, not from the node, which may be a hub.
   */
  async removeNodeEvidence(rows: Array<{ id: string; evidence: string[] }>): Promise<void> {
    await this.each(
      rows,
      `UNWIND $rows AS row
       MATCH (x:Node {id: row.id})
       CALL (x, row) {
         UNWIND row.evidence AS eid
         MATCH (x)-[l:${EVIDENCE_LINK}]->(:Evidence {id: eid})
         WITH collect(l.position) AS gone, collect(l) AS links
         FOREACH (l IN links | DELETE l)
         WITH gone WHERE size(gone) > 0
         MATCH ()-[m:${EVIDENCE_LINK}]->()
         WHERE m.startId = x.id AND m.position > reduce(low = gone[0], g IN gone |
           CASE WHEN g < low THEN g ELSE low END)
         SET m.position = m.position - size([g IN gone WHERE g < m.position])
       }`,
    );
  }

  async removeEdgeEvidence(
    rows: Array<{ id: string; from: string; evidence: string[] }>,
  ): Promise<void> {
    await this.each(
      rows,
      `UNWIND $rows AS row ${MATCH_EDGE}
       SET r.evidenceIds = [e IN r.evidenceIds WHERE NOT e IN row.evidence]`,
    );
  }

  async removeAliases(rows: Array<{ id: string; aliases: string[] }>): Promise<void> {
    await this.each(
      rows,
      `UNWIND $rows AS row
       MATCH (x:Node {id: row.id})
       SET x.aliases = [a IN coalesce(x.aliases, []) WHERE NOT a IN row.aliases],
           x.aliasBases = [b IN coalesce(x.aliasBases, [])
             WHERE NOT split(b, $separator)[0] IN row.aliases]`,
      { separator: ALIAS_BASIS_SEPARATOR },
    );
  }

  /** Sets properties as the remaining statements give them (null removes one). */
  async setNodeProps(rows: Array<{ id: string; props: Props }>): Promise<void> {
    await this.each(rows, 'UNWIND $rows AS row MATCH (x:Node {id: row.id}) SET x += row.props');
  }

  async setEdgeProps(rows: Array<{ id: string; from: string; props: Props }>): Promise<void> {
    await this.each(rows, `UNWIND $rows AS row ${MATCH_EDGE} SET r += row.props`);
  }

  /** Runs a statement of `UNWIND $rows` over the rows, a chunk at a time. */
  private async each(
    rows: readonly unknown[],
    query: string,
    params: Record<string, unknown> = {},
  ): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK)
      await this.tx.run(query, { ...params, rows: rows.slice(i, i + CHUNK) });
  }
}
