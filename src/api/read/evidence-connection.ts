import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { AppError, ErrorCode } from '../../errors';
import type { EvidenceSlice } from '../../graph/evidence-pages';
import type { PageRequest } from '../../graph/keyset.repository';
import { evidenceConnectionOf, toNodeModel } from './hydrate';
import { PageArgs, pageRequest } from '../types/pagination';
import { EvidenceConnection } from '../types/evidence-connection.type';
import type { Context } from '../context';
import { EntityInterface } from '../types/entity.types';
import { EventInterface } from '../types/event.types';
import { Evidence } from '../types/evidence.type';

const DESCRIPTION =
  'Where the sources state it, a page at a time, in the order the sources were added: for a ' +
  'node more sources cite than `evidence(first:)` gives.';

/** The slice of the evidence list a page request reads: the page and one more. */
export function evidenceSlice(page: PageRequest): EvidenceSlice {
  const argument = page.backward ? 'before' : 'after';
  let at: number | null = null;
  if (page.from) {
    at = Number(page.from.key);
    if (!/^\d{10}$/.test(page.from.key) || !Number.isSafeInteger(at))
      throw new AppError(ErrorCode.BAD_USER_INPUT, `"${argument}" is not a cursor of this list.`, {
        argument,
      });
  }
  return { backward: page.backward, at, limit: page.size + 1 };
}

/** The `evidenceConnection` field of the nodes of one interface (entities, events). */
function evidencePageResolver(nodes: typeof EntityInterface | typeof EventInterface) {
  @Resolver(() => nodes)
  class EvidencePageResolver {
    @FieldResolver(() => EvidenceConnection, { description: DESCRIPTION })
    async evidenceConnection(
      @Root() node: { id: string },
      @Ctx() ctx: Context,
      @Args() args: PageArgs,
    ): Promise<EvidenceConnection> {
      const page = pageRequest(args);
      const read = await ctx.loaders.evidencePages.load({
        id: node.id,
        slice: evidenceSlice(page),
      });
      return evidenceConnectionOf(read, page, (row) => toNodeModel(row.node) as Evidence | null);
    }
  }
  return EvidencePageResolver;
}

export const EntityEvidencePageResolver = evidencePageResolver(EntityInterface);
export const EventEvidencePageResolver = evidencePageResolver(EventInterface);
