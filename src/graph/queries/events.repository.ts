import type { PageRequest } from '../keyset.repository';
import type { NodePlan } from '../projection-plan';
import { mayOverlapRange } from '../date-range.repository';
import { IndexOrder, KeysetRepository, PageRow } from '../keyset.repository';

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
// Date order read from an index (event_sort_date, or event_kind_sort_date with a kind).
const EVENTS_BY_DATE: IndexOrder = { label: 'Event', key: 'sortDate', equal: 'kind' };

export class EventsRepository extends KeysetRepository {
  /** Events in date order, then id. */
  list(filter: EventFilter, page: PageRequest, plan: NodePlan): Promise<PageRow[]> {
    return this.datedPage(EVENTS_BY_DATE, { ...filter }, page, plan);
  }

  total(filter: EventFilter): Promise<number> {
    return this.count(MATCH_FILTERED, { ...filter });
  }
}
