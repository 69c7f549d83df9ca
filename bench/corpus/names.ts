import type { Random } from './random';

/** The languages generated sources are written in, and every name is given in. */
export const LANGS = ['ar', 'en', 'ru', 'uk'] as const;
export type Lang = (typeof LANGS)[number];
export type Localized = Record<Lang, string>;

// Names are made of Latin letters from this alphabet, then written in each script letter by
// letter, the way news desks transliterate foreign names.
const ONSETS = ['b', 'd', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'sh', 'kh', 'f'];
const VOWELS = ['a', 'e', 'i', 'o', 'u'];
const CYRILLIC: Record<string, string> = {
  a: 'а',
  b: 'б',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  i: 'и',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  z: 'з',
  sh: 'ш',
  kh: 'х',
};
const UKRAINIAN: Record<string, string> = { ...CYRILLIC, i: 'і', g: 'г' };
const ARABIC: Record<string, string> = {
  b: 'ب',
  d: 'د',
  f: 'ف',
  g: 'غ',
  k: 'ك',
  l: 'ل',
  m: 'م',
  n: 'ن',
  p: 'ب',
  r: 'ر',
  s: 'س',
  t: 'ت',
  v: 'ف',
  z: 'ز',
  sh: 'ش',
  kh: 'خ',
  a: 'ا',
  e: 'ي',
  i: 'ي',
  o: 'و',
  u: 'و',
};
const ARABIC_INITIAL: Record<string, string> = { a: 'أ', e: 'إي', i: 'إي', o: 'أو', u: 'أو' };

function letters(word: string): string[] {
  return word.match(/sh|kh|[a-z]/g) ?? [];
}

function cyrillic(word: string, table: Record<string, string>): string {
  // "-ia" endings are written -ия / -ія.
  const out = letters(word)
    .map((l) => table[l] ?? l)
    .join('')
    .replace(/([иі])а$/, '$1я');
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/** Arabic spelling; `shortA` drops a medial short "a", as ترمب is written beside ترامب. */
function arabic(word: string, shortA: boolean): string {
  return letters(word)
    .map((l, i, all) => {
      if (i === 0 && l in ARABIC_INITIAL) return ARABIC_INITIAL[l];
      if (shortA && l === 'a' && i > 0 && i < all.length - 1) return '';
      return ARABIC[l] ?? '';
    })
    .join('');
}

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** A transliterated name: its spelling per language and the variant spellings seen in the press. */
export interface Name {
  names: Localized;
  variants: Array<{ lang: Lang; value: string }>;
}

/** Writes Latin words in every script, with variant spellings. */
export function transliterate(words: string[]): Name {
  const names: Localized = {
    en: words.map(capital).join(' '),
    ru: words.map((w) => cyrillic(w, CYRILLIC)).join(' '),
    uk: words.map((w) => cyrillic(w, UKRAINIAN)).join(' '),
    ar: words.map((w) => arabic(w, false)).join(' '),
  };
  const variants: Name['variants'] = [];
  const arShort = words.map((w) => arabic(w, true)).join(' ');
  if (arShort !== names.ar) variants.push({ lang: 'ar', value: arShort });
  const enAlt = words
    .map((w) => capital(w.replace(/kh/g, 'h').replace(/i$/, 'y').replace(/v/g, 'w')))
    .join(' ');
  if (enAlt !== names.en) variants.push({ lang: 'en', value: enAlt });
  return { names, variants };
}

/** A random stem of `syllables` consonant-vowel syllables. */
export function stem(random: Random, syllables: number): string {
  let out = '';
  for (let i = 0; i < syllables; i += 1) out += random.pick(ONSETS) + random.pick(VOWELS);
  return out;
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 100);
}
