/**
 * Cold plans: how long the first request of a wide selection takes on a freshly started server.
 *
 * For each root field, a document asking every field it reaches to --depth levels (see
 * wide-documents.ts). Before each document, Neo4j's query caches are cleared and a new Parley
 * process is started, so that neither Neo4j's plans nor Parley's compiled statements are warm;
 * then the document is sent twice, and both answers are timed. A document the limits refuse, or
 * an answer with errors, is reported as such and makes the run exit non-zero.
 *
 *   npm run bench:cold -- [--corpus seed|1e4|…] [--seed 1] [--depth 3] [--first 5] [--only search,…]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { loadConfig, PROJECT_ROOT } from '../src/config';
import { createDriver } from '../src/db/driver';
import { runProcess } from '../src/cli/run-process';
import { pickSubjects, type Subjects } from './questions';
import { benchTarget, ensureCorpus, ensureNeo4j } from './target';
import { wideDocument } from './wide-documents';
import { PARLEY_ENV, PARLEY_READY } from './systems/servers';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'seed' },
    seed: { type: 'string', default: '1' },
    depth: { type: 'string', default: '3' },
    first: { type: 'string', default: '5' },
    only: { type: 'string' },
    'keep-plans': { type: 'boolean', default: false },
  },
});
const target = benchTarget(values.corpus!, Number(values.seed));
const log = (line: string) => console.log(line);

/** Each root with its arguments filled in from the graph. */
const roots = (s: Subjects): Array<[string, string]> => [
  ['search', `(query: ${JSON.stringify(s.hubName)})`],
  ['entity', `(id: ${JSON.stringify(s.person)})`],
  ['node', `(id: ${JSON.stringify(s.hub)})`],
  ['nodes', `(ids: ${JSON.stringify([s.hub, s.person])})`],
  ['entities', '(first: 5)'],
  ['rounds', '(first: 5)'],
  ['events', '(first: 5)'],
  ['claims', '(first: 5)'],
  ['sources', '(first: 5)'],
  ['neighbourhood', `(id: ${JSON.stringify(s.person)})`],
  ['paths', `(from: ${JSON.stringify(s.person)}, to: ${JSON.stringify(s.otherHub)})`],
  ['timeline', `(involving: [${JSON.stringify(s.hub)}])`],
];

interface Timing {
  root: string;
  levels: number;
  bytes: number;
  firstMs: number;
  secondMs: number;
  statements: number | undefined;
  error?: string;
}

async function timed(base: string, query: string) {
  const started = performance.now();
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
    extensions?: { roundTrips?: number };
  };
  const ms = performance.now() - started;
  const error = body.errors?.length
    ? `${body.errors[0].extensions?.code}: ${body.errors[0].message.slice(0, 200)}`
    : undefined;
  return { ms, error, statements: body.extensions?.roundTrips };
}

/** Refusals by a limit, which the widest document search steps down from. */
const REFUSED = /^(PAYLOAD_TOO_LARGE|OPERATION_LIMIT_EXCEEDED):/;

/**
 * Clears Neo4j's query caches, starts a new Parley and sends it `query` twice: nothing either
 * holds from an earlier request (plans, compiled statements) helps the first answer.
 */
async function onColdServer(database: string, driver: Driver, query: string) {
  if (!values['keep-plans'])
    await driver.executeQuery('CALL db.clearQueryCaches()', {}, { database });
  const server = runProcess(process.execPath, ['dist/src/main.js'], {
    ...target.env,
    ...PARLEY_ENV,
  });
  try {
    const [, base] = await server.waitForLine(PARLEY_READY, 120000);
    const first = await timed(base, query);
    return [first, await timed(base, query)] as const;
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
}

async function main(): Promise<void> {
  await ensureNeo4j(target, log);
  const config = loadConfig({ ...process.env, ...target.env });
  const driver = createDriver(config);
  const timings: Timing[] = [];
  try {
    await ensureCorpus(target, driver, config.neo4j.database, log);
    const subjects = await pickSubjects(driver, config.neo4j.database);
    const schema = buildSchema(
      fs.readFileSync(path.join(PROJECT_ROOT, 'schema', 'schema.graphql'), 'utf8'),
    );
    const only = values.only?.split(',').map((name) => name.trim());
    for (const [root, args] of roots(subjects).filter(([r]) => !only || only.includes(r))) {
      // The widest document the limits accept: every field to --depth levels, or to fewer
      // when the server refuses that one as over a limit (before any database work).
      for (let levels = Number(values.depth); levels >= 1; levels -= 1) {
        const query = wideDocument(schema, root, args, {
          depth: levels,
          nestedFirst: Number(values.first),
        });
        const [first, second] = await onColdServer(config.neo4j.database, driver, query);
        if (REFUSED.test(first.error ?? '') && levels > 1) continue;
        const timing: Timing = {
          root,
          levels,
          bytes: Buffer.byteLength(query),
          firstMs: first.ms,
          secondMs: second.ms,
          statements: first.statements,
          error: first.error ?? second.error,
        };
        timings.push(timing);
        log(
          `${root} (depth ${levels}): ${timing.bytes} B, first ${first.ms.toFixed(0)} ms, second ${second.ms.toFixed(0)} ms, ${first.statements} statement(s)${timing.error ? `, ERROR ${timing.error}` : ''}`,
        );
        break;
      }
    }
  } finally {
    await driver.close();
  }
  const worst = timings.reduce((a, b) => (b.firstMs > a.firstMs ? b : a), timings[0]);
  const table =
    `| root | depth | document | first | second | statements |\n|---|---:|---:|---:|---:|---:|\n` +
    timings
      .map(
        (t) =>
          `| ${t.root} | ${t.levels} | ${t.bytes} B | ${t.error ? 'error' : `${t.firstMs.toFixed(0)} ms`} | ${t.secondMs.toFixed(0)} ms | ${t.statements ?? '?'} |`,
      )
      .join('\n') +
    `\n\nSlowest first answer: ${worst?.root} in ${worst?.firstMs.toFixed(0)} ms (at most ${values.depth} levels, nested lists first: ${values.first}).\n`;
  log(`\n${table}`);
  const name = `${new Date().toISOString().slice(0, 10)}-${target.label}-cold`;
  const dir = path.join(PROJECT_ROOT, 'bench', 'results');
  fs.writeFileSync(
    path.join(dir, `${name}.json`),
    JSON.stringify({ settings: values, timings }, null, 2),
  );
  fs.writeFileSync(path.join(dir, `${name}.md`), `# Cold plans, ${target.label}\n\n${table}`);
  log(`Written: bench/results/${name}.json, .md`);
  if (timings.some((t) => t.error)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
