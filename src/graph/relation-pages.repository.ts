import type { QueryExecutor } from '../db/query-executor';
import { relationRecord } from './graph.repository';
import type { WalkFilter } from '../model/walks';
import {
  orderedWalk,
  selectiveFilter,
  walkCount,
  walkDirection,
  walkFilterWithParams,
} from './walk-cypher';
import { firstPageFrom, keysetDirection } from './keyset';
import type { PageRequest } from './keyset.repository';
import { relationFromStored, type RelationRecord, type StoredRelation } from './node-record';

/** Which relationships of a node a page walks (the page's size and cursor come apart). */
export interface RelationWalk {
  types: readonly string[];
  direction: 'OUT' | 'IN' | 'BOTH';
  /** What to keep of them, as a typed list's own filter (see WalkFilter). */
  filter: WalkFilter;
}

/**
 * A node's relationships a page at a time, in relationship id order (the cursor holds the id of
 * the last one, so pages stay put while sources are added), and how many there are. Each reads
 * only the node's own relationships of the walk's types; the count with no filter comes from
 * the node's degree by type, without reading them. Statement text depends only on the walk
 * and the page's direction; values are parameters.
 */
export class RelationPagesRepository {
  constructor(private readonly executor: QueryExecutor) {}

  /** For each id (in order), one page of its relationships plus one, in reading order. */
  async pages(
    ids: readonly string[],
    walk: RelationWalk,
    page: PageRequest,
  ): Promise<RelationRecord[][]> {
    const { past } = keysetDirection(page.backward);
    // Past the cursor, as a range the index seeks to: a late page reads no earlier ones.
    const params: Record<string, unknown> = {
      ids,
      fromId: page.from?.id ?? firstPageFrom(page.backward),
      limit: page.size + 1,
    };
    const filter = walkFilterWithParams('r', 'm', walk.filter, params);
    const tests = filter ? [filter] : [];
    const direction = walkDirection('n', 'r', 'BOTH');
    const rows = await this.executor.read<{ relations: StoredRelation[] }>(
      `UNWIND $ids AS id
       OPTIONAL MATCH (n:Node {id: id})
       CALL (n) {
         ${orderedWalk('n', 'r', 'm', walk, { tests, from: { past, value: '$fromId' }, desc: page.backward, limit: 'toInteger($limit)', selective: selectiveFilter(walk.filter) })}
         RETURN collect(${relationRecord('r', 'm', direction)}) AS relations
       }
       RETURN relations`,
      params,
    );
    return rows.map((row) => row.relations.map(relationFromStored));
  }

  /**
   * For each id (in order), how many relationships the walk has: from the node's degree by type
   * when it keeps them all, else by looking at each.
   */
  async counts(ids: readonly string[], walk: RelationWalk): Promise<number[]> {
    const params: Record<string, unknown> = { ids };
    const count = walkCount(
      'n',
      'r',
      'm',
      walk,
      walkFilterWithParams('r', 'm', walk.filter, params),
    );
    const rows = await this.executor.read<{ total: number }>(
      `UNWIND $ids AS id
       OPTIONAL MATCH (n:Node {id: id})
       RETURN CASE WHEN n IS NULL THEN 0 ELSE ${count} END AS total`,
      params,
    );
    return rows.map((row) => row.total);
  }
}
