import type { GraphQLResolveInfo } from 'graphql';
import { MIN_INDEPENDENT_SOURCES_ARG, MIN_SOURCES_ARG } from '../types/support-args';
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { ONLY_STATED_ARG } from '../types/basis.type';
import { EVIDENCE_FIRST_ARG } from '../types/pagination';
import type { Context } from '../context';
import { Evidence } from '../types/evidence.type';
import { loadEvidence, loadNode } from '../read/graph.service';
import { compileSelection } from '../read/compiled-roots';
import { NodeInterface } from '../types/node.interface';
import { neighbourhood, NEIGHBOURHOOD_LIMITS } from './neighbourhood.service';
import { Path } from '../types/path.types';
import { findPaths, MAX_HOPS, MAX_PATHS } from './paths.service';
import { GraphEdge, GraphNode, Subgraph } from '../types/subgraph.types';
import { fieldsSelectedAt } from '../read/selected-fields';
import { MAX_TIMELINE, timeline } from './timeline.service';
import { TimelineEntry, TimelineKind } from '../types/timeline.types';

@Resolver()
export class ExplorationResolver {
  @Query(() => Subgraph, {
    description: `The subgraph around a node, for visualisation tools: depth 1 to ${NEIGHBOURHOOD_LIMITS.depth}, each node's relationships capped by limitPerNode (what is left out is counted).`,
  })
  neighbourhood(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The node at the centre: an entity, event or claim id.' })
    id: string,
    @Arg('depth', () => Int, { defaultValue: 1, description: 'Hops from the centre, 1 to 3.' })
    depth: number,
    @Arg('types', () => [String], {
      nullable: true,
      description: 'Relationship types to follow; all meaningful ones by default.',
    })
    types: string[] | undefined,
    @Arg('kinds', () => [String], {
      nullable: true,
      description:
        'Neighbour kinds to keep: Person, Country, Organization, Place, Delegation, Issue, Event, Claim.',
    })
    kinds: string[] | undefined,
    @Arg('limitPerNode', () => Int, {
      defaultValue: 25,
      description: `1 to ${NEIGHBOURHOOD_LIMITS.limitPerNode}.`,
    })
    limitPerNode: number,
    @Arg('maxNodes', () => Int, {
      defaultValue: 300,
      description: `1 to ${NEIGHBOURHOOD_LIMITS.maxNodes}.`,
    })
    maxNodes: number,
    @Arg('onlyStated', () => Boolean, ONLY_STATED_ARG) onlyStated: boolean,
    @Arg('minSources', () => Int, MIN_SOURCES_ARG) minSources: number | undefined,
    @Arg('minIndependentSources', () => Int, MIN_INDEPENDENT_SOURCES_ARG)
    minIndependentSources: number | undefined,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Subgraph> {
    const edgeFields = fieldsSelectedAt(info, ['edges']);
    // A report lists its spans, so asking for support reads the edges' evidence ids too.
    const evidence = edgeFields.has('evidence') || edgeFields.has('support');
    const edgeProps = [
      'label',
      'basis',
      'attestedBy',
      'disputed',
      'data',
      'attributes',
      'support',
    ].some((field) => edgeFields.has(field));
    return neighbourhood(ctx, {
      id,
      depth,
      types,
      kinds,
      limitPerNode,
      maxNodes,
      onlyStated,
      minSources,
      minIndependentSources,
      evidence,
      edgeProps,
    });
  }

  @Query(() => [Path], {
    description: `What links two nodes: the shortest paths (all of the least length, up to first; those through fewer claims first) of at most maxHops (1 to ${MAX_HOPS}) meaningful relationships; never through source documents or evidence.`,
  })
  paths(
    @Ctx() ctx: Context,
    @Arg('from', () => ID, { description: 'Where the paths start: any entity, event or claim id.' })
    from: string,
    @Arg('to', () => ID, { description: 'Where the paths end.' }) to: string,
    @Arg('maxHops', () => Int, {
      defaultValue: 4,
      description: 'The longest path looked for, 1 to 6 relationships.',
    })
    maxHops: number,
    @Arg('first', () => Int, { defaultValue: 5, description: `1 to ${MAX_PATHS}.` }) first: number,
    @Arg('types', () => [String], {
      nullable: true,
      description: 'Relationship types a path may follow; all meaningful ones by default.',
    })
    types: string[] | undefined,
    @Arg('onlyStated', () => Boolean, ONLY_STATED_ARG) onlyStated: boolean,
    @Arg('minSources', () => Int, MIN_SOURCES_ARG) minSources: number | undefined,
    @Arg('minIndependentSources', () => Int, MIN_INDEPENDENT_SOURCES_ARG)
    minIndependentSources: number | undefined,
  ): Promise<Path[]> {
    return findPaths(ctx, {
      from,
      to,
      maxHops,
      first,
      types,
      onlyStated,
      minSources,
      minIndependentSources,
    });
  }

  @Query(() => [TimelineEntry], {
    description:
      'Events and claims involving any of the given entities, in date order (undated ones by their upper bound, or last).',
  })
  timeline(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('involving', () => [ID], { description: 'Entity ids; entries involving any of them.' })
    involving: string[],
    @Arg('from', () => String, {
      nullable: true,
      description: 'ISO date; entries that may overlap it or come after.',
    })
    from?: string,
    @Arg('to', () => String, {
      nullable: true,
      description: 'ISO date; entries that may overlap it or come before.',
    })
    to?: string,
    @Arg('kinds', () => [TimelineKind], {
      nullable: true,
      description: 'Only these kinds of entry (event kinds, or CLAIM).',
    })
    kinds?: string[],
    @Arg('first', () => Int, { defaultValue: 100, description: `1 to ${MAX_TIMELINE}.` })
    first: number = 100,
  ): Promise<TimelineEntry[]> {
    return timeline(
      ctx,
      { involving, from, to, kinds, first },
      compileSelection(ctx, info, ['item']),
    );
  }
}

@Resolver(() => GraphEdge)
export class GraphEdgeResolver {
  @FieldResolver(() => [Evidence], {
    description: 'The source spans that state this relationship.',
  })
  evidence(
    @Root() edge: GraphEdge,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, EVIDENCE_FIRST_ARG) first?: number,
  ) {
    return loadEvidence(ctx, edge.evidenceIds, first);
  }
}

@Resolver(() => GraphNode)
export class GraphNodeResolver {
  @FieldResolver(() => NodeInterface, {
    nullable: true,
    description: 'The full node, for any field of it.',
  })
  node(@Root() node: GraphNode, @Ctx() ctx: Context) {
    return loadNode(ctx, node.id);
  }
}
