import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { runProcess } from '../src/cli/run-process';
import { LOCAL_NEO4J_DEFAULT_PASSWORD, LocalNeo4jSettings, PROJECT_ROOT } from '../src/config';
import {
  runningPid,
  startLocalNeo4j,
  stopLocalNeo4j,
  transactionMemoryFor,
} from '../src/db/local-neo4j';
import { corpusDir, generateCorpus, parseSize, readManifest } from './corpus/corpus';

type Log = (line: string) => void;

/** The corpus a bench runs on and the Neo4j that holds it. */
export interface BenchTarget {
  corpus: string;
  /** 0 for the seed. */
  nodes: number;
  seed: number;
  label: string;
  neo4j: Required<LocalNeo4jSettings>;
  /** NEO4J_URI when set: then the bench starts no Neo4j of its own. */
  external: string | undefined;
  /** The environment every server and the ingest CLI get. */
  env: Record<string, string>;
}

/** How the corpus was generated and loaded, kept beside its Neo4j for later runs' reports. */
export interface LoadFacts {
  generateMs?: number;
  loadMs: number;
  ingestPeakRssMb: number;
  manifest?: unknown;
}

export function benchTarget(corpus: string, seed: number): BenchTarget {
  const nodes = corpus === 'seed' ? 0 : parseSize(corpus);
  const label = corpus === 'seed' ? 'seed' : `${corpus}-seed${seed}`;
  // Sized for the corpus: the store of 1e6 nodes is about 1.5 GB and should fit in the cache.
  const neo4j = {
    port: Number(process.env.BENCH_NEO4J_PORT ?? 7694),
    dir: path.join(PROJECT_ROOT, '.neo4j', `bench-${label}`),
    heap: nodes >= 1e6 ? '2g' : '1g',
    pagecache: nodes >= 1e6 ? '3g' : nodes >= 1e5 ? '1g' : '256m',
    transactionMemory: transactionMemoryFor(nodes >= 1e6 ? '2g' : '1g'),
  };
  const external = process.env.NEO4J_URI;
  return {
    corpus,
    nodes,
    seed,
    label,
    neo4j,
    external,
    env: {
      NEO4J_URI: external ?? `bolt://127.0.0.1:${neo4j.port}`,
      NEO4J_PASSWORD: process.env.NEO4J_PASSWORD ?? LOCAL_NEO4J_DEFAULT_PASSWORD,
      NEO4J_QUERY_TIMEOUT_MS: '60000',
    },
  };
}

/**
 * The bench's own Neo4j: reused when its folder's instance runs, else started, after stopping
 * the instance of another corpus that holds the port.
 */
export async function ensureNeo4j(t: BenchTarget, log: Log): Promise<void> {
  if (t.external) return log(`Using NEO4J_URI ${t.external}.`);
  const parent = path.dirname(t.neo4j.dir);
  if (runningPid(t.neo4j) === undefined && fs.existsSync(parent)) {
    for (const dir of fs.readdirSync(parent).filter((d) => d.startsWith('bench-'))) {
      const other = { ...t.neo4j, dir: path.join(parent, dir) };
      if (runningPid(other) !== undefined) {
        log(`Stopping the bench Neo4j of ${dir} ...`);
        await stopLocalNeo4j(other);
      }
    }
  }
  const status = await startLocalNeo4j(t.neo4j, t.env.NEO4J_PASSWORD, log);
  log(
    `Neo4j ${status.started ? 'started' : 'reused'} on ${status.uri} (heap ${t.neo4j.heap}, page cache ${t.neo4j.pagecache}).`,
  );
}

export async function stopNeo4j(t: BenchTarget): Promise<void> {
  if (!t.external) await stopLocalNeo4j(t.neo4j);
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
export async function ensureCorpus(
  t: BenchTarget,
  driver: Driver,
  database: string,
  log: Log,
): Promise<LoadFacts | undefined> {
  const loadFile = path.join(t.external ? os.tmpdir() : t.neo4j.dir, `corpus-load-${t.label}.json`);
  let generateMs: number | undefined;
  let manifest = undefined;
  let inputs = [path.join(PROJECT_ROOT, 'seed', 'dossiers')];
  let expected = 1;
  if (t.nodes > 0) {
    const dir = corpusDir(t.nodes, t.seed);
    manifest = readManifest(dir);
    if (!manifest) {
      log(`Generating the ${t.corpus} corpus (seed ${t.seed}) in ${dir} ...`);
      const started = Date.now();
      manifest = generateCorpus(t.nodes, t.seed, dir, log);
      generateMs = Date.now() - started;
    }
    inputs = ['--batch', '200', path.join(dir, 'dossiers')];
    expected = manifest.sources;
  }
  const present = await countSources(driver, database);
  if (present === expected) {
    log(`The ${t.label} corpus is loaded (${present} sources).`);
    return fs.existsSync(loadFile) ? JSON.parse(fs.readFileSync(loadFile, 'utf8')) : undefined;
  }
  if (present !== 0)
    throw new Error(
      `The bench database holds ${present} sources, not the ${expected} of ${t.label}; empty it or set another BENCH_NEO4J_PORT.`,
    );
  log(`Loading ${t.label} through the ingest CLI ...`);
  const started = Date.now();
  const ingest = runProcess(process.execPath, ['dist/src/cli/ingest.js', ...inputs], t.env);
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
