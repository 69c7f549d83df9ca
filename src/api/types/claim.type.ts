import { Field, ObjectType } from 'type-graphql';
import { ClaimMode } from './enums';
import { FuzzyDate } from './fuzzy-date.type';
import { NodeInterface } from './node.interface';

@ObjectType('Claim', {
  implements: NodeInterface,
  description: 'What someone said, as the source reports it. A claim is never turned into a fact.',
})
export class Claim extends NodeInterface {
  @Field(() => ClaimMode, {
    description: 'How the source gives it: quoted, reported, or as its own assessment.',
  })
  mode!: keyof typeof ClaimMode;

  @Field({ description: 'ISO 639 code of the language the statement was reported in.' })
  language!: string;

  @Field(() => String, {
    nullable: true,
    description: 'How it was said: Telegram, a press conference, a news agency …',
  })
  channel!: string | null;

  @Field(() => FuzzyDate, { description: 'When it was made, as exactly as the source allows.' })
  date!: FuzzyDate;
}
