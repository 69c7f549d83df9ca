import { seedDatabase } from '../helpers/database';
import { createTestApi, TestApi } from '../helpers/api';
import { PAGED_LISTS } from '../../src/api/read/walk-connections';

// Every typed relationship list's Relay twin (`<field>Connection`) against the list itself:
// the same relationships in the same order, page by page forward and backward, compiled into
// the root's statement and through the request's loader field by field.
let api: TestApi;
let byField: TestApi;
let ids: string[];
beforeAll(async () => {
  api = await createTestApi();
  byField = await createTestApi({ PARLEY_COMPILED_READS: 'false' });
  await seedDatabase(api.driver, api.config);
  const { records } = await api.driver.executeQuery(
    'MATCH (n) WHERE n:Entity OR n:Event RETURN n.id AS id ORDER BY n.id',
    {},
    { database: api.config.neo4j.database },
  );
  ids = records.map((r) => r.get('id'));
});
afterAll(async () => {
  await api.close();
  await byField.close();
});

const PAGE = `totalCount edges { cursor node { id } } nodes { id }
  pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;

/** For every entity and event of `type`, its `list` with `args`, and without them. */
async function lists(type: string, list: string, args: string) {
  const query = `query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on ${type} {
    kept: ${list}(${args}first: 100) { id } all: ${list}(first: 100) { id } } } }`;
  const found: Array<{ id: string; kept: string[]; all: string[] }> = [];
  for (let at = 0; at < ids.length; at += 100) {
    const { nodes } = await api.data(query, { ids: ids.slice(at, at + 100) });
    for (const node of nodes)
      if (node?.all)
        found.push({
          id: node.id,
          kept: node.kept.map((r: any) => r.id),
          all: node.all.map((r: any) => r.id),
        });
  }
  return found;
}

/** The node of `type` whose `list` is longest in the seed, and that list's ids. */
async function longest(type: string, list: string) {
  const [best] = (await lists(type, list, '')).sort((a, b) => b.all.length - a.all.length);
  return { id: best.id, expected: best.all };
}

/** Every page of a node's `<list>Connection`, `size` at a time, forward or backward. */
async function walk(
  via: TestApi,
  id: string,
  type: string,
  field: string,
  args: string,
  size: number,
  backward: boolean,
) {
  const found: string[] = [];
  let cursor: string | null = null;
  let total = -1;
  for (let pages = 0; pages < 100; pages += 1) {
    const paging = backward ? `last: ${size}, before: $c` : `first: ${size}, after: $c`;
    const result: any = await via.run(
      `query ($id: ID!, $c: String) { node(id: $id) { ... on ${type} {
        page: ${field}(${args}${paging}) { ${PAGE} } } } }`,
      { id, c: cursor },
    );
    expect(result.errors).toBeUndefined();
    if (via === api) expect(result.extensions?.roundTrips).toBe(1);
    const page = result.data.node.page;
    expect(page.nodes).toEqual(page.edges.map((edge: any) => edge.node));
    expect(page.edges.length).toBeLessThanOrEqual(size);
    total = page.totalCount;
    const pageIds = page.nodes.map((n: any) => n.id);
    if (backward) found.unshift(...pageIds);
    else found.push(...pageIds);
    const more = backward ? page.pageInfo.hasPreviousPage : page.pageInfo.hasNextPage;
    if (!more) return { ids: found, total };
    cursor = backward ? page.pageInfo.startCursor : page.pageInfo.endCursor;
  }
  throw new Error('more than 100 pages');
}

describe('typed lists a page at a time', () => {
  const paged = [...PAGED_LISTS].map((entry) => {
    const [type, field] = entry.split('.');
    return { type, field };
  });

  it('gives every one of these lists its connection twin in the schema', async () => {
    for (const { type, field } of paged) {
      const { __type } = await api.data(`{ __type(name: "${type}") { fields { name } } }`);
      const names = __type.fields.map((f: any) => f.name);
      expect(names).toEqual(expect.arrayContaining([field, `${field}Connection`]));
    }
    expect(paged.length).toBeGreaterThan(15);
  });

  // The seed has no memberships and no organisation's positions: those lists are empty, and
  // their connections must be too; every other list has something to page through.
  // The seed article names no venue, so no event of it has places.
  const EMPTY_IN_SEED = [
    'Person.memberships',
    'Delegation.members',
    'Organization.positions',
    'Event.places',
  ];

  it.each(paged)('$type / $field and its connection agree', async ({ type, field }) => {
    const { id, expected } = await longest(type, field);
    expect(expected.length === 0).toBe(EMPTY_IN_SEED.includes(`${type}.${field}`));
    const connection = `${field}Connection`;
    for (const via of [api, byField]) {
      const forward = await walk(via, id, type, connection, '', 2, false);
      const backward = await walk(via, id, type, connection, '', 3, true);
      expect(forward).toEqual({ ids: expected, total: expected.length });
      expect(backward).toEqual({ ids: expected, total: expected.length });
    }
  });

  it.each([
    { type: 'Event', field: 'participants', args: 'role: MEDIATOR, ' },
    { type: 'Entity', field: 'participations', args: 'onlyStated: true, ' },
    { type: 'Person', field: 'roles', args: 'asOf: "2026-02-04", ' },
  ])('$type / $field($args) keeps in its connection what the list keeps', async (c) => {
    // A node where the filter keeps some of the list and not all of it, so the test sees it applied.
    const found = (await lists(c.type, c.field, c.args)).find(
      (node) => node.kept.length > 0 && node.kept.length < node.all.length,
    );
    expect(found).toBeDefined();
    for (const via of [api, byField]) {
      const page = await walk(via, found!.id, c.type, `${c.field}Connection`, c.args, 1, false);
      expect(page).toEqual({ ids: found!.kept, total: found!.kept.length });
    }
  });

  it('refuses a bad page with BAD_USER_INPUT naming the argument', async () => {
    const result = await api.run(
      `{ node(id: "event:trilateral-talks-round-2") { ... on Event {
        participantsConnection(first: 2, last: 2) { nodes { id } } } } }`,
    );
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argument: 'first',
    });
  });
});
