import { Field, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/pagination';
import { EntityInterface } from './entity.types';
import type { EntityFilter } from './entities.repository';

@ObjectType('EntityConnection')
export class EntityConnection {
  @Field(() => [EntityInterface])
  nodes!: EntityInterface[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  /** Kept so that `totalCount` can count the same set, and only when it is asked for. */
  filter!: EntityFilter;
}
