/**
 * Normalisation of names for search, across Arabic, Latin and Cyrillic writing. Pure functions,
 * used at ingest (to index) and at query time (to search), so both sides agree.
 */

// Letter forms that Unicode decomposition leaves alone but readers treat as one letter.
const LETTER_FORMS: Record<string, string> = {
  ٱ: 'ا', // alef wasla
  ى: 'ي', // alif maqsura
  ی: 'ي', // Persian yeh
  ة: 'ه', // taa marbuta
  ک: 'ك', // Persian kaf
  ـ: '', // tatweel
  ء: '', // lone hamza
};
const LETTER_FORM = new RegExp(`[${Object.keys(LETTER_FORMS).join('')}]`, 'g');

/**
 * Folds the ways people type one name into one form. Canonical decomposition splits accents off
 * Latin letters, hamza off its carriers (أ إ آ ؤ ئ) and the breve off й; dropping every combining
 * mark then removes those and all Arabic diacritics. What remains is folded by LETTER_FORMS and
 * lower-cased; anything not a letter or digit becomes a space.
 */
export function normalizeName(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '')
    .replace(LETTER_FORM, (c) => LETTER_FORMS[c])
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The words of a normalised name. */
export function nameTokens(input: string): string[] {
  const normalized = normalizeName(input);
  return normalized ? normalized.split(' ') : [];
}
