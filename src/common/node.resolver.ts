import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { AppError, ErrorCode } from '../errors';
import { loadNode, loadNodes } from '../graph/graph.service';
import { assertGlobalId } from './ids';
import { NodeInterface } from './node.interface';

const MAX_IDS = 100;

@Resolver()
export class NodeResolver {
  @Query(() => NodeInterface, {
    nullable: true,
    description: 'Any node by its global id; null when there is none.',
  })
  node(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<NodeInterface | null> {
    return loadNode(ctx, assertGlobalId(id));
  }

  @Query(() => [NodeInterface], {
    description: `Nodes by global id (at most ${MAX_IDS}); unknown ids are left out.`,
  })
  nodes(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<NodeInterface[]> {
    if (ids.length > MAX_IDS) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, `At most ${MAX_IDS} ids at a time.`, {
        argument: 'ids',
      });
    }
    return loadNodes(
      ctx,
      ids.map((id) => assertGlobalId(id, 'ids')),
    );
  }
}
