import { nameTokens } from './name-normalize';
import { wordKey } from './transliteration-key';

/**
 * A Lucene query for the entity_search index from free text. Only normalised words reach it:
 * letters and digits, lower case, so no Lucene syntax (operators are upper case, special
 * characters are gone) can come from the request. Each word may match as written (boosted), as a
 * prefix, with one typo, or by its transliteration key.
 */
export function luceneQuery(text: string): string | null {
  const clauses = nameTokens(text).flatMap((word) => {
    const key = wordKey(word);
    return [
      `searchText:${word}^4`,
      ...(word.length >= 2 ? [`searchText:${word}*^2`] : []),
      ...(word.length >= 4 ? [`searchText:${word}~1`] : []),
      ...(key.length >= 2 ? [`searchKeys:${key}^3`] : []),
    ];
  });
  return clauses.length > 0 ? clauses.join(' ') : null;
}
