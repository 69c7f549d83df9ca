import net from 'node:net';
import { codesOf, startTestHttpServer, TestHttpServer } from '../helpers/http-server';
import { openTransactions, resetDatabase, waitFor } from '../helpers/database';

// Downloads that stall and then reset, as a browser tab closed mid-download or a flaky network
// leaves them: each must give back its transaction and its pooled connection at once, or enough
// of them take the API down for every other client.
let server: TestHttpServer;
const transactions = () => openTransactions(server.driver, server.config);
const DOWNLOADS = 200;
const WAVE = 50;
const STALL_MS = 1000;
const BULK = 5000;
// "At once" means well inside the server's stall timeout, so a release that only came from the
// timeout fails the test; the margin absorbs a loaded machine's scheduling, which a deadline of a
// few hundred milliseconds did not.
const STALL_TIMEOUT_MS = 30000;
const RELEASE_MS = 5000;
// Well inside the pool's acquisition timeout (twice the connect timeout, 10 s by default): a
// query that had to wait for a connection held by a dead download would take that long or fail.
const ANSWER_MS = 3000;

beforeAll(async () => {
  server = await startTestHttpServer({
    EXPORT_MAX_CONCURRENT: String(WAVE),
    EXPORT_STALL_TIMEOUT_MS: String(STALL_TIMEOUT_MS),
  });
  await resetDatabase(server.driver, server.config);
  // A graph whose export is megabytes, far more than a socket's buffers hold, so that a client
  // that stops reading leaves the server waiting to write. A fixture of the export's own, made
  // directly: what is read is every entity's id, kind and names; long names fill the buffers
  // with few records, which keeps the test fast.
  await server.driver.executeQuery(
    `UNWIND range(1, $bulk) AS i
     CREATE (:Node:Entity:Person {id: 'person:bulk-' + i, kind: 'Person',
       name_en: 'Bulk person ' + i + ' ' + reduce(s = '', x IN range(1, 100) | s + 'abcdefghij')})`,
    { bulk: BULK },
    { database: server.config.neo4j.database },
  );
});
afterAll(() => server.close());

/**
 * A GET whose client never reads: the server writes until the socket's buffers are full (about
 * a megabyte and a half on loopback) and then waits on the client, mid-stream.
 */
function stalledDownload(path: string, on = server, view?: unknown): net.Socket {
  const socket = net.connect({ host: '127.0.0.1', port: Number(new URL(on.url).port) });
  socket.pause();
  socket.on('error', () => undefined);
  if (view === undefined) socket.write(`GET ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\n\r\n`);
  else {
    const body = Buffer.from(JSON.stringify(view));
    socket.write(
      `POST ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\ncontent-length: ${body.length}\r\n\r\n`,
    );
    socket.write(body);
  }
  return socket;
}

/** Waits until `count` exports are mid-stream: their read transactions are open in Neo4j. */
async function expectOpenExports(count: number) {
  expect(await waitFor(async () => (await transactions()) === count, 20000)).toBe(true);
}

const smallQuery = () => server.post({ query: '{ entities(first: 1) { totalCount } }' });

describe('export downloads that go away', () => {
  jest.setTimeout(120000);
  it(`${DOWNLOADS} downloads reset mid-stream give back every transaction; a query then answers at once`, async () => {
    for (let wave = 0; wave < DOWNLOADS / WAVE; wave += 1) {
      const downloads = Array.from({ length: WAVE }, () => stalledDownload('/export/graph.gexf'));
      await expectOpenExports(WAVE);
      for (const socket of downloads) socket.resetAndDestroy();
      // Released at once, not when the stall timeout or the export's own timeout ends them.
      expect(await waitFor(async () => (await transactions()) === 0, RELEASE_MS)).toBe(true);
    }
    const started = Date.now();
    const answer = await smallQuery();
    expect(Date.now() - started).toBeLessThan(ANSWER_MS);
    expect(answer.json.errors).toBeUndefined();
    expect(answer.json.data.entities.totalCount).toBe(BULK);
  });

  it('a client that stops reading and stays connected is cut after the stall timeout', async () => {
    const impatient = await startTestHttpServer({ EXPORT_STALL_TIMEOUT_MS: String(STALL_MS) });
    try {
      const socket = stalledDownload('/export/nodes.csv', impatient);
      const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
      await expectOpenExports(1);
      expect(await waitFor(async () => (await transactions()) === 0, STALL_MS * 3)).toBe(true);
      socket.resume(); // reads what was buffered, then the end the server gave it
      await closed;
    } finally {
      await impatient.close();
    }
  });

  it('refuses exports beyond the cap with 429 and Retry-After, and serves again once one ends', async () => {
    const downloads = Array.from({ length: WAVE }, () => stalledDownload('/export/graph.gexf'));
    await expectOpenExports(WAVE);
    const refused = await fetch(`${server.url}/export/graph.json`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(codesOf(await refused.json())).toEqual(['TOO_MANY_REQUESTS']);
    // GraphQL is not held up by the exports.
    expect((await smallQuery()).json.errors).toBeUndefined();
    for (const socket of downloads) socket.resetAndDestroy();
    expect(
      await waitFor(
        async () => (await fetch(`${server.url}/export/edges.csv`)).status === 200,
        RELEASE_MS,
      ),
    ).toBe(true);
  });

  it("a view's download (POST) reset mid-stream gives back its transaction too", async () => {
    const view = {
      nodes: Array.from({ length: BULK }, (_, i) => `person:bulk-${i + 1}`),
      edges: [],
    };
    const downloads = Array.from({ length: 5 }, () =>
      stalledDownload('/export/graph.gexf', server, view),
    );
    await expectOpenExports(5);
    for (const socket of downloads) socket.resetAndDestroy();
    expect(await waitFor(async () => (await transactions()) === 0, RELEASE_MS)).toBe(true);
    const started = Date.now();
    expect((await smallQuery()).json.errors).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(ANSWER_MS);
  });

  it('HEAD answers with the headers only, checking the parameters', async () => {
    const head = await fetch(`${server.url}/export/graph.gexf`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toMatch(/gexf/);
    expect(head.headers.get('content-disposition')).toMatch(/parley-graph\.gexf/);
    expect(await head.text()).toBe('');
    const bad = await fetch(`${server.url}/export/graph.gexf?depth=2`, { method: 'HEAD' });
    expect(bad.status).toBe(400);
    const missing = await fetch(`${server.url}/export/graph.gexf?focus=person:nobody`, {
      method: 'HEAD',
    });
    expect(missing.status).toBe(404);
    const found = await fetch(`${server.url}/export/graph.gexf?focus=person:bulk-7`, {
      method: 'HEAD',
    });
    expect(found.status).toBe(200);
    expect(found.headers.get('content-disposition')).toMatch(
      /parley-neighbourhood-person-bulk-7-depth-1\.gexf/,
    );
  });
});
