import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { draftDossier } from '../draft/draft-dossier';
import { gazetteerFromGraph } from '../draft/graph-gazetteer';
import { DRAFT_LANGS, type DraftLang } from '../draft/lexicon';
import { dossierYaml } from '../ingest/dossier-yaml';
import { isoDateArg, runCli } from './run-cli';

const USAGE =
  'usage: npm run dossier:draft -- <article.txt> --lang ar|en|ru|uk --published YYYY-MM-DD ' +
  '[--title T] [--out dossier.yaml]';

/**
 * `npm run dossier:draft`: drafts a dossier from an article against the graph's names. Every
 * item it writes is marked `draft`, so ingest refuses the dossier until a curator has reviewed
 * each one (in /curate, or by editing the YAML).
 */
runCli(async () => {
  const { values, positionals } = parseArgs({
    options: {
      lang: { type: 'string' },
      published: { type: 'string' },
      title: { type: 'string' },
      out: { type: 'string' },
    },
    allowPositionals: true,
  });
  const [article] = positionals;
  const lang = values.lang as DraftLang | undefined;
  if (!article || positionals.length > 1 || !lang || !values.published) throw new Error(USAGE);
  if (!DRAFT_LANGS.includes(lang)) throw new Error(`--lang is one of ${DRAFT_LANGS.join(', ')}`);
  const publishedOn = isoDateArg(values.published, '--published');
  const text = fs.readFileSync(article, 'utf8');
  const config = loadConfig();
  const driver = await connectDatabase(config);
  try {
    const started = performance.now();
    const gazetteer = await gazetteerFromGraph(driver, config.neo4j.database);
    const built = performance.now();
    const file = values.out
      ? path.relative(path.dirname(path.resolve(values.out)), path.resolve(article))
      : article;
    const draft = draftDossier({ text, lang, publishedOn, file, title: values.title }, gazetteer);
    const drafted = performance.now();
    const yaml = dossierYaml(draft);
    if (values.out) fs.writeFileSync(values.out, yaml);
    else process.stdout.write(yaml);
    console.error(
      `Gazetteer: ${gazetteer.size} entities in ${Math.round(built - started)} ms; ` +
        `drafted ${draft.entities.length} entities, ${draft.claims.length} claims, ` +
        `${draft.relationships.length} roles, ${draft.drafts.dates.length} dates, ` +
        `${draft.drafts.mentions.length} ambiguous names in ${Math.round(drafted - built)} ms.`,
    );
  } finally {
    await driver.close();
  }
});
