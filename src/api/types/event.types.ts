import { Field, Int, InterfaceType, ObjectType } from 'type-graphql';
import { EventKind, NegotiationFormat } from './enums';
import { FuzzyDate } from './fuzzy-date.type';
import { NodeInterface } from './node.interface';

/** Something that happened. Its fields with arguments live in EventResolver. */
@InterfaceType('Event', {
  implements: NodeInterface,
  description: 'Something that happened, dated as exactly as the source allows.',
  resolveType: (value: EventInterface) => value.typename,
})
export abstract class EventInterface extends NodeInterface {
  @Field(() => EventKind)
  kind!: keyof typeof EventKind;

  @Field(() => FuzzyDate)
  date!: FuzzyDate;
}

@ObjectType('NegotiationRound', { implements: [NodeInterface, EventInterface] })
export class NegotiationRound extends EventInterface {
  @Field(() => Int, { nullable: true, description: 'Its number in the series of rounds.' })
  round!: number | null;

  @Field(() => NegotiationFormat, { nullable: true })
  format!: keyof typeof NegotiationFormat | null;
}

@ObjectType('Meeting', { implements: [NodeInterface, EventInterface] })
export class Meeting extends EventInterface {}

@ObjectType('Truce', { implements: [NodeInterface, EventInterface] })
export class Truce extends EventInterface {}

@ObjectType('Attack', { implements: [NodeInterface, EventInterface] })
export class Attack extends EventInterface {}

@ObjectType('PressConference', { implements: [NodeInterface, EventInterface] })
export class PressConference extends EventInterface {}

@ObjectType('Invasion', { implements: [NodeInterface, EventInterface] })
export class Invasion extends EventInterface {}

@ObjectType('War', { implements: [NodeInterface, EventInterface] })
export class War extends EventInterface {}

@ObjectType('DiplomaticEffort', { implements: [NodeInterface, EventInterface] })
export class DiplomaticEffort extends EventInterface {}

/** The GraphQL type of each event kind. */
export const EVENT_CLASSES = {
  NEGOTIATION_ROUND: NegotiationRound,
  MEETING: Meeting,
  TRUCE: Truce,
  ATTACK: Attack,
  PRESS_CONFERENCE: PressConference,
  INVASION: Invasion,
  WAR: War,
  DIPLOMATIC_EFFORT: DiplomaticEffort,
} as const;
