import type { Params, QueryExecutor } from '../db/query-executor';
import type { NodePlan, ProjectedNode } from './projection-plan';
import { ProjectionRepository } from './projection.repository';

/** A validated page request: the size, and the sort key and id to continue after. */
export interface PageRequest {
  first: number;
  after: { key: string; id: string } | null;
}

/** A node of a page, with the key it was sorted by (the cursor holds it). */
export type PageRow = ProjectedNode & { sortKey: string };

/**
 * Keyset pagination shared by the list queries: rows come in (sortKey, id) order and a page
 * seeks past the cursor's pair, so pages stay stable as the graph grows and no OFFSET is scanned.
 * Subclasses give a MATCH that binds `n` and filters it, and the sort key expression; both are
 * constants of the subclass, values come only through parameters.
 */
export abstract class KeysetRepository {
  constructor(protected readonly executor: QueryExecutor) {}

  /**
   * One page plus one row, so the caller can tell whether another page follows; each node read
   * as the plan says, in the same statement.
   */
  protected async page(
    matchFiltered: string,
    sortKey: string,
    params: Params,
    page: PageRequest,
    plan: NodePlan,
  ): Promise<PageRow[]> {
    const rows = await new ProjectionRepository(this.executor).nodes<{ sortKey: string }>(
      `${matchFiltered}
       WITH n, ${sortKey} AS sortKey
       WHERE $afterKey IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND n.id > $afterId)
       WITH n, sortKey ORDER BY sortKey, n.id LIMIT toInteger($limit)`,
      {
        ...params,
        afterKey: page.after?.key ?? null,
        afterId: page.after?.id ?? null,
        limit: page.first + 1,
      },
      plan,
      ['sortKey'],
    );
    return rows.map((row) => ({ ...row.node, sortKey: row.sortKey }));
  }

  protected async count(matchFiltered: string, params: Params): Promise<number> {
    const [row] = await this.executor.read<{ total: number }>(
      `${matchFiltered} RETURN count(n) AS total`,
      params,
    );
    return row.total;
  }
}
