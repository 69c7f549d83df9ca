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

type WordTest = (query: string, word: string) => boolean;
const sameWord: WordTest = (q, w) => q === w;
const prefixOf: WordTest = (q, w) => q.length >= 2 && w.startsWith(q);
const sameKey: WordTest = (q, w) => {
  const key = wordKey(q);
  return key.length > 0 && key === wordKey(w);
};
const anyTest: WordTest = (q, w) => sameWord(q, w) || prefixOf(q, w) || sameKey(q, w);

/** How well one name answers the query; null when no word of it matches. */
export function matchName(query: string, name: LocalizedValue): NameMatch | null {
  const q = nameTokens(query);
  const words = nameTokens(name.value);
  if (q.length === 0 || words.length === 0) return null;
  const all = (test: WordTest) => q.every((token) => words.some((word) => test(token, word)));
  // Of two names that match alike, the one written in the query's script ranks first, then the one
  // the query covers more of.
  const coverage =
    0.9 +
    0.04 * Math.min(1, q.length / words.length) +
    (scriptOf(query) === scriptOf(name.value) ? 0.05 : 0);
  const result = (kind: MatchKind, factor = 1): NameMatch => ({
    name,
    kind,
    score: kind === MatchKind.EXACT ? 1 : SCORES[kind] * factor * coverage,
  });
  if (q.join(' ') === words.join(' ')) return result(MatchKind.EXACT);
  if (all(sameWord)) return result(MatchKind.WORDS);
  if (all(prefixOf)) return result(MatchKind.PREFIX);
  if (all(sameKey)) return result(MatchKind.TRANSLITERATION);
  const matched = q.filter((token) => words.some((word) => anyTest(token, word))).length;
  return matched > 0 ? result(MatchKind.PARTIAL, matched / q.length) : null;
}

/**
 * The best match among all of a node's names and aliases; a node the index found by fuzzy
 * spelling alone gets a low FUZZY score on its display name.
 */
export function bestNameMatch(query: string, props: Record<string, unknown>): NameMatch {
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
