import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { importBrat } from '../draft/formats/brat';
import { OFFSET_UNITS, type OffsetUnit } from '../draft/formats/offset-units';
import { exportWebAnnotation } from '../draft/formats/web-annotation';
import { importWebAnnotation } from '../draft/formats/web-annotation-import';
import { gazetteerFromGraph } from '../draft/graph-gazetteer';
import { readDossiers } from '../ingest/dossier-loader';
import { validateDossiers } from '../ingest/dossier-validator';
import { dossierYaml } from '../ingest/dossier-yaml';
import { isoDateArg, runCli } from './run-cli';

const USAGE =
  'usage: npm run dossier:import -- <annotations.ann|annotations.jsonld> --text <article.txt> ' +
  '--lang <code> --published YYYY-MM-DD [--dossier <id>] [--unit code-points|utf16] [--out dossier.yaml]\n' +
  '       npm run dossier:export -- <dossier.yaml> [--unit code-points|utf16] [--out annotations.jsonld]';

/**
 * `npm run dossier:import`: brat standoff (`.ann`) or W3C Web Annotation (JSON-LD) as a draft
 * dossier, every quote checked against the article (ids the graph knows get their names from
 * it). `npm run dossier:export`: a valid dossier as W3C Web Annotation.
 */
runCli(async () => {
  const [command, ...rest] = process.argv.slice(2);
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      text: { type: 'string' },
      lang: { type: 'string' },
      published: { type: 'string' },
      dossier: { type: 'string' },
      unit: { type: 'string' },
      out: { type: 'string' },
    },
    allowPositionals: true,
  });
  const [input] = positionals;
  const unit = values.unit as OffsetUnit | undefined;
  if (!input || positionals.length > 1) throw new Error(USAGE);
  if (unit && !OFFSET_UNITS.includes(unit))
    throw new Error(`--unit is one of ${OFFSET_UNITS.join(', ')}`);
  const write = (content: string) =>
    values.out ? fs.writeFileSync(values.out, content) : process.stdout.write(content);

  if (command === 'export') {
    const { dossiers, problems } = readDossiers([input]);
    const validated = validateDossiers(dossiers, problems);
    const [{ dossier }] = validated.dossiers;
    const texts = new Map([...validated.sources].map(([id, s]) => [id, s.text.text]));
    write(JSON.stringify(exportWebAnnotation(dossier, { texts, unit }), null, 2) + '\n');
    return;
  }
  if (command !== 'import' || !values.text || !values.lang || !values.published)
    throw new Error(USAGE);
  const out = values.out ? path.dirname(path.resolve(values.out)) : process.cwd();
  const source = {
    text: fs.readFileSync(values.text, 'utf8'),
    lang: values.lang,
    publishedOn: isoDateArg(values.published, '--published'),
    file: path.relative(out, path.resolve(values.text)),
    dossierId:
      values.dossier ??
      path
        .basename(input)
        .replace(/\..*$/, '')
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-'),
  };
  const config = loadConfig();
  const driver = await connectDatabase(config);
  try {
    const gazetteer = await gazetteerFromGraph(driver, config.neo4j.database);
    const known = (id: string) => gazetteer.entity(id);
    const content = fs.readFileSync(input, 'utf8');
    const draft = input.endsWith('.ann')
      ? importBrat(content, source, known, input)
      : importWebAnnotation(JSON.parse(content), { source, unit, known, file: input });
    write(dossierYaml(draft));
  } finally {
    await driver.close();
  }
});
