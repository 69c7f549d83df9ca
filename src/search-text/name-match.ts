import { aliasValues, localizedValues, LocalizedValue } from '../model/localized-text';
import { nameTokens } from './name-normalize';
import { wordKey } from './transliteration-key';

/** How a query matched a name, strongest first. */
export enum MatchKind {
  EXACT = 'EXACT',
  WORDS = 'WORDS',
  PREFIX = 'PREFIX',
  TRANSLITERATION = 'TRANSLITERATION',
  PARTIAL = 'PARTIAL',
  FUZZY = 'FUZZY',
}

export interface NameMatch {
  name: LocalizedValue;
  kind: MatchKind;
  /** 0 to 1; a ranking signal, comparable between results of one query. */
  score: number;
}

const SCORES: Record<MatchKind, number> = {
  EXACT: 1,
  WORDS: 0.9,
  PREFIX: 0.8,
  TRANSLITERATION: 0.7,
  PARTIAL: 0.5,
  FUZZY: 0.2,
};

function scriptOf(text: string): string {
  if (/\p{Script=Arabic}/u.test(text)) return 'Arabic';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'Cyrillic';
  return 'Latin';
}

/**
 * A query as matching reads it, worked out once per search: its words, their skeletons, its
 * script, and the skeletons of the candidates' words as they are met (names repeat across
 * candidates and languages).
 */
export interface PreparedQuery {
  tokens: string[];
  keys: string[];
  script: string;
  keyOf(word: string): string;
}

export function prepareQuery(query: string): PreparedQuery {
  const keys = new Map<string, string>();
  const keyOf = (word: string) => {
    let key = keys.get(word);
    if (key === undefined) {
      key = wordKey(word);
      keys.set(word, key);
    }
    return key;
  };
  const tokens = nameTokens(query);
  return { tokens, keys: tokens.map(keyOf), script: scriptOf(query), keyOf };
}

/** Whether query word `i` and a name's word are alike in one way. */
type WordTest = (q: PreparedQuery, i: number, word: string) => boolean;
const sameWord: WordTest = (q, i, w) => q.tokens[i] === w;
const prefixOf: WordTest = (q, i, w) => q.tokens[i].length >= 2 && w.startsWith(q.tokens[i]);
const sameKey: WordTest = (q, i, w) => q.keys[i].length > 0 && q.keys[i] === q.keyOf(w);
const anyTest: WordTest = (q, i, w) => sameWord(q, i, w) || prefixOf(q, i, w) || sameKey(q, i, w);

/** How well one name answers the query; null when no word of it matches. */
export function matchName(q: PreparedQuery, name: LocalizedValue): NameMatch | null {
  const words = nameTokens(name.value);
  if (q.tokens.length === 0 || words.length === 0) return null;
  const all = (test: WordTest) => q.tokens.every((_, i) => words.some((word) => test(q, i, word)));
  // Of two names that match alike, the one written in the query's script ranks first, then the one
  // the query covers more of.
  const coverage =
    0.9 +
    0.04 * Math.min(1, q.tokens.length / words.length) +
    (q.script === scriptOf(name.value) ? 0.05 : 0);
  const result = (kind: MatchKind, factor = 1): NameMatch => ({
    name,
    kind,
    score: kind === MatchKind.EXACT ? 1 : SCORES[kind] * factor * coverage,
  });
  if (q.tokens.join(' ') === words.join(' ')) return result(MatchKind.EXACT);
  if (all(sameWord)) return result(MatchKind.WORDS);
  if (all(prefixOf)) return result(MatchKind.PREFIX);
  if (all(sameKey)) return result(MatchKind.TRANSLITERATION);
  const matched = q.tokens.filter((_, i) => words.some((word) => anyTest(q, i, word))).length;
  return matched > 0 ? result(MatchKind.PARTIAL, matched / q.tokens.length) : null;
}

/**
 * The best match among all of a node's names and aliases; a node the index found by fuzzy
 * spelling alone gets a low FUZZY score on its display name.
 */
export function bestNameMatch(query: PreparedQuery, props: Record<string, unknown>): NameMatch {
  const names = [...localizedValues(props, 'name'), ...aliasValues(props)];
  let best: NameMatch | null = null;
  for (const name of names) {
    const match = matchName(query, name);
    if (match && (!best || match.score > best.score)) best = match;
  }
  const display = names.find((name) => name.lang === 'en') ??
    names[0] ?? { lang: 'und', value: '' };
  return best ?? { name: display, kind: MatchKind.FUZZY, score: SCORES.FUZZY };
}
