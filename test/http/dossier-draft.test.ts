import fs from 'node:fs';
import os from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { addCuratorToken } from '../../src/api/auth/curator-tokens';
import { startTestHttpServer, TestHttpServer } from '../helpers/http-server';
import { openTransactions, SEED_DIR, seedDatabase, waitFor } from '../helpers/database';

// POST /api/dossiers/draft against the tests' Neo4j: an article drafted against the graph's
// names, bad input refused with a typed error, and names the graph learns through an ingest here
// matched by the next draft.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-draft-'));
const tokensFile = path.join(dir, 'curator-tokens.json');
const token = addCuratorToken(tokensFile, 'Draft Curator');
const text = fs.readFileSync(
  path.resolve(SEED_DIR, '../sources/2026-02-04-trilateral-talks-round-2.ar.txt'),
  'utf8',
);
let server: TestHttpServer;
const transactions = () => openTransactions(server.driver, server.config);

beforeAll(async () => {
  server = await startTestHttpServer({
    PARLEY_CURATOR_TOKENS_FILE: tokensFile,
    PARLEY_DOSSIER_DIR: path.join(dir, 'dossiers'),
  });
  await seedDatabase(server.driver, server.config);
});
afterAll(async () => {
  await seedDatabase(server.driver, server.config);
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const draft = (body: unknown) =>
  fetch(`${server.url}/api/dossiers/draft`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('drafts that go away', () => {
  jest.setTimeout(60000);
  // The first draft reads every entity's names (the gazetteer, kept by the server): clients that
  // reset mid-request must leave no transaction behind, and the API must answer at once after.
  it('requests reset while the gazetteer is read leave no transaction open; a query then answers at once', async () => {
    await server.driver.executeQuery(
      `UNWIND range(1, 20000) AS i
       CREATE (:Node:Entity:Person {id: 'person:bulk-' + i, kind: 'Person',
         name_en: 'Bulk person ' + i + ' ' + reduce(s = '', x IN range(1, 100) | s + 'abcdefghij')})`,
      {},
      { database: server.config.neo4j.database },
    );
    const body = Buffer.from(JSON.stringify({ text, language: 'ar', publishedOn: '2026-02-04' }));
    const sockets = Array.from({ length: 20 }, () => {
      const socket = net.connect({ host: '127.0.0.1', port: Number(new URL(server.url).port) });
      socket.on('error', () => undefined);
      socket.write(
        `POST /api/dossiers/draft HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`,
      );
      socket.write(body);
      return socket;
    });
    // Reset mid-read: twenty requests wait on one read of the names, which is under way.
    expect(await waitFor(async () => (await transactions()) === 1, 5000)).toBe(true);
    for (const socket of sockets) socket.resetAndDestroy();
    expect(await waitFor(async () => (await transactions()) === 0, 10000)).toBe(true);
    const started = Date.now();
    const answer = await server.post({ query: '{ entities(first: 1) { totalCount } }' });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(answer.json.data.entities.totalCount).toBe(20028);
    expect((await draft({ text, language: 'ar', publishedOn: '2026-02-04' })).status).toBe(200);
  });
});

describe('POST /api/dossiers/draft', () => {
  it('drafts an article against the graph, every proposal marked, with its stable YAML', async () => {
    const response = await draft({ text, language: 'ar', publishedOn: '2026-02-04' });
    expect(response.status).toBe(200);
    const { dossier, yaml } = (await response.json()) as {
      dossier: { entities: Array<{ id: string; draft?: unknown }>; claims: unknown[] };
      yaml: string;
    };
    expect(dossier.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining(['person:rustem-umerov', 'country:ukraine', 'organization:tass']),
    );
    expect(dossier.entities.every((e) => e.draft)).toBe(true);
    expect(dossier.claims).toHaveLength(6);
    expect(yaml).toMatch(/^dossier: /);
  });

  it('refuses bad input with BAD_REQUEST, saying what is wrong', async () => {
    for (const [body, pattern] of [
      [{ text, language: 'fr', publishedOn: '2026-02-04' }, /language is one of ar, en, ru, uk/],
      [{ text, language: 'ar', publishedOn: '4 Feb' }, /publishedOn is a date/],
      [{ language: 'ar', publishedOn: '2026-02-04' }, /text/],
    ] as const) {
      const response = await draft(body);
      expect(response.status).toBe(400);
      const answer = (await response.json()) as {
        errors: Array<{ message: string; extensions: { code: string } }>;
      };
      expect(answer.errors[0].extensions.code).toBe('BAD_REQUEST');
      expect(answer.errors[0].message).toMatch(pattern);
    }
  });

  it('imports brat annotations as a draft, and refuses a wrong offset at its id, writing nothing', async () => {
    const ann = fs.readFileSync(
      path.resolve(__dirname, '../fixtures/annotations/seed-first-paragraph.ann'),
      'utf8',
    );
    const send = (annotations: string) =>
      fetch(`${server.url}/api/dossiers/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          text,
          language: 'ar',
          publishedOn: '2026-02-04',
          format: 'brat',
          annotations,
        }),
      });
    const imported = (await (await send(ann)).json()) as {
      dossier: {
        entities: Array<{ id: string; names: Record<string, string>; evidence: unknown[] }>;
      };
    };
    expect(imported.dossier.entities.map((e) => [e.id, e.evidence])).toEqual([
      ['delegation:round-2-ukraine', [{ start: 21, end: 38, quote: 'مفاوضون أوكرانيون' }]],
      ['delegation:round-2-russia', [{ start: 40, end: 43, quote: 'روس' }]],
      ['country:united-states', [{ start: 78, end: 85, quote: 'أمريكية' }]],
    ]);
    // Names of entities the graph knows come from the graph.
    expect(imported.dossier.entities[2].names.en).toBe('United States');
    const refused = await send(ann.replace('T3\tCountry 78 85', 'T3\tCountry 77 84'));
    expect(refused.status).toBe(422);
    const answer = (await refused.json()) as {
      errors: Array<{ extensions: { code: string; problems: Array<{ path: string }> } }>;
    };
    expect(answer.errors[0].extensions.code).toBe('INVALID_DOSSIER');
    expect(answer.errors[0].extensions.problems.map((p) => p.path)).toEqual(['T3']);
  });

  it('matches a name the graph learnt through an ingest on this server, at the next draft', async () => {
    const article = 'Talks with Zorbania resumed today, Zorbania said.';
    const names = async () =>
      (
        (await (
          await draft({ text: article, language: 'en', publishedOn: '2026-02-04' })
        ).json()) as {
          dossier: { entities: Array<{ id: string }> };
        }
      ).dossier.entities.map((e) => e.id);
    expect(await names()).not.toContain('country:zorbania');
    const dossier = {
      dossier: 'zorbania',
      sources: [
        {
          id: 'source:zorbania',
          file: 'z.txt',
          language: 'en',
          publishedOn: '2026-02-04',
          title: { en: 'Z' },
        },
      ],
      entities: [
        {
          id: 'country:zorbania',
          kind: 'Country',
          names: { en: 'Zorbania' },
          evidence: [{ start: 11, end: 19, quote: 'Zorbania' }],
        },
      ],
    };
    const ingested = await fetch(`${server.url}/api/dossiers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ dossier: JSON.stringify(dossier), sources: { 'z.txt': article } }),
    });
    expect(ingested.status).toBe(200);
    expect(await names()).toContain('country:zorbania');
  });
});
