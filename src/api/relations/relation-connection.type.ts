import { ArgsType, Field, ObjectType } from 'type-graphql';
import { ONLY_STATED_ARG } from '../common/basis.type';
import { RelationDirection } from '../common/enums';
import { connectionOf, PageArgs } from '../common/pagination';
import type { RelationWalk } from '../../graph/relation-pages.repository';
import { Relation } from './relationship.types';

@ObjectType('RelationConnection')
export class RelationConnection extends connectionOf<Relation>('Relation', Relation) {
  /** The node and walk paged, so that `totalCount` counts the same set when it is asked for. */
  owner!: string;
  walk!: RelationWalk;
}

@ArgsType()
export class RelationsPageArgs extends PageArgs {
  @Field(() => [String], {
    nullable: true,
    description: 'Relationship types to keep; all meaningful ones by default.',
  })
  types?: string[];

  @Field(() => RelationDirection, {
    defaultValue: 'BOTH',
    description: 'OUT: relationships it starts; IN: that end at it; BOTH.',
  })
  direction: 'OUT' | 'IN' | 'BOTH' = 'BOTH';

  @Field(() => Boolean, ONLY_STATED_ARG)
  onlyStated = false;
}
