import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from './localized-text.type';
import { EntityInterface } from './entity.types';
import { MatchKind } from '../../search-text/name-match';

registerEnumType(MatchKind, {
  name: 'MatchKind',
  description:
    'How the query matched: the whole name, all its words, word prefixes, transliteration keys (a spelling the sources never used), some of the words, or a near spelling.',
});

@ObjectType('SearchHit')
export class SearchHit {
  @Field(() => EntityInterface)
  entity!: EntityInterface;

  @Field(() => Float, { description: '0 to 1; comparable between the hits of one search.' })
  score!: number;

  @Field(() => LocalizedText, { description: 'The name or alias that matched.' })
  matchedName!: LocalizedText;

  @Field(() => MatchKind)
  matchedBy!: MatchKind;
}
