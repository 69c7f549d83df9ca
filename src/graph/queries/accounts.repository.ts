import type { ManagedTransaction } from 'neo4j-driver';
import type { QueryExecutor } from '../../db/query-executor';
import { nestingPattern, type StatedAccount } from '../../model/accounts';
import type { StatedPosition } from '../../model/positions';

// For each event, every dossier's current statement of it, of each of its participations with
// the role and the participant, and of each place it was held in; and, once per place, the places
// it lies in. The record of statements keeps what each dossier said, where the live event holds
// only the merged properties.
const ACCOUNTS = `UNWIND $ids AS id
  MATCH (e:Event {id: id})
  RETURN id,
    COLLECT { MATCH (s:Support {item: id, current: true}) RETURN [s.dossier, s.statement] } AS events,
    COLLECT {
      MATCH (e)<-[r:PARTICIPATED_IN]-(x)
      MATCH (s:Support {item: r.id, current: true})
      RETURN [s.dossier, r.role, x.id, s.statement]
    } AS participations,
    COLLECT {
      MATCH (e)-[r:HELD_IN]->(x)
      MATCH (s:Support {item: r.id, current: true})
      RETURN [s.dossier, x.id, s.statement]
    } AS places,
    COLLECT {
      MATCH (e)-[:HELD_IN]->(x)
      WITH DISTINCT x
      RETURN [x.id, COLLECT {
        MATCH path = (x)-${nestingPattern(1)}->(y)
        RETURN y.id ORDER BY length(path), y.id
      }]
    } AS nesting`;

interface Row {
  id: string;
  events: Array<[string, string]>;
  participations: Array<[string, string, string, string]>;
  places: Array<[string, string, string]>;
  /** Each place the event is held in, once, with the places it lies in. */
  nesting: Array<[string, string[]]>;
}

type Statement = { props: Record<string, unknown> | null; evidence: string[] };

/** The rows as accounts, a dossier each, by event id (an event the graph lacks has none). */
function accountsByEvent(ids: readonly string[], rows: Row[]): StatedAccount[][] {
  const byId = new Map<string, StatedAccount[]>();
  for (const row of rows) {
    const accounts = new Map<string, StatedAccount>();
    const of = (dossier: string) => {
      let account = accounts.get(dossier);
      if (!account)
        accounts.set(dossier, (account = { dossier, event: null, participants: [], places: [] }));
      return account;
    };
    for (const [dossier, text] of row.events) {
      const { props, evidence } = JSON.parse(text) as Statement;
      of(dossier).event = { props, evidence };
    }
    for (const [dossier, role, entity, text] of row.participations)
      of(dossier).participants.push({
        role,
        entity,
        evidence: (JSON.parse(text) as Statement).evidence,
      });
    // One place may be reached up several paths; nearest first, once each.
    const within = new Map(row.nesting.map(([place, up]) => [place, [...new Set(up)]]));
    for (const [dossier, entity, text] of row.places)
      of(dossier).places.push({
        entity,
        within: within.get(entity) ?? [],
        evidence: (JSON.parse(text) as Statement).evidence,
      });
    byId.set(row.id, [...accounts.values()]);
  }
  return ids.map((id) => byId.get(id) ?? []);
}

// For each holder and issue, every dossier's current statement of each of its live positions on
// it: dossiers that give one position opposite stances state one relationship, merged. A live
// relationship is one some dossier states, so the statements name every one.
const POSITIONS = `UNWIND $pairs AS pair
  MATCH (a:Node {id: pair.from})
  RETURN a.id AS from, COLLECT {
    MATCH (a)-[r:HOLDS_POSITION]->(:Node {id: pair.to})
    MATCH (s:Support {item: r.id, current: true})
    RETURN [r.id, s.dossier, s.statement]
  } AS statements`;

/** One holder's live positions on one issue, and each dossier's statement of them. */
export interface StatedPositions {
  relations: Array<{ id: string; from: string }>;
  statements: StatedPosition[];
}

function statedPositions(row: {
  from: string;
  statements: Array<[string, string, string]>;
}): StatedPositions {
  const statements = row.statements.map(([relation, dossier, text]) => {
    const { props, evidence } = JSON.parse(text) as Statement;
    return { relation, dossier, props, evidence };
  });
  const ids = [...new Set(statements.map((s) => s.relation))];
  return { relations: ids.map((id) => ({ id, from: row.from })), statements };
}

type PositionRow = Parameters<typeof statedPositions>[0];

/** A disputed event, claim or position (a holder's, on `issue`), and what is disputed. */
export interface DisputedItem {
  id: string;
  kind: 'EVENT' | 'CLAIM' | 'POSITION';
  issue: string | null;
  points: string[] | null;
  sortDate: string | null;
}

/** Events as each dossier states them, read for the API. */
export class AccountsRepository {
  constructor(private readonly executor: QueryExecutor) {}

  async accounts(ids: readonly string[]): Promise<StatedAccount[][]> {
    return accountsByEvent(ids, await this.executor.read<Row>(ACCOUNTS, { ids }));
  }

  /** A holder's positions on an issue, as each dossier states them. */
  async positions(from: string, to: string): Promise<StatedPositions> {
    const rows = await this.executor.read<PositionRow>(POSITIONS, { pairs: [{ from, to }] });
    return rows.length > 0 ? statedPositions(rows[0]) : { relations: [], statements: [] };
  }

  /**
   * What is disputed at a node, as the ingest marked it: the node itself; the events an entity
   * took part in or that were held in it (a place), the claims it made or is the subject of,
   * and the positions it holds or that are held on it (an issue); the claims made at an event. In date order, the first `limit`.
   * A position is its holder and its issue (`id` and `issue`), however many relationships and
   * dossiers state it.
   */
  async disputedAt(id: string, limit: number): Promise<DisputedItem[]> {
    return this.executor.read<DisputedItem>(
      `MATCH (x:Node {id: $id})
       CALL (x) {
         CALL (x) {
           WITH x WHERE (x:Event OR x:Claim) AND x.disputed RETURN x AS e
           UNION
           MATCH (x)-[:PARTICIPATED_IN]->(e:Event) WHERE e.disputed RETURN e
           UNION
           MATCH (x)-[:SAID]->(e:Claim) WHERE e.disputed RETURN e
           UNION
           MATCH (x)<-[:ABOUT]-(e:Claim) WHERE e.disputed RETURN e
           UNION
           MATCH (x)<-[:AT_EVENT]-(e:Claim) WHERE e.disputed RETURN e
           UNION
           MATCH (x)<-[:HELD_IN]-(e:Event) WHERE e.disputed RETURN e
         }
         RETURN e.id AS id, CASE WHEN e:Claim THEN 'CLAIM' ELSE 'EVENT' END AS kind,
                null AS issue, e.disputedPoints AS points, e.sortDate AS sortDate
         UNION
         MATCH (x)-[r:HOLDS_POSITION]-() WHERE r.disputed
         WITH r.startId AS id, r.endId AS issue, min(coalesce(r.validFrom, r.asOf)) AS sortDate
         RETURN id, 'POSITION' AS kind, issue, ['POSITION'] AS points, sortDate
       }
       RETURN id, kind, issue, points, sortDate
       ORDER BY sortDate, id, issue LIMIT toInteger($limit)`,
      { id, limit },
    );
  }

  /** The claims that contradict a claim, or that it contradicts, by id. */
  async contradicting(id: string): Promise<string[]> {
    const rows = await this.executor.read<{ id: string }>(
      `MATCH (:Claim {id: $id})-[:CONTRADICTS]-(o:Claim) RETURN DISTINCT o.id AS id ORDER BY id`,
      { id },
    );
    return rows.map((row) => row.id);
  }

  /** The reports of a claim's statement: it and every claim SAME_STATEMENT_AS it, by id. */
  async statementGroup(id: string): Promise<string[]> {
    const rows = await this.executor.read<{ id: string }>(
      `MATCH (:Claim {id: $id})-[:SAME_STATEMENT_AS*0..]-(o:Claim)
       RETURN DISTINCT o.id AS id ORDER BY id`,
      { id },
    );
    return rows.map((row) => row.id);
  }
}

/** The same, inside an ingest's transaction. */
export async function statedAccountsIn(
  tx: Pick<ManagedTransaction, 'run'>,
  ids: readonly string[],
): Promise<StatedAccount[][]> {
  const result = await tx.run(ACCOUNTS, { ids });
  return accountsByEvent(
    ids,
    result.records.map((r) => r.toObject() as unknown as Row),
  );
}

/** Positions between holders and issues, a pair at a time, inside an ingest's transaction. */
export async function statedPositionsIn(
  tx: Pick<ManagedTransaction, 'run'>,
  pairs: ReadonlyArray<{ from: string; to: string }>,
): Promise<StatedPositions[]> {
  const result = await tx.run(POSITIONS, { pairs });
  return result.records.map((r) => statedPositions(r.toObject() as unknown as PositionRow));
}
