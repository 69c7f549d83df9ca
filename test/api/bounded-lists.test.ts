import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../bench/corpus/corpus';
import { ingestDossiers } from '../../src/ingest/ingest.service';
import { createTestApi, TestApi } from '../helpers/api';
import { SEED_DIR, resetDatabase, seedDatabase } from '../helpers/database';
import { writeFanoutDossier } from '../helpers/fanout-fixture';
import { relayContract } from '../helpers/relay-contract';
import { MAX_LIST_SIZE } from '../../src/api/types/pagination';

// Every relationship list and evidence list gives at most its `first` (20 when left out, 1 to
// 100): the filter first, then the cut, in relationship id order; compiled into the statement
// and field by field alike.
let compiled: TestApi;
let byField: TestApi;
const ROUND_SIZE = 30;
let roundId: string;

beforeAll(async () => {
  compiled = await createTestApi();
  byField = await createTestApi({ PARLEY_COMPILED_READS: 'false' });
  await resetDatabase(compiled.driver, compiled.config);
  const fanout = writeFanoutDossier(ROUND_SIZE);
  roundId = fanout.eventId;
  // A generated corpus, for a country most of its sources mention: a long evidence list.
  const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bounded-'));
  generateCorpus(3000, 11, generated);
  await ingestDossiers(compiled.driver, [SEED_DIR, fanout.file, path.join(generated, 'dossiers')], {
    database: compiled.config.neo4j.database,
  });
});
afterAll(async () => {
  await seedDatabase(compiled.driver, compiled.config);
  await compiled.close();
  await byField.close();
});

/** The same answer compiled and field by field; returns it. */
async function both(query: string, variables?: Record<string, unknown>) {
  const [a, b] = await Promise.all([compiled.run(query, variables), byField.run(query, variables)]);
  expect(a.errors).toBeUndefined();
  expect(b.errors).toBeUndefined();
  expect(a.data).toEqual(b.data);
  return a.data;
}

async function cypherIds(cypher: string, params: Record<string, unknown>): Promise<string[]> {
  const { records } = await compiled.driver.executeQuery(cypher, params, {
    database: compiled.config.neo4j.database,
  });
  return records.map((r) => r.get('id'));
}

describe('relationship lists', () => {
  it('give their first 20 by default, in relationship id order, and up to first', async () => {
    const all = await cypherIds(
      'MATCH (:Event {id: $id})<-[r:PARTICIPATED_IN]-() RETURN r.id AS id ORDER BY r.id',
      { id: roundId },
    );
    expect(all).toHaveLength(ROUND_SIZE);
    for (const [args, size] of [
      ['', 20],
      ['(first: 1)', 1],
      ['(first: 25)', 25],
      ['(first: 100)', ROUND_SIZE],
    ] as const) {
      const data = await both(
        `query ($id: ID!) { event(id: $id) {
        participants${args} { id entity { id } } } }`,
        { id: roundId },
      );
      expect(data.event.participants.map((p: any) => p.id)).toEqual(all.slice(0, size));
    }
  });

  it('filter before they cut: role, only stated, delegations and mediators of a round', async () => {
    const round = 'event:trilateral-talks-round-2';
    const reference = (where: string) =>
      cypherIds(
        `MATCH (:Event {id: $id})<-[r:PARTICIPATED_IN]-(m) WHERE ${where} RETURN r.id AS id ORDER BY r.id`,
        { id: round },
      );
    const cases: Array<[string, string]> = [
      ['participants(role: PARTY', "r.role = 'PARTY'"],
      ['participants(role: MEDIATOR', "r.role = 'MEDIATOR'"],
      [
        'participants(onlyStated: true',
        "coalesce(r.basis, 'STATED') = 'STATED' AND r.attestedBy IS NULL",
      ],
      ['... on NegotiationRound { delegations(', 'm:Delegation'],
      ['... on NegotiationRound { mediators(', "r.role = 'MEDIATOR'"],
    ];
    for (const [field, where] of cases) {
      const expected = await reference(where);
      expect(expected.length).toBeGreaterThan(0);
      for (let first = 1; first <= expected.length; first += 1) {
        const inline = field.startsWith('...');
        const open = field.endsWith('(')
          ? `${field}first: ${first})`
          : `${field}, first: ${first})`;
        const data = await both(
          `{ event(id: "${round}") { ${open} { id } ${inline ? '}' : ''} } }`,
        );
        const list = Object.values(data.event)[0] as Array<{ id: string }>;
        expect([field, first, list.map((p) => p.id)]).toEqual([
          field,
          first,
          expected.slice(0, first),
        ]);
      }
    }
  });

  it("keep a person's roles held on a date before the cut", async () => {
    const data = await both(`{ entity(id: "person:rustem-umerov") { ... on Person {
      all: roles(first: 100) { id asOf validFrom validTo }
      on: roles(asOf: "2026-02-04", first: 100) { id }
      one: roles(asOf: "2026-02-04", first: 1) { id } } } }`);
    const { all, on, one } = data.entity;
    expect(all.length).toBeGreaterThan(on.length);
    expect(on.length).toBeGreaterThan(0);
    expect(one).toEqual(on.slice(0, 1));
  });

  it('give their evidence up to first, in the order its sources added it', async () => {
    const [hub] = await cypherIds(
      'MATCH (n:Country) RETURN n.id AS id ORDER BY COUNT { (n)-[:EVIDENCED_BY]->() } DESC, n.id LIMIT 1',
      {},
    );
    const data = await both(
      `query ($id: ID!) { entity(id: $id) {
      all: evidence(first: 100) { id } two: evidence(first: 2) { id } some: evidence { id }
      relations(first: 3) { all: evidence(first: 100) { id } one: evidence(first: 1) { id } } } }`,
      { id: hub },
    );
    const { all, two, some, relations } = data.entity;
    expect(all.length).toBeGreaterThan(20);
    const [stored] = await compiled.driver
      .executeQuery(
        `MATCH (n:Node {id: $id})
         RETURN COLLECT { MATCH (n)-[l:EVIDENCED_BY]->(e) WITH e ORDER BY l.position RETURN e.id }[..100] AS ids`,
        { id: hub },
        { database: compiled.config.neo4j.database },
      )
      .then((result) => result.records.map((r) => r.get('ids')));
    expect(all.map((e: any) => e.id)).toEqual(stored);
    expect(two).toEqual(all.slice(0, 2));
    expect(some).toEqual(all.slice(0, 20));
    for (const relation of relations) expect(relation.one).toEqual(relation.all.slice(0, 1));
  });

  it('refuse a first out of bounds with BAD_USER_INPUT, compiled or not', async () => {
    for (const query of [
      '{ entity(id: "country:ukraine") { relations(first: 0) { id } } }',
      '{ entity(id: "country:ukraine") { evidence(first: 101) { id } } }',
      '{ event(id: "event:trilateral-talks-round-2") { participants(first: 101) { id } } }',
      '{ event(id: "event:trilateral-talks-round-2") { participants { evidence(first: 0) { id } } } }',
      '{ officeHolders(organization: "country:ukraine", first: 0) { id } }',
    ])
      for (const api of [compiled, byField]) {
        const { errors } = await api.run(query);
        expect([query, errors?.map((e) => [e.extensions?.code, e.extensions?.argument])]).toEqual([
          query,
          [['BAD_USER_INPUT', 'first']],
        ]);
      }
  });
});

// An entity's evidence beyond its first 100 spans, a page at a time, in the order its sources
// added it.
const BUSIEST = `MATCH (n:Country) WITH n ORDER BY COUNT { (n)-[:EVIDENCED_BY]->() } DESC, n.id LIMIT 1`;
describe.each([
  ['compiled', () => compiled],
  ['field by field', () => byField],
])('evidenceConnection, %s', (_, api) => {
  let hub: string;
  beforeAll(async () => {
    [hub] = await cypherIds(`${BUSIEST} RETURN n.id AS id`, {});
  });
  it('is for a list longer than evidence(first:) gives', async () => {
    const [size] = await cypherIds(
      `${BUSIEST} RETURN size([(n)-[:EVIDENCED_BY]->(e) | e]) AS id`,
      {},
    );
    expect(Number(size)).toBeGreaterThan(MAX_LIST_SIZE);
    const { entity } = await api().data(
      `query ($id: ID!) { entity(id: $id) { evidenceConnection(first: 1) { totalCount } } }`,
      { id: hub },
    );
    expect(entity.evidenceConnection.totalCount).toBe(Number(size));
  });
  relayContract(
    api,
    {
      field: 'evidenceConnection',
      at: (inner: string) => `entity(id: "${hub}") { ${inner} }`,
      page: (data: any) => data.entity.page,
    },
    '',
    `${BUSIEST} MATCH (n)-[l:EVIDENCED_BY]->(e) RETURN e.id AS id ORDER BY l.position`,
  );
});

describe('evidenceConnection', () => {
  it('is read in its root’s statement, and refuses a cursor of another list', async () => {
    const query = `{ entity(id: "country:ukraine") { evidenceConnection(first: 2) { nodes { quote } } } }`;
    const result = await compiled.run(query);
    expect(result.errors).toBeUndefined();
    expect(result.extensions?.roundTrips).toBe(1);
    const { relationsConnection } = (
      await compiled.data(
        `{ entity(id: "country:ukraine") { relationsConnection(first: 1) { pageInfo { endCursor } } } }`,
      )
    ).entity;
    for (const api of [compiled, byField]) {
      const { errors } = await api.run(
        `query ($c: String) { entity(id: "country:ukraine") { evidenceConnection(after: $c) { nodes { id } } } }`,
        { c: relationsConnection.pageInfo.endCursor },
      );
      expect(errors?.map((e) => [e.extensions?.code, e.extensions?.argument])).toEqual([
        ['BAD_USER_INPUT', 'after'],
      ]);
    }
  });
});
