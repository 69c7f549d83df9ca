import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { addCuratorToken } from '../../src/api/auth/curator-tokens';
import {
  capturingLogger,
  codesOf,
  startTestHttpServer,
  TestHttpServer,
} from '../helpers/http-server';
import { graphCounts, resetDatabase, SEED_DIR, seedDatabase } from '../helpers/database';
import { SEED_DOSSIER } from '../helpers/dossier-fixtures';

// The write API against the tests' Neo4j: a dossier sent with its source's text goes through the
// same validation and replace path as the CLI's ingest, and only a curator token may write.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-tokens-'));
const tokensFile = path.join(dir, 'curator-tokens.json');
const token = addCuratorToken(tokensFile, 'Alice Curator');
const SOURCE_FILE = '../sources/2026-02-04-trilateral-talks-round-2.ar.txt';
const seedBody = () => ({
  dossier: fs.readFileSync(SEED_DOSSIER, 'utf8'),
  sources: { [SOURCE_FILE]: fs.readFileSync(path.resolve(SEED_DIR, SOURCE_FILE), 'utf8') },
});

const { logger, lines } = capturingLogger();
let server: TestHttpServer;
let cliCounts: Awaited<ReturnType<typeof graphCounts>>;

beforeAll(async () => {
  server = await startTestHttpServer(
    {
      PARLEY_CURATOR_TOKENS_FILE: tokensFile,
      PARLEY_WRITES_PER_MINUTE: '0',
      PARLEY_DOSSIER_DIR: path.join(dir, 'dossiers'),
    },
    logger,
  );
  // What the command line's ingest of the seed makes, to compare the API's write with.
  await seedDatabase(server.driver, server.config);
  cliCounts = await graphCounts(server.driver, server.config);
  await resetDatabase(server.driver, server.config);
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const send = (
  base: string,
  body: unknown,
  headers: Record<string, string> = { authorization: `Bearer ${token}` },
  method = 'POST',
  route = '/api/dossiers',
) =>
  fetch(`${base}${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });

/** Sends a write that must be refused, and checks that the graph is the same before and after. */
async function refused(
  request: () => Promise<Response>,
  status: number,
  code: string,
  target = server,
): Promise<any> {
  const before = await graphCounts(target.driver, target.config);
  const response = await request();
  const json = await response.json();
  expect({ status: response.status, codes: codesOf(json) }).toEqual({ status, codes: [code] });
  expect(await graphCounts(target.driver, target.config)).toEqual(before);
  return { response, json };
}

describe('POST /api/dossiers', () => {
  it('keeps only a salted hash of each token in the token file', () => {
    const file = fs.readFileSync(tokensFile, 'utf8');
    const [, id, secret] = /^parley_([0-9a-f]+)_(.+)$/.exec(token)!;
    expect(file).toContain(id);
    expect(file).not.toContain(secret);
    expect(fs.statSync(tokensFile).mode & 0o777).toBe(0o600);
  });

  it('refuses a write without a token, or with a wrong one, with 401 and writes nothing', async () => {
    const { response } = await refused(
      () => send(server.url, seedBody(), {}),
      401,
      'UNAUTHENTICATED',
    );
    expect(response.headers.get('www-authenticate')).toBe('Bearer realm="parley"');
    const wrongSecret = token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
    for (const bad of [wrongSecret, 'parley_000000000000_' + 'A'.repeat(43), 'not-a-token'])
      await refused(
        () => send(server.url, seedBody(), { authorization: `Bearer ${bad}` }),
        401,
        'UNAUTHENTICATED',
      );
    // A token in a cookie is not a token.
    await refused(
      () => send(server.url, seedBody(), { cookie: `token=${token}` }),
      401,
      'UNAUTHENTICATED',
    );
  });

  it('refuses an invalid dossier with 422 and every problem at its path, and writes nothing', async () => {
    const body = seedBody();
    body.dossier = body.dossier.replace(/start: 553\b/, 'start: 554');
    const { json } = await refused(() => send(server.url, body), 422, 'INVALID_DOSSIER');
    expect(json.errors[0].extensions.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'dossier',
          path: expect.stringMatching(/^entities\.0\.evidence\.0/),
        }),
      ]),
    );
    // Its source's text not sent: the server never looks for it on its own disk.
    const { json: missing } = await refused(
      () => send(server.url, { dossier: seedBody().dossier }),
      422,
      'INVALID_DOSSIER',
    );
    expect(missing.errors[0].extensions.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: 'sources.0.file',
          message: expect.stringContaining('was not sent'),
        }),
      ]),
    );
    await refused(() => send(server.url, { dossier: 'a: [unclosed' }), 422, 'INVALID_DOSSIER');
    await refused(() => send(server.url, '{"dossier": '), 400, 'BAD_REQUEST');
    await refused(() => send(server.url, { dossier: 'x', extra: 1 }), 400, 'BAD_REQUEST');
    await refused(
      () =>
        send(server.url, 'dossier: x', {
          authorization: `Bearer ${token}`,
          'content-type': 'text/yaml',
        }),
      400,
      'BAD_REQUEST',
    );
  });

  it('ingests a valid dossier as the command line does, and the API reads it with its bookmark', async () => {
    const response = await send(server.url, seedBody());
    const json = await response.json();
    expect(response.status).toBe(200);
    expect(json.versions).toEqual(['trilateral-talks-round-2@1']);
    expect(json.retracted).toEqual({ nodes: 0, relationships: 0 });
    expect(json.bookmarks.length).toBeGreaterThan(0);
    expect(response.headers.get('x-parley-bookmark')).toBe(json.bookmarks.join(','));
    expect(await graphCounts(server.driver, server.config)).toEqual(cliCounts);

    const read = await server.post(
      {
        query: `{ entity(id: "person:rustem-umerov") { ... on Person { leads { led { id } evidence { quote start end source { id } } } } } }`,
      },
      { 'x-parley-bookmark': json.bookmarks.join(',') },
    );
    expect(read.status).toBe(200);
    const leads = read.json.data.entity.leads;
    expect(leads.map((lead: any) => lead.led.id)).toContain('delegation:round-1-ukraine');
    expect(leads[0].evidence[0].quote.length).toBeGreaterThan(0);
    expect(leads[0].evidence[0].source.id).toBe('source:2026-02-04-trilateral-talks-round-2');

    const logged = lines.find((line) => line.msg === 'dossier ingested');
    expect(logged).toMatchObject({
      curator: 'Alice Curator',
      versions: ['trilateral-talks-round-2@1'],
      retracted: { nodes: 0, relationships: 0 },
    });
    expect(logged!.written.entities).toBeGreaterThan(0);

    // The same dossier again: a version the graph holds already, nothing written.
    const again = await (await send(server.url, seedBody())).json();
    expect(again).toMatchObject({ versions: [], unchanged: ['trilateral-talks-round-2'] });
    expect(await graphCounts(server.driver, server.config)).toEqual(cliCounts);
  });

  it('withdraws a dossier with DELETE, and refuses one the graph does not hold with 404', async () => {
    await refused(
      () => send(server.url, undefined, {}, 'DELETE', '/api/dossiers/trilateral-talks-round-2'),
      401,
      'UNAUTHENTICATED',
    );
    const response = await send(
      server.url,
      undefined,
      undefined,
      'DELETE',
      '/api/dossiers/trilateral-talks-round-2',
    );
    const json = await response.json();
    expect(response.status).toBe(200);
    expect(json.versions).toEqual(['trilateral-talks-round-2@2']);
    expect(json.retracted.nodes).toBeGreaterThan(0);
    const read = await server.post(
      { query: '{ entity(id: "person:rustem-umerov") { id } }' },
      { 'x-parley-bookmark': json.bookmarks.join(',') },
    );
    expect(codesOf(read.json)).toEqual(['NOT_FOUND']);
    expect(lines.find((line) => line.msg === 'dossier withdrawn')).toMatchObject({
      curator: 'Alice Curator',
      versions: ['trilateral-talks-round-2@2'],
    });
    await refused(
      () => send(server.url, undefined, undefined, 'DELETE', '/api/dossiers/no-such-dossier'),
      404,
      'NOT_FOUND',
    );
    await refused(
      () => send(server.url, undefined, undefined, 'DELETE', '/api/dossiers/Not%20an%20id'),
      400,
      'BAD_REQUEST',
    );
  });
});

describe('checking and saving dossiers', () => {
  const folder = () => path.join(dir, 'dossiers');
  const filesIn = (at: string): string[] =>
    fs.existsSync(at)
      ? fs
          .readdirSync(at, { withFileTypes: true })
          .flatMap((entry) =>
            entry.isDirectory()
              ? filesIn(path.join(at, entry.name)).map((name) => `${entry.name}/${name}`)
              : [entry.name],
          )
          .sort()
      : [];

  it('checks a dossier as an ingest would, writing nothing, with no token needed', async () => {
    const before = await graphCounts(server.driver, server.config);
    const good = await (
      await send(server.url, seedBody(), {}, 'POST', '/api/dossiers/check')
    ).json();
    expect(good).toMatchObject({ valid: true, problems: [] });
    expect(good.yaml).toMatch(/^dossier: trilateral-talks-round-2\nsources:\n/);
    const body = seedBody();
    body.dossier = body.dossier.replace(/start: 553\b/, 'start: 554');
    const bad = await (await send(server.url, body, {}, 'POST', '/api/dossiers/check')).json();
    expect(bad.valid).toBe(false);
    expect(bad.problems[0].path).toMatch(/^entities\.0\.evidence\.0/);
    expect(await graphCounts(server.driver, server.config)).toEqual(before);
  });

  it('saves a dossier to the folder only with a token, and opens it again as it was', async () => {
    const put = (headers?: Record<string, string>, id = 'trilateral-talks-round-2') =>
      send(server.url, seedBody(), headers, 'PUT', `/api/saved-dossiers/${id}`);
    for (const headers of [
      {} as Record<string, string>,
      { authorization: 'Bearer parley_000000000000_' + 'A'.repeat(43) },
    ]) {
      const response = await put(headers);
      expect(response.status).toBe(401);
      expect(filesIn(folder())).toEqual([]);
    }
    const wrongId = await put(undefined, 'another-dossier');
    expect({ status: wrongId.status, codes: codesOf(await wrongId.json()) }).toEqual({
      status: 400,
      codes: ['BAD_REQUEST'],
    });
    expect(filesIn(folder())).toEqual([]);

    const saved = await put();
    expect(saved.status).toBe(200);
    expect(filesIn(folder())).toEqual([
      'sources/2026-02-04-trilateral-talks-round-2.txt',
      'trilateral-talks-round-2.yaml',
    ]);
    const list = await (await fetch(`${server.url}/api/saved-dossiers`)).json();
    expect(list.dossiers.map((d: { dossier: string }) => d.dossier)).toEqual([
      'trilateral-talks-round-2',
    ]);
    const opened = await (
      await fetch(`${server.url}/api/saved-dossiers/trilateral-talks-round-2`)
    ).json();
    expect(opened.dossier).toContain('file: sources/2026-02-04-trilateral-talks-round-2.txt');
    expect(opened.sources).toEqual({
      'sources/2026-02-04-trilateral-talks-round-2.txt': Object.values(seedBody().sources)[0],
    });
    // What was saved is what was sent, in the stable form: it checks as the original does.
    const check = await (await send(server.url, opened, {}, 'POST', '/api/dossiers/check')).json();
    expect(check.problems).toEqual([]);
    expect((await put()).status).toBe(200);
    expect(fs.readFileSync(path.join(folder(), 'trilateral-talks-round-2.yaml'), 'utf8')).toBe(
      opened.dossier,
    );
    const missing = await fetch(`${server.url}/api/saved-dossiers/no-such-dossier`);
    expect(missing.status).toBe(404);
  });
});

describe('write limits', () => {
  let limited: TestHttpServer;
  let closed: TestHttpServer;
  beforeAll(async () => {
    limited = await startTestHttpServer({
      PARLEY_CURATOR_TOKENS_FILE: tokensFile,
      PARLEY_WRITES_PER_MINUTE: '2',
      PARLEY_MAX_DOSSIER_BYTES: '2048',
    });
    closed = await startTestHttpServer({
      PARLEY_CURATOR_TOKENS_FILE: path.join(dir, 'no-such-file.json'),
    });
  });
  afterAll(async () => {
    await limited.close();
    await closed.close();
  });

  it('refuses every write with 403 on a server that has no curator tokens', async () => {
    await refused(() => send(closed.url, seedBody()), 403, 'FORBIDDEN', closed);
  });

  it('refuses a body over the limit with 413, and a token over its rate with 429', async () => {
    await refused(() => send(limited.url, seedBody()), 413, 'PAYLOAD_TOO_LARGE', limited);
    await refused(() => send(limited.url, { dossier: 'x', extra: 1 }), 400, 'BAD_REQUEST', limited);
    const { response } = await refused(
      () => send(limited.url, seedBody()),
      429,
      'TOO_MANY_REQUESTS',
      limited,
    );
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
