import { assertGlobalId } from '../../model/ids';
import { sourceMinimum } from '../types/support-args';
import type { Context } from '../context';
import { AppError, ErrorCode } from '../../errors';
import { toNodeModel, toRelationModel } from '../read/hydrate';
import { explorableTypes } from '../read/explorable-types';
import { Relation } from '../types/relationship.types';
import {
  ExplorationRepository,
  MAX_HOPS,
  MAX_PATHS,
} from '../../graph/queries/exploration.repository';
import { boundedInt } from '../types/arguments';
import type { Path } from '../types/path.types';

export { MAX_HOPS, MAX_PATHS };

export interface PathsRequest {
  from: string;
  to: string;
  maxHops: number;
  first: number;
  types?: string[] | null;
  onlyStated?: boolean;
  /** Only through relationships at least this many sources state. */
  minSources?: number | null;
  /** Only through relationships at least this many independent sources state. */
  minIndependentSources?: number | null;
}

/**
 * The shortest connections between two nodes through meaningful relationships only: evidence
 * and source documents, which every fact shares, are never on a path.
 */
export async function findPaths(ctx: Context, request: PathsRequest): Promise<Path[]> {
  const from = assertGlobalId(request.from, 'from');
  const to = assertGlobalId(request.to, 'to');
  const maxHops = boundedInt(request.maxHops, 'maxHops', 1, MAX_HOPS);
  const first = boundedInt(request.first, 'first', 1, MAX_PATHS);
  if (from === to)
    throw new AppError(ErrorCode.BAD_USER_INPUT, '"from" and "to" are the same node.', {
      argument: 'to',
    });
  const rows = await new ExplorationRepository(ctx.executor).paths(
    from,
    to,
    explorableTypes(request.types),
    maxHops,
    first,
    request.onlyStated ?? false,
    sourceMinimum(request),
  );
  return rows.map((row) => {
    for (const node of row.nodes) ctx.loaders.node.prime(node.id, node);
    const hops = row.relations.map((relation, index) => {
      const here = row.nodes[index];
      const next = row.nodes[index + 1];
      return toRelationModel(
        { ...relation, direction: relation.fromId === here.id ? 'OUT' : 'IN', other: next },
        Relation,
      );
    });
    return { length: hops.length, nodes: row.nodes.map((node) => toNodeModel(node)!), hops };
  });
}
