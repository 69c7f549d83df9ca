import { nameTokens } from './name-normalize';

/**
 * A consonant skeleton shared by Arabic, Latin and Cyrillic spellings of a name, so that a
 * spelling never seen before still finds the actor: ترامب, ترمب, Trump and Трамп all give "trmb".
 *
 * Vowels, and the letters that mostly write vowels (ا و ي, й ь ъ, y, h), are dropped; consonants
 * fold into classes by sound, wide enough for the usual transliteration habits: Arabic has no p
 * or v (ب, ف), Russian writes h as г or х, German writes z as s and v as w.
 */
const CLASSES: Array<[string, string]> = [
  ['b', 'bpبпб'],
  ['f', 'fvwفфв'],
  ['t', 'tتطثт'],
  ['d', 'dدضذظд'],
  ['s', 'szسصزشзсжшщцч'],
  ['k', 'kqكقкхخ'],
  ['g', 'gjغجгґ'],
  ['l', 'lلл'],
  ['m', 'mمм'],
  ['n', 'nنн'],
  ['r', 'rرр'],
];
const CLASS_OF = new Map<string, string>(
  CLASSES.flatMap(([key, letters]) =>
    [...letters].map((letter): [string, string] => [letter, key]),
  ),
);

// Latin spellings where two letters write one sound, or one letter two; c and x never reach the
// class table.
const LATIN_RULES: Array<[RegExp, string]> = [
  [/sch|sh|ch|zh|ts|tz|cz|sz/g, 's'],
  [/kh|ck/g, 'k'],
  [/gh/g, 'g'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/x/g, 'ks'],
  [/c(?=[eiy])/g, 's'],
  [/c/g, 'k'],
  [/j$/g, ''], // Slavic -yj/-ij endings (Selenskyj)
];

/** The skeleton of one normalised word. */
export function wordKey(word: string): string {
  let w = word;
  for (const [pattern, replacement] of LATIN_RULES) w = w.replace(pattern, replacement);
  let key = '';
  for (const letter of w) {
    const cls = /\p{N}/u.test(letter) ? letter : CLASS_OF.get(letter);
    if (cls && !key.endsWith(cls)) key += cls;
  }
  return key;
}

/** Skeletons of every word of a name, in order; words with no consonant give none. */
export function transliterationKeys(name: string): string[] {
  return nameTokens(name)
    .map(wordKey)
    .filter((key) => key.length > 0);
}
