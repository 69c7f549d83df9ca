import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { pageRequest } from '../common/pagination';
import { toRelationModel } from '../common/models';
import type { Context } from '../context';
import { EntityInterface } from '../entities/entity.types';
import { EventInterface } from '../events/event.types';
import { RelationConnection, RelationsPageArgs, relationsWalk } from './relation-connection.type';
import { walkConnection } from './walk-connections';
import { Relation } from './relationship.types';

const DESCRIPTION =
  'Its relationships of the given types (all meaningful ones by default), a page at a time in ' +
  'relationship id order: for nodes with more relationships than one response should carry.';

/**
 * A page of a node's relationships, when its parent's statement did not read it (a parent that
 * is not compiled: see SelectionCompiler.relationsPage). Read through the request's loader, one
 * statement per field and arguments whatever the number of parents, in the request's transaction.
 */
async function relationsPage(
  ctx: Context,
  owner: string,
  args: RelationsPageArgs,
): Promise<RelationConnection> {
  const page = pageRequest(args);
  const walk = relationsWalk(args);
  const rows = await ctx.loaders.relationPages.load({ id: owner, walk, page });
  return walkConnection(rows, page, (row) => toRelationModel(row, Relation), owner, walk);
}

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
      return relationsPage(ctx, node.id, args);
    }
  }
  return RelationsPageResolver;
}

export const EntityRelationsPageResolver = relationsPageResolver(EntityInterface);
export const EventRelationsPageResolver = relationsPageResolver(EventInterface);
