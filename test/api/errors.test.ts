import { createServer } from '../../src/api/server';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { createTestApi, errorCodes, TestApi } from '../helpers/api';
import { graphCounts, seedDatabase } from '../helpers/database';
import { testEnvironment } from '../helpers/test-neo4j';

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi({ NODE_ENV: 'production' });
  await seedDatabase(api.driver, api.config);
});
afterAll(() => api.close());

const expectCode = async (query: string, code: string, variables?: Record<string, unknown>) => {
  const result = await api.run(query, variables);
  expect(errorCodes(result)).toEqual([code]);
  for (const error of result.errors ?? []) {
    expect(error.extensions?.stacktrace).toBeUndefined();
    expect(error.message).not.toMatch(/MATCH|UNWIND|Neo4j|at \w+ \(/);
  }
  return result;
};

describe('typed errors', () => {
  it('NOT_FOUND for a well-formed id with no node', async () => {
    const result = await expectCode('{ entity(id: "person:nobody") { id } }', 'NOT_FOUND');
    expect(result.errors?.[0].message).toBe('No entity with id "person:nobody".');
    await expectCode('{ event(id: "person:rustem-umerov") { id } }', 'NOT_FOUND');
    expect((await api.run('{ node(id: "claim:nothing") { id } }')).data).toEqual({ node: null });
  });

  it('BAD_USER_INPUT for malformed ids, page sizes, cursors, dates and relationship types', async () => {
    await expectCode('{ entity(id: "Robert\'); DROP TABLE") { id } }', 'BAD_USER_INPUT');
    for (const first of [0, -1, 101, 1000]) {
      await expectCode(
        'query ($first: Int) { entities(first: $first) { nodes { id } } }',
        'BAD_USER_INPUT',
        { first },
      );
    }
    await expectCode('{ entities(after: "not-a-cursor") { nodes { id } } }', 'BAD_USER_INPUT');
    await expectCode('{ claims(from: "2026-13-01") { nodes { id } } }', 'BAD_USER_INPUT');
    await expectCode('{ claims(to: "yesterday") { nodes { id } } }', 'BAD_USER_INPUT');
    await expectCode(
      '{ entity(id: "country:russia") { relations(types: ["IN_SOURCE"]) { id } } }',
      'BAD_USER_INPUT',
    );
    await expectCode(
      '{ entity(id: "country:russia") { relations(types: ["X`]->() DETACH DELETE n //"]) { id } } }',
      'BAD_USER_INPUT',
    );
    await expectCode(
      `{ entities(nameContains: "${'x'.repeat(201)}") { nodes { id } } }`,
      'BAD_USER_INPUT',
    );
    await expectCode(
      `{ nodes(ids: ${JSON.stringify(Array.from({ length: 101 }, (_, i) => `person:p${i}`))}) { id } }`,
      'BAD_USER_INPUT',
    );
  });

  it('leaves the graph unchanged whatever the arguments say', async () => {
    const before = await graphCounts(api.driver, api.config);
    for (const hostile of [
      "' OR 1=1 //",
      '`}) DETACH DELETE n //',
      '"}) MATCH (n) DETACH DELETE n RETURN 1 //',
    ]) {
      await api.run('query ($q: String) { entities(nameContains: $q) { nodes { id } } }', {
        q: hostile,
      });
      await api.run('query ($id: ID) { claims(speaker: $id) { nodes { id } } }', { id: hostile });
    }
    expect(await graphCounts(api.driver, api.config)).toEqual(before);
  });

  it('GraphQL validation errors keep their own codes', async () => {
    await expectCode('{ entities { nodes { nonsense } } }', 'GRAPHQL_VALIDATION_FAILED');
    await expectCode('{ entities(first: "ten") { nodes { id } } }', 'GRAPHQL_VALIDATION_FAILED');
  });

  it('DATABASE_UNAVAILABLE within seconds when Neo4j cannot be reached, with no internals', async () => {
    const config = loadConfig(
      testEnvironment({
        NODE_ENV: 'production',
        NEO4J_URI: 'bolt://127.0.0.1:1',
        NEO4J_CONNECT_TIMEOUT_MS: '1000',
      }),
    );
    const driver = createDriver(config);
    const server = await createServer(config, driver);
    await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
    const { port } = server.httpServer.address() as { port: number };
    try {
      const started = Date.now();
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ rounds { nodes { id } } }' }),
      });
      const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
      expect(Date.now() - started).toBeLessThan(10000);
      expect(body.errors.map((e) => e.extensions.code)).toEqual(['DATABASE_UNAVAILABLE']);
      expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|stack|127\.0\.0\.1:1/);
    } finally {
      await server.apollo.stop();
      await driver.close();
    }
  });
});
