import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.interface';

@ObjectType('Source', { implements: NodeInterface, description: 'A source document, as ingested.' })
export class Source extends NodeInterface {
  @Field({ description: 'ISO 639 code of the language it is written in.' })
  language!: string;

  @Field({ description: 'The publication date, ISO.' })
  publishedOn!: string;

  @Field(() => String, { nullable: true, description: 'Who published it, when known.' })
  publisher!: string | null;

  @Field({ description: 'SHA-256 of the text, to check a copy against.' })
  sha256!: string;

  @Field(() => Int, { description: 'Length in code points; evidence offsets count these.' })
  characterCount!: number;
}
