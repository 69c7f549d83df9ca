import type { PageRequest } from '../common/pagination';
import type { QueryExecutor } from '../db/query-executor';
import type { NodeRecord } from '../graph/node-record';

export interface ClaimFilter {
  speaker: string | null;
  subject: string | null;
  /** Claims made at the event or about it. */
  event: string | null;
  from: string | null;
  to: string | null;
}

const MATCH_FILTERED = `MATCH (n:Claim)
  WHERE ($speaker IS NULL OR EXISTS { (:Node {id: $speaker})-[:SAID]->(n) })
    AND ($subject IS NULL OR EXISTS { (n)-[:ABOUT]->(:Node {id: $subject}) })
    AND ($event IS NULL OR EXISTS { (n)-[:AT_EVENT|ABOUT]->(:Event {id: $event}) })
    AND ($from IS NULL OR coalesce(n.dateEnd, n.dateStart) >= $from)
    AND ($to IS NULL OR n.dateStart <= $to OR (n.dateStart IS NULL AND n.dateEnd <= $to))`;

export class ClaimsRepository {
  constructor(private readonly executor: QueryExecutor) {}

  /** Claims in date order (then id), one page plus one row. */
  async list(
    filter: ClaimFilter,
    page: PageRequest,
  ): Promise<Array<NodeRecord & { sortKey: string }>> {
    return this.executor.read(
      `${MATCH_FILTERED}
       WITH n, coalesce(n.dateStart, n.dateEnd, '9999') AS sortKey
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

  async count(filter: ClaimFilter): Promise<number> {
    const [row] = await this.executor.read<{ total: number }>(
      `${MATCH_FILTERED} RETURN count(n) AS total`,
      { ...filter },
    );
    return row.total;
  }
}
