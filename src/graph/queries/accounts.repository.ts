import type { ManagedTransaction } from 'neo4j-driver';
import type { QueryExecutor } from '../../db/query-executor';
import type { StatedAccount } from '../../model/accounts';

// For each event, every dossier's current statement of it, and of each of its participations
// with the role and the participant: the record of statements keeps what each dossier said,
// where the live event holds only the merged properties.
const ACCOUNTS = `UNWIND $ids AS id
  MATCH (e:Event {id: id})
  RETURN id,
    COLLECT { MATCH (s:Support {item: id, current: true}) RETURN [s.dossier, s.statement] } AS events,
    COLLECT {
      MATCH (e)<-[r:PARTICIPATED_IN]-(x)
      MATCH (s:Support {item: r.id, current: true})
      RETURN [s.dossier, r.role, x.id, s.statement]
    } AS participations`;

interface Row {
  id: string;
  events: Array<[string, string]>;
  participations: Array<[string, string, string, string]>;
}

type Statement = { props: Record<string, unknown> | null; evidence: string[] };

/** The rows as accounts, a dossier each, by event id (an event the graph lacks has none). */
function accountsByEvent(ids: readonly string[], rows: Row[]): StatedAccount[][] {
  const byId = new Map<string, StatedAccount[]>();
  for (const row of rows) {
    const accounts = new Map<string, StatedAccount>();
    const of = (dossier: string) => {
      let account = accounts.get(dossier);
      if (!account) accounts.set(dossier, (account = { dossier, event: null, participants: [] }));
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
    byId.set(row.id, [...accounts.values()]);
  }
  return ids.map((id) => byId.get(id) ?? []);
}

/** Events as each dossier states them, read for the API. */
export class AccountsRepository {
  constructor(private readonly executor: QueryExecutor) {}

  async accounts(ids: readonly string[]): Promise<StatedAccount[][]> {
    return accountsByEvent(ids, await this.executor.read<Row>(ACCOUNTS, { ids }));
  }

  /**
   * The disputed events and claims at a node: the node itself; the events an entity took part
   * in and the claims it made; the claims made at an event. In date order, the first `limit`.
   * Each says whether it is disputed (written at ingest).
   */
  async disputedAt(id: string, limit: number): Promise<Array<{ id: string; claim: boolean }>> {
    return this.executor.read<{ id: string; claim: boolean }>(
      `MATCH (x:Node {id: $id})
       CALL (x) {
         WITH x WHERE (x:Event OR x:Claim) AND x.disputed RETURN x AS e
         UNION
         MATCH (x)-[:PARTICIPATED_IN]->(e:Event) WHERE e.disputed RETURN e
         UNION
         MATCH (x)-[:SAID]->(e:Claim) WHERE e.disputed RETURN e
         UNION
         MATCH (x)<-[:AT_EVENT]-(e:Claim) WHERE e.disputed RETURN e
       }
       RETURN e.id AS id, e:Claim AS claim ORDER BY e.sortDate, e.id LIMIT toInteger($limit)`,
      { id, limit },
    );
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
