import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BasisKind } from './enums';
import { Support } from './support.type';
import type { Basis } from '../../model/vocabulary';

const DISPUTED_EDGE =
  'For a position: whether sources give its holder opposite stances on the issue (see `disputes`); false for any other relationship.';

@ObjectType('GraphNodeData', { description: 'What a visualisation needs of a node.' })
export class GraphNodeData {
  @Field(() => ID, { description: 'The node id.' })
  id!: string;

  @Field({ description: 'A short label.' })
  label!: string;

  @Field({
    description: 'Entity kind (Person, Country, …), event kind (NEGOTIATION_ROUND, …) or Claim.',
  })
  kind!: string;
}

@ObjectType('GraphEdgeData', { description: 'What a visualisation needs of an edge.' })
export class GraphEdgeData {
  @Field(() => ID, { description: 'The relationship id.' })
  id!: string;

  @Field(() => ID, { description: 'Where it starts.' })
  source!: string;

  @Field(() => ID, { description: 'Where it ends.' })
  target!: string;

  @Field({ description: 'The relationship type.' })
  type!: string;

  @Field({ description: 'The relationship type, or its title or role where it has one.' })
  label!: string;

  @Field(() => BasisKind, {
    description: 'Whether the source states it, or it is inferred or known from outside.',
  })
  basis!: Basis;

  @Field(() => ID, {
    nullable: true,
    description:
      'The claim it is known through, when the source has it only from someone: draw it apart from stated facts.',
  })
  attestedBy!: string | null;

  @Field(() => Int, { description: 'Sources that state it (see `Support`).' })
  sources!: number;

  @Field({ description: DISPUTED_EDGE })
  disputed!: boolean;

  @Field(() => Int, {
    description: 'Independent sources that state it (see `Support`): draw it wider the more.',
  })
  independentSources!: number;
}

@ObjectType('GraphNode', {
  description:
    'A node of a subgraph. `data` is the shape Cytoscape.js loads; `key` and `attributes` the shape graphology imports.',
})
export class GraphNode {
  @Field(() => ID, { description: 'The node id (the same as `key` and `data.id`).' })
  id!: string;

  @Field(() => ID, { description: 'The same as id, named as graphology expects.' })
  key!: string;

  @Field({ description: "A short label: its English name, a claim's statement, or its id." })
  label!: string;

  @Field({ description: 'Its entity or event kind, or Claim.' })
  kind!: string;

  @Field(() => Int, { description: 'Hops from the centre.' })
  depth!: number;

  @Field({
    description: 'Whether its neighbours were looked up (nodes at the last depth are not).',
  })
  expanded!: boolean;

  @Field(() => Int, {
    nullable: true,
    description:
      'Neighbours left out by limitPerNode or maxNodes; null when the node was not expanded.',
  })
  omittedNeighbours!: number | null;

  @Field(() => GraphNodeData, { description: 'The node as Cytoscape.js loads it.' })
  data!: GraphNodeData;

  @Field(() => GraphNodeData, { description: "The node's attributes as graphology imports them." })
  attributes!: GraphNodeData;
}

@ObjectType('GraphEdge', {
  description:
    'A relationship of a subgraph, with its evidence. `data` for Cytoscape.js; `key`, `source`, `target`, `attributes` for graphology.',
})
export class GraphEdge {
  @Field(() => ID, { description: 'The relationship id.' })
  id!: string;

  @Field(() => ID, { description: 'The relationship id, named as graphology expects.' })
  key!: string;

  @Field(() => ID, { description: 'Where it starts.' })
  source!: string;

  @Field(() => ID, { description: 'Where it ends.' })
  target!: string;

  @Field({ description: 'The relationship type.' })
  type!: string;

  @Field({ description: 'Its title, role or stance, else its type.' })
  label!: string;

  @Field(() => BasisKind, {
    description: 'Whether the source states it, or it is inferred or known from outside.',
  })
  basis!: Basis;

  @Field(() => ID, { nullable: true, description: 'The claim it is known through, if any.' })
  attestedBy!: string | null;

  @Field({ description: DISPUTED_EDGE })
  disputed!: boolean;

  @Field(() => GraphEdgeData, { description: 'The edge as Cytoscape.js loads it.' })
  data!: GraphEdgeData;

  @Field(() => GraphEdgeData, { description: "The edge's attributes as graphology imports them." })
  attributes!: GraphEdgeData;

  @Field(() => Support, {
    description:
      'Who reports it: sources, independent sources and outlets, counted, and each report with its spans.',
  })
  support!: Support;

  evidenceIds!: string[];
}

@ObjectType('Subgraph', {
  description: 'Nodes and edges around a centre, bounded in depth and size.',
})
export class Subgraph {
  @Field(() => [GraphNode], { description: 'Its nodes, the centre first, then by depth.' })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: 'Its relationships, each between two of its nodes.' })
  edges!: GraphEdge[];

  @Field({ description: 'True when any limit left something out.' })
  truncated!: boolean;

  @Field(() => Int, { description: 'Neighbours left out in all, summed over expanded nodes.' })
  omittedNeighbours!: number;
}
