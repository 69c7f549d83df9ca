import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { pageRequest } from '../common/pagination';
import type { Context } from '../context';
import { EntityInterface } from '../entities/entity.types';
import { EventInterface } from '../events/event.types';
import { RelationConnection, RelationsPageArgs, relationsWalk } from './relation-connection.type';
import { loadWalkPage } from './walk-connections';
import { Relation } from './relationship.types';

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
