import { assertGlobalId } from '../../model/ids';
import { supportOf } from '../types/support.type';
import { sourceMinimum } from '../types/support-args';
import type { Context } from '../context';
import { AppError, ErrorCode } from '../../errors';
import type { NodeRecord, RelationRecord } from '../../graph/node-record';
import { basisOf } from '../../model/localized-text';
import { explorableTypes } from '../read/explorable-types';
import { displayKind, displayLabel, edgeLabel } from '../../graph/display-label';
import { ExplorationRepository } from '../../graph/queries/exploration.repository';
import { boundedInt } from '../types/arguments';
import { labelFilter } from './node-labels';
import type { GraphEdge, GraphNode, Subgraph } from '../types/subgraph.types';

export const NEIGHBOURHOOD_LIMITS = { depth: 3, limitPerNode: 100, maxNodes: 1000 } as const;

export interface NeighbourhoodRequest {
  id: string;
  depth: number;
  types?: string[] | null;
  kinds?: string[] | null;
  limitPerNode: number;
  maxNodes: number;
  onlyStated?: boolean;
  /** Only relationships at least this many sources state. */
  minSources?: number | null;
  /** Only relationships at least this many independent sources state. */
  minIndependentSources?: number | null;
  /** Whether the edges' evidence will be asked for (else GraphEdge.evidenceIds stay empty). */
  evidence?: boolean;
  /**
   * Whether the edges' label, basis or claim will be asked for (else they are read as an edge
   * without properties would be). Read unless told otherwise.
   */
  edgeProps?: boolean;
}

// The node or edge carries its data's fields itself and as `data`/`attributes`, two objects
// made by one function. Not `{ ...data, key, ... }`: that spread was the costliest line of a
// neighbourhood request in a CPU profile (about 100 times slower than this in a micro-benchmark).
function graphNode(record: NodeRecord, depth: number): GraphNode {
  const label = displayLabel(record);
  const kind = displayKind(record);
  const nodeData = () => ({ id: record.id, label, kind });
  const data = nodeData();
  return Object.assign(nodeData(), {
    key: record.id,
    depth,
    expanded: false,
    omittedNeighbours: null,
    data,
    attributes: data,
  });
}

function graphEdge(relation: RelationRecord): GraphEdge {
  const label = edgeLabel(relation.props, relation.type);
  const basis = basisOf(relation.props).kind;
  const attestedBy =
    typeof relation.props.attestedBy === 'string' ? relation.props.attestedBy : null;
  const edgeData = () => ({
    id: relation.id,
    source: relation.fromId,
    target: relation.toId,
    type: relation.type,
    label,
    basis,
    attestedBy,
    disputed: relation.props.disputed === true,
  });
  const support = supportOf(relation.props, {
    id: relation.id,
    evidenceIds: relation.evidenceIds,
  });
  const data = {
    ...edgeData(),
    sources: support.sources,
    independentSources: support.independentSources,
  };
  return Object.assign(edgeData(), {
    key: relation.id,
    data,
    attributes: data,
    support,
    evidenceIds: relation.evidenceIds,
  });
}

/**
 * The subgraph around a node, breadth first, read in one statement: each node's relationships
 * capped at limitPerNode and the whole at maxNodes, with what was left out counted.
 */
export async function neighbourhood(
  ctx: Pick<Context, 'executor'>,
  request: NeighbourhoodRequest,
): Promise<Subgraph> {
  const id = assertGlobalId(request.id);
  const depth = boundedInt(request.depth, 'depth', 1, NEIGHBOURHOOD_LIMITS.depth);
  const limit = boundedInt(
    request.limitPerNode,
    'limitPerNode',
    1,
    NEIGHBOURHOOD_LIMITS.limitPerNode,
  );
  const maxNodes = boundedInt(request.maxNodes, 'maxNodes', 1, NEIGHBOURHOOD_LIMITS.maxNodes);
  const types = explorableTypes(request.types);
  const labels = labelFilter(request.kinds);

  const found = await new ExplorationRepository(ctx.executor).subgraph({
    id,
    depth,
    types,
    labels,
    limit,
    maxNodes,
    onlyStated: request.onlyStated ?? false,
    ...sourceMinimum(request),
    evidence: request.evidence ?? false,
    edgeProps: request.edgeProps ?? true,
  });
  const centre = found?.centre;
  if (!found || !centre || centre.labels.includes('Source') || centre.labels.includes('Evidence')) {
    throw new AppError(ErrorCode.NOT_FOUND, `No entity, event or claim with id "${id}".`, { id });
  }
  const nodes = new Map<string, GraphNode>([[id, graphNode(centre, 0)]]);
  const edges = new Map<string, GraphEdge>();
  let frontier = [id];
  let omittedNeighbours = 0;

  for (let level = 1; level <= depth && frontier.length > 0; level += 1) {
    const rows = found.levels[level - 1];
    const next: string[] = [];
    for (const row of rows) {
      const node = nodes.get(row.id)!;
      let left = row.total - row.relations.length;
      for (const relation of row.relations) {
        if (!nodes.has(relation.other.id)) {
          if (nodes.size >= maxNodes) {
            left += 1;
            continue;
          }
          nodes.set(relation.other.id, graphNode(relation.other, level));
          next.push(relation.other.id);
        }
        if (!edges.has(relation.id)) edges.set(relation.id, graphEdge(relation));
      }
      node.expanded = true;
      node.omittedNeighbours = left;
      omittedNeighbours += left;
    }
    frontier = next;
  }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()],
    truncated: omittedNeighbours > 0,
    omittedNeighbours,
  };
}
