/**
 * `npm run bench -- --corpus seed|1e4|1e5|1e6 [--duration 10] [--connections 10] [--rounds 3]`
 *
 * Parley side by side with a raw-Cypher server (the floor) and @neo4j/graphql 7 (the nearest
 * peer), on one Neo4j of the bench's own, in one run. It loads the corpus if it is absent (through
 * the real ingest CLI), checks that every system gives the same facts for every question, then
 * drives them with autocannon on loopback, interleaved: question by question, raw, @neo4j/graphql,
 * Parley, raw, ... for `--rounds` slices. `--duration` is the seconds each system gets on each
 * question in each phase: first at `--connections`, then at 1 connection. Results go to
 * bench/results/<date>-<corpus>.json and .md.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { runProcess, RunningProcess } from '../src/cli/run-process';
import { LOCAL_NEO4J_DEFAULT_PASSWORD, loadConfig, PROJECT_ROOT } from '../src/config';
import { createDriver } from '../src/db/driver';
import { runningPid, startLocalNeo4j, stopLocalNeo4j } from '../src/db/local-neo4j';
import { applySchema } from '../src/db/schema-applier';
import { corpusDir, generateCorpus, parseSize, readManifest } from './corpus/corpus';
import { drive, emptyMeasurement, Measurement, rssMb, waitForIdle } from './measure';
import {
  buildQuestions,
  PICK_SUBJECTS,
  Question,
  Subjects,
  SYSTEMS,
  SystemName,
} from './questions';
import { writeReport } from './report';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: 'seed' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '2' },
    seed: { type: 'string', default: '1' },
    'stop-neo4j': { type: 'boolean', default: false },
  },
});
const bounded = (value: string | undefined, name: string, min: number, max: number) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max)
    throw new Error(`--${name} takes ${min} to ${max}`);
  return n;
};
const corpus = values.corpus!;
const nodes = corpus === 'seed' ? 0 : parseSize(corpus);
const seed = bounded(values.seed, 'seed', 1, 1e9);
const duration = bounded(values.duration, 'duration', 1, 600);
const connections = bounded(values.connections, 'connections', 1, 100);
const rounds = bounded(values.rounds, 'rounds', 1, 20);
const warmup = bounded(values.warmup, 'warmup', 0, 60);

// Neo4j sized for the corpus: the store of 1e6 nodes is about 1.5 GB and should fit in the cache.
const MEMORY = {
  heap: nodes >= 1e6 ? '2g' : '1g',
  pagecache: nodes >= 1e6 ? '3g' : nodes >= 1e5 ? '1g' : '256m',
};
const label = corpus === 'seed' ? 'seed' : `${corpus}-seed${seed}`;
const neo4jSettings = {
  port: Number(process.env.BENCH_NEO4J_PORT ?? 7694),
  dir: path.join(PROJECT_ROOT, '.neo4j', `bench-${label}`),
  ...MEMORY,
};
const external = process.env.NEO4J_URI;
const env = {
  NEO4J_URI: external ?? `bolt://127.0.0.1:${neo4jSettings.port}`,
  NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? LOCAL_NEO4J_DEFAULT_PASSWORD,
  NEO4J_QUERY_TIMEOUT_MS: '60000',
};
const log = (line: string) => console.log(line);

/** The bench's own Neo4j: reused when its folder's instance runs, else started (stopping other bench instances on the port). */
async function ensureNeo4j(): Promise<void> {
  if (external) return log(`Using NEO4J_URI ${external}.`);
  if (runningPid(neo4jSettings) === undefined) {
    const benchDirs = fs.existsSync(path.dirname(neo4jSettings.dir))
      ? fs.readdirSync(path.dirname(neo4jSettings.dir)).filter((d) => d.startsWith('bench-'))
      : [];
    for (const dir of benchDirs) {
      const other = { ...neo4jSettings, dir: path.join(path.dirname(neo4jSettings.dir), dir) };
      if (runningPid(other) !== undefined) {
        log(`Stopping the bench Neo4j of ${dir} ...`);
        await stopLocalNeo4j(other);
      }
    }
  }
  const status = await startLocalNeo4j(neo4jSettings, env.NEO4J_PASSWORD, log);
  log(
    `Neo4j ${status.started ? 'started' : 'reused'} on ${status.uri} (heap ${MEMORY.heap}, page cache ${MEMORY.pagecache}).`,
  );
}

interface LoadFacts {
  generateMs?: number;
  loadMs: number;
  ingestPeakRssMb: number;
  manifest?: unknown;
}

async function countSources(driver: Driver, database: string): Promise<number> {
  const result = await driver.executeQuery(
    'MATCH (s:Source) RETURN count(s) AS n',
    {},
    { database },
  );
  return Number(result.records[0].get('n'));
}

/** Loads the corpus through the ingest CLI when the database has none; remembers how long it took. */
async function ensureCorpus(driver: Driver, database: string): Promise<LoadFacts | undefined> {
  const loadFile = path.join(
    external ? os.tmpdir() : neo4jSettings.dir,
    `corpus-load-${label}.json`,
  );
  let generateMs: number | undefined;
  let manifest = undefined;
  let inputs = [path.join(PROJECT_ROOT, 'seed', 'dossiers')];
  let expected = 1;
  if (nodes > 0) {
    const dir = corpusDir(nodes, seed);
    manifest = readManifest(dir);
    if (!manifest) {
      log(`Generating the ${corpus} corpus (seed ${seed}) in ${dir} ...`);
      const started = Date.now();
      manifest = generateCorpus(nodes, seed, dir, log);
      generateMs = Date.now() - started;
    }
    inputs = ['--batch', '200', path.join(dir, 'dossiers')];
    expected = manifest.sources;
  }
  const present = await countSources(driver, database);
  if (present === expected) {
    log(`The ${label} corpus is loaded (${present} sources).`);
    return fs.existsSync(loadFile) ? JSON.parse(fs.readFileSync(loadFile, 'utf8')) : undefined;
  }
  if (present !== 0)
    throw new Error(
      `The bench database holds ${present} sources, not the ${expected} of ${label}; empty it or set another BENCH_NEO4J_PORT.`,
    );
  log(`Loading ${label} through the ingest CLI ...`);
  const started = Date.now();
  const ingest = runProcess(process.execPath, ['dist/src/cli/ingest.js', ...inputs], env);
  ingest.child.stdout!.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n'))
      if (/^\s+sources \d|^Validat|^Committed/.test(line)) log(line);
  });
  const exit = await ingest.exited;
  if (exit.code !== 0) throw new Error(`ingest failed:\n${ingest.output().slice(-3000)}`);
  const facts: LoadFacts = {
    generateMs,
    loadMs: Date.now() - started,
    ingestPeakRssMb: Number(/Peak memory \(RSS\): (\d+) MB/.exec(ingest.output())?.[1]),
    manifest,
  };
  fs.writeFileSync(loadFile, JSON.stringify(facts, null, 2));
  log(
    `Loaded in ${(facts.loadMs / 1000).toFixed(1)} s, ingest peak RSS ${facts.ingestPeakRssMb} MB.`,
  );
  return facts;
}

interface Server {
  name: SystemName;
  base: string;
  process: RunningProcess;
}

async function startServers(): Promise<Server[]> {
  const tsx = (file: string) => [process.execPath, ['--import', 'tsx', file]] as const;
  const specs: Array<
    [SystemName, readonly [string, readonly string[]], RegExp, Record<string, string>]
  > = [
    ['raw', tsx('bench/systems/raw-server.ts'), /raw: (http:\/\/\S+)/, {}],
    [
      'neo4j-graphql',
      tsx('bench/systems/neo4j-graphql-server.ts'),
      /neo4j-graphql: (http:\/\/\S+)\/graphql/,
      { NODE_ENV: 'production' },
    ],
    [
      'parley',
      [process.execPath, ['dist/src/main.js']],
      /Parley API: +(http:\/\/\S+)\/graphql/,
      {
        NODE_ENV: 'production',
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        PARLEY_SEED_ON_START: 'false',
        PARLEY_DEBUG: 'true',
      },
    ],
  ];
  const servers: Server[] = [];
  for (const [name, [command, args], ready, extra] of specs) {
    const child = runProcess(command, [...args], { ...env, ...extra });
    const [, base] = await child.waitForLine(ready, 120000);
    servers.push({ name, base, process: child });
    log(`${name}: ${base}`);
  }
  return servers;
}

async function ask(
  server: Server,
  question: Question,
): Promise<{ data: unknown; statements: number }> {
  const request = question.requests[server.name];
  const stats = async () =>
    server.name === 'parley'
      ? 0
      : ((await (await fetch(`${server.base}/stats`)).json()) as { statements: number }).statements;
  const before = await stats();
  const response = await fetch(server.base + request.path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request.body),
  });
  const body = (await response.json()) as {
    data?: unknown;
    errors?: unknown;
    extensions?: { roundTrips?: number };
  };
  if (!response.ok || body.errors)
    throw new Error(
      `${server.name} failed on ${question.name}: ${JSON.stringify(body.errors ?? body).slice(0, 1000)}`,
    );
  const statements =
    server.name === 'parley' ? body.extensions!.roundTrips! : (await stats()) - before;
  return { data: body.data, statements };
}

/** What the check before timing found for one question. */
export interface Check {
  statements: Record<string, number>;
  /** Systems not timed on this question, with why: an error, or facts unlike the others'. */
  failed: Record<string, string>;
}

/**
 * Every system must give the same facts before it is timed. A system that fails a question, or
 * whose facts differ from the raw floor's, is not timed on it; the run goes on for the rest, says
 * so in its report and exits non-zero.
 */
async function checkFacts(
  servers: Server[],
  questions: Question[],
): Promise<Record<string, Check>> {
  const checks: Record<string, Check> = {};
  for (const question of questions) {
    const check: Check = { statements: {}, failed: {} };
    checks[question.name] = check;
    const facts: Record<string, string> = {};
    for (const server of servers) {
      try {
        // Counted on a second request: a first one may carry one-off work (a version check).
        await ask(server, question);
        const { data, statements } = await ask(server, question);
        facts[server.name] = JSON.stringify(question.facts[server.name](data));
        check.statements[server.name] = statements;
      } catch (error) {
        check.failed[server.name] = (error as Error).message.slice(0, 300);
      }
    }
    const reference = facts.raw;
    for (const server of servers) {
      if (server.name in check.failed || facts[server.name] === reference) continue;
      check.failed[server.name] =
        `facts differ from raw: ${facts[server.name].slice(0, 300)} vs ${String(reference).slice(0, 300)}`;
    }
    for (const [name, why] of Object.entries(check.failed))
      log(`  ${question.name}: ${name} NOT TIMED: ${why}`);
    log(
      `  ${question.name}: ${servers.length - Object.keys(check.failed).length} system(s) agree (${reference?.length ?? 0} characters of facts); statements ${JSON.stringify(check.statements)}`,
    );
  }
  return checks;
}

async function main(): Promise<void> {
  const started = new Date();
  await ensureNeo4j();
  const config = loadConfig({ ...process.env, ...env });
  const driver = createDriver(config);
  let servers: Server[] = [];
  try {
    await applySchema(driver, config.neo4j.database);
    const load = await ensureCorpus(driver, config.neo4j.database);
    const row = (await driver.executeQuery(PICK_SUBJECTS, {}, { database: config.neo4j.database }))
      .records[0];
    const [person, otherPerson] = row.get('leaders') as string[];
    const subjects: Subjects = {
      hub: row.get('hub'),
      hubName: row.get('hubName'),
      person,
      otherPerson,
      speaker: row.get('speaker'),
    };
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

    servers = await startServers();
    const questions = buildQuestions(subjects);
    log('Checking that every system gives the same facts ...');
    const checks = await checkFacts(servers, questions);
    const timed = (question: Question, server: Server) =>
      !(server.name in checks[question.name].failed);

    if (warmup > 0) {
      log(`Warm-up: ${warmup} s per system and question (not reported) ...`);
      for (const question of questions)
        for (const server of servers.filter((x) => timed(question, x)))
          await drive(
            server.base,
            question.requests[server.name],
            connections,
            warmup,
            emptyMeasurement(),
          ).then(() => waitForIdle(driver));
    }
    const rss: Record<string, { before: number; after: number }> = {};
    for (const server of servers)
      rss[server.name] = { before: rssMb(server.process.child.pid!), after: 0 };

    const slice = Math.max(1, Math.round(duration / rounds));
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
        `Phase: ${phaseConnections} connection(s), ${rounds} round(s) of ${slice} s per system and question, interleaved ...`,
      );
      let settled = 0;
      for (let round = 1; round <= rounds; round += 1) {
        for (const question of questions)
          for (const server of servers.filter((x) => timed(question, x)))
            await drive(
              server.base,
              question.requests[server.name],
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

    const files = writeReport({
      date: started.toISOString(),
      corpus: label,
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
        neo4jHeap: external ? 'external' : MEMORY.heap,
        neo4jPageCache: external ? 'external' : MEMORY.pagecache,
      },
      settings: { duration, rounds, slice, connections, warmup },
      subjects,
      checks,
      phases,
      rss,
      systems: SYSTEMS,
    });
    log(`\n${fs.readFileSync(files.md, 'utf8')}`);
    log(
      `Written: ${path.relative(PROJECT_ROOT, files.json)}, ${path.relative(PROJECT_ROOT, files.md)}`,
    );
  } finally {
    for (const server of servers) server.process.child.kill('SIGTERM');
    await Promise.all(servers.map((s) => s.process.exited));
    await driver.close();
    if (values['stop-neo4j'] && !external) await stopLocalNeo4j(neo4jSettings);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
