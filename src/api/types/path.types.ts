import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.interface';
import { Relation } from './relationship.types';

@ObjectType('Path', {
  description: 'A chain of relationships between two nodes, each hop with its evidence.',
})
export class Path {
  @Field(() => Int, { description: 'Number of hops.' })
  length!: number;

  @Field(() => [NodeInterface], { description: 'The nodes in order, from the start to the end.' })
  nodes!: NodeInterface[];

  @Field(() => [Relation], {
    description:
      'The hops in order. `other` is the next node; `direction` is OUT when the hop follows the relationship, IN when it goes against it.',
  })
  hops!: Relation[];
}
