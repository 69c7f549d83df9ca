import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { pageRequest } from '../types/pagination';
import type { Context } from '../context';
import { EntityInterface } from '../types/entity.types';
import { EventInterface } from '../types/event.types';
import {
  RelationConnection,
  RelationsPageArgs,
  relationsWalk,
} from '../read/relation-connection.type';
import { loadWalkPage } from '../read/walk-connections';
import { Relation } from '../types/relationship.types';

const DESCRIPTION =
  'Its relationships of the given types (all meaningful ones by default), a page at a time in ' +
  'relationship id order: for nodes with more relationships than one response should carry.';

/** The `relationsConnection` field of the nodes of one interface (entities, events). */
function relationsPageResolver(nodes: typeof EntityInterface | typeof EventInterface) {
  @Resolver(() => nodes)
  class RelationsPageResolver {
    @FieldResolver(() => RelationConnection, { description: DESCRIPTION })
    relationsConnection(
      @Root() node: { id: string },
      @Ctx() ctx: Context,
      @Args() args: RelationsPageArgs,
    ) {
      return loadWalkPage(ctx, node.id, relationsWalk(args), pageRequest(args), Relation);
    }
  }
  return RelationsPageResolver;
}

export const EntityRelationsPageResolver = relationsPageResolver(EntityInterface);
export const EventRelationsPageResolver = relationsPageResolver(EventInterface);
