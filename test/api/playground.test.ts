import fs from 'node:fs';
import path from 'node:path';
import Graph from 'graphology';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config';
import { createServer, ParleyServer } from '../../src/api/server';
import { parse, type OperationDefinitionNode } from 'graphql';
import {
  EXAMPLE_QUERIES,
  namedExample,
  operationName,
} from '../../src/api/playground/example-queries';
import { openTestDatabase, seedDatabase } from '../helpers/database';

let server: ParleyServer;
let driver: Driver;
let base: string;

beforeAll(async () => {
  const db = openTestDatabase();
  driver = db.driver;
  await seedDatabase(driver, db.config);
  server = await createServer(db.config, driver);
  await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.httpServer.address() as { port: number }).port}`;
});
afterAll(async () => {
  await server.apollo.stop();
  await driver.close();
});

describe('the playground', () => {
  it('is a GraphiQL page whose every asset is served by Parley itself', async () => {
    const response = await fetch(`${base}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const html = await response.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)]
      .map((m) => m[1])
      .filter((asset) => asset !== 'data:,');
    // GraphiQL's stylesheet and React, ReactDOM and GraphiQL, then the page's own two files.
    expect(assets.length).toBe(6);
    expect(html).not.toMatch(/https?:\/\//);
    // No inline script (the page's CSP allows none); the configuration is JSON data.
    expect(html).not.toMatch(/<script>/);
    for (const asset of assets) {
      expect(asset.startsWith('/playground/assets/')).toBe(true);
      const file = await fetch(`${base}${asset}`);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toMatch(
        asset.endsWith('.css') ? /text\/css/ : /javascript/,
      );
      expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(
        /playground\.(js|css)$/.test(asset) ? 40 : 1000,
      );
    }
  });

  it('comes with the example queries preloaded', async () => {
    const html = await (await fetch(`${base}/playground`)).text();
    for (const example of EXAMPLE_QUERIES)
      expect(html).toContain(JSON.stringify(namedExample(example)).slice(1, 40));
    const script = await (await fetch(`${base}/playground/assets/playground.js`)).text();
    expect(script).toContain('defaultTabs');
  });

  it('names each tab after its example, and each named query runs', async () => {
    const html = await (await fetch(`${base}/playground`)).text();
    const config = JSON.parse(
      /<script id="playground-config" type="application\/json">([\s\S]*?)<\/script>/.exec(html)![1],
    );
    const names = config.tabs.map((tab: { query: string }) => {
      const operation = parse(tab.query).definitions[0] as OperationDefinitionNode;
      return operation.name?.value;
    });
    expect(names).toEqual(EXAMPLE_QUERIES.map((e) => operationName(e.title)));
    expect(new Set(names).size).toBe(names.length);
    expect(names[0]).toBe('RoundsDelegationsAndLeadersWithEvidence');
    for (const tab of config.tabs) {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: tab.query }),
      });
      expect((await response.json()).errors).toBeUndefined();
    }
  });

  it("has the README's example queries as its tabs, in the README's order", () => {
    const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1].trim());
    const tabs = EXAMPLE_QUERIES.map((e) => e.query.replace(/^#.*\n/, '').trim());
    expect(tabs).toEqual(blocks);
  });

  it("imports the README's graphology example into graphology as it comes", async () => {
    const example = EXAMPLE_QUERIES.find((e) => e.title.includes('graphology'))!;
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: example.query }),
    });
    const { data } = await response.json();
    const graph = new Graph({ multi: true });
    graph.import(data.neighbourhood);
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(3);
    expect(graph.getNodeAttribute('person:igor-kostyukov', 'kind')).toBe('Person');
  });

  it('serves nothing else from node_modules', async () => {
    expect((await fetch(`${base}/playground/assets/..%2F..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${base}/playground/assets/graphql.js`)).status).toBe(404);
  });

  it('answers GraphQL over HTTP at /graphql', async () => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });
});
