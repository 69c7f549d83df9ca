import type { NodeInterface } from '../types/node.interface';
import type { Context } from '../context';
import { toNodeModel, toRelationModel } from './models';
import type { RelationRecord } from '../../graph/node-record';
import type { RelationshipBase } from '../types/relationship.types';
import { FieldWalk, walkLimit } from './field-walks';

// Arguments as graphql-js hands them to a resolver.
type Args = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * Turns the relationships a walk found into the field's value. Shared by the resolvers and by
 * compiled answers, which both read them filtered and cut in Cypher (see walkFilterCypher), so
 * that both give the same objects.
 */
export function shapeWalk<R extends RelationRecord>(
  def: FieldWalk,
  relations: readonly R[],
  node: (relation: R) => NodeInterface | null,
  edge: (relation: R, EdgeClass: new () => RelationshipBase) => RelationshipBase,
): unknown {
  if (def.shape === 'nodes') return relations.map(node).filter((x) => x !== null);
  if (def.shape === 'node') return relations.length > 0 ? node(relations[0]) : null;
  const { edge: EdgeClass } = def.shape;
  return relations.map((relation) => edge(relation, EdgeClass));
}

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
