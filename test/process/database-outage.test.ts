import { codesOf, startTestHttpServer, TestHttpServer } from '../helpers/http-server';
import { ownNeo4j } from '../helpers/own-neo4j';

// Stopping and starting Neo4j takes a while; this file has one instance of its own for it.
jest.setTimeout(180000);

const neo4j = ownNeo4j('outage', Number(process.env.LOCAL_NEO4J_OUTAGE_PORT || 7696));
let http: TestHttpServer;

beforeAll(async () => {
  await neo4j.start();
  http = await startTestHttpServer({
    NEO4J_URI: neo4j.uri,
    NEO4J_PASSWORD: neo4j.password,
    NEO4J_CONNECT_TIMEOUT_MS: '2000',
    NODE_ENV: 'production',
  });
});
afterAll(async () => {
  await http?.close();
  await neo4j.stop();
});

const QUERY = { query: '{ entities(first: 1) { nodes { id } } }' };
const ready = async () => (await fetch(`${http.url}/health/ready`)).status;

async function waitFor(condition: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - started;
}

describe('when Neo4j goes away and comes back', () => {
  it('fails fast with DATABASE_UNAVAILABLE, reports not ready, and recovers with no restart', async () => {
    expect((await http.post(QUERY)).json).toEqual({ data: { entities: { nodes: [] } } });
    expect(await ready()).toBe(200);
    expect((await fetch(`${http.url}/health/live`)).status).toBe(200);

    await neo4j.stop();
    const started = Date.now();
    const down = await http.post(QUERY);
    expect(Date.now() - started).toBeLessThan(10000);
    expect(codesOf(down.json)).toEqual(['DATABASE_UNAVAILABLE']);
    const readiness = await fetch(`${http.url}/health/ready`);
    expect(readiness.status).toBe(503);
    expect(await readiness.json()).toEqual({
      status: 'unavailable',
      dependency: 'neo4j',
      reason: 'Neo4j is not reachable (connection refused or lost).',
    });
    expect((await fetch(`${http.url}/health/live`)).status).toBe(200);

    await neo4j.start();
    await waitFor(async () => (await ready()) === 200, 60000);
    expect((await http.post(QUERY)).json).toEqual({ data: { entities: { nodes: [] } } });
  });
});
