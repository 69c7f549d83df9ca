import { Field, Int, InterfaceType, ObjectType } from 'type-graphql';
import { EVENT_KIND_VALUES, EventKind, NegotiationFormat } from './enums';
import { FuzzyDate } from './fuzzy-date.type';
import { NodeInterface } from './node.interface';

/** Something that happened. Its fields with arguments live in EventResolver. */
@InterfaceType('Event', {
  implements: NodeInterface,
  description: 'Something that happened, dated as exactly as the source allows.',
  resolveType: (value: EventInterface) => value.typename,
})
export abstract class EventInterface extends NodeInterface {
  @Field(() => EventKind, { description: 'What kind of event it is.' })
  kind!: keyof typeof EventKind;

  @Field(() => FuzzyDate, {
    description: 'When it happened, as exactly as the sources allow; open ends stay open.',
  })
  date!: FuzzyDate;
}

@ObjectType('NegotiationRound', {
  implements: [NodeInterface, EventInterface],
  description: 'A numbered round of negotiations.',
})
export class NegotiationRound extends EventInterface {
  @Field(() => Int, { nullable: true, description: 'Its number in the series of rounds.' })
  round!: number | null;

  @Field(() => NegotiationFormat, {
    nullable: true,
    description: 'Bilateral, trilateral or multilateral, as the sources say.',
  })
  format!: keyof typeof NegotiationFormat | null;
}

@ObjectType('Meeting', {
  implements: [NodeInterface, EventInterface],
  description: EVENT_KIND_VALUES.MEETING.description,
})
export class Meeting extends EventInterface {}

@ObjectType('Truce', {
  implements: [NodeInterface, EventInterface],
  description: EVENT_KIND_VALUES.TRUCE.description,
})
export class Truce extends EventInterface {}

@ObjectType('Attack', {
  implements: [NodeInterface, EventInterface],
  description: EVENT_KIND_VALUES.ATTACK.description,
})
export class Attack extends EventInterface {}

@ObjectType('PressConference', {
  implements: [NodeInterface, EventInterface],
  description: EVENT_KIND_VALUES.PRESS_CONFERENCE.description,
})
export class PressConference extends EventInterface {}

@ObjectType('Invasion', {
  implements: [NodeInterface, EventInterface],
  description: EVENT_KIND_VALUES.INVASION.description,
})
export class Invasion extends EventInterface {}

@ObjectType('War', {
  implements: [NodeInterface, EventInterface],
  description: EVENT_KIND_VALUES.WAR.description,
})
export class War extends EventInterface {}

@ObjectType('DiplomaticEffort', {
  implements: [NodeInterface, EventInterface],
  description: EVENT_KIND_VALUES.DIPLOMATIC_EFFORT.description,
})
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
