import type { PageRequest } from '../../graph/keyset.repository';
import type { NodePlan, ProjectedNode } from '../../graph/projection-plan';
import { ProjectionRepository } from '../../graph/projection.repository';
import { mayOverlapRange } from '../../graph/date-range.repository';
import { KeysetRepository, PageRow } from '../../graph/keyset.repository';

export interface EventFilter {
  kind: string | null;
  /** ISO dates; an event matches when its interval overlaps [from, to]. */
  from: string | null;
  to: string | null;
}

// Undated events match no date filter; with no filter they sort last. Ongoing ones (no end)
// match every range from their start on.
const MATCH_FILTERED = `MATCH (n:Event)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ${mayOverlapRange('n')}`;
const BY_DATE = "coalesce(n.dateStart, n.dateEnd, '9999')";

export class EventsRepository extends KeysetRepository {
  /** Events in date order, then id. */
  list(filter: EventFilter, page: PageRequest, plan: NodePlan): Promise<PageRow[]> {
    return this.page(MATCH_FILTERED, BY_DATE, { ...filter }, page, plan);
  }

  total(filter: EventFilter): Promise<number> {
    return this.count(MATCH_FILTERED, { ...filter });
  }

  /** Negotiation rounds in order of their number, then date. */
  async rounds(plan: NodePlan): Promise<ProjectedNode[]> {
    const rows = await new ProjectionRepository(this.executor).nodes(
      `MATCH (n:Event {kind: 'NEGOTIATION_ROUND'}) WITH n ORDER BY n.round, n.dateStart, n.id`,
      {},
      plan,
    );
    return rows.map((row) => row.node);
  }
}
