import { ObjectType } from 'type-graphql';
import { connectionOf, type ConnectionAbout } from './pagination';
import { EventInterface, NegotiationRound } from './event.types';
import type { EventFilter } from '../../graph/queries/events.repository';

const EVENT_PAGE: ConnectionAbout = {
  connection: 'A page of events.',
  nodes: 'The events of this page, in date order.',
  edges: 'The events of this page, in date order, each with its cursor.',
  edge: 'An event on a page, with its place in the list.',
  node: 'The event.',
};

@ObjectType('EventConnection', { description: EVENT_PAGE.connection })
export class EventConnection extends connectionOf<EventInterface>(
  'Event',
  EventInterface,
  EVENT_PAGE,
) {
  /** Kept so that `totalCount` can count the same set, and only when it is asked for. */
  filter!: EventFilter;
}

const ROUND_PAGE: ConnectionAbout = {
  connection: 'A page of negotiation rounds.',
  nodes: 'The rounds of this page, in date order.',
  edges: 'The rounds of this page, in date order, each with its cursor.',
  edge: 'A round on a page, with its place in the list.',
  node: 'The round.',
};

@ObjectType('NegotiationRoundConnection', { description: ROUND_PAGE.connection })
export class RoundConnection extends connectionOf<NegotiationRound>(
  'NegotiationRound',
  NegotiationRound,
  ROUND_PAGE,
) {
  filter!: EventFilter;
}
