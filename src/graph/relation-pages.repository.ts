import type { QueryExecutor } from '../db/query-executor';
import { relationRecord } from './graph.repository';
import { orderedWalk, statedRelationship, walkDirection, walkPattern } from './walk-cypher';
import { firstPageFrom, keysetDirection } from './keyset';
import type { PageRequest } from './keyset.repository';
import type { RelationRecord } from './node-record';

/** Which relationships of a node a page walks (the page's size and cursor come apart). */
export interface RelationWalk {
  types: readonly string[];
  direction: 'OUT' | 'IN' | 'BOTH';
  onlyStated: boolean;
}

/**
 * A node's relationships a page at a time, in relationship id order (the cursor holds the id of
 * the last one, so pages stay put while sources are added), and how many there are. Each reads
 * only the node's own relationships of the walk's types; the count with no stated filter comes
 * from the node's degree by type, without reading them. Statement text depends only on the walk
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
    const tests = [`r.id ${past} $fromId`, ...(walk.onlyStated ? [statedRelationship('r')] : [])];
    const direction = walkDirection('n', 'r', 'BOTH');
    const rows = await this.executor.read<{ relations: RelationRecord[] }>(
      `UNWIND $ids AS id
       OPTIONAL MATCH (n:Node {id: id})
       CALL (n) {
         ${orderedWalk('n', 'r', 'm', walk, { tests, desc: page.backward, limit: 'toInteger($limit)' })}
         RETURN collect(${relationRecord('r', 'm', direction)}) AS relations
       }
       RETURN relations`,
      { ids, fromId: page.from?.id ?? firstPageFrom(page.backward), limit: page.size + 1 },
    );
    return rows.map((row) => row.relations);
  }

  /** For each id (in order), how many relationships the walk has. */
  async counts(ids: readonly string[], walk: RelationWalk): Promise<number[]> {
    const where = walk.onlyStated ? ` WHERE ${statedRelationship('r')}` : '';
    const rows = await this.executor.read<{ total: number }>(
      `UNWIND $ids AS id
       OPTIONAL MATCH (n:Node {id: id})
       RETURN CASE WHEN n IS NULL THEN 0 ELSE COUNT { ${walkPattern('n', 'r', '', walk)}${where} } END AS total`,
      { ids },
    );
    return rows.map((row) => row.total);
  }
}
