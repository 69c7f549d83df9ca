import path from 'node:path';
import { runProcess, RunningProcess } from '../../src/cli/run-process';
import type { Question, RunName, SystemName } from '../questions';

type Log = (line: string) => void;

/** One of the systems under test, running as a child process. */
export interface Server {
  name: RunName;
  /** Whose requests it is sent and whose facts it must give (a baseline Parley's are Parley's). */
  asks: SystemName;
  base: string;
  process: RunningProcess;
}

/** How the bench runs a built Parley: production mode, any free loopback port, debug counts on. */
export const PARLEY_ENV = {
  NODE_ENV: 'production',
  PORT: '0',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  PARLEY_SEED_ON_START: 'false',
  PARLEY_DEBUG: 'true',
};

/** The line a Parley prints once it listens, with its base address. */
export const PARLEY_READY = /Parley API: +(http:\/\/\S+)\/graphql/;

/**
 * Starts raw, @neo4j/graphql and Parley (built, production mode) on free loopback ports; with a
 * baseline, also the Parley built in that checkout (its `dist/`), asked what Parley is asked.
 */
export async function startServers(
  env: Record<string, string>,
  log: Log,
  baseline?: string,
): Promise<Server[]> {
  const tsx = (file: string) => [process.execPath, ['--import', 'tsx', file]] as const;
  type Spec = [RunName, readonly [string, readonly string[]], RegExp, Record<string, string>];
  const specs: Spec[] = [
    ['raw', tsx('bench/systems/raw-server.ts'), /raw: (http:\/\/\S+)/, {}],
    [
      'neo4j-graphql',
      tsx('bench/systems/neo4j-graphql-server.ts'),
      /neo4j-graphql: (http:\/\/\S+)\/graphql/,
      { NODE_ENV: 'production' },
    ],
    ['parley', [process.execPath, ['dist/src/main.js']], PARLEY_READY, PARLEY_ENV],
    ...(baseline
      ? [
          [
            'parley-baseline',
            [process.execPath, [path.join(baseline, 'dist', 'src', 'main.js')]],
            PARLEY_READY,
            PARLEY_ENV,
          ] satisfies Spec,
        ]
      : []),
  ];
  const servers: Server[] = [];
  for (const [name, [command, args], ready, extra] of specs) {
    const child = runProcess(command, [...args], { ...env, ...extra });
    const [, base] = await child.waitForLine(ready, 120000);
    servers.push({
      name,
      asks: name === 'parley-baseline' ? 'parley' : name,
      base,
      process: child,
    });
    log(`${name}: ${base}`);
  }
  return servers;
}

/** Asks one question once; returns the data and the statements it took. */
async function ask(
  server: Server,
  question: Question,
): Promise<{ data: unknown; statements: number }> {
  const request = question.requests[server.asks];
  const stats = async () =>
    server.asks === 'parley'
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
    server.asks === 'parley' ? body.extensions!.roundTrips! : (await stats()) - before;
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
export async function checkFacts(
  servers: Server[],
  questions: Question[],
  log: Log,
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
        facts[server.name] = JSON.stringify(question.facts[server.asks](data));
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
