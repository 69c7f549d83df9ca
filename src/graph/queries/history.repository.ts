import type { QueryExecutor } from '../../db/query-executor';

/** One dossier's statement of an item over one period: who added it, and what ended it. */
export interface HistoryRecord {
  dossier: string;
  addedIn: string;
  addedAt: string;
  addedBy: string | null;
  retractedIn: string | null;
  retractedAt: string | null;
  retractedBy: string | null;
  /** The version that ended it withdrew its whole dossier. */
  withdrawn: boolean;
  current: boolean;
  /** What the dossier stated of the item (its properties, aliases and evidence ids), as JSON. */
  statement: string;
}

/** The record of who stated what, and when, read for the `history` fields. */
export class HistoryRepository {
  constructor(private readonly executor: QueryExecutor) {}

  /** Each item's statements, newest first, at most `limit` of them. */
  async historyOf(ids: readonly string[], limit: number): Promise<HistoryRecord[][]> {
    const rows = await this.executor.read<{ id: string; history: HistoryRecord[] }>(
      `UNWIND $ids AS id
       RETURN id, COLLECT {
         MATCH (s:Support {item: id})
         OPTIONAL MATCH (added:DossierVersion {id: s.addedIn})
         OPTIONAL MATCH (ended:DossierVersion {id: s.retractedIn})
         WITH s, added, ended ORDER BY s.addedAt DESC, s.dossier LIMIT toInteger($limit)
         RETURN {dossier: s.dossier, addedIn: s.addedIn, addedAt: s.addedAt, addedBy: added.by,
           retractedIn: s.retractedIn, retractedAt: s.retractedAt, retractedBy: ended.by,
           withdrawn: coalesce(ended.withdrawn, false), current: s.current,
           statement: s.statement}
       } AS history`,
      { ids, limit },
    );
    const byId = new Map(rows.map((row) => [row.id, row.history]));
    return ids.map((id) => byId.get(id) ?? []);
  }
}
