import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config';
import { evaluateCorpus } from './draft/corpus-eval';
import { precision, recall, type Score } from './draft/draft-key';
import { evaluateSeed } from './draft/seed-eval';

/**
 * `npm run draft:eval`: drafts articles whose answer is known and reports, per language,
 * precision and recall of linked mentions, new-entity candidates, claims and dates. Writes the
 * report to bench/results/ and prints it.
 */
const { values } = parseArgs({
  options: {
    articles: { type: 'string', default: '1000' },
    'per-lang': { type: 'string', default: '50' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const articles = Number(values.articles);
const perLang = Number(values['per-lang']);
const seed = Number(values.seed);
const p = (s: Score) => precision(s).toFixed(3);
const r = (s: Score) => recall(s).toFixed(3);
const counts = (s: Score) => `${s.correct}/${s.proposed} · ${s.found}/${s.key}`;

const started = performance.now();
const lines: string[] = [];
const out = (line = '') => lines.push(line);
out(`# Draft quality (${new Date().toISOString().slice(0, 10)})`);
out();
out('## The seed, with its curated dossier as the key');
for (const s of evaluateSeed()) {
  out();
  out(`Language: ${s.lang}.`);
  out();
  out('| measure | precision | recall | right/proposed · found/key |');
  out('| --- | ---: | ---: | --- |');
  out(`| linked mentions (full graph) | ${p(s.linked)} | ${r(s.linked)} | ${counts(s.linked)} |`);
  out(
    `| new people (graph without the seed) | ${p(s.candidates)} | ${r(s.candidates)} | ${counts(s.candidates)} |`,
  );
  out(`| claims, right speaker and span | ${p(s.claims)} | ${r(s.claims)} | ${counts(s.claims)} |`);
  out();
  out(
    `Not judged, since they overlap no entity evidence of the dossier: ${s.linked.unjudged} linked mention(s), ${s.candidates.unjudged} new-name span(s).`,
  );
  out();
  out('| event | key | drafted | same bounds | how drafted |');
  out('| --- | --- | --- | --- | --- |');
  for (const e of s.events)
    out(`| ${e.id} | ${e.key} | ${e.drafted} | ${e.same ? 'yes' : 'no'} | ${e.note} |`);
}
out();
out(
  `## Generated articles: ${perLang} per language held out of ${articles} (generator seed ${seed})`,
);
out();
out(
  '| language | articles | linked P | linked R | new P | new R | claims P | claims R | dates P | dates R |',
);
out('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const c of evaluateCorpus(articles, perLang, seed))
  out(
    `| ${c.lang} | ${c.articles} | ${p(c.linked)} | ${r(c.linked)} | ${p(c.candidates)} | ${r(c.candidates)} | ${p(c.claims)} | ${r(c.claims)} | ${p(c.dates)} | ${r(c.dates)} |`,
  );
out();
out(`Drafted and scored in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
const report = lines.join('\n') + '\n';
const file =
  values.out ??
  path.join(
    PROJECT_ROOT,
    'bench',
    'results',
    `${new Date().toISOString().slice(0, 10)}-draft-eval.md`,
  );
fs.writeFileSync(file, report);
process.stdout.write(report);
console.error(`Written to ${path.relative(PROJECT_ROOT, file)}.`);
