import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { LocalNeo4jSettings, PROJECT_ROOT } from '../config';
import { AppError, ErrorCode } from '../errors';
import { waitForNeo4j } from './driver';

const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j');
const LAUNCHER_SOURCES = [path.join(LAUNCHER_DIR, 'pom.xml'), path.join(LAUNCHER_DIR, 'src')];
const CLASSPATH_FILE = path.join(LAUNCHER_DIR, 'target', 'classpath.txt');
const CLASSES_DIR = path.join(LAUNCHER_DIR, 'target', 'classes');
// Maven leaves classpath.txt untouched when it has not changed, so its mtime cannot tell staleness.
const BUILD_STAMP = path.join(LAUNCHER_DIR, 'target', 'build.stamp');

// Neo4j 5 reaches into these JDK internals; without them it logs warnings or fails on Java 17.
const ADD_OPENS = [
  'java.base/java.nio=ALL-UNNAMED',
  'java.base/java.lang=ALL-UNNAMED',
  'java.base/sun.nio.ch=ALL-UNNAMED',
  'java.base/java.io=ALL-UNNAMED',
  'java.base/java.util=ALL-UNNAMED',
  'java.base/java.util.concurrent=ALL-UNNAMED',
  'java.base/jdk.internal.misc=ALL-UNNAMED',
].flatMap((target) => ['--add-opens', target]);

const ALTERNATIVES =
  'Alternatives: run `docker compose up` (needs Docker), or set NEO4J_URI, NEO4J_USER and ' +
  'NEO4J_PASSWORD to any Neo4j 5 server, cluster or Aura instance.';

/** A running local Neo4j, as `start` found or made it. */
export interface LocalNeo4jStatus {
  uri: string;
  pid: number;
  /** False when an instance was already running and was reused. */
  started: boolean;
  /** Milliseconds from spawning the JVM to Bolt answering; 0 when reused. */
  startupMs: number;
}

const pidFile = (settings: LocalNeo4jSettings) => path.join(settings.dir, 'neo4j.pid');
const logFile = (settings: LocalNeo4jSettings) => path.join(settings.dir, 'launcher.log');
const uriOf = (settings: LocalNeo4jSettings) => `bolt://127.0.0.1:${settings.port}`;

/**
 * Starts the local Neo4j (or reuses the one already running from the same folder), waits until
 * Bolt answers, and records the pid. The first call builds the launcher with Maven, which fetches
 * Neo4j from Maven Central with progress on screen; later calls work from the local Maven cache.
 */
export async function startLocalNeo4j(
  settings: LocalNeo4jSettings,
  password: string,
  log: (line: string) => void = (line) => console.log(line),
): Promise<LocalNeo4jStatus> {
  const running = runningPid(settings);
  if (running !== undefined) {
    await waitForBolt(settings, password, 30000);
    return { uri: uriOf(settings), pid: running, started: false, startupMs: 0 };
  }
  // Otherwise Bolt answering on the port could be some other server, and the wait would succeed.
  if (await portAnswers(settings.port)) {
    throw new AppError(
      ErrorCode.LOCAL_NEO4J_FAILED,
      `Port ${settings.port} is already in use by another process, so the local Neo4j of ` +
        `${settings.dir} cannot listen there. Stop that process or set LOCAL_NEO4J_PORT.`,
    );
  }
  const java = checkJava();
  buildLauncher(log);

  fs.mkdirSync(settings.dir, { recursive: true });
  const out = fs.openSync(logFile(settings), 'a');
  const classpath = `${CLASSES_DIR}${path.delimiter}${fs.readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
  const started = Date.now();
  const child = spawn(
    java,
    [
      `-Xms${settings.heap}`,
      `-Xmx${settings.heap}`,
      ...ADD_OPENS,
      `-Dparley.home=${path.join(settings.dir, 'home')}`,
      `-Dparley.port=${settings.port}`,
      `-Dparley.pagecache=${settings.pagecache ?? '64m'}`,
      `-Dparley.txmemory=${settings.transactionMemory ?? transactionMemoryFor(settings.heap)}`,
      '-cp',
      classpath,
      'parley.neo4j.LocalNeo4j',
    ],
    {
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, PARLEY_NEO4J_PASSWORD: password },
    },
  );
  fs.closeSync(out);
  if (child.pid === undefined) {
    throw new AppError(ErrorCode.LOCAL_NEO4J_FAILED, `Could not start java. ${ALTERNATIVES}`);
  }
  fs.writeFileSync(pidFile(settings), String(child.pid));
  let exited: number | null | undefined;
  child.on('exit', (code) => (exited = code));
  child.unref();
  log(`Starting Neo4j (pid ${child.pid}) on ${uriOf(settings)}, data in ${settings.dir} ...`);

  try {
    await waitForBolt(settings, password, 180000, () => exited !== undefined);
  } catch (error) {
    stopPid(child.pid);
    fs.rmSync(pidFile(settings), { force: true });
    throw new AppError(
      ErrorCode.LOCAL_NEO4J_FAILED,
      `Neo4j did not come up on ${uriOf(settings)}: ${(error as Error).message}\n` +
        `Last lines of ${logFile(settings)}:\n${tail(logFile(settings), 20)}`,
    );
  }
  return { uri: uriOf(settings), pid: child.pid, started: true, startupMs: Date.now() - started };
}

/**
 * The most memory one transaction may use, unless set: a quarter of the heap, at least 128 MiB,
 * so that one costly read fails alone instead of taking the memory every other request needs.
 */
export function transactionMemoryFor(heap: string): string {
  const [, amount, unit] = /^(\d+)([mg])$/i.exec(heap.trim()) ?? [];
  const mib = Number(amount) * (unit?.toLowerCase() === 'g' ? 1024 : 1);
  return Number.isFinite(mib) ? `${Math.max(128, Math.floor(mib / 4))}m` : '128m';
}

/** Stops the local Neo4j recorded in the pid file, waiting for a clean shutdown. */
export async function stopLocalNeo4j(settings: LocalNeo4jSettings): Promise<boolean> {
  const pid = runningPid(settings);
  fs.rmSync(pidFile(settings), { force: true });
  if (pid === undefined) return false;
  stopPid(pid);
  const deadline = Date.now() + 60000;
  while (isAlive(pid) && Date.now() < deadline) await sleep(200);
  if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  return true;
}

/** The pid of the running local instance, or undefined (a stale pid file is ignored). */
export function runningPid(settings: LocalNeo4jSettings): number | undefined {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(pidFile(settings), 'utf8').trim());
  } catch {
    return undefined;
  }
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

async function waitForBolt(
  settings: LocalNeo4jSettings,
  password: string,
  timeoutMs: number,
  gaveUp: () => boolean = () => false,
): Promise<void> {
  const driver = neo4j.driver(uriOf(settings), neo4j.auth.basic('neo4j', password), {
    connectionTimeout: 2000,
  });
  try {
    await waitForNeo4j(driver, { timeoutMs, intervalMs: 250, gaveUp });
  } finally {
    await driver.close();
  }
}

/** Whether something already accepts connections on the loopback port. */
function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}

function checkJava(): string {
  const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new AppError(
      ErrorCode.LOCAL_NEO4J_FAILED,
      `Java was not found (${java}). The local Neo4j needs a Java 17 or 21 JDK and Maven: ` +
        `install them (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven). ${ALTERNATIVES}`,
    );
  }
  const version = /version "(\d+)/.exec(probe.stderr)?.[1];
  if (version && Number(version) < 17) {
    throw new AppError(
      ErrorCode.LOCAL_NEO4J_FAILED,
      `Neo4j 5.26 needs Java 17 or newer; found Java ${version}. Set JAVA_HOME to a newer JDK. ${ALTERNATIVES}`,
    );
  }
  return java;
}

/** Builds the launcher when it is missing or older than its sources. */
function buildLauncher(log: (line: string) => void): void {
  if (
    fs.existsSync(CLASSPATH_FILE) &&
    fs.existsSync(BUILD_STAMP) &&
    newestMtime(LAUNCHER_SOURCES) <= fs.statSync(BUILD_STAMP).mtimeMs
  ) {
    return;
  }
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new AppError(
      ErrorCode.LOCAL_NEO4J_FAILED,
      `Maven (mvn) was not found. The local Neo4j is fetched from Maven Central with Maven: install it ` +
        `(Debian/Ubuntu: apt-get install maven). ${ALTERNATIVES}`,
    );
  }
  log(
    'Building the local Neo4j launcher (the first run downloads Neo4j 5.26 from Maven Central) ...',
  );
  const build = spawnSync(
    'mvn',
    ['-B', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'package', '-DskipTests'],
    {
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) {
    throw new AppError(
      ErrorCode.LOCAL_NEO4J_FAILED,
      `The Maven build of the launcher failed. ${ALTERNATIVES}`,
    );
  }
  fs.writeFileSync(BUILD_STAMP, new Date().toISOString());
}

function newestMtime(paths: string[]): number {
  let newest = 0;
  for (const p of paths) {
    const stat = fs.statSync(p);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) {
      newest = Math.max(newest, newestMtime(fs.readdirSync(p).map((name) => path.join(p, name))));
    }
  }
  return newest;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function stopPid(pid: number): void {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

function tail(file: string, lines: number): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
