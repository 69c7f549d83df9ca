import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { assertGlobalId } from '../../model/ids';
import { HistoryEntry } from '../types/history-entry.type';
import { NodeInterface } from '../types/node.interface';
import { RelationshipBase } from '../types/relationship.types';
import { LIST_FIRST_ARG, listLimit } from '../types/pagination';

const HISTORY_FIRST = {
  ...LIST_FIRST_ARG,
  description: 'The newest n statements: 1 to 100.',
};
const DESCRIPTION =
  'Who has stated it, newest first: each dossier version that added a statement of it, and the one that ended it. Retracted items keep their history; `Query.history` reads it by id.';

/** Reads an item's history through the request's loader: one statement for all asked. */
function historyOf(ctx: Context, id: string, first: number | undefined) {
  return ctx.loaders.history.load({ id, limit: listLimit(first) });
}

@Resolver()
export class HistoryResolver {
  @Query(() => [HistoryEntry], {
    description: `${DESCRIPTION} Any id a node or relationship had, current or retracted; an id never stated has none.`,
  })
  history(
    @Arg('id', () => ID, { description: 'A node or relationship id, current or retracted.' })
    id: string,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, HISTORY_FIRST) first?: number,
  ) {
    return historyOf(ctx, assertGlobalId(id), first);
  }
}

@Resolver(() => NodeInterface)
export class NodeHistoryResolver {
  @FieldResolver(() => [HistoryEntry], { description: DESCRIPTION })
  history(
    @Root() node: NodeInterface,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, HISTORY_FIRST) first?: number,
  ) {
    return historyOf(ctx, node.id, first);
  }
}

@Resolver(() => RelationshipBase)
export class RelationshipHistoryResolver {
  @FieldResolver(() => [HistoryEntry], { description: DESCRIPTION })
  history(
    @Root() edge: RelationshipBase,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, HISTORY_FIRST) first?: number,
  ) {
    return historyOf(ctx, edge.id, first);
  }
}
