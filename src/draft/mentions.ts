import type { DraftText, Stretch } from './draft-text';
import type { Gazetteer, GazetteerName, NameHit } from './gazetteer';

/** A stretch of the text that names an entity of the graph, or one of several (ambiguous). */
export interface Mention extends Stretch {
  /** Ids of the entities it may name: one, or the candidates of an ambiguous name. */
  ids: string[];
  names: GazetteerName[];
  /** The index of its first word in the text, and its number of words. */
  first: number;
  length: number;
  /** Whether it lies inside a longer name (Trump inside "Trump administration"). */
  nested: boolean;
}

/** Where a name starts in a word once `letters` prefix letters (and their marks) are passed. */
function afterPrefix(raw: string, letters: number): number {
  let at = 0;
  for (let n = 0; n < letters && at < raw.length; n += 1) {
    at += 1;
    while (at < raw.length && /\p{M}/u.test(raw[at])) at += 1;
  }
  return at;
}

function mentionOf(text: DraftText, hit: NameHit) {
  const { first, length, names } = hit;
  const ids = [...new Set(names.map((n) => n.entity.id))];
  const word = text.words[first];
  let end = text.words[first + length - 1].end;
  // A name written in quotation marks inside (وكالة «تاس») takes its closing mark.
  const written = text.text.slice(word.start, end);
  if (
    (written.match(/«/g) ?? []).length > (written.match(/»/g) ?? []).length &&
    text.text[end] === '»'
  )
    end += 1;
  return {
    start: word.start + afterPrefix(word.raw, hit.prefix),
    end,
    ids,
    names,
    first,
    length,
    nested: false,
  };
}

/**
 * Every mention of a graph entity in the text, longest name first: where names overlap, the
 * longer one wins, and names of other entities inside it are mentions too (nested). A name that
 * several entities share gives one mention listing them all, never a guess.
 */
export function findMentions(text: DraftText, gazetteer: Gazetteer): Mention[] {
  const out: Mention[] = [];
  const words = text.words;
  for (let i = 0; i < words.length;) {
    const hit = gazetteer.longestAt(words, i);
    if (!hit) {
      i += 1;
      continue;
    }
    const outer = mentionOf(text, hit);
    out.push(outer);
    for (let j = i; j < i + hit.length;) {
      const inner = gazetteer.longestAt(words, j, i + hit.length);
      const fresh =
        inner &&
        inner.length < hit.length &&
        inner.names.some((n) => !outer.ids.includes(n.entity.id));
      if (inner && fresh) {
        out.push({ ...mentionOf(text, inner), nested: true });
        j += inner.length;
      } else j += 1;
    }
    i += hit.length;
  }
  return [...out, ...coordinated(text, gazetteer, out)].sort((a, b) => a.start - b.start);
}

const AND = new Set(['and', 'и', 'та', 'і', 'й']);

/**
 * Names shared by coordination: "مفاوضون أوكرانيون وروس" names the Russian negotiators too
 * (head first, the conjunction attached), "Ukrainian and Russian negotiators" the Ukrainian ones
 * (head last). Found where a two-word name matched and its other word, put with the coordinated
 * one, is a name as well.
 */
function coordinated(text: DraftText, gazetteer: Gazetteer, found: Mention[]): Mention[] {
  const words = text.words;
  const out: Mention[] = [];
  const free = (k: number) => !found.some((m) => m.start < words[k].end && words[k].start < m.end);
  for (const m of found) {
    if (m.length !== 2 || m.nested) continue;
    const [head, other] = [words[m.first], words[m.first + 1]];
    const next = words[m.first + 2];
    if (next && next.norm.startsWith('و') && next.norm.length > 2 && free(m.first + 2)) {
      const pair = [head, { norm: next.norm.slice(1), raw: next.raw }];
      const hit = gazetteer.longestAt(pair, 0, 2);
      if (hit?.length === 2) {
        out.push(mentionOf(text, { ...hit, first: m.first + 2, length: 1, prefix: 1 }));
      }
    }
    const before = words[m.first - 2];
    if (before && AND.has(words[m.first - 1].norm) && free(m.first - 2)) {
      const hit = gazetteer.longestAt([before, other], 0, 2);
      if (hit?.length === 2) out.push(mentionOf(text, { ...hit, first: m.first - 2, length: 1 }));
    }
  }
  return out;
}
