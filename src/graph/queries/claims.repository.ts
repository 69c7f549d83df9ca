import type { PageRequest } from '../keyset.repository';
import type { NodePlan } from '../projection-plan';
import { mayOverlapRange } from '../date-range.repository';
import { IndexOrder, KeysetRepository, PageRow } from '../keyset.repository';
import { keysetDirection, seekPast } from '../keyset';

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
// the others set are checked on what it finds (checking the anchor again cost a busy speaker's
// page most of its database hits). A claim both at an event and about it comes once.
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

/**
 * The links a speaker's, subject's or event's claims are read through, a page at a time: each
 * carries its claim's sortDate and is indexed on (the other end's id, sortDate, the claim's id),
 * which is the (date, id) order of one node's claims.
 */
interface ClaimLink {
  type: 'SAID' | 'ABOUT' | 'AT_EVENT';
  anchor: (typeof ANCHOR_ORDER)[number];
  /** Where the claim is: SAID ends at it, ABOUT and AT_EVENT start from it. */
  claimAtStart: boolean;
  /** A label the other end must have (an event's claims through ABOUT: not a person's). */
  otherLabel?: string;
}
const SPEAKER_SAID: ClaimLink = { type: 'SAID', anchor: 'speaker', claimAtStart: false };
const SUBJECT_ABOUT: ClaimLink = { type: 'ABOUT', anchor: 'subject', claimAtStart: true };
const EVENT_LINKS: ClaimLink[] = [
  { type: 'AT_EVENT', anchor: 'event', claimAtStart: true },
  { type: 'ABOUT', anchor: 'event', claimAtStart: true, otherLabel: 'Event' },
];

/**
 * One node's claims through `link`, in date order then id, straight from the link's index: the
 * page's own rows plus the one after (and those the other filters skip), not every claim of the
 * node sorted. The other filters are checked on what it reads. (The hint needs a predicate on
 * each of the index's properties, hence the claim end's `IS NOT NULL`.)
 */
function linkPageMatch(link: ClaimLink, filter: ClaimFilter, page: PageRequest): string {
  const { past, desc } = keysetDirection(page.backward);
  const [anchorEnd, claimEnd] = link.claimAtStart ? ['endId', 'startId'] : ['startId', 'endId'];
  const [anchorId, claimId] = [`r.${anchorEnd}`, `r.${claimEnd}`];
  const other = link.otherLabel ? `(:${link.otherLabel})` : '()';
  const pattern = link.claimAtStart
    ? `(n:Claim)-[r:${link.type}]->${other}`
    : `${other}-[r:${link.type}]->(n:Claim)`;
  const range = page.from ? seekPast('r.sortDate', claimId, past) : 'r.sortDate IS NOT NULL';
  const checked = ANCHOR_ORDER.filter((key) => key !== link.anchor && filter[key]);
  const tests = [range, ...checked.map((key) => CHECKS[key]), mayOverlapRange('n')];
  return `MATCH ${pattern}
  USING INDEX r:${link.type}(${anchorEnd}, sortDate, ${claimEnd})
  WHERE ${anchorId} = $${link.anchor} AND ${claimId} IS NOT NULL AND ${tests.join('\n    AND ')}
  WITH n, r.sortDate AS sortKey ORDER BY ${anchorId}${desc}, r.sortDate${desc}, ${claimId}${desc}
  LIMIT toInteger($limit)`;
}

/**
 * An event's claims, at it or about it: a page from each link's index, merged. A claim both at
 * the event and about it comes once (the two rows are the same).
 */
function eventPageMatch(filter: ClaimFilter, page: PageRequest): string {
  const { desc } = keysetDirection(page.backward);
  const branches = EVENT_LINKS.map(
    (link) => `${linkPageMatch(link, filter, page)}\n  RETURN n, sortKey`,
  );
  return `CALL () {
  ${branches.join('\n  UNION\n  ')}
  }
  WITH n, sortKey ORDER BY sortKey${desc}, n.id${desc} LIMIT toInteger($limit)`;
}

export class ClaimsRepository extends KeysetRepository {
  /**
   * Claims in date order, then id. A speaker's, subject's or event's are read in order from the
   * index on its links (the first of them set anchors, see ANCHORS); with none of them, the
   * claims' own index is read in order.
   */
  list(filter: ClaimFilter, page: PageRequest, plan: NodePlan): Promise<PageRow[]> {
    const params = { ...filter };
    if (filter.speaker)
      return this.rows(linkPageMatch(SPEAKER_SAID, filter, page), params, page, plan);
    if (filter.subject)
      return this.rows(linkPageMatch(SUBJECT_ABOUT, filter, page), params, page, plan);
    if (filter.event) return this.rows(eventPageMatch(filter, page), params, page, plan);
    return this.datedPage(BY_DATE, params, page, plan);
  }

  total(filter: ClaimFilter): Promise<number> {
    return this.count(matchClaims(filter), { ...filter });
  }
}
