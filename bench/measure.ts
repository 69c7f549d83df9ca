import autocannon from 'autocannon';
import fs from 'node:fs';
import type { Driver } from 'neo4j-driver';
import type { Request } from './questions';

/** What one system did on one question over all its slices of a phase. */
export interface Measurement {
  requests: number;
  seconds: number;
  latenciesMs: number[];
  errors: number;
}

export const emptyMeasurement = (): Measurement => ({
  requests: 0,
  seconds: 0,
  latenciesMs: [],
  errors: 0,
});

/**
 * Drives one server with one request for `seconds` on loopback and adds what happened to `into`:
 * every response time, and as errors connection errors, timeouts, non-2xx answers and GraphQL
 * errors alike. Given several requests, each connection sends them in turn (a mix).
 */
export async function drive(
  base: string,
  request: Request | Request[],
  connections: number,
  seconds: number,
  into: Measurement,
): Promise<void> {
  let graphqlErrors = 0;
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        timeout: 10,
        requests: (Array.isArray(request) ? request : [request]).map((one) => ({
          method: 'POST',
          path: one.path,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(one.body),
          onResponse: (_status: number, body: string) => {
            if (body.startsWith('{"errors"') || body.includes('"errors":[')) graphqlErrors += 1;
          },
        })),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
  into.requests += result.requests.total;
  into.seconds += result.duration;
  into.errors += result.errors + result.timeouts + result.non2xx + graphqlErrors;
  for (const latency of latencies) into.latenciesMs.push(latency);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Resident memory of a process in MB, from /proc. */
export function rssMb(pid: number): number {
  const kb = Number(
    /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0,
  );
  return Math.round(kb / 1024);
}

/** Samples a process's RSS every `everyMs` until stopped; returns the highest seen, in MB. */
export function rssPeak(pid: number, everyMs = 250): () => number {
  let peak = rssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), everyMs);
  return () => {
    clearInterval(timer);
    return Math.max(peak, rssMb(pid));
  };
}

/**
 * Waits until Neo4j runs no transaction but this check's own. When a slice ends, requests it
 * started may still be running in the database; without this wait they would slow down the next
 * system's slice and the interleaving would compare unlike things.
 */
export async function waitForIdle(driver: Driver, timeoutMs = 120000): Promise<number> {
  const started = Date.now();
  for (;;) {
    const { records } = await driver.executeQuery(
      `SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS'
       RETURN count(*) AS running`,
    );
    if (Number(records[0].get('running')) === 0 || Date.now() - started > timeoutMs)
      return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
