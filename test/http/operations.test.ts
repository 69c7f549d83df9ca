import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  capturingLogger,
  codesOf,
  startTestHttpServer,
  TestHttpServer,
} from '../helpers/http-server';
import { seedDatabase } from '../helpers/database';

// What an operator reads: a request id through every response and log line, and /metrics as
// Prometheus scrapes it.
let server: TestHttpServer;
const { logger, lines } = capturingLogger();

beforeAll(async () => {
  server = await startTestHttpServer({ NODE_ENV: 'production' }, logger);
  await seedDatabase(server.driver, server.config);
});
afterAll(() => server.close());

const ROUNDS = 'query Rounds { rounds(first: 2) { nodes { id } } }';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Prometheus's text format, read as a scraper reads it: every sample, its labels and value. */
function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g))
      labels[key] = value;
    samples.push({ name: match[1], labels, value: Number(match[3]) });
  }
  return samples;
}

async function scrape(): Promise<Sample[]> {
  const response = await fetch(`${server.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
  return parseMetrics(await response.text());
}

const value = (samples: Sample[], name: string, labels: Record<string, string> = {}) =>
  samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);

describe('request ids', () => {
  it("echoes the caller's x-request-id, and writes it in the request's log line", async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-42.a' },
      body: JSON.stringify({ query: ROUNDS }),
    });
    expect(response.headers.get('x-request-id')).toBe('trace-42.a');
    await response.json();
    const line = lines.find((l) => l.msg === 'graphql request' && l.requestId === 'trace-42.a');
    expect(line).toMatchObject({ operationName: 'Rounds', status: 200, errorCodes: [] });
  });

  it('makes one when none is given, or when the one given is not a plain token', async () => {
    for (const given of [undefined, 'has spaces and "quotes"', 'x'.repeat(200)]) {
      const response = await fetch(`${server.url}/health/live`, {
        headers: given ? { 'x-request-id': given } : {},
      });
      expect(response.headers.get('x-request-id')).toMatch(
        /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
      );
    }
  });

  it('logs exports and pages with their route, status and id', async () => {
    const response = await fetch(`${server.url}/export/nodes.csv?langs=en`, {
      headers: { 'x-request-id': 'export-1' },
    });
    await response.text();
    await fetch(`${server.url}/explore`).then((r) => r.arrayBuffer());
    const exportLine = lines.find((l) => l.msg === 'http request' && l.requestId === 'export-1');
    expect(exportLine).toMatchObject({ route: '/export/nodes.csv', status: 200, method: 'GET' });
    expect(exportLine!.path).toBe('/export/nodes.csv');
    expect(lines.some((l) => l.msg === 'http request' && l.route === '/explore')).toBe(true);
    expect(lines.some((l) => l.msg === 'export sent' && l.file === 'nodes.csv')).toBe(true);
  });
});

describe('/metrics', () => {
  it('counts operations by name and outcome, with their latency', async () => {
    const before = await scrape();
    await server.post({ query: ROUNDS });
    await server.post({ query: ROUNDS });
    await server.post({ query: 'query Bad { entity(id: "nope") { id } }' });
    const after = await scrape();
    const ok = { operation: 'Rounds', code: 'ok' };
    expect(
      value(after, 'parley_graphql_requests_total', ok) -
        value(before, 'parley_graphql_requests_total', ok),
    ).toBe(2);
    expect(
      value(after, 'parley_graphql_requests_total', { operation: 'Bad', code: 'BAD_USER_INPUT' }),
    ).toBe(1);
    expect(
      value(after, 'parley_graphql_request_duration_seconds_count', { operation: 'Rounds' }),
    ).toBeGreaterThanOrEqual(2);
  });

  it('reports the Neo4j sessions and export streams open, and the process memory', async () => {
    const samples = await scrape();
    expect(value(samples, 'parley_neo4j_sessions_open')).toBe(0);
    expect(value(samples, 'parley_export_streams_open')).toBe(0);
    expect(value(samples, 'parley_process_resident_memory_bytes')).toBeGreaterThan(10e6);
    expect(
      value(samples, 'parley_http_requests_total', { route: '/export/nodes.csv', status: '200' }),
    ).toBe(1);
  });

  it('keeps operation names a client makes up from growing without bound', async () => {
    for (let i = 0; i < 120; i += 1) await server.post({ query: `query Made${i} { __typename }` });
    const names = new Set(
      (await scrape())
        .filter((s) => s.name === 'parley_graphql_requests_total')
        .map((s) => s.labels.operation),
    );
    expect(names.size).toBeLessThanOrEqual(102);
    expect(names.has('(other)')).toBe(true);
  });
});

describe('per-client rate limit', () => {
  it('answers 429 with Retry-After past the limit, and leaves loopback alone unless asked', async () => {
    const limited = await startTestHttpServer({
      RATE_LIMIT_PER_MINUTE: '5',
      RATE_LIMIT_LOOPBACK: 'true',
    });
    const exempt = await startTestHttpServer({ RATE_LIMIT_PER_MINUTE: '5' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i += 1) statuses.push((await limited.post({ query: ROUNDS })).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
      const refused = await fetch(`${limited.url}/export/nodes.csv`);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await refused.json()).errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
      // Pages and health are not limited.
      expect((await fetch(`${limited.url}/health/live`)).status).toBe(200);
      for (let i = 0; i < 7; i += 1)
        expect((await exempt.post({ query: ROUNDS })).status).toBe(200);
    } finally {
      await limited.close();
      await exempt.close();
    }
  });
});

describe('readiness', () => {
  it('names the dependency and why it is not ready', async () => {
    const lost = await startTestHttpServer({ NEO4J_DATABASE: 'nosuchdatabase' });
    try {
      const response = await fetch(`${lost.url}/health/ready`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({
        status: 'unavailable',
        dependency: 'neo4j',
        reason: 'Neo4j has no database "nosuchdatabase" (NEO4J_DATABASE).',
      });
      expect((await fetch(`${server.url}/health/ready`)).status).toBe(200);
    } finally {
      await lost.close();
    }
  });
});

describe('operation allow-list', () => {
  const listed = 'query Rounds { rounds(first: 2) { nodes { id } } }';
  const hash = createHash('sha256').update(listed).digest('hex');

  it('runs only the listed operations, sent as text or as their hash alone', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-ops-'));
    const file = path.join(dir, 'operations.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        format: 'apollo-persisted-query-manifest',
        version: 1,
        operations: [{ id: hash, name: 'Rounds', type: 'query', body: listed }],
      }),
    );
    const strict = await startTestHttpServer({ PARLEY_OPERATIONS_FILE: file });
    try {
      const byText = await strict.post({ query: listed });
      expect(byText.json.errors).toBeUndefined();
      expect(byText.json.data.rounds.nodes.length).toBeGreaterThan(0);
      const byHash = await strict.post({
        extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
      });
      expect(byHash.json.data).toEqual(byText.json.data);
      for (const query of [
        '{ rounds(first: 3) { nodes { id } } }',
        '{ __schema { queryType { name } } }',
      ]) {
        const refused = await strict.post({ query });
        expect(refused.status).toBe(400);
        expect(codesOf(refused.json)).toEqual(['OPERATION_NOT_ALLOWED']);
      }
      // Sending an operation with its hash does not add it to the list.
      const other = '{ rounds(first: 4) { nodes { id } } }';
      const otherHash = createHash('sha256').update(other).digest('hex');
      const registered = await strict.post({
        query: other,
        extensions: { persistedQuery: { version: 1, sha256Hash: otherHash } },
      });
      expect(codesOf(registered.json)).toEqual(['OPERATION_NOT_ALLOWED']);
      const again = await strict.post({
        extensions: { persistedQuery: { version: 1, sha256Hash: otherHash } },
      });
      expect(codesOf(again.json)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    } finally {
      await strict.close();
    }
  });

  it('stops the server at start-up when the file is wrong', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-ops-'));
    const file = path.join(dir, 'operations.json');
    fs.writeFileSync(file, JSON.stringify({ [hash]: `${listed} ` }));
    await expect(startTestHttpServer({ PARLEY_OPERATIONS_FILE: file })).rejects.toMatchObject({
      code: 'CONFIGURATION_ERROR',
      message: expect.stringMatching(/is not the SHA-256 of its text/),
    });
  });
});
