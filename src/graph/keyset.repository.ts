import type { Params, QueryExecutor } from '../db/query-executor';
import type { NodePlan, ProjectedNode } from './projection-plan';
import { mayOverlapRange } from './date-range.repository';
import { keysetDirection, seekPast } from './keyset';
import { ProjectionRepository } from './projection.repository';

/** A validated page request: its size, its direction, and the row to continue past. */
export interface PageRequest {
  size: number;
  /** Towards smaller keys (last/before) rather than larger (first/after). */
  backward: boolean;
  /** The sort key and id of the row to continue past, in reading order. */
  from: { key: string; id: string } | null;
}

/**
 * The seek and order of a page: rows past the cursor's (key, id) pair, in reading order. `key`
 * is the sort key's expression or variable; the text is a constant of the direction, values come
 * as $fromKey and $fromId.
 */
function keysetSeek(key: string, backward: boolean): { seek: string; order: string } {
  const { past, desc } = keysetDirection(backward);
  return {
    seek: `($fromKey IS NULL OR ${key} ${past} $fromKey OR (${key} = $fromKey AND n.id ${past} $fromId))`,
    order: `${key}${desc}, n.id${desc}`,
  };
}

/**
 * A list read in an index's order: nodes of `label` by the property `key`, then id; `equal` names
 * a property the filter may fix first (an index on it and the key serves both). All are constants
 * of the caller.
 */
export interface IndexOrder {
  label: string;
  key: string;
  equal?: string;
  /** Largest keys first when reading forward (ids still ascending among equal keys). */
  descending?: boolean;
}

/**
 * The match of a page read straight from an index, in either direction: it reads the page's own
 * rows plus the one after (with `also`, those it skips too), never every candidate sorted. The
 * cursor's (key, id) pair starts the range; ordering by the fixed property too lets the planner
 * keep a composite index's order. `also` is a further filter on `n`, a constant of the caller.
 */
function indexedPageMatch(
  order: IndexOrder,
  page: { backward: boolean; withCursor: boolean; withEqual: boolean },
  also: string | null = null,
): string {
  const ids = keysetDirection(page.backward);
  const keys = keysetDirection(page.backward !== (order.descending ?? false));
  const key = `n.${order.key}`;
  const range = page.withCursor ? seekPast(key, 'n.id', keys.past, ids.past) : `${key} IS NOT NULL`;
  const equal = page.withEqual && order.equal ? `n.${order.equal} = $${order.equal} AND ` : '';
  const fixed = equal ? `n.${order.equal}${keys.desc}, ` : '';
  return `MATCH (n:${order.label}) WHERE ${equal}${range}${also ? ` AND ${also}` : ''}
  WITH n, ${key} AS sortKey ORDER BY ${fixed}${key}${keys.desc}, n.id${ids.desc} LIMIT toInteger($limit)`;
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
   * One page plus one row, in reading order, so the caller can tell whether another page
   * follows; each node read as the plan says, in the same statement.
   */
  protected async page(
    matchFiltered: string,
    sortKey: string,
    params: Params,
    page: PageRequest,
    plan: NodePlan,
  ): Promise<PageRow[]> {
    const { seek, order } = keysetSeek('sortKey', page.backward);
    const match = `${matchFiltered}
       WITH n, ${sortKey} AS sortKey
       WHERE ${seek}
       WITH n, sortKey ORDER BY ${order} LIMIT toInteger($limit)`;
    return this.rows(match, params, page, plan);
  }

  /** One page plus one row read in an index's order (see indexedPageMatch). */
  protected async indexedPage(
    order: IndexOrder,
    params: Params,
    page: PageRequest,
    plan: NodePlan,
    also: string | null = null,
  ): Promise<PageRow[]> {
    const withEqual = order.equal !== undefined && params[order.equal] != null;
    const match = indexedPageMatch(
      order,
      { backward: page.backward, withCursor: page.from !== null, withEqual },
      also,
    );
    return this.rows(match, params, page, plan);
  }

  /**
   * One page in date order, read from the index on `sortDate` (see UNDATED_SORT_DATE), of what
   * may overlap the filter's dates when it has any.
   */
  protected datedPage(
    order: IndexOrder,
    filter: Params & { from: string | null; to: string | null },
    page: PageRequest,
    plan: NodePlan,
  ): Promise<PageRow[]> {
    const dated = filter.from !== null || filter.to !== null;
    return this.indexedPage(order, filter, page, plan, dated ? mayOverlapRange('n') : null);
  }

  /** A page's rows: `match` binds `n` and `sortKey` in reading order, one more than the page. */
  protected async rows(match: string, params: Params, page: PageRequest, plan: NodePlan) {
    const rows = await new ProjectionRepository(this.executor).nodes<{ sortKey: string }>(
      match,
      {
        ...params,
        fromKey: page.from?.key ?? null,
        fromId: page.from?.id ?? null,
        limit: page.size + 1,
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
