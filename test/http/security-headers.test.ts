import { execFileSync } from 'node:child_process';
import { getIntrospectionQuery } from 'graphql';
import { PROJECT_ROOT } from '../../src/config';
import { codesOf, startTestHttpServer, TestHttpServer } from '../helpers/http-server';

// What a browser is told of every response: where the page may load from, that it may not be
// framed, sniffed or followed by a referrer; and what production leaves out.
let production: TestHttpServer;
let development: TestHttpServer;

beforeAll(async () => {
  // The explorer is served from its build, as users get it.
  execFileSync('node', ['scripts/build-pages.mjs'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  production = await startTestHttpServer({ NODE_ENV: 'production' });
  development = await startTestHttpServer({ NODE_ENV: 'development' });
});
afterAll(async () => {
  await production.close();
  await development.close();
});

const graphqlBody = JSON.stringify({ query: '{ __typename }' });

describe('security headers', () => {
  // Every row has its three values: jest hands a test with fewer a `done` callback to wait for.
  const requests: Array<[string, string, RequestInit]> = [
    ['the playground', '/', {}],
    ['the explorer', '/explore', {}],
    ['the curation page', '/curate', {}],
    ['a write', '/api/dossiers', { method: 'POST' }],
    ['a page asset', '/playground/assets/playground.js', {}],
    [
      'GraphQL',
      '/graphql',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: graphqlBody },
    ],
    [
      'GraphQL through the other route',
      '/graphql',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset="utf-8"; x=y' },
        body: graphqlBody,
      },
    ],
    ['an export', '/export/nodes.csv', {}],
    ['a refused export', '/export/graph.gexf?depth=9', {}],
    ['health', '/health/live', {}],
    ['a page that is not there', '/nowhere', {}],
  ];
  it('a path not served is a typed JSON 404', async () => {
    const response = await fetch(`${production.url}/nowhere`);
    expect(response.status).toBe(404);
    expect(codesOf(await response.json())).toEqual(['NOT_FOUND']);
  });

  it.each(requests)('are on %s', async (_name, path, init) => {
    const response = await fetch(`${production.url}${path}`, init);
    await response.arrayBuffer();
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).toMatch(/object-src 'none'/);
    expect(csp).not.toMatch(/upgrade-insecure-requests/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });
});

describe('production', () => {
  it("serves the pages' scripts but not their source maps; development serves both", async () => {
    for (const [server, mapStatus] of [
      [production, 404],
      [development, 200],
    ] as const)
      for (const page of ['explore', 'curate']) {
        expect((await fetch(`${server.url}/${page}/assets/${page}.js`)).status).toBe(200);
        expect((await fetch(`${server.url}/${page}/assets/${page}.js.map`)).status).toBe(mapStatus);
      }
  });

  it('answers no introspection unless PARLEY_INTROSPECTION asks for it', async () => {
    const refused = await production.post({ query: getIntrospectionQuery() });
    expect(codesOf(refused.json)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(refused.json.data).toBeUndefined();
    const allowed = await development.post({ query: getIntrospectionQuery() });
    expect(allowed.json.data.__schema.queryType.name).toBe('Query');
  });
});
