import { nodeProps } from '../graph/graph.repository';
import type { QueryExecutor } from '../db/query-executor';
import type { NodeRecord } from '../graph/node-record';

export interface SearchCandidate extends NodeRecord {
  score: number;
}

export class SearchRepository {
  constructor(private readonly executor: QueryExecutor) {}

  /**
   * Entities the full-text index finds for a Lucene query (built by the search service from
   * normalised words only), best first; `kinds` null means every kind.
   */
  candidates(lucene: string, kinds: string[] | null, limit: number): Promise<SearchCandidate[]> {
    return this.executor.read(
      `CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
       WHERE $kinds IS NULL OR node.kind IN $kinds
       WITH node, score LIMIT toInteger($limit)
       RETURN node.id AS id, labels(node) AS labels, ${nodeProps('node')} AS props, score`,
      { lucene, kinds, limit },
    );
  }
}
