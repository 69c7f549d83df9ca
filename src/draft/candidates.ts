import type { DraftText, Stretch, Word } from './draft-text';
import {
  ARABIC_ORG_HEADS,
  CHANNEL_WORDS,
  COUNTRY_BEFORE,
  type DraftLang,
  ORGANISATION_WORDS,
  PLACE_BEFORE,
  REPORTING_VERBS,
  TITLE_WORDS,
} from './lexicon';
import type { Mention } from './mentions';
import { arabicForms } from './word-forms';

/** A name the graph does not know, proposed as a new entity. */
export interface Candidate extends Stretch {
  kind: 'Person' | 'Organization' | 'Place' | 'Country';
  name: string;
  /** What introduced it: a title ("President X") or a run of capitalised words. */
  by: 'title' | 'capitalised';
  /** The title before the name, when a title introduced it. */
  title?: Stretch;
}

/** A person with a title naming an organisation or country: "Kremlin spokesman Dmitry Peskov". */
export interface RoleCandidate {
  person: Stretch;
  org: Mention;
  title: Stretch;
  /** The span the whole role is read from. */
  evidence: Stretch;
}

const ARABIC_STOP = new Set([
  'ان',
  'في',
  'من',
  'علي',
  'عن',
  'الي',
  'قد',
  'لا',
  'انه',
  'بان',
  'عبر',
  'خلال',
  'مع',
  'ايضا',
  'الذي',
  'التي',
  'كما',
  'او',
  'ثم',
  'يوم',
  'يومي',
  'بعد',
  'قبل',
]);
const LATIN_STOP = new Set([
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'but',
  'and',
  'according',
  'after',
  'before',
  'during',
  'this',
  'that',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'mr',
  'ms',
  'mrs',
  'round',
  'talks',
  'as',
  'by',
  'for',
  'with',
  'without',
  'there',
  'negotiators',
  'telegram',
  'however',
  'both',
]);
const MONTH_OR_DAY =
  /^(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const CHANNEL_FIRST_WORDS = new Set(CHANNEL_WORDS.flatMap((c) => c.words.map((w) => w[0])));
const BREAK = /[،,.:;«»"“”„()!?؟\n]/;

const isTitle = (lang: DraftLang, w: Word) =>
  arabicForms(w.norm).some((f) => TITLE_WORDS[lang].includes(f));
const capital = (w: Word) => /^\p{Lu}/u.test(w.raw);

function inMention(w: Word, mentions: Mention[]): Mention | undefined {
  return mentions.find((m) => m.start <= w.start && w.end <= m.end);
}

/**
 * New entity candidates and roles: names after titles (all languages), and runs of capitalised
 * words (Latin and Cyrillic). Names the graph already knows (the mentions) are not proposed again,
 * but a title before them still gives a role.
 */
export function findCandidates(
  text: DraftText,
  lang: DraftLang,
  mentions: Mention[],
): { candidates: Candidate[]; roles: RoleCandidate[] } {
  const words = text.words;
  const candidates: Candidate[] = [];
  const roles: RoleCandidate[] = [];
  const gapBreaks = (i: number) => BREAK.test(text.text.slice(words[i - 1].end, words[i].start));
  const taken = (w: Word) => candidates.some((c) => c.start <= w.start && w.end <= c.end);

  // "فوني لوفوف، رئيس هيئة الأركان": in Arabic, a name the graph does not know, set before a
  // comma and a title.
  const arabicNameWord = (w: Word) =>
    !ARABIC_STOP.has(w.norm) &&
    !CHANNEL_FIRST_WORDS.has(w.norm) &&
    !w.norm.startsWith('ال') &&
    !REPORTING_VERBS.ar.test(w.norm) &&
    !isTitle('ar', w) &&
    !/^\p{N}/u.test(w.norm) &&
    !inMention(w, mentions);
  const apposedName = (i: number) => {
    if (i === 0 || !/^\s*[،,]\s*$/.test(text.text.slice(words[i - 1].end, words[i].start))) return;
    let k = i - 1;
    while (k >= 0 && i - k <= 3 && arabicNameWord(words[k]) && (k === i - 1 || !gapBreaks(k + 1)))
      k -= 1;
    // Two or three words: a given name and a family name, not a lone word of the sentence.
    const first = k + 1;
    if (i - first < 2 || (first > 0 && !gapBreaks(first) && arabicNameWord(words[first - 1])))
      return;
    if (taken(words[first])) return;
    const name = { start: words[first].start, end: words[i - 1].end };
    candidates.push({
      ...name,
      kind: 'Person',
      name: text.text.slice(name.start, name.end),
      by: 'title',
      title: { start: words[i].start, end: words[i].end },
    });
  };

  for (let i = 0; i < words.length; i += 1) {
    if (!isTitle(lang, words[i])) continue;
    if (lang === 'ar') apposedName(i);
    // Skip the rest of the title: organisation words, adjectives, known names.
    let j = i + 1;
    let org: Mention | undefined;
    while (j < words.length && j - i <= 10 && !gapBreaks(j)) {
      const w = words[j];
      const known = inMention(w, mentions);
      if (known && known.names[0].entity.kind !== 'Person') {
        org ??= known;
        j = text.words.findIndex((x) => x.start >= known.end);
        if (j < 0) j = words.length;
        continue;
      }
      const chain =
        lang === 'ar'
          ? arabicForms(w.norm).some((f) => f.startsWith('ال') || ARABIC_ORG_HEADS.includes(f)) ||
            isTitle(lang, w)
          : !capital(w) || isTitle(lang, w) || LATIN_STOP.has(w.norm);
      if (!chain) break;
      j += 1;
    }
    // "Kremlin spokesman X": the organisation may come just before the title.
    const ahead = i > 0 && !gapBreaks(i) ? inMention(words[i - 1], mentions) : undefined;
    if (!org && ahead && ahead.names[0].entity.kind !== 'Person') org = ahead;
    // "X, секретарь (Совет безопасности …)": the organisation in brackets after the title.
    if (
      !org &&
      j < words.length &&
      /^\s*\(\s*$/.test(text.text.slice(words[j - 1].end, words[j].start))
    ) {
      const bracketed = inMention(words[j], mentions);
      if (bracketed && bracketed.names[0].entity.kind !== 'Person') org = bracketed;
    }
    if (j >= words.length || gapBreaks(j)) {
      // "X, Secretary of Y": an apposition after a person already named.
      const before = i > 0 ? inMention(words[i - 1], mentions) : undefined;
      if (org && before && before.names[0].entity.kind === 'Person' && org !== before)
        roles.push({
          person: before,
          org,
          title: { start: words[i].start, end: words[j - 1].end },
          evidence: {
            start: before.start,
            end: Math.max(org.end + (text.text[org.end] === ')' ? 1 : 0), words[j - 1].end),
          },
        });
      continue;
    }
    // The name: up to three words that are not function words or verbs.
    let k = j;
    while (k < words.length && k - j < 3 && (k === j || !gapBreaks(k))) {
      const w = words[k];
      const stop =
        lang === 'ar'
          ? ARABIC_STOP.has(w.norm) || w.norm.startsWith('ال') || REPORTING_VERBS.ar.test(w.norm)
          : !capital(w) || LATIN_STOP.has(w.norm);
      if (stop) break;
      k += 1;
    }
    if (k === j) continue;
    if (lang !== 'ar' && words.slice(j, k).some((w) => ORGANISATION_WORDS.test(w.norm))) continue;
    const name = { start: words[j].start, end: words[k - 1].end };
    const title = { start: words[i].start, end: words[j - 1].end };
    const person = inMention(words[j], mentions);
    if (person && person.names[0].entity.kind !== 'Person') continue;
    if (!person && !taken(words[j]))
      candidates.push({
        ...name,
        kind: 'Person',
        name: text.text.slice(name.start, name.end),
        by: 'title',
        title,
      });
    if (org)
      roles.push({
        person: person ?? name,
        org,
        title,
        evidence: { start: title.start, end: Math.max(name.end, person?.end ?? 0) },
      });
  }

  if (lang !== 'ar') {
    for (let i = 0; i < words.length; i += 1) {
      if (!capital(words[i]) || inMention(words[i], mentions) || taken(words[i])) continue;
      const at = i;
      let k = i;
      while (
        k < words.length &&
        capital(words[k]) &&
        !inMention(words[k], mentions) &&
        (k === i || !gapBreaks(k))
      )
        k += 1;
      i = k - 1;
      let first = at;
      while (first < k && (LATIN_STOP.has(words[first].norm) || isTitle(lang, words[first])))
        first += 1;
      // A name after a title was proposed already.
      if (words.slice(first, k).some(taken)) continue;
      const run = words.slice(first, k).filter((w) => !MONTH_OR_DAY.test(w.norm));
      if (run.length === 0) continue;
      // A sentence's first word, or a quotation's, is capitalised whatever it is.
      const sentenceStart =
        text.sentenceAt(words[at].start).start === words[at].start ||
        /[«"“„:]\s*$/.test(text.text.slice(Math.max(0, words[at].start - 2), words[at].start));
      if (run.length === 1 && sentenceStart && run[0] === words[at]) continue;
      // A short acronym ("US", "EU") may be a country, a bloc or an agency: no kind can be guessed.
      if (run.length === 1 && run[0].raw.length <= 3 && run[0].raw === run[0].raw.toUpperCase())
        continue;
      const start = run[0].start;
      const end = run[run.length - 1].end;
      const before = words[words.indexOf(run[0]) - 1];
      const kind = run.some((w) => ORGANISATION_WORDS.test(w.norm))
        ? 'Organization'
        : before && PLACE_BEFORE.test(before.norm)
          ? 'Place'
          : before && COUNTRY_BEFORE.test(before.norm)
            ? 'Country'
            : 'Person';
      candidates.push({ start, end, kind, name: text.text.slice(start, end), by: 'capitalised' });
    }
  }
  return { candidates: candidates.sort((a, b) => a.start - b.start), roles };
}
