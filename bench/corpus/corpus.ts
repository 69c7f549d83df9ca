import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';
import { type Article, generateArticle } from './article';
import { Disagreements } from './disagreements';
import { Sourcing } from './sourcing';
import { Random } from './random';
import { World } from './world';

/** What a generated corpus holds; written beside it as manifest.json. */
export interface CorpusManifest {
  generator: number;
  seed: number;
  targetNodes: number;
  sources: number;
  nodes: number;
  evidence: number;
  entitiesEventsClaims: number;
  /** The analyst's grades and dependences, one node each. */
  assessments: number;
  relationships: number;
  languages: Record<string, number>;
  /** Sources that copy the article before them in another outlet (see Sourcing). */
  copies: number;
  /** Disagreements planted, by aspect; each is listed with its dossier in planted.json. */
  planted: Record<string, number>;
  elapsedMs: number;
}

// Bump when the generator's output changes, so that a stale corpus on disk is made anew.
export const GENERATOR_VERSION = 3;
const NODES_PER_ARTICLE_GUESS = 30;

/** Sizes by name, as `--corpus` and `--nodes` take them: 1e4, 1e5, 1e6 or a plain number. */
export function parseSize(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 50 || n > 5e6 || !Number.isInteger(n))
    throw new Error(
      `"${value}" is not a corpus size (a whole number of nodes, 50 to 5e6, e.g. 1e5)`,
    );
  return n;
}

/** "1e5" for 100000, else the number. */
export function sizeLabel(nodes: number): string {
  return Number.isInteger(Math.log10(nodes)) ? `1e${Math.log10(nodes)}` : String(nodes);
}

export function corpusDir(nodes: number, seed: number): string {
  return path.join(PROJECT_ROOT, '.corpus', `${sizeLabel(nodes)}-seed${seed}`);
}

export function readManifest(dir: string): CorpusManifest | undefined {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    return manifest.generator === GENERATOR_VERSION ? manifest : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Writes a corpus of at least `nodes` graph nodes (sources, evidence spans, entities, events,
 * claims and assessments, as ingest will create them) into `dir`: source texts in sources/, one
 * dossier per source in dossiers/ (JSON, in the same schema as seed/dossiers/), the disagreements
 * planted in planted.json, and manifest.json last.
 */
export function generateCorpus(
  nodes: number,
  seed: number,
  dir: string,
  progress: (line: string) => void = () => undefined,
): CorpusManifest {
  const started = Date.now();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'sources'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'dossiers'), { recursive: true });
  const random = new Random(seed);
  const world = new World(random, Math.ceil(nodes / NODES_PER_ARTICLE_GUESS));
  const ids = new Set<string>();
  const languages: Record<string, number> = {};
  let sources = 0;
  let evidence = 0;
  let relationships = 0;
  const count = () => sources + evidence + ids.size;
  const corpusKey = `${sizeLabel(nodes)}s${seed}`;
  const sourcing = new Sourcing(seed, corpusKey);
  const disagreements = new Disagreements(seed);
  let last: Article | undefined;
  while (count() < nodes) {
    const article =
      last && sourcing.copyNext()
        ? sourcing.copy(last, sources + 1)
        : (last = sourcing.publish(
            generateArticle(world, random, sources + 1, corpusKey, disagreements),
          ));
    fs.writeFileSync(
      path.join(dir, 'sources', `${article.name}.${article.lang}.txt`),
      article.text,
    );
    fs.writeFileSync(
      path.join(dir, 'dossiers', `${article.name}.json`),
      JSON.stringify(article.dossier),
    );
    sources += 1;
    evidence += article.evidenceSpans;
    relationships += article.relationships;
    languages[article.lang] = (languages[article.lang] ?? 0) + 1;
    for (const id of article.nodeIds) ids.add(id);
    ids.add((article.dossier.sources as Array<{ outlet: string }>)[0].outlet);
    if (sources % 1000 === 0) progress(`  ${sources} sources, ${count()} of ${nodes} nodes`);
  }
  // The analyst's dossier, loaded with the rest (last, in name order: its dependences then
  // recount what the dependent outlets' sources state).
  const analysts = sourcing.assessments();
  fs.writeFileSync(path.join(dir, 'sources', `${analysts.name}.en.txt`), analysts.text);
  fs.writeFileSync(
    path.join(dir, 'dossiers', `${analysts.name}.json`),
    JSON.stringify(analysts.dossier),
  );
  sources += 1;
  for (const entity of analysts.dossier.entities as Array<{ id: string }>) ids.add(entity.id);
  const assessments = analysts.assessments;
  const manifest: CorpusManifest = {
    generator: GENERATOR_VERSION,
    seed,
    targetNodes: nodes,
    sources,
    nodes: count() + assessments,
    evidence,
    entitiesEventsClaims: ids.size,
    assessments,
    relationships,
    languages,
    copies: sourcing.copies,
    planted: disagreements.counts(),
    elapsedMs: Date.now() - started,
  };
  fs.writeFileSync(path.join(dir, 'planted.json'), JSON.stringify(disagreements.planted, null, 1));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}
