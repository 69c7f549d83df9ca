import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { FuzzyDate } from './fuzzy-date.type';
import { NodeInterface } from './node.interface';
import { EVENT_KIND_VALUES } from './enums';
import { EVENT_KINDS } from '../../model/vocabulary';

/** What a timeline can hold: every event kind, and claims. */
export const TimelineKind = Object.fromEntries(
  [...EVENT_KINDS, 'CLAIM'].map((kind) => [kind, kind]),
) as Record<string, string>;
registerEnumType(TimelineKind, {
  name: 'TimelineKind',
  description: 'What a timeline entry is: an event of a kind, or a claim.',
  valuesConfig: { ...EVENT_KIND_VALUES, CLAIM: { description: 'A claim.' } },
});

@ObjectType('Involvement', {
  description: 'How an entity asked about is involved in a timeline entry.',
})
export class Involvement {
  @Field({ description: 'The entity id.' })
  entity!: string;

  @Field({
    description:
      'PARTICIPANT, REPRESENTED (its delegation took part), IN_DELEGATION (it led or sat in a delegation that took part), SPEAKER or SUBJECT.',
  })
  how!: string;
}

@ObjectType('TimelineEntry', {
  description: 'An event or a claim on a timeline, with how it involves the entities asked.',
})
export class TimelineEntry {
  @Field(() => FuzzyDate, { description: 'As exact as the source allows; see its precision.' })
  date!: FuzzyDate;

  @Field({ description: 'The event kind, or CLAIM.' })
  kind!: string;

  @Field(() => NodeInterface, { description: 'The event or claim.' })
  item!: NodeInterface;

  @Field(() => [Involvement], { description: 'How each entity asked for is involved.' })
  involvement!: Involvement[];
}
