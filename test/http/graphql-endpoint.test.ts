import { request as httpRequest, Agent } from 'node:http';
import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { seedDatabase } from '../helpers/database';
import { codesOf, startTestHttpServer, TestHttpServer } from '../helpers/http-server';

// POST /graphql with a JSON body is served without the Express app (src/api/graphql-endpoint.ts);
// these tests hold its body reading to what body-parser did, and check that what it leaves to
// the Express route still gets there.

let http: TestHttpServer;

beforeAll(async () => {
  http = await startTestHttpServer({ NODE_ENV: 'production' });
  await seedDatabase(http.driver, http.config);
});
afterAll(() => http.close());

const SEARCH = {
  query: 'query ($q: String!) { search(query: $q, first: 1) { entity { id } matchedBy } }',
  variables: { q: 'زِيلِينْسْكِي' },
};

interface Answer {
  status: number;
  /** Whether the request went over a connection an earlier one had used. */
  reused: boolean;
  headers: Record<string, string | string[] | undefined>;
  json: any;
}

/**
 * Sends a body in pieces of `pieceBytes` with chunked transfer encoding (no Content-Length),
 * each piece written on its own, over `agent` when given.
 */
function postInPieces(
  body: Buffer,
  pieceBytes: number,
  headers: Record<string, string> = { 'content-type': 'application/json' },
  agent?: Agent,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const url = new URL('/graphql', http.url);
    const req = httpRequest(url, { method: 'POST', headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({
          status: res.statusCode ?? 0,
          reused: req.reusedSocket,
          headers: res.headers,
          json: JSON.parse(text),
        });
      });
    });
    req.on('error', reject);
    let offset = 0;
    const writeNext = () => {
      if (offset >= body.length) {
        req.end();
        return;
      }
      const piece = body.subarray(offset, offset + pieceBytes);
      offset += pieceBytes;
      // A refused body is read on and dropped by the server, so every piece can be written.
      if (req.write(piece)) setImmediate(writeNext);
      else req.once('drain', writeNext);
    };
    writeNext();
  });
}

describe('POST /graphql with a JSON body', () => {
  it('decodes UTF-8 split anywhere: Arabic sent one byte at a time answers as sent whole', async () => {
    const whole = await http.post(SEARCH);
    expect(whole.status).toBe(200);
    expect(whole.json.data.search[0].entity.id).toBe('person:volodymyr-zelensky');
    const pieces = await postInPieces(Buffer.from(JSON.stringify(SEARCH)), 1);
    expect(pieces.status).toBe(200);
    expect(pieces.json).toEqual(whole.json);
  });

  it('skips a byte-order mark, and takes an explicit UTF-8 charset', async () => {
    const bom = await http.post(`\ufeff${JSON.stringify(SEARCH)}`);
    expect(bom.json.data.search[0].entity.id).toBe('person:volodymyr-zelensky');
    const charset = await http.post(SEARCH, { 'content-type': 'application/json; charset=UTF-8' });
    expect(charset.json).toEqual(bom.json);
  });

  it('refuses JSON that is not an object or an array, and an empty body, as BAD_REQUEST', async () => {
    for (const body of ['"{ __typename }"', '42', '', '   ']) {
      const response = await http.post(body);
      expect(response.status).toBe(400);
      expect(codesOf(response.json)).toEqual(['BAD_REQUEST']);
    }
  });

  it.each([
    ['gives no Content-Length', {}],
    ['says its length', { 'content-length': 'exact' }],
  ])('refuses a body over the limit that %s, and keeps the connection', async (_, lengthHeader) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const padding = 'x'.repeat(200 * 1024); // twice the limit
      const big = Buffer.from(JSON.stringify({ query: '{ __typename }', variables: { padding } }));
      const headers = {
        'content-type': 'application/json',
        ...('content-length' in lengthHeader ? { 'content-length': String(big.length) } : {}),
      };
      const refused = await postInPieces(big, 16 * 1024, headers, agent);
      expect(refused.status).toBe(413);
      expect(codesOf(refused.json)).toEqual(['PAYLOAD_TOO_LARGE']);
      const next = await postInPieces(
        Buffer.from(JSON.stringify({ query: '{ __typename }' })),
        4,
        undefined,
        agent,
      );
      expect(next.json).toEqual({ data: { __typename: 'Query' } });
      expect(next.reused).toBe(true);
    } finally {
      agent.destroy();
    }
  });
});

describe('a client that goes away', () => {
  it('mid-body leaves the server answering the next request', async () => {
    const { port } = new URL(http.url);
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          'POST /graphql HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\n' +
            'content-length: 1000\r\n\r\n{"query": "{ __ty',
        );
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
      socket.on('error', reject);
    });
    const next = await http.post({ query: '{ __typename }' });
    expect(next.json).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('what the Express route still serves', () => {
  it('answers a gzip-encoded body as the same request sent plain', async () => {
    const body = Buffer.from(JSON.stringify(SEARCH));
    const plain = await postInPieces(body, body.length);
    const gzipped = await postInPieces(gzipSync(body), 64, {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
    });
    expect(gzipped.status).toBe(200);
    expect(gzipped.json).toEqual(plain.json);
    expect(plain.json.data.search[0].entity.id).toBe('person:volodymyr-zelensky');
  });
});
