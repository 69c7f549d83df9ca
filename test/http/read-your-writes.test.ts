import { ingestDossiers } from '../../src/ingest/ingest.service';
import { codesOf, startTestHttpServer, TestHttpServer } from '../helpers/http-server';
import { graphCounts, seedDatabase } from '../helpers/database';
import { loadSeedDossier, writeDossier } from '../helpers/dossier-fixtures';
import { testEnvironment } from '../helpers/test-neo4j';

// The API and the ingest through the routing scheme, as against a cluster or Aura: reads go to
// readers in READ sessions, and a read that carries an ingest's bookmark sees that write. On one
// server the routing table names that server.
let server: TestHttpServer;
const routed = testEnvironment().NEO4J_URI!.replace(/^bolt:/, 'neo4j:');

beforeAll(async () => {
  server = await startTestHttpServer({ NEO4J_URI: routed });
  await seedDatabase(server.driver, server.config);
});
afterAll(() => server.close());

describe('read your writes through neo4j://', () => {
  it('answers a read that carries the bookmark an ingest printed with what it wrote', async () => {
    expect(server.config.neo4j.uri).toMatch(/^neo4j:\/\//);
    const seed = loadSeedDossier();
    const report = await ingestDossiers(
      server.driver,
      [
        writeDossier({
          dossier: 'a-later-report',
          sources: seed.sources,
          entities: [
            {
              ...seed.entities.find((e: { id: string }) => e.id === 'person:rustem-umerov'),
              id: 'person:umerov-as-a-later-report-names-him',
            },
          ],
        }),
      ],
      { database: server.config.neo4j.database },
    );
    expect(report.bookmarks.length).toBeGreaterThan(0);
    const { status, json } = await server.post(
      { query: '{ node(id: "person:umerov-as-a-later-report-names-him") { id } }' },
      { 'x-parley-bookmark': report.bookmarks.join(',') },
    );
    expect(status).toBe(200);
    expect(json).toEqual({ data: { node: { id: 'person:umerov-as-a-later-report-names-him' } } });
    // A download that carries it too.
    const download = await fetch(`${server.url}/export/nodes.csv`, {
      headers: { 'x-parley-bookmark': report.bookmarks.join(',') },
    });
    expect(download.status).toBe(200);
    expect(await download.text()).toContain('person:umerov-as-a-later-report-names-him');
  });

  it('refuses an unusable bookmark header with BAD_REQUEST, and reads nothing', async () => {
    const before = await graphCounts(server.driver, server.config);
    const { status, json } = await server.post(
      { query: '{ entities(first: 1) { nodes { id } } }' },
      { 'x-parley-bookmark': 'not a bookmark; DROP' },
    );
    expect(status).toBe(400);
    expect(codesOf(json)).toEqual(['BAD_REQUEST']);
    expect(json.data).toBeUndefined();
    for (const method of ['GET', 'HEAD']) {
      const download = await fetch(`${server.url}/export/graph.gexf`, {
        method,
        headers: { 'x-parley-bookmark': 'not a bookmark; DROP' },
      });
      expect(download.status).toBe(400);
      if (method === 'GET') expect(codesOf(await download.json())).toEqual(['BAD_REQUEST']);
    }
    expect(await graphCounts(server.driver, server.config)).toEqual(before);
  });
});
