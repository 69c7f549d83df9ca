import type { QueryExecutor } from '../../db/query-executor';
import { EVIDENCE_LINK } from '../../model/vocabulary';

/** What the graph already holds under an id: which family of node, and an entity's kind. */
export interface StoredId {
  id: string;
  /** Entity, Event, Claim, Source or Evidence. */
  family: string;
  kind: string | null;
}

const FAMILIES = ['Entity', 'Event', 'Claim', 'Source', 'Evidence'];
// Ids per statement: each is one index seek.
const CHUNK = 5000;

/** Reads what is stored under ids an input is about to write, before it writes anything. */
export class StoredIdsRepository {
  constructor(private readonly executor: QueryExecutor) {}

  /** The ids of `ids` that exist, with their family and kind. */
  async find(ids: string[]): Promise<StoredId[]> {
    const found: StoredId[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const rows = await this.executor.read<StoredId>(
        `UNWIND $ids AS id
         MATCH (n:Node {id: id})
         RETURN n.id AS id, head([l IN labels(n) WHERE l IN $families]) AS family,
                n.kind AS kind`,
        { ids: ids.slice(i, i + CHUNK), families: FAMILIES },
      );
      found.push(...rows);
    }
    return found;
  }

  /**
   * The dossiers (or, for sources loaded before dossiers were recorded, the sources) whose
   * evidence a node is cited by: where its facts came from. A few, not every one of a hub's.
   */
  async citedBy(id: string): Promise<string[]> {
    const [row] = await this.executor.read<{ from: string[] }>(
      `MATCH (n:Node {id: $id})
       RETURN COLLECT {
         MATCH (n)-[:${EVIDENCE_LINK}]->(:Evidence)-[:IN_SOURCE]->(s:Source)
         RETURN DISTINCT coalesce(s.dossier, s.id) AS from LIMIT 5
       } AS from`,
      { id },
    );
    return row?.from ?? [];
  }
}
