import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../bench/corpus/corpus';
import { applySchema } from '../../src/db/schema-applier';
import { ingestDossiers } from '../../src/ingest/ingest.service';
import { createTestApi, TestApi } from '../helpers/api';
import { resetDatabase, seedDatabase } from '../helpers/database';
import { relayContract } from '../helpers/relay-contract';

// Lists in date order and sources newest first, paged over a generated corpus (many rounds,
// sources and dates), against Cypher that orders by the stored dates themselves, not by the
// sort key ingest derives from them.
let api: TestApi;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-dated-'));
const manifest = generateCorpus(1500, 5, dir);
// The speaker, subject and event with the most claims in the generated dossiers, whose claims page
// through the indexes on SAID, ABOUT and AT_EVENT (the other end's id, sortDate, the claim's id).
const busiest = (key: (claim: any) => string[]) => {
  const counts = new Map<string, number>();
  for (const file of fs.readdirSync(path.join(dir, 'dossiers'))) {
    const dossier = JSON.parse(fs.readFileSync(path.join(dir, 'dossiers', file), 'utf8'));
    for (const claim of dossier.claims ?? [])
      for (const id of key(claim)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0] as string;
};
const speaker = busiest((claim) => [claim.speaker]);
// Subjects are ids; a claim's event is the press conference it was made at, if any, and a claim
// is about its round: an event's claims are both.
const subject = busiest((claim) => claim.subjects.filter((id: string) => !id.startsWith('event:')));
const event = busiest((claim) => [
  ...new Set([
    ...(claim.event ? [claim.event] : []),
    ...claim.subjects.filter((id: string) => id.startsWith('event:')),
  ]),
]);

beforeAll(async () => {
  api = await createTestApi();
  await resetDatabase(api.driver, api.config);
  await ingestDossiers(api.driver, [path.join(dir, 'dossiers')], {
    database: api.config.neo4j.database,
  });
});
afterAll(async () => {
  await seedDatabase(api.driver, api.config);
  await api.close();
});

const BY_DATE = "ORDER BY coalesce(n.dateStart, n.dateEnd, '9999'), n.id";
const OVERLAPS = (from: string, to: string) =>
  `(n.dateStart IS NOT NULL OR n.dateEnd IS NOT NULL)
   AND (n.dateEnd IS NULL OR n.dateEnd >= '${from}') AND (n.dateStart IS NULL OR n.dateStart <= '${to}')`;

describe.each([
  ['rounds', '', `MATCH (n:Event {kind: 'NEGOTIATION_ROUND'}) RETURN n.id AS id ${BY_DATE}`],
  [
    'rounds',
    'from: "2023-05-20", to: "2024-09-30"',
    `MATCH (n:Event {kind: 'NEGOTIATION_ROUND'}) WHERE ${OVERLAPS('2023-05-20', '2024-09-30')}
     RETURN n.id AS id ${BY_DATE}`,
  ],
  ['sources', '', 'MATCH (n:Source) RETURN n.id AS id ORDER BY n.publishedOn DESC, n.id'],
  [
    'events',
    'kind: PRESS_CONFERENCE',
    `MATCH (n:Event {kind: 'PRESS_CONFERENCE'}) RETURN n.id AS id ${BY_DATE}`,
  ],
  [
    'claims',
    'from: "2024-01-01", to: "2024-09-30"',
    `MATCH (n:Claim) WHERE ${OVERLAPS('2024-01-01', '2024-09-30')} RETURN n.id AS id ${BY_DATE}`,
  ],
  [
    'claims',
    `speaker: "${speaker}"`,
    `MATCH (:Node {id: '${speaker}'})-[:SAID]->(n:Claim) RETURN n.id AS id ${BY_DATE}`,
  ],
  [
    'claims',
    `speaker: "${speaker}", from: "2023-01-01", to: "2024-12-31"`,
    `MATCH (:Node {id: '${speaker}'})-[:SAID]->(n:Claim) WHERE ${OVERLAPS('2023-01-01', '2024-12-31')}
     RETURN n.id AS id ${BY_DATE}`,
  ],
  [
    'claims',
    `subject: "${subject}"`,
    `MATCH (n:Claim)-[:ABOUT]->(:Node {id: '${subject}'}) RETURN n.id AS id ${BY_DATE}`,
  ],
  [
    'claims',
    `subject: "${subject}", from: "2023-01-01", to: "2024-12-31"`,
    `MATCH (n:Claim)-[:ABOUT]->(:Node {id: '${subject}'}) WHERE ${OVERLAPS('2023-01-01', '2024-12-31')}
     RETURN n.id AS id ${BY_DATE}`,
  ],
  [
    'claims',
    `event: "${event}"`,
    `MATCH (n:Claim) WHERE EXISTS { (n)-[:AT_EVENT|ABOUT]->(:Event {id: '${event}'}) }
     RETURN n.id AS id ${BY_DATE}`,
  ],
])('%s(%s) over a generated corpus, as a Relay connection', (list, filter, cypher) => {
  relayContract(() => api, list, filter, cypher);
});

describe('dated pages', () => {
  it('count what they page', async () => {
    const { rounds, sources } = await api.data(
      '{ rounds(first: 1) { totalCount } sources(first: 1) { totalCount } }',
    );
    expect(sources.totalCount).toBe(manifest.sources);
    const { records } = await api.driver.executeQuery(
      "MATCH (n:Event {kind: 'NEGOTIATION_ROUND'}) RETURN count(n) AS n",
      {},
      { database: api.config.neo4j.database },
    );
    expect(rounds.totalCount).toBe(Number(records[0].get('n')));
  });

  it('give a store ingested before the sort key existed the same pages once the schema is applied', async () => {
    const query = '{ rounds(first: 100) { nodes { id } } claims(first: 100) { nodes { id } } }';
    const before = await api.data(query);
    await api.driver.executeQuery(
      'MATCH (n) WHERE n:Event OR n:Claim REMOVE n.sortDate',
      {},
      {
        database: api.config.neo4j.database,
      },
    );
    const stale = await api.data(query);
    expect(stale.rounds.nodes).toEqual([]);
    await applySchema(api.driver, api.config.neo4j.database);
    expect(await api.data(query)).toEqual(before);
  });

  it('give a subject’s and an event’s claims once the schema fills in their links’ dates', async () => {
    const query = `{ about: claims(subject: "${subject}", first: 100) { nodes { id } }
      at: claims(event: "${event}", first: 100) { nodes { id } } }`;
    const before = await api.data(query);
    expect(before.about.nodes.length).toBeGreaterThan(1);
    expect(before.at.nodes.length).toBeGreaterThan(1);
    await api.driver.executeQuery(
      'MATCH (:Claim)-[r:ABOUT|AT_EVENT]->() REMOVE r.sortDate',
      {},
      { database: api.config.neo4j.database },
    );
    expect(await api.data(query)).toEqual({ about: { nodes: [] }, at: { nodes: [] } });
    await applySchema(api.driver, api.config.neo4j.database);
    expect(await api.data(query)).toEqual(before);
  });
});
