import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../bench/corpus/corpus';
import { ingestDossiers } from '../../src/ingest/ingest.service';
import { resetDatabase, seedDatabase } from '../helpers/database';
import { codesOf, startTestHttpServer, TestHttpServer } from '../helpers/http-server';

// The costliest neighbourhood the arguments allow, around the busiest hub of a generated corpus
// of 10,000 nodes: it once took more than Neo4j's whole transaction memory and came back as
// DATABASE_UNAVAILABLE, and clients looping it made other users' requests fail.
jest.setTimeout(180000);

let server: TestHttpServer;
let hub: string;

beforeAll(async () => {
  server = await startTestHttpServer({ NODE_ENV: 'production' });
  await resetDatabase(server.driver, server.config);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-hub-'));
  generateCorpus(10000, 1, dir);
  await ingestDossiers(server.driver, [path.join(dir, 'dossiers')], {
    database: server.config.neo4j.database,
    batchSize: 200,
  });
  const { records } = await server.driver.executeQuery(
    'MATCH (n:Entity) RETURN n.id AS id ORDER BY COUNT { (n)--() } DESC LIMIT 1',
    {},
    { database: server.config.neo4j.database },
  );
  hub = records[0].get('id');
});
afterAll(async () => {
  await seedDatabase(server.driver, server.config);
  await server.close();
});

const hubQuery = () => ({
  query: `query ($id: ID!) { neighbourhood(id: $id, depth: 3, limitPerNode: 100, maxNodes: 1000) {
    truncated omittedNeighbours nodes { id depth } edges { id source target } } }`,
  variables: { id: hub },
});

describe('the largest neighbourhood around a hub', () => {
  it('is answered within the limits, never as DATABASE_UNAVAILABLE', async () => {
    const { json } = await server.post(hubQuery());
    expect(codesOf(json)).toEqual([]);
    const { nodes, edges, truncated } = json.data.neighbourhood;
    expect(nodes.length).toBeGreaterThan(500);
    expect(nodes.length).toBeLessThanOrEqual(1000);
    expect(truncated).toBe(true);
    // Every edge joins two nodes of the answer.
    const ids = new Set(nodes.map((n: { id: string }) => n.id));
    for (const edge of edges)
      expect([ids.has(edge.source), ids.has(edge.target)]).toEqual([true, true]);
  });

  it("8 clients looping it leave everyone else's requests answering", async () => {
    const until = Date.now() + 8000;
    const hubCodes: string[] = [];
    let hubAnswers = 0;
    const others: Array<{ status: number; codes: string[] }> = [];
    const looping = Array.from({ length: 8 }, async () => {
      while (Date.now() < until) {
        const { json } = await server.post(hubQuery());
        hubAnswers += 1;
        hubCodes.push(...codesOf(json));
      }
    });
    const other = (async () => {
      while (Date.now() < until) {
        const { status, json } = await server.post({
          query: '{ rounds(first: 5) { nodes { id participants { id } } } }',
        });
        others.push({ status, codes: codesOf(json) });
      }
    })();
    await Promise.all([...looping, other]);
    expect(hubAnswers).toBeGreaterThan(8);
    expect(hubCodes.filter((code) => code !== 'QUERY_TOO_LARGE')).toEqual([]);
    expect(others.length).toBeGreaterThan(5);
    expect(others.filter((o) => o.status !== 200 || o.codes.length > 0)).toEqual([]);
  });
});
