import { ArgsType, Field, ID } from 'type-graphql';
import { PageArgs } from '../types/pagination';

@ArgsType()
export class ClaimsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Who made the claim.' })
  speaker?: string;

  @Field(() => ID, { nullable: true, description: 'An entity or event the claim is about.' })
  subject?: string;

  @Field(() => ID, { nullable: true, description: 'An event the claim was made at or is about.' })
  event?: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date; claims that may have been made on or after it.',
  })
  from?: string;

  @Field(() => String, {
    nullable: true,
    description: 'ISO date; claims that may have been made on or before it.',
  })
  to?: string;
}
