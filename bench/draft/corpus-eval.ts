import { generateArticle, type Article } from '../corpus/article';
import { Random } from '../corpus/random';
import { World } from '../corpus/world';
import { draftDossier } from '../../src/draft/draft-dossier';
import { Gazetteer } from '../../src/draft/gazetteer';
import { DossierSchema, type Dossier } from '../../src/ingest/dossier.schema';
import { entitiesOf } from './seed-eval';
import {
  add,
  claimScore,
  linkedMentions,
  newCandidates,
  overlaps,
  score,
  type Score,
} from './draft-key';

export interface CorpusResult {
  lang: string;
  articles: number;
  linked: Score;
  candidates: Score;
  claims: Score;
  dates: Score;
}

/**
 * Generated articles whose every mention is known: `perLang` per language are held out, and the
 * gazetteer is the corpus graph without them (the entities and names of every other article).
 * A held-out article's mentions of entities that graph holds are the linking key; its mentions of
 * the others, the new-entity key.
 */
export function evaluateCorpus(articles: number, perLang: number, seed: number): CorpusResult[] {
  const random = new Random(seed);
  const world = new World(random, articles);
  const all: Article[] = [];
  for (let i = 1; i <= articles; i += 1) all.push(generateArticle(world, random, i, `eval${seed}`));
  const heldOut = new Set<Article>();
  const taken: Record<string, number> = {};
  for (const article of [...all].reverse()) {
    if ((taken[article.lang] ?? 0) >= perLang) continue;
    taken[article.lang] = (taken[article.lang] ?? 0) + 1;
    heldOut.add(article);
  }
  const graph = new Gazetteer(
    entitiesOf(all.filter((a) => !heldOut.has(a)).map((a) => DossierSchema.parse(a.dossier))),
  );
  const results = new Map<string, CorpusResult>();
  for (const article of heldOut) {
    const result = results.get(article.lang) ?? {
      lang: article.lang,
      articles: 0,
      linked: score(),
      candidates: score(),
      claims: score(),
      dates: score(),
    };
    results.set(article.lang, result);
    result.articles += 1;
    const dossier = DossierSchema.parse(article.dossier);
    const source = dossier.sources[0];
    const draft = draftDossier(
      {
        text: article.text,
        lang: article.lang,
        publishedOn: source.publishedOn,
        file: source.file,
      },
      graph,
    );
    const mentions = withNested(article, dossier);
    const known = mentions.filter((m) => graph.entity(m.id));
    const unknown = mentions.filter((m) => !graph.entity(m.id));

    const linked = score();
    const drafted = linkedMentions(draft, graph);
    linked.proposed = drafted.length;
    linked.correct = drafted.filter((d) =>
      known.some((k) => k.id === d.id && overlaps(k, d)),
    ).length;
    linked.key = known.length;
    linked.found = known.filter((k) => drafted.some((d) => d.id === k.id && overlaps(k, d))).length;
    add(result.linked, linked);

    const candidates = score();
    const proposed = newCandidates(draft, graph);
    const newIds = [...new Set(unknown.map((m) => m.id))];
    candidates.proposed = proposed.length;
    candidates.correct = proposed.filter((c) => unknown.some((k) => overlaps(k, c))).length;
    candidates.key = newIds.length;
    candidates.found = newIds.filter((id) =>
      unknown.some((k) => k.id === id && proposed.some((c) => overlaps(k, c))),
    ).length;
    add(result.candidates, candidates);

    const spansOf = (list: Array<{ id: string; start: number; end: number }>) => {
      const map = new Map<string, Array<{ start: number; end: number }>>();
      for (const m of list) map.set(m.id, [...(map.get(m.id) ?? []), m]);
      return map;
    };
    add(
      result.claims,
      claimScore(
        draft.claims,
        dossier.claims.map((c) => ({ speaker: c.speaker?.id, evidence: c.evidence })),
        { drafted: spansOf(proposed), key: spansOf(unknown) },
      ),
    );

    // Dates: a drafted date inside an event's evidence with the start the key gives.
    const dates = score();
    const drafts = draft.drafts.dates as Array<{
      start: number;
      end: number;
      date: { start?: string };
    }>;
    dates.proposed = drafts.length;
    dates.key = dossier.events.length;
    for (const e of dossier.events) {
      const inside = drafts.filter((d) =>
        e.evidence.some((s) => d.start >= s.start && d.end <= s.end),
      );
      if (inside.some((d) => d.date.start === e.date.start)) dates.found += 1;
    }
    dates.correct = drafts.filter((d) =>
      dossier.events.some(
        (e) =>
          d.date.start === e.date.start &&
          e.evidence.some((s) => d.start >= s.start && d.end <= s.end),
      ),
    ).length;
    add(result.dates, dates);
  }
  return [...results.values()].sort((a, b) => a.lang.localeCompare(b.lang));
}

/**
 * The article's mentions, with the names written inside other names ("Foreign Ministry of
 * Zamiria" names Zamiria too): every name of an entity of the article, in its language, found as
 * whole words inside another entity's mention.
 */
function withNested(article: Article, dossier: Dossier): Article['mentions'] {
  const points = Array.from(article.text);
  const out = [...article.mentions];
  for (const m of article.mentions) {
    const inside = points.slice(m.start, m.end).join('');
    for (const e of dossier.entities) {
      if (e.id === m.id) continue;
      const names = [
        e.names[article.lang],
        ...e.aliases.filter((a) => a.lang === article.lang).map((a) => a.value),
      ];
      for (const name of names) {
        if (!name) continue;
        const at = new RegExp(
          `(?<![\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
          'u',
        ).exec(inside);
        if (!at) continue;
        const start = m.start + Array.from(inside.slice(0, at.index)).length;
        out.push({ id: e.id, start, end: start + Array.from(name).length });
        break;
      }
    }
  }
  return out;
}
