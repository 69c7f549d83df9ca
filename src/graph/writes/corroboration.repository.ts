import type { ManagedTransaction } from 'neo4j-driver';
import {
  EVIDENCE_LINK,
  MEANINGFUL_RELATIONSHIP_TYPES,
  RELATION_KEY,
  typesPattern,
} from '../../model/vocabulary';
import { MATCH_EDGE } from './support.repository';
import { nestingPattern } from '../../model/accounts';

/** A live source's outlet, the source it copies, and the independence key it was last given. */
export interface SourceLinks {
  id: string;
  outlet: string | null;
  copyOf: string | null;
  key: string | null;
}

/** A relationship, found by its id and its start's id (see SupportRepository). */
export interface EdgeRef {
  id: string;
  from: string;
}

const MEANINGFUL = typesPattern(MEANINGFUL_RELATIONSHIP_TYPES);
const CHUNK = 2000;

// What a fact's sources come to, from `s`, the sources of its spans: how many, how many count as
// independent (copies and dependent outlets share a key), and how many outlets carry it (a source
// with no outlet is its own).
const TALLY = `RETURN collect(DISTINCT s.id) AS sources,
         count(DISTINCT coalesce(s.independenceKey, s.id)) AS independent,
         count(DISTINCT coalesce(s.outletId, s.id)) AS outlets`;
const SET_TALLY = (
  x: string,
) => `SET ${x}.supportSources = sources, ${x}.sourceCount = size(sources),
       ${x}.independentCount = independent, ${x}.outletCount = outlets`;

/**
 * Corroboration as stored on each fact: relationships, events and claims carry the sources their
 * evidence comes from and three counts, written when an ingest changes them, so that a filter
 * or sort by support reads a property instead of a fact's evidence. Runs in the ingest's
 * transaction.
 */
export class CorroborationRepository {
  constructor(private readonly tx: Pick<ManagedTransaction, 'run'>) {}

  /** Every live source's links, and every group of outlets an assessment declares dependent. */
  async links(): Promise<{ sources: SourceLinks[]; dependences: string[][] }> {
    const sources = await this.tx.run(
      `MATCH (s:Source)
       RETURN s.id AS id, s.outletId AS outlet, s.copyOfId AS copyOf, s.independenceKey AS key`,
    );
    const groups = await this.tx.run(
      `MATCH (a:Assessment {kind: 'DEPENDENCE'}) RETURN a.targets AS outlets`,
    );
    return {
      sources: sources.records.map((r) => ({
        id: r.get('id'),
        outlet: r.get('outlet'),
        copyOf: r.get('copyOf'),
        key: r.get('key'),
      })),
      dependences: groups.records.map((r) => r.get('outlets') as string[]),
    };
  }

  async setKeys(rows: Array<{ id: string; key: string }>): Promise<void> {
    await this.each(
      rows,
      'UNWIND $rows AS row MATCH (s:Source {id: row.id}) SET s.independenceKey = row.key',
    );
  }

  /**
   * The events and claims citing any of the sources, and the relationships that did when their
   * support was last written. No index leads from a source to the relationships citing it, so
   * this reads every relationship: it runs only when a source's independence changes (a copy or
   * a dependence declared, corrected or withdrawn), not on every ingest.
   */
  async citing(sources: string[]): Promise<{ nodes: string[]; edges: EdgeRef[] }> {
    const nodes = await this.tx.run(
      `UNWIND $sources AS source
       MATCH (:Source {id: source})<-[:IN_SOURCE]-(:Evidence)<-[:${EVIDENCE_LINK}]-(x)
       WHERE x:Event OR x:Claim
       RETURN DISTINCT x.id AS id`,
      { sources },
    );
    const edges = await this.tx.run(
      `MATCH ()-[r:${MEANINGFUL}]->()
       WHERE any(s IN coalesce(r.supportSources, []) WHERE s IN $sources)
       RETURN r.id AS id, r.startId AS from`,
      { sources },
    );
    return {
      nodes: nodes.records.map((r) => r.get('id')),
      edges: edges.records.map((r) => ({ id: r.get('id'), from: r.get('from') })),
    };
  }

  /** Writes the support of events and claims from the sources of their evidence links. */
  async refreshNodes(ids: string[]): Promise<void> {
    await this.each(
      ids,
      `UNWIND $rows AS id
       MATCH (x:Node {id: id}) WHERE x:Event OR x:Claim
       CALL (x) {
         OPTIONAL MATCH (x)-[:${EVIDENCE_LINK}]->(:Evidence)-[:IN_SOURCE]->(s:Source)
         ${TALLY}
       }
       ${SET_TALLY('x')}`,
    );
  }

  /** Writes the support of relationships from the sources of the spans they carry. */
  async refreshEdges(rows: EdgeRef[]): Promise<void> {
    await this.each(
      rows,
      `UNWIND $rows AS row ${MATCH_EDGE}
       CALL (r) {
         UNWIND coalesce(r.evidenceIds, []) AS eid
         OPTIONAL MATCH (:Evidence {id: eid})-[:IN_SOURCE]->(s:Source)
         ${TALLY}
       }
       ${SET_TALLY('r')}`,
    );
  }

  /**
   * A page of nodes in id order after `after` (the id index gives the order), each with whether
   * it is an event or claim and the relationships it starts (id, type, end): every relationship
   * comes once, from its start node.
   */
  async nodesAfter(
    after: string,
    size: number,
  ): Promise<Array<{ id: string; fact: boolean; starts: Array<[string, string, string]> }>> {
    const result = await this.tx.run(
      `MATCH (n:Node) WHERE n.id > $after
       WITH n ORDER BY n.id LIMIT toInteger($size)
       RETURN n.id AS id, n:Event OR n:Claim AS fact,
         COLLECT { MATCH (n)-[k:${RELATION_KEY}]->() RETURN [k.id, k.type, k.endId] } AS starts`,
      { after, size },
    );
    return result.records.map((r) => ({
      id: r.get('id'),
      fact: r.get('fact'),
      starts: r.get('starts'),
    }));
  }

  /**
   * The events held in the places, or in any place that lies in them, that accounts hold in more
   * than one place: only their verdict can change with what lies in what. (A venue of thousands
   * of rounds, restated in every batch, does not have them all looked at again.)
   */
  async eventsHeldWithin(places: string[]): Promise<string[]> {
    const found = new Set<string>();
    for (let i = 0; i < places.length; i += CHUNK) {
      const result = await this.tx.run(
        `UNWIND $ids AS id
         MATCH (:Node {id: id})<-${nestingPattern(0)}-()<-[:HELD_IN]-(e:Event)
         WHERE COUNT { (e)-[:HELD_IN]->() } > 1
         RETURN DISTINCT e.id AS id`,
        { ids: places.slice(i, i + CHUNK) },
      );
      for (const r of result.records) found.add(r.get('id'));
    }
    return [...found];
  }

  /** The events among the nodes, and at the ends of the relationships. */
  async events(nodes: string[], edges: EdgeRef[]): Promise<string[]> {
    const found = new Set<string>();
    for (let i = 0; i < Math.max(nodes.length, edges.length); i += CHUNK) {
      const result = await this.tx.run(
        `CALL () {
           UNWIND $nodes AS id MATCH (e:Event {id: id}) RETURN e.id AS id
           UNION
           UNWIND $rows AS row ${MATCH_EDGE} WITH b WHERE b:Event RETURN b.id AS id
         }
         RETURN DISTINCT id`,
        { nodes: nodes.slice(i, i + CHUNK), rows: edges.slice(i, i + CHUNK) },
      );
      for (const r of result.records) found.add(r.get('id'));
    }
    return [...found];
  }

  /**
   * The claims among the ids, the other reports of their statements (SAME_STATEMENT_AS, either
   * way, as far as they reach) and the claims they contradict; each with the channels its
   * statement's reports give, and whether any live claim contradicts it.
   */
  async claimsAround(
    ids: string[],
  ): Promise<Array<{ id: string; channels: string[]; contradicted: boolean }>> {
    const found = new Map<string, { id: string; channels: string[]; contradicted: boolean }>();
    for (let i = 0; i < ids.length; i += CHUNK) {
      const result = await this.tx.run(
        `UNWIND $ids AS id
         MATCH (c:Claim {id: id})
         CALL (c) {
           MATCH (c)-[:SAME_STATEMENT_AS*0..]-(o:Claim) RETURN o
           UNION
           MATCH (c)-[:CONTRADICTS]-(o:Claim) RETURN o
         }
         WITH DISTINCT o
         RETURN o.id AS id,
           COLLECT {
             MATCH (o)-[:SAME_STATEMENT_AS*0..]-(r:Claim) WHERE r.channel IS NOT NULL
             RETURN r.channel
           } AS channels,
           EXISTS { (o)-[:CONTRADICTS]-(:Claim) } AS contradicted`,
        { ids: ids.slice(i, i + CHUNK) },
      );
      for (const r of result.records)
        found.set(r.get('id'), {
          id: r.get('id'),
          channels: r.get('channels'),
          contradicted: r.get('contradicted'),
        });
    }
    return [...found.values()];
  }

  /** Marks claims with what is disputed about them (CHANNEL, CONTRADICTION), or as undisputed. */
  async setClaimDisputes(rows: Array<{ id: string; points: string[] }>): Promise<void> {
    await this.each(
      rows,
      `UNWIND $rows AS row
       MATCH (c:Claim {id: row.id})
       SET c.disputed = size(row.points) > 0,
           c.disputedPoints = CASE WHEN size(row.points) > 0 THEN row.points END`,
    );
  }

  /** Marks positions as disputed (POSITION) or not. */
  async setPositionDisputes(rows: Array<EdgeRef & { disputed: boolean }>): Promise<void> {
    await this.each(
      rows,
      `UNWIND $rows AS row ${MATCH_EDGE}
       SET r.disputed = row.disputed,
           r.disputedPoints = CASE WHEN row.disputed THEN ['POSITION'] END`,
    );
  }

  /** Marks events whose accounts disagree, with the points they disagree on. */
  async setDisputes(rows: Array<{ id: string; points: string[] }>): Promise<void> {
    await this.each(
      rows,
      `UNWIND $rows AS row
       MATCH (e:Event {id: row.id})
       SET e.disputed = size(row.points) > 0,
           e.disputedPoints = CASE WHEN size(row.points) > 0 THEN row.points END`,
    );
  }

  private async each(rows: readonly unknown[], query: string): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK)
      await this.tx.run(query, { rows: rows.slice(i, i + CHUNK) });
  }
}
