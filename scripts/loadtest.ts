/**
 * `npm run loadtest [-- --duration 20 --connections 10 --amount 50000 --fault]`
 *
 * Runs the built server against a Neo4j of its own, seeded (or against NEO4J_URI, whatever corpus
 * it holds, left as it is), and drives it on loopback with autocannon through the bench's
 * questions about that graph's own subjects (its busiest hubs, negotiators and speaker), in
 * turn, bounded in time and count. Prints
 * requests per second, latency percentiles, errors and non-2xx responses, and the server's memory
 * before and after. With --fault it stops Neo4j a third of the way in and starts it again, and
 * reports how long /health/ready took to flip each way and whether the server survived.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { LOCAL_NEO4J_DEFAULT_PASSWORD, loadConfig, PROJECT_ROOT } from '../src/config';
import { createDriver } from '../src/db/driver';
import { runningPid, startLocalNeo4j, stopLocalNeo4j } from '../src/db/local-neo4j';
import { applySchema } from '../src/db/schema-applier';
import { ingestDossiers } from '../src/ingest/ingest.service';
import { runProcess } from '../src/cli/run-process';
import { buildQuestions, pickSubjects } from '../bench/questions';

const { values: options } = parseArgs({
  options: {
    duration: { type: 'string', default: '20' },
    connections: { type: 'string', default: '10' },
    amount: { type: 'string', default: '100000' },
    warmup: { type: 'string', default: '10' },
    fault: { type: 'boolean', default: false },
    kill: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (options.help) {
  console.log(`npm run loadtest [-- --duration S --connections N --amount N --warmup S --fault]

Drives the built server on loopback with the bench's questions about the graph's own hubs.
Without NEO4J_URI: starts a Neo4j of its own (port 7695) and loads the seed. With NEO4J_URI (and
NEO4J_PASSWORD): uses that database as it is, such as a generated corpus.
  --duration S     seconds of load (default 20, at most 300)
  --connections N  concurrent connections (default 10, at most 200)
  --amount N       at most this many requests (default 100000)
  --warmup S       seconds of unreported warm-up first (default 10)
  --fault          stop the local Neo4j a third of the way in and start it again
  --kill           with --fault: kill it (SIGKILL, as a crash) instead of stopping it`);
  process.exit(0);
}
const duration = Math.min(Number(options.duration), 300);
const connections = Math.min(Number(options.connections), 200);
const amount = Math.min(Number(options.amount), 1_000_000);
const warmup = Math.min(Number(options.warmup), 120);

const local = { port: 7695, dir: path.join(PROJECT_ROOT, '.neo4j', 'loadtest'), heap: '768m' };
const external = process.env.NEO4J_URI;
const env = {
  NEO4J_URI: external ?? `bolt://127.0.0.1:${local.port}`,
  NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? LOCAL_NEO4J_DEFAULT_PASSWORD,
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const rssMb = (pid: number) => {
  const kb = Number(
    /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0,
  );
  return Math.round(kb / 1024);
};

/** Kills the local Neo4j as a crash would, and waits until the process is gone. */
async function killLocalNeo4j(): Promise<void> {
  const pid = runningPid(local);
  if (pid === undefined) return;
  process.kill(pid, 'SIGKILL');
  while (runningPid(local) !== undefined) await sleep(50);
}

async function waitForReady(base: string, status: number, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const answer = await fetch(`${base}/health/ready`)
      .then((r) => r.status)
      .catch(() => 0);
    if (answer === status) return Date.now() - started;
    await sleep(100);
  }
  return NaN;
}

async function main(): Promise<void> {
  if (options.fault && external)
    throw new Error('--fault stops Neo4j, so it needs the local one: unset NEO4J_URI');
  if (!external) await startLocalNeo4j(local, env.NEO4J_PASSWORD);
  const config = loadConfig({ ...process.env, ...env });
  const driver = createDriver(config);
  if (!external) {
    await applySchema(driver, config.neo4j.database);
    await ingestDossiers(driver, [path.join(PROJECT_ROOT, 'seed', 'dossiers')], {
      database: config.neo4j.database,
    });
  }
  const subjects = await pickSubjects(driver, config.neo4j.database);
  await driver.close();
  const questions = buildQuestions(subjects).map((q) => ({
    name: q.name,
    body: q.requests.parley.body,
  }));
  console.log(`Subjects: ${JSON.stringify(subjects)}`);

  const server = runProcess('node', ['dist/src/main.js'], {
    ...env,
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    PARLEY_SEED_ON_START: 'false',
  });
  const [, port] = await server.waitForLine(/Parley API: +http:\/\/127\.0\.0\.1:(\d+)\/graphql/);
  const base = `http://127.0.0.1:${port}`;
  const pid = server.child.pid!;
  const memoryBefore = rssMb(pid);

  let graphqlErrors = 0;
  // How many of each error code the answers carried: which way the failures went.
  let errorCodes: Record<string, number> = {};
  const requests = questions.map(({ body }) => ({
    method: 'POST' as const,
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    onResponse: (_status: number, body: string) => {
      if (!body.includes('"errors"')) return;
      graphqlErrors += 1;
      for (const [, code] of body.matchAll(/"code":"([A-Z_]+)"/g))
        errorCodes[code] = (errorCodes[code] ?? 0) + 1;
    },
  }));
  // Node's JIT and Neo4j's query plans and page cache warm up over the first seconds; a warm-up run
  // that is not reported keeps them out of the figures.
  if (warmup > 0) {
    console.log(`Warm-up: ${warmup} s (not reported).`);
    await autocannon({ url: base, connections, duration: warmup, requests, timeout: 10 });
    graphqlErrors = 0;
    errorCodes = {};
  }
  console.log(
    `Load: ${connections} connections, at most ${duration} s and ${amount} requests, ${questions.length} questions in turn (${questions.map((q) => q.name).join(', ')}).`,
  );
  // autocannon ignores duration when given `amount`; maxOverallRequests bounds the count instead.
  const run = autocannon({
    url: base,
    connections,
    duration,
    maxOverallRequests: amount,
    requests,
    timeout: 10,
  });

  let fault: Record<string, unknown> | undefined;
  if (options.fault) {
    await sleep((duration * 1000) / 3);
    // Both flips are timed from the moment the stop or start begins, polling /health/ready.
    const stopping = Date.now();
    const stopped = (options.kill ? killLocalNeo4j() : stopLocalNeo4j(local)).then(
      () => Date.now() - stopping,
    );
    const readyTo503Ms = await waitForReady(base, 503, 60000);
    const neo4jStopMs = await stopped;
    const starting = Date.now();
    const started = startLocalNeo4j(local, env.NEO4J_PASSWORD, () => undefined).then(
      () => Date.now() - starting,
    );
    const readyTo200Ms = await waitForReady(base, 200, 120000);
    fault = { readyTo503Ms, neo4jStopMs, readyTo200Ms, neo4jStartMs: await started };
  }

  const result = await run;
  const memoryAfter = rssMb(pid);
  const alive =
    server.child.exitCode === null &&
    (await fetch(`${base}/health/live`)
      .then((r) => r.ok)
      .catch(() => false));
  const afterwards = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(questions[0].body),
  })
    .then((r) => r.json() as Promise<{ errors?: unknown }>)
    .then((body) => !body.errors)
    .catch(() => false);
  server.child.kill('SIGTERM');
  const exit = await server.exited;
  if (!external) await stopLocalNeo4j(local);

  console.log(
    JSON.stringify(
      {
        requests: result.requests.total,
        durationS: result.duration,
        requestsPerSecond: Math.round(result.requests.average),
        latencyMs: {
          p50: result.latency.p50,
          p90: result.latency.p90,
          p99: result.latency.p99,
          max: result.latency.max,
        },
        connectionErrors: result.errors,
        timeouts: result.timeouts,
        non2xx: result.non2xx,
        graphqlErrors,
        errorCodes,
        serverRssMb: { before: memoryBefore, after: memoryAfter },
        ...(fault ? { fault } : {}),
        serverAliveAfterLoad: alive,
        queryOkAfterLoad: afterwards,
        shutdownExit: exit,
      },
      null,
      2,
    ),
  );
  if (!alive || !afterwards || exit.code !== 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
