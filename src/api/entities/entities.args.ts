import { ArgsType, Field } from 'type-graphql';
import { EntityKind } from '../types/enums';
import { PageArgs } from '../types/pagination';

@ArgsType()
export class EntitiesArgs extends PageArgs {
  @Field(() => EntityKind, { nullable: true, description: 'Only entities of this kind.' })
  kind?: keyof typeof EntityKind;

  @Field(() => String, {
    nullable: true,
    description: 'Part of any name or alias, in any script (at most 200 characters).',
  })
  nameContains?: string;
}
