import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { LocalizedText } from './localized-text.type';
import { EntityInterface } from './entity.types';
import { MatchKind } from '../../search-text/name-match';

registerEnumType(MatchKind, {
  name: 'MatchKind',
  description:
    'How the query matched: the whole name, all its words, word prefixes, transliteration keys (a spelling the sources never used), some of the words, or a near spelling.',
  valuesConfig: {
    EXACT: { description: 'A whole name, as normalised.' },
    PREFIX: { description: 'The start of a name.' },
    WORDS: { description: 'Every word of the query, in a name.' },
    PARTIAL: { description: 'Part of a name.' },
    FUZZY: { description: 'A name within an edit or two.' },
    TRANSLITERATION: { description: 'A spelling in any script with the same consonant key.' },
  },
});

@ObjectType('SearchHit', { description: 'An entity found by a search, with how it matched.' })
export class SearchHit {
  @Field(() => EntityInterface, { description: 'The entity found.' })
  entity!: EntityInterface;

  @Field(() => Float, { description: '0 to 1; comparable between the hits of one search.' })
  score!: number;

  @Field(() => LocalizedText, { description: 'The name or alias that matched.' })
  matchedName!: LocalizedText;

  @Field(() => MatchKind, { description: 'How its best name matched the query.' })
  matchedBy!: MatchKind;
}
