import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import type { NodeInterface } from '../types/node.interface';
import type { Context } from '../context';
import type { NodePlan, ProjectedNode } from '../../graph/projection-plan';
import { ProjectionRepository } from '../../graph/projection.repository';
import { hydrateNode } from './hydrate';
import type { CompiledNode } from './compiled-plan';
import { memoPerObject } from './memo';
import { NODE_KEYS, SelectionCompiler } from './selection-compiler';

/**
 * Compiled selections by root field node (the parsed document is cached by Apollo, so its nodes
 * are the same objects for every request with the same query), then by path and variables: a
 * selection compiles to the same plan whenever those are the same. Plans and readers are never
 * changed once made, so requests share them.
 */
const compiledMemo = memoPerObject<FieldNode, CompiledNode>(64);

/**
 * The compiled selection below a root field (or below `paths` under it, as a connection's
 * `nodes` and `edges.node`); when none is selected, a plan that reads the records alone.
 */
export function compileSelection(
  ctx: Context,
  info: GraphQLResolveInfo,
  ...paths: ReadonlyArray<readonly string[]>
): CompiledNode {
  // Off, the records carry every property and no answers, so each field's resolver runs.
  if (!ctx.config.compiledReads)
    return { plan: { keys: null, prefixes: [], fields: [] }, readers: [] };
  const key = `${info.fieldNodes.length}\u0000${paths.map((path) => path.join('.')).join(',')}\u0000${JSON.stringify(info.variableValues)}`;
  return compiledMemo(
    info.fieldNodes[0],
    key,
    () =>
      new SelectionCompiler(info).root(...paths) ?? {
        plan: { keys: [...NODE_KEYS], prefixes: [], fields: [] },
        readers: [],
      },
  );
}

const widenings = memoPerObject<NodePlan, NodePlan>(8);

/**
 * `plan` reading `keys` and `prefixes` too, for a root that needs them whatever the selection asks
 * (a search ranks by names, a timeline dates its entries). One widened plan per plan and
 * widening, so that its statement is written once (see projectionOf); a plan that reads every
 * property already reads them.
 */
export function widenedPlan(
  plan: NodePlan,
  keys: readonly string[],
  prefixes: readonly string[] = [],
): NodePlan {
  if (plan.keys === null) return plan;
  const known = plan.keys;
  return widenings(plan, `${keys.join(',')}\u0000${prefixes.join(',')}`, () => ({
    ...plan,
    keys: [...new Set([...known, ...keys])],
    prefixes: [...new Set([...plan.prefixes, ...prefixes])],
  }));
}

/** What a connection's records are compiled for: its nodes, by either way to them. */
export const CONNECTION_NODES: ReadonlyArray<readonly string[]> = [['nodes'], ['edges', 'node']];

/** GraphQL objects of compiled records, leaving out kinds the API does not know. */
export function hydrateAll(records: readonly ProjectedNode[], compiled: CompiledNode) {
  return records
    .map((record) => hydrateNode(record, compiled))
    .filter((node): node is NodeInterface => node !== null);
}

/** Nodes by id with their selection, in one statement; ids with no node are left out. */
export async function compiledNodesByIds(
  ctx: Context,
  ids: readonly string[],
  compiled: CompiledNode,
): Promise<NodeInterface[]> {
  const records = await new ProjectionRepository(ctx.executor).byIds(ids, compiled.plan);
  return hydrateAll(records, compiled);
}

/** One node by id with its selection; null when there is none. */
export async function compiledNodeById(
  ctx: Context,
  id: string,
  info: GraphQLResolveInfo,
): Promise<NodeInterface | null> {
  const [node] = await compiledNodesByIds(ctx, [id], compileSelection(ctx, info));
  return node ?? null;
}
