import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../bench/corpus/corpus';
import { EVENTS_BY_DATE } from '../../src/api/events/events.repository';
import { applySchema } from '../../src/db/schema-applier';
import { indexedPageMatch } from '../../src/graph/keyset.repository';
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
])('%s(%s) over a generated corpus, as a Relay connection', (list, filter, cypher) => {
  relayContract(() => api, list, filter, cypher);
});

/** The operators of a plan, without their runtime suffix. */
function planOperators(plan: any): string[] {
  return [plan.operatorType.split('@')[0], ...plan.children.flatMap(planOperators)];
}

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

  it('are read from an index, not sorted whole', async () => {
    // The plans of a rounds page, first and after a cursor, in both directions: an index
    // seek in the index's order, no sort of every round.
    for (const backward of [false, true])
      for (const withCursor of [false, true]) {
        const match = indexedPageMatch(EVENTS_BY_DATE, { backward, withCursor, withEqual: true });
        const { summary } = await api.driver.executeQuery(
          `EXPLAIN ${match} RETURN n`,
          { kind: 'NEGOTIATION_ROUND', fromKey: '2024-01-01', fromId: 'event:x', limit: 21 },
          { database: api.config.neo4j.database },
        );
        expect([backward, withCursor, planOperators(summary.plan)]).toEqual([
          backward,
          withCursor,
          expect.arrayContaining(['NodeIndexSeek']),
        ]);
        expect(planOperators(summary.plan)).not.toContain('Sort');
        expect(planOperators(summary.plan)).not.toContain('Top');
      }
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
});
