import type { RelationshipType } from './vocabulary';

/** Which relationships a walk follows from a node. */
export interface WalkSpec {
  types: readonly RelationshipType[];
  direction: 'OUT' | 'IN' | 'BOTH';
}

const walk = (type: RelationshipType, direction: 'OUT' | 'IN'): WalkSpec => ({
  types: [type],
  direction,
});

/**
 * Every fixed walk the API offers, by what it finds from the node it starts at. The relationship
 * types and directions of the graph are written here once; fields name a walk, never a type.
 */
export const WALKS = {
  rolesHeld: walk('HOLDS_ROLE', 'OUT'),
  officeHolders: walk('HOLDS_ROLE', 'IN'),
  led: walk('LEADS', 'OUT'),
  leaders: walk('LEADS', 'IN'),
  memberships: walk('MEMBER_OF', 'OUT'),
  members: walk('MEMBER_OF', 'IN'),
  sidesRepresented: walk('REPRESENTS', 'OUT'),
  representedBy: walk('REPRESENTS', 'IN'),
  eventsAttended: walk('PARTICIPATED_IN', 'OUT'),
  participants: walk('PARTICIPATED_IN', 'IN'),
  positionsHeld: walk('HOLDS_POSITION', 'OUT'),
  positionsOnIssue: walk('HOLDS_POSITION', 'IN'),
  concerns: walk('CONCERNS', 'OUT'),
  claimsMade: walk('SAID', 'OUT'),
  speaker: walk('SAID', 'IN'),
  subjects: walk('ABOUT', 'OUT'),
  claimsAbout: walk('ABOUT', 'IN'),
  eventOfClaim: walk('AT_EVENT', 'OUT'),
  claimsAtEvent: walk('AT_EVENT', 'IN'),
  via: walk('VIA', 'OUT'),
  attestedBy: walk('ATTESTED_BY', 'OUT'),
  partOf: walk('PART_OF_EVENT', 'OUT'),
  atStakeIn: walk('AT_STAKE_IN', 'OUT'),
  issuesAtStake: walk('AT_STAKE_IN', 'IN'),
  placesHeldIn: walk('HELD_IN', 'OUT'),
  otherReports: { types: ['SAME_STATEMENT_AS'], direction: 'BOTH' },
  contradictions: { types: ['CONTRADICTS'], direction: 'BOTH' },
} as const satisfies Record<string, WalkSpec>;

/** How many sources, and independent ones, something needs to be kept (0: any). */
export interface SourceMinimum {
  minSources: number;
  minIndependentSources: number;
}

/**
 * What a field keeps of the relationships its walk finds; every part that is set must hold. It
 * is data, so that the compiled statement (as Cypher) and the field's resolver (in code) apply
 * the same filter before the field's `first` cuts the list.
 */
export interface WalkFilter {
  /** Only what the source states: basis STATED (or none), and not known through a claim. */
  stated?: boolean;
  /** The relationship's role. */
  role?: string;
  /** The node at the other end has this label. */
  otherLabel?: string;
  /** A role the sources say was held on this ISO date: within its validity, else attested then. */
  heldOn?: string;
  /** At least this many sources state it (see the support written at ingest). */
  minSources?: number;
  /** At least this many independent sources state it: copies and dependent outlets count once. */
  minIndependentSources?: number;
  /**
   * Not a test but the order the kept are cut in: most independent sources first, then most
   * sources, then id (else id order). Carried here so that both readings sort alike.
   */
  bySupport?: boolean;
}
