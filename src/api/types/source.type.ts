import { Field, Int, ObjectType } from 'type-graphql';
import { CopyKind } from './enums';
import { NodeInterface } from './node.interface';
import type { CopyKind as Kind } from '../../model/vocabulary';

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

  @Field(() => String, { nullable: true, description: 'Who wrote it, when known.' })
  author!: string | null;

  @Field(() => String, { nullable: true, description: 'Where it was published, when known.' })
  url!: string | null;

  @Field(() => CopyKind, {
    nullable: true,
    description: 'How it copies another source (see `copyOf`); null for an original.',
  })
  copyKind!: Kind | null;

  @Field(() => String, {
    nullable: true,
    description:
      'What it counts as among independent sources (see `Support.independentSources`): an outlet id, or a source id when its original names no outlet.',
  })
  countsAs!: string | null;
}
