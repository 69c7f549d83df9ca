import { ObjectType } from 'type-graphql';
import { connectionOf } from './pagination';
import { EventInterface, NegotiationRound } from './event.types';
import type { EventFilter } from '../../graph/queries/events.repository';

@ObjectType('EventConnection')
export class EventConnection extends connectionOf<EventInterface>('Event', EventInterface) {
  /** Kept so that `totalCount` can count the same set, and only when it is asked for. */
  filter!: EventFilter;
}

@ObjectType('NegotiationRoundConnection')
export class RoundConnection extends connectionOf<NegotiationRound>(
  'NegotiationRound',
  NegotiationRound,
) {
  filter!: EventFilter;
}
