import fs from 'node:fs';
import path from 'node:path';
import { ingestDossiers } from '../../src/ingest/ingest.service';
import { resetDatabase, seedDatabase } from '../helpers/database';
import { writeFanoutDossier } from '../helpers/fanout-fixture';
import { codesOf, startTestHttpServer, TestHttpServer } from '../helpers/http-server';

// Responses are bounded in bytes: by the cost, which counts a source's text as the large thing
// it is, before anything runs; and by a cap on the answer for what the cost cannot know.
let server: TestHttpServer;
const SIZE = 100;
const SOURCE = `source:fanout-${SIZE}`;
const LIMIT = 1024 * 1024;

beforeAll(async () => {
  server = await startTestHttpServer({ PARLEY_MAX_RESPONSE_BYTES: String(LIMIT) });
  await resetDatabase(server.driver, server.config);
  const { file } = writeFanoutDossier(SIZE);
  // A long report: 300 KB of text after the quoted lines (their offsets stay as they are).
  const text = path.join(path.dirname(file), 'source.txt');
  fs.appendFileSync(text, 'A long report goes on at length. '.repeat(10000));
  await ingestDossiers(server.driver, [file], { database: server.config.neo4j.database });
});
afterAll(async () => {
  await seedDatabase(server.driver, server.config);
  await server.close();
});

describe('response size', () => {
  it('refuses before running 20 aliases of evidence with its source text (gigabytes)', async () => {
    const alias = (i: number) =>
      `a${i}: entities(first: 100) { nodes { evidence(first: 3) { quote source { text } } } }`;
    const query = `{ ${Array.from({ length: 20 }, (_, i) => alias(i)).join(' ')} }`;
    const { status, json } = await server.post({ query });
    expect(status).toBe(400);
    expect(codesOf(json)).toEqual(['OPERATION_LIMIT_EXCEEDED']);
    expect(json.errors[0].extensions.path).toEqual(['a0', 'nodes', 'evidence', 'source', 'text']);
  });

  it('replaces an answer over the byte limit with one RESPONSE_TOO_LARGE error, on either route', async () => {
    const query = `{ ${[1, 2, 3, 4, 5]
      .map((i) => `s${i}: node(id: "${SOURCE}") { ... on Source { text } }`)
      .join(' ')} }`;
    for (const contentType of ['application/json', 'application/json; charset="utf-8"; x=y']) {
      const { status, json, text } = await server.post({ query }, { 'content-type': contentType });
      expect(status).toBe(200);
      expect(text.length).toBeLessThan(1000);
      expect(codesOf(json)).toEqual(['RESPONSE_TOO_LARGE']);
      expect(json.errors[0].extensions.bytes).toBeGreaterThan(5 * 300000);
      expect(json.errors[0].extensions.limit).toBe(LIMIT);
      expect(json.data).toBeNull();
    }
  });

  it('answers the same text once, within the limit', async () => {
    const { json } = await server.post({
      query: `{ node(id: "${SOURCE}") { ... on Source { text } } }`,
    });
    expect(json.errors).toBeUndefined();
    expect(json.data.node.text.length).toBeGreaterThan(300000);
  });
});
