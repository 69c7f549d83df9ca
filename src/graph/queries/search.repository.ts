import type { QueryExecutor } from '../../db/query-executor';
import type { NodePlan, ProjectedNode } from '../projection-plan';
import { ProjectionRepository } from '../projection.repository';

export interface SearchCandidate extends ProjectedNode {
  score: number;
}

export class SearchRepository {
  constructor(private readonly executor: QueryExecutor) {}

  /**
   * Entities the full-text index finds for a Lucene query (built by the search service from
   * normalised words only), best first, each read as the plan says; `kinds` null means every
   * kind.
   */
  async candidates(
    lucene: string,
    kinds: string[] | null,
    limit: number,
    plan: NodePlan,
  ): Promise<SearchCandidate[]> {
    const rows = await new ProjectionRepository(this.executor).nodes<{ score: number }>(
      `CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node AS n, score
       WHERE $kinds IS NULL OR n.kind IN $kinds
       WITH n, score LIMIT toInteger($limit)`,
      { lucene, kinds, limit },
      plan,
      ['score'],
    );
    return rows.map((row) => ({ ...row.node, score: row.score }));
  }
}
