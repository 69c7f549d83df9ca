import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/config';
import { eventDateFrom, findDates, findDurations } from '../../src/draft/dates';
import { draftDossier } from '../../src/draft/draft-dossier';
import { DraftText } from '../../src/draft/draft-text';
import { Gazetteer, type GazetteerEntity } from '../../src/draft/gazetteer';
import type { DraftLang } from '../../src/draft/lexicon';
import { DossierSchema, type Dossier } from '../../src/ingest/dossier.schema';
import {
  claimScore,
  linkedMentions,
  newCandidates,
  overlaps,
  score,
  type KeySpan,
  type Score,
} from './draft-key';

/** The seed's dossiers with their texts: each is an article whose answer is known. */
export function seedArticles(): Array<{ dossier: Dossier; text: string }> {
  const dir = path.join(PROJECT_ROOT, 'seed', 'dossiers');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const dossier = DossierSchema.parse(parse(fs.readFileSync(path.join(dir, f), 'utf8')));
      const text = fs.readFileSync(path.resolve(dir, dossier.sources[0].file), 'utf8');
      return { dossier, text };
    });
}

/** The entities of dossiers as a graph built from them holds them: names and aliases. */
export function entitiesOf(dossiers: Dossier[]): GazetteerEntity[] {
  const byId = new Map<string, GazetteerEntity>();
  for (const d of dossiers)
    for (const e of d.entities) {
      const known = byId.get(e.id) ?? { id: e.id, kind: e.kind, names: {}, aliases: [] };
      Object.assign(known.names, e.names);
      known.aliases.push(...e.aliases.map((a) => ({ lang: a.lang, value: a.value })));
      byId.set(e.id, known);
    }
  return [...byId.values()];
}

export interface SeedResult {
  lang: string;
  linked: Score & { unjudged: number };
  candidates: Score & { unjudged: number };
  claims: Score;
  events: Array<{ id: string; key: string; drafted: string; same: boolean; note: string }>;
}

const bounds = (d: { start?: string; end?: string; precision: string }) =>
  `${d.start ?? '…'} to ${d.end ?? '…'} (${d.precision})`;

/**
 * The seed drafted against the full graph (linking, claims, dates) and against a graph without
 * it (new-entity candidates), with its curated dossier as the key.
 *
 * The dossier cites where each entity is named, not every mention, so linked mentions are judged
 * this way: recall over the dossier's evidence spans of entities (found when a drafted mention of
 * the same entity overlaps one); precision over drafted mentions the dossier speaks to: right
 * when one overlaps an evidence span of the same entity, wrong when it covers at least half of a
 * span cited for another entity; the others are counted as unjudged.
 */
export function evaluateSeed(): SeedResult[] {
  return seedArticles().map(({ dossier, text }) => {
    const source = dossier.sources[0];
    const lang = source.language as DraftLang;
    const input = { text, lang, publishedOn: source.publishedOn, file: source.file };
    const full = new Gazetteer(entitiesOf([dossier]));
    const draft = draftDossier(input, full);
    const keySpans = dossier.entities.flatMap((e) => e.evidence.map((s) => ({ id: e.id, ...s })));

    const linked = { ...score(), unjudged: 0 };
    const drafted = linkedMentions(draft, full);
    linked.proposed = drafted.length;
    for (const m of drafted) {
      // Wrong when it covers most of a span the dossier cites for another entity.
      const tight = (k: KeySpan) =>
        Math.min(k.end, m.end) - Math.max(k.start, m.start) >= (k.end - k.start) / 2;
      if (keySpans.some((k) => k.id === m.id && overlaps(k, m))) linked.correct += 1;
      else if (!keySpans.some((k) => k.id !== m.id && overlaps(k, m) && tight(k)))
        linked.unjudged += 1;
    }
    linked.proposed -= linked.unjudged;
    linked.key = keySpans.length;
    linked.found = keySpans.filter((k) =>
      drafted.some((m) => m.id === k.id && overlaps(k, m)),
    ).length;

    // Against a graph without the seed, every name is new: how many of its people are proposed.
    const empty = draftDossier(input, new Gazetteer([]));
    const proposed = newCandidates(empty, new Gazetteer([]));
    const people = dossier.entities.filter((e) => e.kind === 'Person');
    // Judged as linked mentions are: a candidate overlapping no entity span is not judged.
    const candidates = { ...score(), unjudged: 0 };
    candidates.correct = proposed.filter((c) => keySpans.some((k) => overlaps(k, c))).length;
    candidates.unjudged = proposed.length - candidates.correct;
    candidates.proposed = candidates.correct;
    candidates.key = people.length;
    candidates.found = people.filter((p) =>
      p.evidence.some((s) => proposed.some((c) => overlaps(c, s))),
    ).length;

    const claims = claimScore(
      draft.claims,
      dossier.claims
        .filter((c) => c.mode !== 'NARRATED')
        .map((c) => ({ speaker: c.speaker?.id, via: c.via?.id, evidence: c.evidence })),
    );

    const article = new DraftText(text);
    const dates = findDates(article, lang, source.publishedOn);
    const durations = findDurations(article, lang);
    const events = dossier.events.map((e) => {
      const spans = e.evidence.map((s) => ({
        start: article.codePoints.unit(s.start),
        end: article.codePoints.unit(s.end),
      }));
      const within = <T extends { start: number; end: number }>(list: T[]) =>
        list.filter((d) => spans.some((s) => d.start >= s.start && d.end <= s.end));
      const date = eventDateFrom(within(dates), within(durations), source.publishedOn);
      return {
        id: e.id,
        key: bounds(e.date),
        drafted: bounds(date),
        same: e.date.start === date.start && e.date.end === date.end,
        note: date.note,
      };
    });
    return { lang, linked, candidates, claims, events };
  });
}
