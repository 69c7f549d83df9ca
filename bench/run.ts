/**
 * `npm run bench -- --corpus seed|1e4|1e5|1e6 [--duration 10] [--connections 10] [--rounds 3]`
 *
 * Parley side by side with a raw-Cypher server (the floor) and @neo4j/graphql 7 (the nearest
 * peer), on one Neo4j of the bench's own, in one run. It loads the corpus if it is absent (through
 * the real ingest CLI), checks that every system gives the same facts for every question, then
 * drives them with autocannon on loopback, interleaved: question by question, raw, @neo4j/graphql,
 * Parley, raw, ... for `--rounds` slices. `--duration` is the seconds each system gets on each
 * question in each phase: first at `--connections`, then at 1 connection. `--mix 60` then gives
 * each system 60 s at `--connections` on every question in turn (each connection sends them one
 * after another), recording errors, latencies and the server's peak RSS. Results go to
 * bench/results/<date>-<corpus>[-<tag>].json and .md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, PROJECT_ROOT } from '../src/config';
import { createDriver } from '../src/db/driver';
import { applySchema } from '../src/db/schema-applier';
import { drive, emptyMeasurement, Measurement, rssMb, rssPeak, waitForIdle } from './measure';
import { buildQuestions, pickSubjects, Question } from './questions';
import { BenchRun, writeReport } from './report';
import { checkFacts, Server, startServers } from './systems/servers';
import { benchTarget, ensureCorpus, ensureNeo4j, stopNeo4j } from './target';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'seed' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '2' },
    mix: { type: 'string', default: '0' },
    seed: { type: 'string', default: '1' },
    'stop-neo4j': { type: 'boolean', default: false },
    tag: { type: 'string' },
    // Comma-separated question names: a quicker run of the questions a change touches.
    only: { type: 'string' },
    // A checkout of another version of Parley, built (`npm ci && npm run build` there): timed as
    // a fourth system, interleaved with the others, to compare two versions in one run.
    baseline: { type: 'string' },
  },
});
const bounded = (value: string | undefined, name: string, min: number, max: number) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new Error(`--${name} takes ${min} to ${max}`);
  return n;
};
const seed = bounded(values.seed, 'seed', 1, 1e9);
const duration = bounded(values.duration, 'duration', 1, 600);
const connections = bounded(values.connections, 'connections', 1, 100);
const rounds = bounded(values.rounds, 'rounds', 1, 20);
const warmup = bounded(values.warmup, 'warmup', 0, 60);
const mix = bounded(values.mix, 'mix', 0, 600);

const baseline = values.baseline && path.resolve(values.baseline);
if (baseline && !fs.existsSync(path.join(baseline, 'dist', 'src', 'main.js')))
  throw new Error(
    `--baseline: no dist/src/main.js in ${baseline}; run npm ci && npm run build there`,
  );

const target = benchTarget(values.corpus!, seed);
const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const started = new Date();
  await ensureNeo4j(target, log);
  const config = loadConfig({ ...process.env, ...target.env });
  const driver = createDriver(config);
  let servers: Server[] = [];
  try {
    await applySchema(driver, config.neo4j.database);
    const load = await ensureCorpus(target, driver, config.neo4j.database, log);
    const subjects = await pickSubjects(driver, config.neo4j.database);
    const versions = await driver.executeQuery(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
      {},
      { database: 'system' },
    );
    const counts = await driver.executeQuery(
      'MATCH (n) RETURN count(n) AS nodes',
      {},
      { database: config.neo4j.database },
    );
    log(`Subjects: ${JSON.stringify(subjects)}`);

    servers = await startServers(target.env, log, baseline);
    const only = values.only?.split(',').map((name) => name.trim());
    const questions = buildQuestions(subjects).filter((q) => !only || only.includes(q.name));
    if (questions.length === 0) throw new Error(`--only names no question: ${values.only}`);
    log('Checking that every system gives the same facts ...');
    const checks = await checkFacts(servers, questions, log);
    const timed = (question: Question, server: Server) =>
      !(server.name in checks[question.name].failed);

    if (warmup > 0) {
      log(`Warm-up: ${warmup} s per system and question (not reported) ...`);
      for (const question of questions)
        for (const server of servers.filter((x) => timed(question, x)))
          await drive(
            server.base,
            question.requests[server.asks],
            connections,
            warmup,
            emptyMeasurement(),
          ).then(() => waitForIdle(driver));
    }
    const rss: Record<string, { before: number; after: number }> = {};
    for (const server of servers)
      rss[server.name] = { before: rssMb(server.process.child.pid!), after: 0 };

    // autocannon takes fractions of a second, so each system gets exactly --duration per question.
    const slice = duration / rounds;
    const phases: Array<{
      connections: number;
      results: Record<string, Record<string, Measurement>>;
    }> = [];
    for (const phaseConnections of connections === 1 ? [1] : [connections, 1]) {
      const results: Record<string, Record<string, Measurement>> = {};
      for (const question of questions) {
        results[question.name] = {};
        for (const server of servers) results[question.name][server.name] = emptyMeasurement();
      }
      log(
        `Phase: ${phaseConnections} connection(s), ${rounds} round(s) of ${Number(slice.toFixed(2))} s per system and question, interleaved ...`,
      );
      let settled = 0;
      for (let round = 1; round <= rounds; round += 1) {
        for (const question of questions)
          for (const server of servers.filter((x) => timed(question, x)))
            await drive(
              server.base,
              question.requests[server.asks],
              phaseConnections,
              slice,
              results[question.name][server.name],
            ).then(async () => (settled += await waitForIdle(driver)));
        log(
          `  round ${round}/${rounds} done (${(settled / 1000).toFixed(1)} s so far waiting for Neo4j to go idle between slices)`,
        );
      }
      phases.push({ connections: phaseConnections, results });
    }
    for (const server of servers) rss[server.name].after = rssMb(server.process.child.pid!);

    // The mix: every question in turn on each connection, one system after another, with the
    // server's memory sampled throughout. Only questions every system answers alike are sent.
    const mixed: NonNullable<BenchRun['mix']> = { seconds: mix, connections, results: {} };
    if (mix > 0) {
      const agreed = questions.filter((question) => servers.every((x) => timed(question, x)));
      log(
        `Mix: ${mix} s per system at ${connections} connection(s), ${agreed.length} questions in turn ...`,
      );
      for (const server of servers) {
        const measurement = emptyMeasurement();
        const peak = rssPeak(server.process.child.pid!);
        await drive(
          server.base,
          agreed.map((question) => question.requests[server.asks]),
          connections,
          mix,
          measurement,
        );
        mixed.results[server.name] = { ...measurement, rssPeakMb: peak() };
        await waitForIdle(driver);
      }
    }

    const files = writeReport({
      date: started.toISOString(),
      corpus: target.label,
      tag: values.tag && /^[a-z0-9-]{1,40}$/.test(values.tag) ? values.tag : undefined,
      graphNodes: Number(counts.records[0].get('nodes')),
      load,
      machine: {
        cores: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? 'unknown',
        memoryGb: Math.round(os.totalmem() / 2 ** 30),
        node: process.version,
        neo4j: versions.records
          .map((r) => `${r.get('name')} ${r.get('version')} ${r.get('edition')}`)
          .join(', '),
        neo4jHeap: target.external ? 'external' : target.neo4j.heap,
        neo4jPageCache: target.external ? 'external' : target.neo4j.pagecache,
      },
      settings: { duration, rounds, slice, connections, warmup },
      subjects,
      checks,
      phases,
      rss,
      mix: mix > 0 ? mixed : undefined,
      systems: servers.map((server) => server.name),
    });
    log(`\n${fs.readFileSync(files.md, 'utf8')}`);
    log(
      `Written: ${path.relative(PROJECT_ROOT, files.json)}, ${path.relative(PROJECT_ROOT, files.md)}`,
    );
  } finally {
    for (const server of servers) server.process.child.kill('SIGTERM');
    await Promise.all(servers.map((s) => s.process.exited));
    await driver.close();
    if (values['stop-neo4j']) await stopNeo4j(target);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
