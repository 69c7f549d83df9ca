import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.interface';

@ObjectType('Evidence', {
  implements: NodeInterface,
  description: 'A verbatim span of a source document: where a fact is written.',
})
export class Evidence extends NodeInterface {
  @Field({ description: 'The exact text of the span.' })
  quote!: string;

  @Field(() => Int, { description: 'Offset of the first code point of the NFC text.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just past the last code point (exclusive).' })
  end!: number;

  sourceId!: string;
}
