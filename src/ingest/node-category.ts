/** The label that holds a node's unique id constraint, read from the id's prefix. */
export type NodeCategory = 'Entity' | 'Event' | 'Claim' | 'Source';

const CATEGORY_BY_PREFIX: Record<string, NodeCategory> = {
  person: 'Entity',
  country: 'Entity',
  organization: 'Entity',
  place: 'Entity',
  delegation: 'Entity',
  issue: 'Entity',
  event: 'Event',
  claim: 'Claim',
  source: 'Source',
};

/** Category of an id such as `person:rustem-umerov`, or undefined for a malformed id. */
export function categoryOf(id: string): NodeCategory | undefined {
  return CATEGORY_BY_PREFIX[id.slice(0, id.indexOf(':'))];
}
