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
// the others set are checked on what it finds (checking the anchor again cost a speaker's 3,160
// claims 19,000 of 32,000 db hits at 1e6). A claim both at an event and about it comes once.
const ANCHORS = {
  speaker: 'MATCH (:Node {id: $speaker})-[:SAID]->(n:Claim)',
  subject: 'MATCH (n:Claim)-[:ABOUT]->(:Node {id: $subject})',
  event: 'MATCH (:Event {id: $event})<-[:AT_EVENT|ABOUT]-(claim:Claim) WITH DISTINCT claim AS n',
} as const;
const CHECKS = {
  speaker: 'EXISTS { (:Node {id: $speaker})-[:SAID]->(n) }',
  subject: 'EXISTS { (n)-[:ABOUT]->(:Node {id: $subject}) }',
  event: 'EXISTS { (n)-[:AT_EVENT|ABOUT]->(:Event {id: $event}) }',
} as const;
const ANCHOR_ORDER = ['speaker', 'subject', 'event'] as const;

/**
 * The claims a filter keeps, bound to `n`; the text depends only on which filters are set. A
 * claim matches a date range when it may have been made within it: its interval overlaps.
 */
export function matchClaims(filter: ClaimFilter): string {
  const set = ANCHOR_ORDER.filter((key) => filter[key]);
  const [anchor, ...checked] = set;
  const tests = [...checked.map((key) => CHECKS[key]), mayOverlapRange('n')];
  return `${anchor ? ANCHORS[anchor] : 'MATCH (n:Claim)'}
  WITH n WHERE ${tests.join('\n    AND ')}`;
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
