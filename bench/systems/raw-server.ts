/**
 * The floor: a minimal HTTP server that answers each question with one hand-written,
 * parameterised Cypher statement through neo4j-driver, and nothing else. POST /<question> with
 * the parameters as a JSON body; GET /stats reports the statements sent so far.
 */
import http from 'node:http';
import neo4j from 'neo4j-driver';
import { RAW_STATEMENTS } from '../cypher';
import { countStatements } from './statement-counter';

const statements = countStatements();
const driver = neo4j.driver(
  process.env.NEO4J_URI!,
  neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD!),
  { disableLosslessIntegers: true },
);
const database = process.env.NEO4J_DATABASE ?? 'neo4j';

const server = http.createServer((req, res) => {
  const reply = (status: number, body: unknown) => {
    const json = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(json),
    });
    res.end(json);
  };
  if (req.method === 'GET' && req.url === '/stats') return reply(200, { statements: statements() });
  const statement = RAW_STATEMENTS[(req.url ?? '').slice(1)];
  if (req.method !== 'POST' || !statement) return reply(404, { error: 'no such question' });
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', async () => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      const params = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const result = await session.executeRead((tx) => tx.run(statement, params));
      reply(200, { data: result.records.map((record) => record.toObject()) });
    } catch (error) {
      reply(500, { errors: [{ message: (error as Error).message }] });
    } finally {
      await session.close();
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as { port: number };
  console.log(`raw: http://127.0.0.1:${port}`);
});
process.on('SIGTERM', () => server.close(() => void driver.close().then(() => process.exit(0))));
