import type { PageRequest } from '../../graph/keyset.repository';
import type { NodePlan } from '../../graph/projection-plan';
import { mayOverlapRange } from '../../graph/date-range.repository';
import { IndexOrder, KeysetRepository, PageRow } from '../../graph/keyset.repository';

export interface ClaimFilter {
  speaker: string | null;
  subject: string | null;
  /** Claims made at the event or about it. */
  event: string | null;
  from: string | null;
  to: string | null;
}

// Where the claims are read from: a speaker's, subject's or event's own relationships when one is
// given (found through the id index, so the cost follows that node's claims, not the graph's),
// every claim otherwise. The first of speaker, subject and event that is set anchors the match;
// the others are checked on what it finds. A claim both at an event and about it comes once.
const ANCHORS = {
  speaker: 'MATCH (:Node {id: $speaker})-[:SAID]->(n:Claim)',
  subject: 'MATCH (n:Claim)-[:ABOUT]->(:Node {id: $subject})',
  event: 'MATCH (:Event {id: $event})<-[:AT_EVENT|ABOUT]-(claim:Claim) WITH DISTINCT claim AS n',
  none: 'MATCH (n:Claim)',
} as const;

// A claim matches a date range when it may have been made within it: its interval overlaps.
const FILTERS = `WITH n WHERE ($speaker IS NULL OR EXISTS { (:Node {id: $speaker})-[:SAID]->(n) })
    AND ($subject IS NULL OR EXISTS { (n)-[:ABOUT]->(:Node {id: $subject}) })
    AND ($event IS NULL OR EXISTS { (n)-[:AT_EVENT|ABOUT]->(:Event {id: $event}) })
    AND ${mayOverlapRange('n')}`;

/** The claims a filter keeps, bound to `n`; the text depends only on which filters are set. */
export function matchClaims(filter: ClaimFilter): string {
  const anchor = filter.speaker
    ? ANCHORS.speaker
    : filter.subject
      ? ANCHORS.subject
      : filter.event
        ? ANCHORS.event
        : ANCHORS.none;
  return `${anchor}\n  ${FILTERS}`;
}

// Claims of no speaker, subject or event, read in date order from an index (claim_sort_date).
const BY_DATE: IndexOrder = { label: 'Claim', key: 'sortDate' };

export class ClaimsRepository extends KeysetRepository {
  /**
   * Claims in date order, then id. With an anchor, that node's claims are sorted (the cost follows
   * its claims); without one, the index is read in order.
   */
  list(filter: ClaimFilter, page: PageRequest, plan: NodePlan): Promise<PageRow[]> {
    if (!filter.speaker && !filter.subject && !filter.event)
      return this.datedPage(BY_DATE, { ...filter }, page, plan);
    return this.page(matchClaims(filter), 'n.sortDate', { ...filter }, page, plan);
  }

  total(filter: ClaimFilter): Promise<number> {
    return this.count(matchClaims(filter), { ...filter });
  }
}
