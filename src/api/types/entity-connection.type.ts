import { ObjectType } from 'type-graphql';
import { connectionOf } from './pagination';
import { EntityInterface } from './entity.types';
import type { EntityFilter } from '../../graph/queries/entities.repository';

@ObjectType('EntityConnection')
export class EntityConnection extends connectionOf<EntityInterface>('Entity', EntityInterface) {
  /** Kept so that `totalCount` can count the same set, and only when it is asked for. */
  filter!: EntityFilter;
}
