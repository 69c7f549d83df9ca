import { listLimit, PageArgs } from '../types/pagination';
import { supportFilter } from '../types/support-args';
import { ParticipationPageArgs, RolePageArgs } from '../types/list-page-args';
import { isoDateArg } from '../types/iso-date';
import type { WalkFilter, WalkSpec } from '../../model/walks';
import { WALKS } from '../../model/walks';
import type { RelationshipType } from '../../model/vocabulary';
import { explorableTypes } from './explorable-types';
import {
  Leadership,
  Membership,
  Participation,
  Position,
  Relation,
  RelationshipBase,
  Representation,
  Role,
} from '../types/relationship.types';

// Arguments as graphql-js hands them to a resolver.
type Args = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What a field returns of the relationships it walks. */
export type WalkShape =
  /** The relationships, as objects of this class. */
  | { edge: new () => RelationshipBase }
  /** The nodes at their other ends. */
  | 'nodes'
  /** The node at the other end of the first, or null. */
  | 'node';

/**
 * A GraphQL field that walks relationships. The resolver and the compiled statement both read it
 * from here: the walk (which may depend on the arguments; it validates them), what to keep of
 * what it finds (a WalkFilter, also from the arguments), and how many to give: a list field's
 * `first` (see walkLimit), a single node's one.
 */
export interface FieldWalk {
  walk(args: Args): WalkSpec;
  shape: WalkShape;
  filter?(args: Args): WalkFilter;
  /**
   * A list of relationships that can grow has a Relay twin, `<field>Connection`, taking these
   * arguments: the same walk and filter a page at a time (see walk-connections.ts). Lists of
   * claims have none (Query.claims pages them by speaker, event or subject), nor `officeHolders`
   * (its title is matched in code, after the walk) nor `Claim.sameStatementAs` (a few reports of
   * one statement).
   */
  twin?: typeof PageArgs;
}

/** How many a walking field gives at most (validated; BAD_USER_INPUT names `first`). */
export function walkLimit(def: FieldWalk, args: Args): number {
  return def.shape === 'node' ? 1 : listLimit(args.first);
}

const fixed = (walk: WalkSpec, shape: WalkShape, filter?: FieldWalk['filter']): FieldWalk => ({
  walk: () => walk,
  shape,
  filter,
});

/** The walk, with a connection twin that takes these page arguments. */
const paged = (def: FieldWalk, twin: typeof PageArgs = PageArgs): FieldWalk => ({ ...def, twin });

/** The filter of fields with an `onlyStated` argument, and any other filter of theirs. */
const stated =
  (also?: (args: Args) => WalkFilter) =>
  (args: Args): WalkFilter => ({
    ...also?.(args),
    ...(args.onlyStated ? { stated: true } : {}),
    ...supportFilter(args),
  });
const withRole = (args: Args): WalkFilter => (args.role ? { role: args.role as string } : {});

const ENTITY = {
  relations: {
    walk: (args: Args) => ({
      types: explorableTypes(args.types) as readonly RelationshipType[],
      direction: args.direction ?? 'BOTH',
    }),
    shape: { edge: Relation },
    filter: stated(),
  },
  participations: paged(
    fixed(WALKS.eventsAttended, { edge: Participation }, stated(withRole)),
    ParticipationPageArgs,
  ),
  statements: fixed(WALKS.claimsMade, 'nodes'),
  mentionedIn: fixed(WALKS.claimsAbout, 'nodes', stated()),
} satisfies Record<string, FieldWalk>;

const EVENT = {
  participants: paged(
    fixed(WALKS.participants, { edge: Participation }, stated(withRole)),
    ParticipationPageArgs,
  ),
  claims: fixed(WALKS.claimsAtEvent, 'nodes'),
  mentionedIn: fixed(WALKS.claimsAbout, 'nodes', stated()),
  attestedBy: fixed(WALKS.attestedBy, 'node'),
  partOf: fixed(WALKS.partOf, 'node'),
  issuesAtStake: paged(fixed(WALKS.issuesAtStake, { edge: Relation })),
  places: paged(fixed(WALKS.placesHeldIn, { edge: Relation }, stated())),
} satisfies Record<string, FieldWalk>;

const officeHolders = fixed(WALKS.officeHolders, { edge: Role });
const positionsHeld = paged(fixed(WALKS.positionsHeld, { edge: Position }));

/**
 * The walking fields of each GraphQL type. Interfaces (Entity, Event) hold the fields of every
 * type that implements them (see FIELD_TABLE).
 */
export const FIELD_WALKS = {
  Entity: ENTITY,
  Event: EVENT,
  Person: {
    roles: paged(
      fixed(WALKS.rolesHeld, { edge: Role }, (args) => {
        const date = isoDateArg(args.asOf, 'asOf');
        return date === null ? {} : { heldOn: date };
      }),
      RolePageArgs,
    ),
    leads: paged(fixed(WALKS.led, { edge: Leadership })),
    memberships: paged(fixed(WALKS.memberships, { edge: Membership })),
  },
  Delegation: {
    side: paged(fixed(WALKS.sidesRepresented, { edge: Representation })),
    leaders: paged(fixed(WALKS.leaders, { edge: Leadership })),
    members: paged(fixed(WALKS.members, { edge: Membership })),
    attended: paged(fixed(WALKS.eventsAttended, { edge: Participation })),
  },
  Country: {
    officeHolders,
    positions: positionsHeld,
    delegations: paged(fixed(WALKS.representedBy, { edge: Representation })),
  },
  Organization: {
    officeHolders,
    leaders: paged(fixed(WALKS.leaders, { edge: Leadership })),
    positions: positionsHeld,
  },
  Issue: {
    positions: paged(fixed(WALKS.positionsOnIssue, { edge: Position })),
    concerns: paged(fixed(WALKS.concerns, { edge: Relation })),
    atStakeIn: paged(fixed(WALKS.atStakeIn, { edge: Relation })),
  },
  NegotiationRound: {
    mediators: paged(
      fixed(WALKS.participants, { edge: Participation }, () => ({ role: 'MEDIATOR' })),
    ),
    delegations: paged(
      fixed(WALKS.participants, { edge: Participation }, () => ({ otherLabel: 'Delegation' })),
    ),
  },
  Claim: {
    // A claim's SAID comes from an entity, or from its source for a NARRATED claim.
    speaker: fixed(WALKS.speaker, 'node', () => ({ otherLabel: 'Entity' })),
    narratedBy: fixed(WALKS.speaker, 'node', () => ({ otherLabel: 'Source' })),
    sameStatementAs: fixed(WALKS.otherReports, { edge: Relation }),
    contradicts: fixed(WALKS.contradictions, { edge: Relation }),
    via: fixed(WALKS.via, 'node'),
    event: fixed(WALKS.eventOfClaim, 'node'),
    subjects: fixed(WALKS.subjects, 'nodes', stated()),
  },
} satisfies Record<string, Record<string, FieldWalk>>;

/**
 * The ends of each relationship type's objects: which field is its start and which its end.
 * `other` is the end it was not read from.
 */
export const EDGE_ENDS: Record<string, Record<string, 'start' | 'end' | 'other'>> = {
  Role: { person: 'start', organization: 'end' },
  Leadership: { leader: 'start', led: 'end' },
  Membership: { member: 'start', group: 'end' },
  Participation: { entity: 'start', event: 'end' },
  Position: { holder: 'start', issue: 'end' },
  Representation: { delegation: 'start', side: 'end' },
  Relation: { other: 'other' },
};
