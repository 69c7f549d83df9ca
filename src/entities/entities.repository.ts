import type { QueryExecutor } from '../db/query-executor';
import type { PageRequest } from '../common/pagination';
import type { NodeRecord } from '../graph/node-record';

export interface EntityFilter {
  kind: string | null;
  nameContains: string | null;
}

// Entities are listed by English name, then id; the filter matches any name or alias.
const MATCH_FILTERED = `MATCH (n:Entity)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($nameContains IS NULL OR toLower(n.searchText) CONTAINS toLower($nameContains))`;

export class EntitiesRepository {
  constructor(private readonly executor: QueryExecutor) {}

  /** One page plus one row, so the caller can tell whether another page follows. */
  async list(
    filter: EntityFilter,
    page: PageRequest,
  ): Promise<Array<NodeRecord & { sortKey: string }>> {
    return this.executor.read(
      `${MATCH_FILTERED}
       WITH n, coalesce(n.name, '') AS sortKey
       WHERE $afterKey IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND n.id > $afterId)
       RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, sortKey
       ORDER BY sortKey, n.id
       LIMIT toInteger($limit)`,
      {
        ...filter,
        afterKey: page.after?.key ?? null,
        afterId: page.after?.id ?? null,
        limit: page.first + 1,
      },
    );
  }

  async count(filter: EntityFilter): Promise<number> {
    const [row] = await this.executor.read<{ total: number }>(
      `${MATCH_FILTERED} RETURN count(n) AS total`,
      { ...filter },
    );
    return row.total;
  }
}
