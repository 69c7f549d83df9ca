import type { Context } from '../context';
import { shapeWalk, toNodeModel, toRelationModel } from './hydrate';
import { FieldWalk, walkLimit } from './field-walks';

// Arguments as graphql-js hands them to a resolver.
type Args = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Resolves a walking field through the request's relationship loader (one batch per level). */
export async function resolveWalk(
  ctx: Context,
  id: string,
  def: FieldWalk,
  args: Args = {},
): Promise<unknown> {
  const filter = def.filter?.(args) ?? {};
  const relations = await ctx.loaders.relations.load({
    id,
    ...def.walk(args),
    filter,
    limit: walkLimit(def, args),
  });
  return shapeWalk(
    def,
    relations,
    (relation) => toNodeModel(relation.other),
    (relation, EdgeClass) => toRelationModel(relation, EdgeClass),
  );
}
