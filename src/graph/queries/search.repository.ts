import type { SourceMinimum } from '../../model/walks';
import type { QueryExecutor } from '../../db/query-executor';
import { EVIDENCE_LINK } from '../../model/vocabulary';
import type { NodePlan, ProjectedNode } from '../projection-plan';
import { ProjectionRepository } from '../projection.repository';

export interface SearchCandidate extends ProjectedNode {
  score: number;
}

// Whether at least $min distinct sources (or what they count as) state something of n: its own
// spans' sources, then those its relationships carry (see CorroborationRepository). Stops at the
// $min-th, so that a hub is not read whole. Written into the statement only when asked for.
const STATED_BY = (key: string, min: string) =>
  `size(COLLECT {
     CALL (n) {
       MATCH (n)-[:${EVIDENCE_LINK}]->(:Evidence)-[:IN_SOURCE]->(s:Source) RETURN s
       UNION ALL
       MATCH (n)-[r]-() WHERE r.supportSources IS NOT NULL
       UNWIND r.supportSources AS id MATCH (s:Source {id: id}) RETURN s
     }
     RETURN DISTINCT ${key} LIMIT toInteger(${min})
   }) >= ${min}`;

export class SearchRepository {
  constructor(private readonly executor: QueryExecutor) {}

  /**
   * Entities the full-text index finds for a Lucene query (built by the search service from
   * normalised words only), best first, each read as the plan says; `kinds` null means every
   * kind. Those fewer sources state something of than `minimum` asks are passed over.
   */
  async candidates(
    lucene: string,
    kinds: string[] | null,
    limit: number,
    plan: NodePlan,
    minimum: SourceMinimum = { minSources: 0, minIndependentSources: 0 },
  ): Promise<SearchCandidate[]> {
    const { minSources, minIndependentSources } = minimum;
    const stated = [
      ...(minSources > 0 ? [STATED_BY('s.id', '$minSources')] : []),
      ...(minIndependentSources > 0
        ? [STATED_BY('coalesce(s.independenceKey, s.id)', '$minIndependentSources')]
        : []),
    ];
    const rows = await new ProjectionRepository(this.executor).nodes<{ score: number }>(
      `CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node AS n, score
       WHERE ${['($kinds IS NULL OR n.kind IN $kinds)', ...stated].join(' AND ')}
       WITH n, score LIMIT toInteger($limit)`,
      {
        lucene,
        kinds,
        limit,
        ...(minSources > 0 ? { minSources } : {}),
        ...(minIndependentSources > 0 ? { minIndependentSources } : {}),
      },
      plan,
      ['score'],
    );
    return rows.map((row) => ({ ...row.node, score: row.score }));
  }
}
