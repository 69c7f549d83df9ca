import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { readDotEnv } from '../../src/config';
import { codesOf, startTestHttpServer, TestHttpServer } from '../helpers/http-server';
import { seedDatabase } from '../helpers/database';

// What a browser tool on another origin, and any client that accepts compression, meets.
const ALLOWED = 'http://localhost:3000';
let server: TestHttpServer;

beforeAll(async () => {
  server = await startTestHttpServer({ CORS_ORIGINS: `${ALLOWED}, https://app.example.org` });
  await seedDatabase(server.driver, server.config);
});
afterAll(() => server.close());

const preflight = (origin: string) =>
  fetch(`${server.url}/graphql`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    },
  });

describe('cross-origin calls', () => {
  it('answer the preflight of an allowed origin, and the request after it', async () => {
    const answer = await preflight(ALLOWED);
    expect(answer.status).toBe(204);
    expect(answer.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(answer.headers.get('access-control-allow-methods')).toContain('POST');
    expect(answer.headers.get('access-control-allow-headers')).toContain('content-type');

    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { origin: ALLOWED, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ rounds { nodes { round } } }' }),
    });
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(await response.json()).toEqual({
      data: { rounds: { nodes: [{ round: 1 }, { round: 2 }] } },
    });
  });

  it('give no CORS headers to another origin, and keep CSRF prevention', async () => {
    const answer = await preflight('http://evil.example');
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
    // A "simple" request (no preflight) is refused by Apollo's CSRF prevention, from any origin.
    const simple = await fetch(`${server.url}/graphql?query=%7Brounds%7Bnodes%7Bround%7D%7D%7D`, {
      headers: { origin: ALLOWED },
    });
    expect(simple.status).toBe(400);
    expect(await simple.text()).toMatch(/CSRF/);
  });
});

describe('compression', () => {
  it('sends JSON gzipped or brotli-compressed, as the client accepts', async () => {
    const query = JSON.stringify({
      query:
        '{ neighbourhood(id: "country:ukraine", depth: 2) { nodes { id label } edges { id } } }',
    });
    const plain = await server.post(query);
    for (const [encoding, decode] of [
      ['gzip', gunzipSync],
      ['br', brotliDecompressSync],
    ] as const) {
      // Node's fetch decodes on its own; read the raw bytes through http instead.
      const raw = await rawPost(query, encoding);
      expect(raw.encoding).toBe(encoding);
      expect(raw.body.length).toBeLessThan(plain.text.length / 3);
      expect(JSON.parse(decode(raw.body).toString('utf8'))).toEqual(plain.json);
    }
    // A client that accepts no encoding gets the JSON as it is.
    const identity = await rawPost(query, undefined);
    expect(identity.encoding).toBeUndefined();
    expect(JSON.parse(identity.body.toString('utf8'))).toEqual(plain.json);
  });
});

describe('persisted queries', () => {
  it('refuse a hash that does not match its query with 400 BAD_REQUEST', async () => {
    const query = '{ rounds { nodes { round } } }';
    const wrong = await server.post({
      query,
      extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
    });
    expect(wrong.status).toBe(400);
    expect(codesOf(wrong.json)).toEqual(['BAD_REQUEST']);
    expect(wrong.json.errors[0].message).toMatch(/sha/);

    const right = await server.post({
      query,
      extensions: {
        persistedQuery: {
          version: 1,
          sha256Hash: createHash('sha256').update(query).digest('hex'),
        },
      },
    });
    expect(right.json).toEqual({ data: { rounds: { nodes: [{ round: 1 }, { round: 2 }] } } });
    const version = await server.post({
      query,
      extensions: { persistedQuery: { version: 2, sha256Hash: 'a' } },
    });
    expect(version.status).toBe(400);
    expect(codesOf(version.json)).toEqual(['BAD_REQUEST']);
  });
});

describe('.env', () => {
  it('is read into the environment, never over a variable already set', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'parley-env-')), '.env');
    fs.writeFileSync(file, 'PARLEY_TEST_FROM_FILE=file\nPARLEY_TEST_SET=file\n');
    const env: NodeJS.ProcessEnv = { PARLEY_TEST_SET: 'environment' };
    expect(readDotEnv(file, env)).toBe(true);
    expect(env).toEqual({ PARLEY_TEST_FROM_FILE: 'file', PARLEY_TEST_SET: 'environment' });
    expect(readDotEnv(path.join(path.dirname(file), 'missing.env'), env)).toBe(false);
  });
});

async function rawPost(body: string, encoding: string | undefined) {
  const url = new URL(`${server.url}/graphql`);
  return new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(encoding ? { 'accept-encoding': encoding } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }),
        );
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
