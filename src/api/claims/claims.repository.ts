import type { PageRequest } from '../../graph/keyset.repository';
import type { NodePlan } from '../../graph/projection-plan';
import { mayOverlapRange } from '../../graph/date-range.repository';
import { KeysetRepository, PageRow } from '../../graph/keyset.repository';

export interface ClaimFilter {
  speaker: string | null;
  subject: string | null;
  /** Claims made at the event or about it. */
  event: string | null;
  from: string | null;
  to: string | null;
}

// A claim matches a date range when it may have been made within it: its interval overlaps.
const MATCH_FILTERED = `MATCH (n:Claim)
  WHERE ($speaker IS NULL OR EXISTS { (:Node {id: $speaker})-[:SAID]->(n) })
    AND ($subject IS NULL OR EXISTS { (n)-[:ABOUT]->(:Node {id: $subject}) })
    AND ($event IS NULL OR EXISTS { (n)-[:AT_EVENT|ABOUT]->(:Event {id: $event}) })
    AND ${mayOverlapRange('n')}`;

export class ClaimsRepository extends KeysetRepository {
  /** Claims in date order, then id. */
  list(filter: ClaimFilter, page: PageRequest, plan: NodePlan): Promise<PageRow[]> {
    return this.page(
      MATCH_FILTERED,
      "coalesce(n.dateStart, n.dateEnd, '9999')",
      { ...filter },
      page,
      plan,
    );
  }

  total(filter: ClaimFilter): Promise<number> {
    return this.count(MATCH_FILTERED, { ...filter });
  }
}
