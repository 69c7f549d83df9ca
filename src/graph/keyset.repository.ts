import { nodeProps } from './graph.repository';
import type { PageRequest } from '../common/pagination';
import type { Params, QueryExecutor } from '../db/query-executor';
import type { NodeRecord } from './node-record';

/** A node of a page, with the key it was sorted by (the cursor holds it). */
export type PageRow = NodeRecord & { sortKey: string };

/**
 * Keyset pagination shared by the list queries: rows come in (sortKey, id) order and a page
 * seeks past the cursor's pair, so pages stay stable as the graph grows and no OFFSET is scanned.
 * Subclasses give a MATCH that binds `n` and filters it, and the sort key expression; both are
 * constants of the subclass, values come only through parameters.
 */
export abstract class KeysetRepository {
  constructor(protected readonly executor: QueryExecutor) {}

  /** One page plus one row, so the caller can tell whether another page follows. */
  protected page(
    matchFiltered: string,
    sortKey: string,
    params: Params,
    page: PageRequest,
  ): Promise<PageRow[]> {
    return this.executor.read(
      `${matchFiltered}
       WITH n, ${sortKey} AS sortKey
       WHERE $afterKey IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND n.id > $afterId)
       RETURN n.id AS id, labels(n) AS labels, ${nodeProps('n')} AS props, sortKey
       ORDER BY sortKey, n.id
       LIMIT toInteger($limit)`,
      {
        ...params,
        afterKey: page.after?.key ?? null,
        afterId: page.after?.id ?? null,
        limit: page.first + 1,
      },
    );
  }

  protected async count(matchFiltered: string, params: Params): Promise<number> {
    const [row] = await this.executor.read<{ total: number }>(
      `${matchFiltered} RETURN count(n) AS total`,
      params,
    );
    return row.total;
  }
}
