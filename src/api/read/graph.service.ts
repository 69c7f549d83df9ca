import type { NodeInterface } from '../types/node.interface';
import type { Context } from '../context';
import type { Evidence } from '../types/evidence.type';
import type { RelationshipBase } from '../types/relationship.types';
import type { RelationKey } from '../../graph/graph-loaders';
import { toNodeModel, toRelationModel } from './hydrate';
import { listLimit } from '../types/pagination';
import { RECORD_EVIDENCE_IDS } from '../../graph/graph.repository';
import type { RelationRecord } from '../../graph/node-record';

/** Loads one node by global id through the request's loader; null when there is none. */
export async function loadNode(
  ctx: Context,
  id: string | null | undefined,
): Promise<NodeInterface | null> {
  return id ? toNodeModel(await ctx.loaders.node.load(id)) : null;
}

/** Loads nodes by id, in order, leaving out ids with no node. */
export async function loadNodes(ctx: Context, ids: readonly string[]): Promise<NodeInterface[]> {
  const records = await ctx.loaders.node.loadMany(ids);
  return records
    .map((record) => (record instanceof Error ? null : toNodeModel(record)))
    .filter((node): node is NodeInterface => node !== null);
}

/**
 * Evidence spans by id, the first `first` of them (as the field's argument gives it): one
 * batched read for every relationship of a request level.
 */
export async function loadEvidence(
  ctx: Context,
  ids: readonly string[] | undefined,
  first: number | undefined,
): Promise<Evidence[]> {
  return (await loadNodes(ctx, (ids ?? []).slice(0, listLimit(first)))) as Evidence[];
}

/**
 * A node's own evidence: from the ids its record carries (an event's or claim's, see nodeProps)
 * when they are all of them or at least `first`, else by id through the request's loader (an
 * entity's).
 */
export async function loadOwnEvidence(
  ctx: Context,
  node: { id: string; props: Record<string, unknown> },
  first: number | undefined,
): Promise<Evidence[]> {
  const limit = listLimit(first);
  const carried = node.props.evidenceIds;
  const ids =
    Array.isArray(carried) && (carried.length < RECORD_EVIDENCE_IDS || limit <= carried.length)
      ? (carried as string[])
      : await ctx.loaders.evidenceIds.load({ id: node.id, limit });
  return loadEvidence(ctx, ids, limit);
}

/** Relationships of a node as GraphQL objects of the given class, optionally filtered. */
export async function loadRelations<T extends RelationshipBase>(
  ctx: Context,
  key: RelationKey,
  EdgeClass: new () => T,
  keep: (relation: RelationRecord) => boolean = () => true,
): Promise<T[]> {
  const relations = await ctx.loaders.relations.load(key);
  return relations.filter(keep).map((relation) => toRelationModel(relation, EdgeClass));
}
