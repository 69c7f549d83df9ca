import { ArgsType, Field } from 'type-graphql';
import { EventKind } from '../common/enums';
import { PageArgs } from '../common/pagination';

@ArgsType()
export class EventsArgs extends PageArgs {
  @Field(() => EventKind, { nullable: true })
  kind?: keyof typeof EventKind;

  @Field(() => String, { nullable: true, description: 'ISO date; events that end on or after it.' })
  from?: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date; events that start on or before it.',
  })
  to?: string;
}
