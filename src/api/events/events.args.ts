import { ArgsType, Field } from 'type-graphql';
import { EventKind } from '../types/enums';
import { PageArgs } from '../types/pagination';

/** A page of events in date order, within dates. */
@ArgsType()
export class DatedPageArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'ISO date; events that end on or after it.' })
  from?: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date; events that start on or before it.',
  })
  to?: string;
}

@ArgsType()
export class EventsArgs extends DatedPageArgs {
  @Field(() => EventKind, { nullable: true, description: 'Only events of this kind.' })
  kind?: keyof typeof EventKind;
}
