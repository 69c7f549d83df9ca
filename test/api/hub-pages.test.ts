import { applySchema } from '../../src/db/schema-applier';
import { KEY_SEEK_DEGREE, SEEK_DEGREE } from '../../src/graph/walk-cypher';
import { ingestDossiers } from '../../src/ingest/ingest.service';
import { createTestApi, TestApi } from '../helpers/api';
import { NOT_MEANINGFUL_TYPES, SEED_DIR, resetDatabase, seedDatabase } from '../helpers/database';
import { writeFanoutDossier } from '../helpers/fanout-fixture';
import { relayContract } from '../helpers/relay-contract';

// A hub: a round with more participants than SEEK_DEGREE and KEY_SEEK_DEGREE, whose relationships
// are read a page at a time from the relationship indexes on their ends or from their keys (see
// orderedWalk) rather than read whole and sorted. Its pages, typed lists and neighbourhood must be
// what Cypher's order gives.
let compiled: TestApi;
let byField: TestApi;
const SIZE = Math.max(SEEK_DEGREE, KEY_SEEK_DEGREE) + 50;
const fanout = writeFanoutDossier(SIZE);
const hub = fanout.eventId;

beforeAll(async () => {
  compiled = await createTestApi();
  byField = await createTestApi({ PARLEY_COMPILED_READS: 'false' });
  await resetDatabase(compiled.driver, compiled.config);
  await ingestDossiers(compiled.driver, [SEED_DIR, fanout.file], {
    database: compiled.config.neo4j.database,
  });
});
afterAll(async () => {
  await seedDatabase(compiled.driver, compiled.config);
  await compiled.close();
  await byField.close();
});

async function cypherIds(cypher: string, params: Record<string, unknown> = {}) {
  const { records } = await compiled.driver.executeQuery(cypher, params, {
    database: compiled.config.neo4j.database,
  });
  return records.map((r) => r.get('id') as string);
}

const RELATIONS = (where: string) =>
  `MATCH (n:Node {id: '${hub}'})-[r]-() WHERE NOT type(r) IN ${NOT_MEANINGFUL_TYPES} AND ${where}
   RETURN r.id AS id ORDER BY r.id`;

it('is a hub: more relationships than are read whole', async () => {
  const [degree] = await cypherIds(
    `MATCH (n:Node {id: $id}) RETURN COUNT { (n)-[r]-() WHERE NOT type(r) IN ${NOT_MEANINGFUL_TYPES} } AS id`,
    {
      id: hub,
    },
  );
  expect(Number(degree)).toBeGreaterThan(Math.max(SEEK_DEGREE, KEY_SEEK_DEGREE));
});

describe.each([
  ['compiled', () => compiled],
  ['field by field', () => byField],
])('its relationsConnection, %s', (_, api) => {
  const at = (inner: string) => `node(id: "${hub}") { ... on Event { ${inner} } }`;
  const list = { field: 'relationsConnection', at, page: (data: any) => data.node.page };
  describe('all', () => relayContract(api, list, '', RELATIONS('true')));
  describe('incoming, participations only', () =>
    relayContract(
      api,
      list,
      'direction: IN, types: ["PARTICIPATED_IN"]',
      RELATIONS(`type(r) = 'PARTICIPATED_IN' AND endNode(r) = n`),
    ));
  describe('incoming participations as parties', () =>
    relayContract(
      api,
      list,
      'direction: IN, types: ["PARTICIPATED_IN"], role: PARTY',
      RELATIONS(`type(r) = 'PARTICIPATED_IN' AND endNode(r) = n AND r.role = 'PARTY'`),
    ));
  // Six types and directions: more than the types' own indexes are sought for, so from the keys.
  describe('of three types, both ways', () =>
    relayContract(
      api,
      list,
      'types: ["PARTICIPATED_IN", "AT_STAKE_IN", "AT_EVENT"]',
      RELATIONS(`type(r) IN ['PARTICIPATED_IN', 'AT_STAKE_IN', 'AT_EVENT']`),
    ));
  describe('stated only', () =>
    relayContract(
      api,
      list,
      'onlyStated: true',
      RELATIONS(`coalesce(r.basis, 'STATED') = 'STATED' AND r.attestedBy IS NULL`),
    ));
});

describe('its typed lists and neighbourhood', () => {
  it('give the first n participants, filtered, in relationship id order', async () => {
    const all = await cypherIds(
      `MATCH (:Event {id: $id})<-[r:PARTICIPATED_IN]-() WHERE r.role = 'PARTY'
       RETURN r.id AS id ORDER BY r.id`,
      { id: hub },
    );
    expect(all).toHaveLength(SIZE);
    for (const first of [1, 20, 100]) {
      const query = `query ($id: ID!) { event(id: $id) {
        participants(role: PARTY, first: ${first}) { id } } }`;
      for (const api of [compiled, byField]) {
        const { event } = await api.data(query, { id: hub });
        expect(event.participants.map((p: any) => p.id)).toEqual(all.slice(0, first));
      }
    }
  });

  it.each([
    ['of one type', 'types: ["PARTICIPATED_IN"], ', `type(r) = 'PARTICIPATED_IN'`],
    ['of every type', '', 'true'],
  ])('caps the hub in its neighbourhood at its first relationships %s', async (_, types, where) => {
    const first = await cypherIds(
      `MATCH (n:Node {id: $id})-[r]-(m:Node) WHERE m <> n AND NOT type(r) IN ${NOT_MEANINGFUL_TYPES} AND ${where}
         RETURN r.id AS id ORDER BY r.id LIMIT 30`,
      { id: hub },
    );
    const { neighbourhood } = await compiled.data(
      `query ($id: ID!) { neighbourhood(id: $id, ${types}depth: 1, limitPerNode: 30) { edges { id } } }`,
      { id: hub },
    );
    expect(first).toHaveLength(30);
    expect(neighbourhood.edges.map((e: any) => e.id).sort()).toEqual([...first].sort());
  });
});

/**
 * The hub's first page of 10 with `args` is Cypher's first 10 with `where`; after `damage` (Cypher
 * on the hub, `$id`) it is empty, and once the schema is applied again it is the same 10.
 */
async function expectSchemaRepairs(args: string, where: string, damage: string) {
  const firstPage = async () => {
    const { node } = await compiled.data(
      `query ($id: ID!) { node(id: $id) { ... on Event {
        relationsConnection(${args}first: 10) { nodes { id } } } } }`,
      { id: hub },
    );
    return node.relationsConnection.nodes.map((r: any) => r.id);
  };
  const expected = (await cypherIds(RELATIONS(where))).slice(0, 10);
  expect(await firstPage()).toEqual(expected);
  await compiled.driver.executeQuery(
    damage,
    { id: hub },
    { database: compiled.config.neo4j.database },
  );
  expect(await firstPage()).toEqual([]);
  await applySchema(compiled.driver, compiled.config.neo4j.database);
  expect(await firstPage()).toEqual(expected);
}

describe('a store whose relationships lack their ends', () => {
  it('reads the hub from the indexes (without ends, its page is empty) until the schema backfills them', () =>
    expectSchemaRepairs(
      'types: ["PARTICIPATED_IN"], direction: IN, ',
      `type(r) = 'PARTICIPATED_IN' AND endNode(r) = n`,
      `MATCH (:Node {id: $id})-[r]-() WHERE NOT type(r) IN ${NOT_MEANINGFUL_TYPES} REMOVE r.startId, r.endId`,
    ));
});

describe('a store whose relationships lack their keys', () => {
  it('reads a page of every type from the keys (without them, it is empty) until the schema writes them', () =>
    expectSchemaRepairs('', 'true', `MATCH (:Node {id: $id})-[k:RELATION_KEY]-() DELETE k`));
});
