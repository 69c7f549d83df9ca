import type { Gazetteer } from '../../src/draft/gazetteer';
import type { DraftDossier } from '../../src/draft/draft-dossier';

/** A span in code points, end exclusive. */
export interface KeySpan {
  start: number;
  end: number;
}
export const overlaps = (a: KeySpan, b: KeySpan) => a.start < b.end && b.start < a.end;

/** Counts of one measure: what was proposed, what was right, what the key holds and was found. */
export interface Score {
  proposed: number;
  correct: number;
  key: number;
  found: number;
}
export const score = (): Score => ({ proposed: 0, correct: 0, key: 0, found: 0 });
export const precision = (s: Score) => (s.proposed === 0 ? 1 : s.correct / s.proposed);
export const recall = (s: Score) => (s.key === 0 ? 1 : s.found / s.key);
export function add(into: Score, s: Score): void {
  into.proposed += s.proposed;
  into.correct += s.correct;
  into.key += s.key;
  into.found += s.found;
}

type Json = Record<string, unknown>;
type Evidence = Array<{ start: number; end: number }>;

/** Linked mentions of a draft: (entity id, span) for every graph entity it names. */
export function linkedMentions(draft: DraftDossier, gazetteer: Gazetteer) {
  return draft.entities
    .filter((e) => gazetteer.entity(e.id as string))
    .flatMap((e) => (e.evidence as Evidence).map((s) => ({ id: e.id as string, ...s })));
}

/** New-entity candidates of a draft: entities it proposes that the graph does not hold. */
export function newCandidates(draft: DraftDossier, gazetteer: Gazetteer) {
  return draft.entities
    .filter((e) => !gazetteer.entity(e.id as string))
    .flatMap((e) => (e.evidence as Evidence).map((s) => ({ id: e.id as string, ...s })));
}

/** Scores a draft's claims against key claims: the right speaker and overlapping spans. */
export function claimScore(
  drafted: Json[],
  key: Array<{ speaker?: string; via?: string; evidence: KeySpan[] }>,
  /** Where the draft's new entities are named, and where the key's speakers are. */
  spans: { drafted?: Map<string, KeySpan[]>; key?: Map<string, KeySpan[]> } = {},
): Score {
  const s = score();
  s.proposed = drafted.length;
  s.key = key.length;
  // A speaker new to the graph has an id of the draft's making: right when it names the same
  // stretch of the text as the key's speaker.
  const sameSpeaker = (d: unknown, k: string) =>
    d === k ||
    (spans.drafted?.get(String(d)) ?? []).some((a) =>
      (spans.key?.get(k) ?? []).some((b) => overlaps(a, b)),
    );
  const same = (d: Json, k: (typeof key)[number]) =>
    (d.evidence as Evidence).some((e) => k.evidence.some((ke) => overlaps(e, ke))) &&
    (k.speaker ? sameSpeaker(d.speaker, k.speaker) : !d.speaker && (!k.via || d.via === k.via));
  s.correct = drafted.filter((d) => key.some((k) => same(d, k))).length;
  s.found = key.filter((k) => drafted.some((d) => same(d, k))).length;
  return s;
}
