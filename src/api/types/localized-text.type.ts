import { Field, ObjectType } from 'type-graphql';
import { BasisObject } from './basis.type';

@ObjectType('LocalizedText', { description: 'Text in one language (ISO 639 code).' })
export class LocalizedText {
  @Field({ description: 'ISO 639 language code.' })
  lang!: string;

  @Field({ description: 'The text, NFC-normalised.' })
  value!: string;

  @Field(() => BasisObject, {
    nullable: true,
    description:
      'For an alias: whether a source uses it (STATED) or it is known from outside (EXTERNAL); null for names and titles, which are renderings.',
  })
  basis?: BasisObject | null;
}
