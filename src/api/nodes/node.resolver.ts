import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { AppError, ErrorCode } from '../../errors';
import { compiledNodeById, compiledNodesByIds, compileSelection } from '../read/compiled-roots';
import { assertGlobalId } from '../../model/ids';
import { MAX_IDS } from '../types/arguments';
import { NodeInterface } from '../types/node.interface';

@Resolver()
export class NodeResolver {
  @Query(() => NodeInterface, {
    nullable: true,
    description: 'Any node by its global id; null when there is none.',
  })
  node(
    @Arg('id', () => ID, { description: 'Any global id.' }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeInterface | null> {
    return compiledNodeById(ctx, assertGlobalId(id), info);
  }

  @Query(() => [NodeInterface], {
    description: `Nodes by global id (at most ${MAX_IDS}); unknown ids are left out.`,
  })
  nodes(
    @Arg('ids', () => [ID], { description: 'Global ids, at most 100.' }) ids: string[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeInterface[]> {
    if (ids.length > MAX_IDS) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, `At most ${MAX_IDS} ids at a time.`, {
        argument: 'ids',
      });
    }
    const checked = ids.map((id) => assertGlobalId(id, 'ids'));
    return compiledNodesByIds(ctx, checked, compileSelection(ctx, info));
  }
}
