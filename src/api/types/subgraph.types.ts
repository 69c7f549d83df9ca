import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BasisKind } from './enums';
import type { Basis } from '../../model/vocabulary';

@ObjectType('GraphNodeData', { description: 'What a visualisation needs of a node.' })
export class GraphNodeData {
  @Field(() => ID)
  id!: string;

  @Field()
  label!: string;

  @Field({
    description: 'Entity kind (Person, Country, …), event kind (NEGOTIATION_ROUND, …) or Claim.',
  })
  kind!: string;
}

@ObjectType('GraphEdgeData', { description: 'What a visualisation needs of an edge.' })
export class GraphEdgeData {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field()
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
}

@ObjectType('GraphNode', {
  description:
    'A node of a subgraph. `data` is the shape Cytoscape.js loads; `key` and `attributes` the shape graphology imports.',
})
export class GraphNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The same as id, named as graphology expects.' })
  key!: string;

  @Field()
  label!: string;

  @Field()
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

  @Field(() => GraphNodeData)
  data!: GraphNodeData;

  @Field(() => GraphNodeData)
  attributes!: GraphNodeData;
}

@ObjectType('GraphEdge', {
  description:
    'A relationship of a subgraph, with its evidence. `data` for Cytoscape.js; `key`, `source`, `target`, `attributes` for graphology.',
})
export class GraphEdge {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  key!: string;

  @Field(() => ID)
  source!: string;

  @Field(() => ID)
  target!: string;

  @Field()
  type!: string;

  @Field()
  label!: string;

  @Field(() => BasisKind)
  basis!: Basis;

  @Field(() => ID, { nullable: true, description: 'The claim it is known through, if any.' })
  attestedBy!: string | null;

  @Field(() => GraphEdgeData)
  data!: GraphEdgeData;

  @Field(() => GraphEdgeData)
  attributes!: GraphEdgeData;

  evidenceIds!: string[];
}

@ObjectType('Subgraph', {
  description: 'Nodes and edges around a centre, bounded in depth and size.',
})
export class Subgraph {
  @Field(() => [GraphNode])
  nodes!: GraphNode[];

  @Field(() => [GraphEdge])
  edges!: GraphEdge[];

  @Field({ description: 'True when any limit left something out.' })
  truncated!: boolean;

  @Field(() => Int, { description: 'Neighbours left out in all, summed over expanded nodes.' })
  omittedNeighbours!: number;
}
