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

/**
 * A Lucene query that finds, among others, every entity whose normalised names contain `text`:
 * each of its words as part of some indexed word (leading and trailing wildcards). A superset,
 * since the words may sit apart; the caller keeps the exact matches. Null when no word is left.
 */
export function containsQuery(text: string): string | null {
  const words = nameTokens(text);
  return words.length > 0 ? words.map((word) => `searchText:*${word}*`).join(' AND ') : null;
}
