import type { DraftText, Stretch } from './draft-text';
import {
  ACCORDING_TO,
  AGENCY_WORDS,
  CHANNEL_WORDS,
  COMPLEMENTIZERS,
  type DraftLang,
  REPORTING_VERBS,
  UNNAMED_SPEAKERS,
} from './lexicon';
import type { Mention } from './mentions';
import { arabicForms } from './word-forms';

/** Someone who may speak: a person the graph knows or a new person candidate. */
export interface Speaker extends Stretch {
  id: string;
}

/** What someone is reported to have said, as the text gives it. */
export interface ClaimCandidate {
  /** From the reporting verb (or the speaker before it) to the end of what was said. */
  evidence: Stretch;
  verb: Stretch;
  speaker?: Speaker;
  /** How the speaker was found, for the draft's note. */
  speakerFrom: 'subject' | 'after the verb' | 'an earlier sentence' | 'unnamed' | 'none';
  unnamed?: Stretch;
  mode: 'QUOTED' | 'REPORTED';
  statement: Stretch;
  channel?: string;
  via?: Mention;
}

// Who may be named as a claim's speaker after "according to".
const SPEAKER_KINDS = ['Person', 'Organization', 'Country'];
const QUOTE_OPEN = /[«"“„]/;
const QUOTE_CLOSE: Record<string, RegExp> = { '«': /»/, '"': /"/, '“': /[”“]/, '„': /[“”]/ };

function startsAt(words: DraftText['words'], i: number, phrase: string[]): boolean {
  return phrase.every((p, k) => {
    const w = words[i + k];
    return w !== undefined && arabicForms(w.norm).includes(p);
  });
}

/**
 * Claims: every reporting verb ("said", قال, заявил) or "according to", with its speaker (the
 * verb's subject, or the nearest person before it), the channel where named, an agency it came
 * through, and what was said: QUOTED when it is in quotation marks, REPORTED otherwise.
 */
export function findClaims(
  text: DraftText,
  lang: DraftLang,
  speakers: Speaker[],
  mentions: Mention[],
): ClaimCandidate[] {
  const words = text.words;
  const out: ClaimCandidate[] = [];
  const claimed: Stretch[] = [];
  for (let i = 0; i < words.length; i += 1) {
    const according = ACCORDING_TO[lang].find((phrase) => startsAt(words, i, phrase));
    const verb = !according && REPORTING_VERBS[lang].test(words[i].norm);
    if (!according && !verb) continue;
    const verbEnd = words[i + (according?.length ?? 1) - 1].end;
    if (claimed.some((c) => c.start <= words[i].start && words[i].start < c.end)) continue;
    const sentence = text.sentenceAt(words[i].start);
    const rest = text.text.slice(verbEnd, sentence.end);
    // What was said: a quotation after the verb, or the clause after it.
    let statement: Stretch | null = null;
    let mode: ClaimCandidate['mode'] = 'REPORTED';
    for (let offset = 0; !statement;) {
      const open = QUOTE_OPEN.exec(rest.slice(offset));
      if (!open) break;
      const from = verbEnd + offset + open.index + 1;
      const close = QUOTE_CLOSE[open[0]].exec(text.text.slice(from, sentence.end));
      const to = close ? from + close.index : sentence.end;
      // A name in quotation marks (وكالة «تاس») is not what was said.
      const length = text.wordsIn({ start: from, end: to }).length;
      const named = mentions.some((m) => m.start < to && from < m.end);
      if (to > from && length > 2 && !(named && length <= 3)) {
        statement = { start: from, end: to };
        mode = 'QUOTED';
      }
      offset = to + 1 - verbEnd;
    }
    const after = words.filter((w) => w.start >= verbEnd && w.end <= sentence.end);
    const complementizer = after.find((w) => COMPLEMENTIZERS[lang].includes(w.norm));
    if (!statement) {
      // "According to X, …", "وبحسب X، …": what was said follows the first comma.
      const comma = /[,،]/.exec(rest);
      const afterComma = comma ? after.find((w) => w.start > verbEnd + comma.index) : undefined;
      const from = complementizer?.end ?? afterComma?.start ?? after[0]?.start ?? verbEnd;
      statement = { start: from, end: sentence.end };
    }
    // The speaker: named between the verb and what was said, or before the verb in its sentence,
    // or in a sentence before (a pronoun's antecedent).
    const limit = mode === 'QUOTED' ? statement.start : (complementizer?.start ?? statement.start);
    const inWindow = (s: Speaker) => s.start >= verbEnd && s.end <= Math.max(limit, verbEnd);
    let speaker: Speaker | undefined;
    let speakerFrom: ClaimCandidate['speakerFrom'] = 'none';
    const beforeVerb = speakers.filter((s) => s.start >= sentence.start && s.end <= words[i].start);
    const unnamedWord = after
      .slice(0, 3)
      .find((w) => arabicForms(w.norm).some((f) => UNNAMED_SPEAKERS[lang].includes(f)));
    const verbFirst = lang === 'ar' || according;
    // "According to TASS": whoever is named right after it, a person or not.
    const source = according
      ? mentions.find(
          (m) =>
            m.ids.length === 1 &&
            m.start >= verbEnd &&
            SPEAKER_KINDS.includes(m.names[0].entity.kind) &&
            !text.text.slice(verbEnd, m.start).trim(),
        )
      : undefined;
    // "…, according to TASS." at a sentence's end: what was said is what comes before it.
    if (source && !/[\p{L}\p{N}]/u.test(text.text.slice(source.end, sentence.end))) {
      statement = { start: sentence.start, end: words[i].start };
      mode = 'REPORTED';
    }
    const afterVerb = source ? { ...source, id: source.ids[0] } : speakers.find(inWindow);
    if (verbFirst && afterVerb) [speaker, speakerFrom] = [afterVerb, 'after the verb'];
    else if (!verbFirst && beforeVerb.length > 0)
      [speaker, speakerFrom] = [beforeVerb[beforeVerb.length - 1], 'subject'];
    else if (afterVerb && !unnamedWord) [speaker, speakerFrom] = [afterVerb, 'after the verb'];
    else if (beforeVerb.length > 0 && !unnamedWord)
      [speaker, speakerFrom] = [beforeVerb[beforeVerb.length - 1], 'subject'];
    else if (unnamedWord) speakerFrom = 'unnamed';
    else {
      const earlier = speakers.filter((s) => s.end <= sentence.start);
      if (earlier.length > 0)
        [speaker, speakerFrom] = [earlier[earlier.length - 1], 'an earlier sentence'];
    }
    const between = { start: sentence.start, end: statement.start };
    const channel = findChannel(text, between);
    const via = findAgency(text, between, mentions);
    const start =
      speakerFrom === 'subject' && speaker
        ? Math.min(speaker.start, words[i].start)
        : Math.min(statement.start, words[i].start);
    const end = mode === 'QUOTED' ? Math.min(sentence.end, statement.end + 1) : sentence.end;
    const evidence = { start, end };
    claimed.push(evidence);
    out.push({
      evidence,
      verb: { start: words[i].start, end: verbEnd },
      speaker,
      speakerFrom,
      ...(unnamedWord && speakerFrom === 'unnamed'
        ? { unnamed: { start: unnamedWord.start, end: unnamedWord.end } }
        : {}),
      mode,
      statement,
      ...(channel ? { channel } : {}),
      ...(via ? { via } : {}),
    });
  }
  return out;
}

function findChannel(text: DraftText, within: Stretch): string | undefined {
  const indices = text.wordsIn(within);
  for (const { channel, words } of CHANNEL_WORDS)
    for (const i of indices)
      if (words.some((phrase) => startsAt(text.words, i, phrase))) return channel;
  return undefined;
}

function findAgency(text: DraftText, within: Stretch, mentions: Mention[]): Mention | undefined {
  for (const i of text.wordsIn(within)) {
    if (!AGENCY_WORDS.includes(text.words[i].norm)) continue;
    const word = text.words[i];
    const next = mentions.find(
      (m) =>
        m.ids.length === 1 &&
        m.names[0].entity.kind === 'Organization' &&
        ((m.start < word.end && word.start < m.end) ||
          (m.start >= word.end && m.start - word.end <= 3)),
    );
    if (next) return next;
  }
  return undefined;
}
