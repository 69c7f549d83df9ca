import { ObjectType } from 'type-graphql';
import { connectionOf, type ConnectionAbout } from './pagination';
import { EntityInterface } from './entity.types';
import type { EntityFilter } from '../../graph/queries/entities.repository';

const ENTITY_PAGE: ConnectionAbout = {
  connection: 'A page of entities.',
  nodes: 'The entities of this page, in order.',
  edges: 'The entities of this page, in order, each with its cursor.',
  edge: 'An entity on a page, with its place in the list.',
  node: 'The entity.',
};

@ObjectType('EntityConnection', { description: ENTITY_PAGE.connection })
export class EntityConnection extends connectionOf<EntityInterface>(
  'Entity',
  EntityInterface,
  ENTITY_PAGE,
) {
  /** Kept so that `totalCount` can count the same set, and only when it is asked for. */
  filter!: EntityFilter;
}
