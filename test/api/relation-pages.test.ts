import { seedDatabase } from '../helpers/database';
import { createTestApi, TestApi } from '../helpers/api';
import { MEANINGFUL_RELATIONSHIP_TYPES } from '../../src/model/vocabulary';

// An entity's or event's relationships a page at a time (relationsConnection), against the
// whole list the `relations` field and Cypher give; compiled into the root's statement, and
// through the request's loader when it is resolved field by field.
let api: TestApi;
let byField: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  byField = await createTestApi({ PARLEY_COMPILED_READS: 'false' });
  await seedDatabase(api.driver, api.config);
});
afterAll(async () => {
  await api.close();
  await byField.close();
});

const PAGE = `totalCount edges { cursor node { id type direction other { id } } }
  nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;

/** Every page of a node's relationships with the given arguments, forward or backward. */
async function walk(id: string, args: string, size: number, backward: boolean, via = api) {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  for (;;) {
    const paging = backward ? `last: ${size}, before: $c` : `first: ${size}, after: $c`;
    const { node }: any = await via.data(
      `query ($id: ID!, $c: String) { node(id: $id) {
        ... on Entity { page: relationsConnection(${[args, paging].filter(Boolean).join(', ')}) { ${PAGE} } }
        ... on Event { page: relationsConnection(${[args, paging].filter(Boolean).join(', ')}) { ${PAGE} } } } }`,
      { id, c: cursor },
    );
    const page = node.page;
    pages += 1;
    expect(page.nodes).toEqual(page.edges.map((edge: any) => ({ id: edge.node.id })));
    expect(page.edges.length).toBeLessThanOrEqual(size);
    const pageIds = page.nodes.map((n: any) => n.id);
    if (backward) ids.unshift(...pageIds);
    else ids.push(...pageIds);
    const more = backward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage;
    if (!more) return { ids, pages, total: page.totalCount };
    cursor = backward ? page.pageInfo.startCursor : page.pageInfo.endCursor;
    expect(pages).toBeLessThan(200);
  }
}

describe('relationsConnection', () => {
  it.each([
    { name: 'a country, all', id: 'country:russia' },
    { name: 'a country, incoming', id: 'country:ukraine', direction: 'IN' },
    { name: 'a person, stated only', id: 'person:rustem-umerov', onlyStated: true },
    { name: 'a person, two types', id: 'person:dmitry-peskov', types: ['SAID', 'HOLDS_ROLE'] },
    { name: 'an event, all', id: 'event:trilateral-talks-round-2' },
    {
      name: 'an event, incoming, stated only',
      id: 'event:trilateral-talks-round-2',
      direction: 'IN',
      onlyStated: true,
    },
  ])(
    'pages through $id ($direction, $types, stated: $onlyStated) as Cypher lists them, both ways',
    async (c) => {
      const args = [
        c.direction ? `direction: ${c.direction}` : '',
        c.types ? `types: ${JSON.stringify(c.types)}` : '',
        c.onlyStated ? 'onlyStated: true' : '',
      ]
        .filter(Boolean)
        .join(', ');
      const { records } = await api.driver.executeQuery(
        `MATCH (n:Node {id: $id})-[r]-(m)
       WHERE type(r) IN $types
         AND ($direction = 'BOTH' OR ($direction = 'OUT') = (startNode(r) = n))
         AND (NOT $onlyStated OR (coalesce(r.basis, 'STATED') = 'STATED' AND r.attestedBy IS NULL))
       RETURN r.id AS id ORDER BY r.id`,
        {
          id: c.id,
          types: c.types ?? MEANINGFUL_RELATIONSHIP_TYPES,
          direction: c.direction ?? 'BOTH',
          onlyStated: c.onlyStated ?? false,
        },
        { database: api.config.neo4j.database },
      );
      const expected = records.map((r) => r.get('id'));
      expect(expected.length).toBeGreaterThan(2);
      const forward = await walk(c.id, args, 3, false);
      const backward = await walk(c.id, args, 4, true);
      expect(await walk(c.id, args, 3, false, byField)).toEqual(forward);
      expect(await walk(c.id, args, 4, true, byField)).toEqual(backward);
      expect(forward.ids).toEqual(expected);
      expect(backward.ids).toEqual(expected);
      expect(forward.total).toBe(expected.length);
      if (c.id.startsWith('event:')) return;
      const { node } = await api.data(
        `query ($id: ID!) { node(id: $id) { ... on Entity { relations${args ? `(${args})` : ''} { id } } } }`,
        { id: c.id },
      );
      expect(node.relations.map((r: any) => r.id)).toEqual(expected);
    },
  );

  it('reads the pages of many parents in their root statement, and counts them in it too', async () => {
    const query = (count: boolean) => `{ entities(first: 30) { nodes {
      relationsConnection(first: 2) { ${count ? 'totalCount' : ''} nodes { id } } } } }`;
    // Compiled, the pages and their counts come with the entities; field by field, one loader
    // statement reads the pages of all 30, and one more their counts.
    for (const [via, statements, counted] of [
      [api, 1, 1],
      [byField, 2, 3],
    ] as const) {
      const without = await via.run(query(false));
      const withCount = await via.run(query(true));
      expect(without.errors).toBeUndefined();
      expect(without.data.entities.nodes.length).toBeGreaterThan(20);
      expect(without.extensions?.roundTrips).toBe(statements);
      expect(withCount.extensions?.roundTrips).toBe(counted);
      for (const entity of withCount.data.entities.nodes)
        expect(entity.relationsConnection.nodes.length).toBe(
          Math.min(2, entity.relationsConnection.totalCount),
        );
    }
  });

  it.each([
    {
      list: 'list: participants(role: MEDIATOR, first: 100) { id }',
      page: 'types: ["PARTICIPATED_IN"], direction: IN, role: MEDIATOR',
      on: ['Event', 'event:trilateral-talks-round-2'],
    },
    {
      list: '... on NegotiationRound { list: delegations(first: 100) { id } }',
      page: 'types: ["PARTICIPATED_IN"], direction: IN, otherKind: Delegation',
      on: ['Event', 'event:trilateral-talks-round-2'],
    },
    {
      list: 'list: participants(onlyStated: true, first: 100) { id }',
      page: 'types: ["PARTICIPATED_IN"], direction: IN, onlyStated: true',
      on: ['Event', 'event:trilateral-talks-round-2'],
    },
    {
      list: '... on Person { list: roles(asOf: "2026-02-04", first: 100) { id } }',
      page: 'types: ["HOLDS_ROLE"], direction: OUT, asOf: "2026-02-04"',
      on: ['Entity', 'person:rustem-umerov'],
    },
  ])('reads $list a page at a time with the same filter', async ({ list, page, on }) => {
    const [type, id] = on;
    for (const via of [api, byField]) {
      const { node } = await via.data(
        `query ($id: ID!) { node(id: $id) { ... on ${type} { ${list}
          all: relationsConnection(${page}, first: 100) { totalCount nodes { id } }
          two: relationsConnection(${page}, first: 2) { nodes { id } }
          every: relationsConnection(${page.replace(/, (role|otherKind|onlyStated|asOf):.*$/, '')}) { totalCount } } } }`,
        { id },
      );
      const expected = node.list.map((r: any) => r.id);
      // The filter keeps some, and not all, of the walk's relationships.
      expect(expected.length).toBeGreaterThan(0);
      expect(node.every.totalCount).toBeGreaterThan(expected.length);
      expect(node.all.nodes.map((r: any) => r.id)).toEqual(expected);
      expect(node.all.totalCount).toBe(expected.length);
      expect(node.two.nodes.map((r: any) => r.id)).toEqual(expected.slice(0, 2));
    }
  });

  it('refuses unknown types and pages over the limit, naming the argument', async () => {
    const codes = async (args: string) =>
      (
        await api.run(
          `{ entity(id: "country:russia") { relationsConnection(${args}) { nodes { id } } } }`,
        )
      ).errors?.map((e) => [e.extensions?.code, e.extensions?.argument]);
    expect(await codes('types: ["IN_SOURCE"]')).toEqual([['BAD_USER_INPUT', 'types']]);
    expect(await codes('first: 101')).toEqual([['BAD_USER_INPUT', 'first']]);
    expect(await codes('first: 1, before: "x"')).toEqual([['BAD_USER_INPUT', 'first']]);
  });
});
