/**
 * The forms a written word may stand for when it is compared with a name: Arabic words carry
 * attached conjunctions, prepositions and the article (والولايات، لأوكرانيا، للكرملين), and
 * Russian and Ukrainian words take case endings (России, Зеленского). Both sides of a comparison
 * go through these, so a name and its mention meet on a common form. Pure functions.
 */

const ARABIC = /\p{Script=Arabic}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

// Prefixes in the order they attach: a conjunction, then a preposition, then the article.
const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ل', 'ك'];
const MIN_STEM = 2;

/** A form of a word, and how many of its first letters were taken off to reach it. */
export interface WordForm {
  form: string;
  /** Letters of the normalised word before the form; 0 when the form is not its tail (لل). */
  prefix: number;
}

/**
 * A normalised Arabic word and the words it may be with its prefixes taken off, itself first.
 * ل before the article drops the article's alef (لل), which is put back.
 */
export function arabicWordForms(word: string): WordForm[] {
  if (!ARABIC.test(word)) return [{ form: word, prefix: 0 }];
  const stems: WordForm[] = [{ form: word, prefix: 0 }];
  for (const c of CONJUNCTIONS)
    if (word.startsWith(c)) stems.push({ form: word.slice(c.length), prefix: c.length });
  for (const stem of [...stems]) {
    for (const p of PREPOSITIONS) {
      if (!stem.form.startsWith(p)) continue;
      const rest = stem.form.slice(p.length);
      stems.push(
        p === 'ل' && rest.startsWith('ل')
          ? { form: `ا${rest}`, prefix: 0 }
          : { form: rest, prefix: stem.prefix + p.length },
      );
    }
  }
  const seen = new Set<string>();
  return stems.filter((s) => s.form.length >= MIN_STEM && !seen.has(s.form) && seen.add(s.form));
}

/** The forms of arabicWordForms, without their prefixes. */
export function arabicForms(word: string): string[] {
  return arabicWordForms(word).map((f) => f.form);
}

// Case and number endings of nouns and adjectives, longest first.
const SLAVIC_ENDINGS = [
  'ами',
  'ями',
  'ого',
  'его',
  'ому',
  'ему',
  'ими',
  'ыми',
  'ією',
  'ою',
  'ею',
  'ой',
  'ей',
  'ий',
  'ый',
  'ій',
  'ая',
  'яя',
  'ую',
  'юю',
  'ом',
  'ем',
  'ам',
  'ям',
  'ах',
  'ях',
  'ов',
  'ев',
  'ів',
  'их',
  'ых',
  'ии',
  'ия',
  'ію',
  'ія',
  'ії',
  'а',
  'я',
  'у',
  'ю',
  'е',
  'є',
  'и',
  'і',
  'ы',
  'о',
  'ь',
  'й',
];
const MIN_SLAVIC_STEM = 4;

/** A normalised Cyrillic word without its case ending; other words as they are. */
export function slavicStem(word: string): string {
  if (!CYRILLIC.test(word) || word.length <= MIN_SLAVIC_STEM) return word;
  for (const ending of SLAVIC_ENDINGS)
    if (word.endsWith(ending) && word.length - ending.length >= MIN_SLAVIC_STEM)
      return word.slice(0, -ending.length);
  return word;
}

/** The key a word is compared on inside a name: its stem for Cyrillic, itself otherwise. */
export const matchKey = slavicStem;

/** Whether a normalised word is written in Arabic script. */
export const isArabic = (word: string): boolean => ARABIC.test(word);
