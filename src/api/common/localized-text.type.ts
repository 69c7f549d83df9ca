import { Field, ObjectType } from 'type-graphql';

@ObjectType('LocalizedText', { description: 'Text in one language (ISO 639 code).' })
export class LocalizedText {
  @Field()
  lang!: string;

  @Field()
  value!: string;
}
