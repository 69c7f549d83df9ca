import { ArgsType, Field, Int } from 'type-graphql';
import { MIN_INDEPENDENT_SOURCES_ARG, MIN_SOURCES_ARG } from './support-args';
import { ONLY_STATED_ARG } from './basis.type';
import { ParticipantRole } from './enums';
import { PageArgs } from './pagination';

/** A typed list's page arguments: the page, and the list's own filters. */
@ArgsType()
export class ParticipationPageArgs extends PageArgs {
  @Field(() => ParticipantRole, {
    nullable: true,
    description: 'Only participations in this role.',
  })
  role?: string;

  @Field(() => Boolean, ONLY_STATED_ARG)
  onlyStated = false;

  @Field(() => Int, MIN_SOURCES_ARG)
  minSources?: number;

  @Field(() => Int, MIN_INDEPENDENT_SOURCES_ARG)
  minIndependentSources?: number;
}

@ArgsType()
export class RolePageArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'ISO date: only roles the sources say were held that day.',
  })
  asOf?: string;
}
