import { getIntrospectionQuery } from 'graphql';
import { graphCounts, seedDatabase } from '../helpers/database';
import { codesOf, startTestHttpServer, TestHttpServer } from '../helpers/http-server';

let http: TestHttpServer;
let before: Awaited<ReturnType<typeof graphCounts>>;

beforeAll(async () => {
  http = await startTestHttpServer({
    NODE_ENV: 'production',
    PARLEY_DEBUG: 'true',
    PARLEY_INTROSPECTION: 'true',
  });
  await seedDatabase(http.driver, http.config);
  before = await graphCounts(http.driver, http.config);
});
afterAll(async () => {
  // Whatever was thrown at it, the graph is as it was and the server still answers.
  expect(await graphCounts(http.driver, http.config)).toEqual(before);
  expect((await fetch(`${http.url}/health/live`)).status).toBe(200);
  await http.close();
});

async function rejected(body: string | object, code: string, headers?: Record<string, string>) {
  const response = await http.post(body, headers);
  expect([...new Set(codesOf(response.json))]).toEqual([code]);
  expect(response.text).not.toMatch(/stacktrace|at \w+ \(|MATCH \(|neo4j/i);
  return response;
}

describe('operation limits, before any database work', () => {
  const nested = (depth: number) => {
    let selection = 'id';
    for (let i = 0; i < depth; i += 1)
      selection = `relations { other { id ... on Entity { ${selection} } } }`;
    return `{ entity(id: "country:russia") { ${selection} } }`;
  };

  it('rejects deep nesting', async () => {
    const response = await rejected({ query: nested(8) }, 'OPERATION_LIMIT_EXCEEDED');
    expect(response.json.errors.map((e: any) => e.extensions.limit)).toContain('maxDepth');
    expect(response.json.extensions?.roundTrips ?? 0).toBe(0);
  });

  it('rejects lists of lists by what they may cost, with the limit, the cost and the path', async () => {
    // Three levels of relations below a page of 100 entities: shallow enough for the depth limit.
    const response = await rejected(
      {
        query: `query ($n: Int) { entities(first: $n) { nodes { relations { other { ... on Entity {
          relations { other { ... on Entity { relations { id } } } } } } } } } }`,
        variables: { n: 100 },
      },
      'OPERATION_LIMIT_EXCEEDED',
    );
    expect(response.status).toBe(400);
    const [error] = response.json.errors;
    expect(error.extensions).toEqual({
      code: 'OPERATION_LIMIT_EXCEEDED',
      limit: 'costLimit',
      maxCost: 500000,
      cost: 884100,
      path: ['entities', 'nodes', 'relations', 'other', 'relations', 'other', 'relations'],
    });
    expect(error.message).toMatch(/may cost 884100, over the limit of 500000/);
    expect(response.json.extensions?.roundTrips ?? 0).toBe(0);
    // The same document on a page of 5 is within the limit.
    const query = `query ($n: Int) { entities(first: $n) { nodes { relations { other { ... on Entity {
          relations { other { ... on Entity { relations { id } } } } } } } } } }`;
    const small = await http.post({ query, variables: { n: 5 } });
    expect(small.json.errors).toBeUndefined();
    // Costs are kept per document and variables: each answer is the one its variables give.
    const again = await rejected({ query, variables: { n: 100 } }, 'OPERATION_LIMIT_EXCEEDED');
    expect(again.json.errors[0].extensions.cost).toBe(884100);
    expect((await http.post({ query, variables: { n: 5 } })).json.errors).toBeUndefined();
  });

  it('rejects alias floods', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: rounds { nodes { id } }`).join(
      ' ',
    );
    const response = await rejected({ query: `{ ${aliases} }` }, 'OPERATION_LIMIT_EXCEEDED');
    expect(response.json.errors[0].extensions.limit).toBe('maxAliases');
  });

  it('rejects token and directive floods', async () => {
    const tokens = await rejected(
      { query: `{ ${'__typename '.repeat(4000)} }` },
      'OPERATION_LIMIT_EXCEEDED',
    );
    expect(tokens.json.errors[0].extensions.limit).toBe('maxTokens');
    // Repeating one directive is also a validation error of its own; the limit must be among them.
    const directives = await http.post({
      query: `{ __typename ${'@include(if: true) '.repeat(30)} }`,
    });
    expect(directives.json.errors).toContainEqual(
      expect.objectContaining({
        extensions: { code: 'OPERATION_LIMIT_EXCEEDED', limit: 'maxDirectives' },
      }),
    );
    expect(directives.json.data).toBeUndefined();
  });

  it('rejects fragment cycles', async () => {
    await rejected(
      { query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }' },
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('lets the playground introspect the schema', async () => {
    const response = await http.post({ query: getIntrospectionQuery() });
    expect(response.status).toBe(200);
    expect(response.json.data.__schema.queryType.name).toBe('Query');
  });

  it('gives no field suggestions in production', async () => {
    const response = await rejected({ query: '{ roundz { id } }' }, 'GRAPHQL_VALIDATION_FAILED');
    expect(response.text).not.toMatch(/Did you mean/);
  });
  it('counts every item a page reads: 100 entities x 100 relations x 100 asking only cursors', async () => {
    const response = await rejected(
      {
        query: `{ entities(first: 100) { edges { node { relationsConnection(first: 100) {
          edges { node { other { ... on Entity { relationsConnection(first: 100) {
            edges { cursor } } } } } } } } } } }`,
      },
      'OPERATION_LIMIT_EXCEEDED',
    );
    expect(response.json.errors[0].extensions.cost).toBe(1020100);
  });
});

describe('malformed and hostile HTTP requests', () => {
  it('refuses bodies over the size limit, and lists of 100k ids', async () => {
    const ids = Array.from({ length: 100000 }, (_, i) => `person:p${i}`);
    const response = await rejected(
      { query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids } },
      'PAYLOAD_TOO_LARGE',
    );
    expect(response.status).toBe(413);
    await rejected(
      { query: `{ nodes(ids: ${JSON.stringify(ids.slice(0, 101))}) { id } }` },
      'BAD_USER_INPUT',
    );
  });

  it('refuses malformed JSON and a non-UTF-8 charset', async () => {
    expect((await rejected('{"query": "{ rounds { nodes { id } } ', 'BAD_REQUEST')).status).toBe(
      400,
    );
    const latin1 = await rejected('{"query":"{ __typename }"}', 'BAD_REQUEST', {
      'content-type': 'application/json; charset=latin1',
    });
    expect(latin1.status).toBe(415);
  });

  it('refuses deeply nested variables with 400 BAD_REQUEST, before any other check', async () => {
    const deep = '{"a":'.repeat(15000) + '"x"' + '}'.repeat(15000);
    const body = `{"query":"query ($v: Boolean!) { __typename @include(if: $v) }","variables":{"v":${deep}}}`;
    const response = await rejected(body, 'BAD_REQUEST');
    expect(response.status).toBe(400);
    expect(response.json.errors[0].message).toMatch(/nested/);
    // A list of ids nests twice: well within the bound.
    const fine = await http.post({
      query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: { ids: ['country:russia'] },
    });
    expect(fine.json.data.nodes).toEqual([{ id: 'country:russia' }]);
  });

  it('answers a mutation or subscription, which the schema has not, with 400 and a typed code', async () => {
    for (const query of ['mutation { x }', 'subscription { x }', 'mutation M { __typename }']) {
      const response = await rejected({ query }, 'OPERATION_NOT_SUPPORTED');
      expect(response.status).toBe(400);
    }
  });

  it('refuses a body that is not valid UTF-8, on either route', async () => {
    const invalid = Buffer.concat([
      Buffer.from('{"query":"{ search(query: \\"'),
      Buffer.from([0xc3, 0x28, 0xff]),
      Buffer.from('\\") { score } }"}'),
    ]);
    for (const headers of [
      { 'content-type': 'application/json' },
      // Another spelling of the media type takes the Express route.
      { 'content-type': 'application/json; charset="UTF-8"; x=y' },
    ]) {
      const response = await fetch(`${http.url}/graphql`, {
        method: 'POST',
        headers,
        body: invalid,
      });
      expect(response.status).toBe(400);
      expect(codesOf(await response.json())).toEqual(['BAD_REQUEST']);
    }
  });

  it('refuses batched requests', async () => {
    const response = await rejected(
      [{ query: '{ __typename }' }, { query: '{ __typename }' }],
      'BAD_REQUEST',
    );
    expect(response.status).toBe(400);
  });

  it('refuses text/plain posts and simple GETs (CSRF)', async () => {
    const plain = await http.post('{"query":"{ __typename }"}', { 'content-type': 'text/plain' });
    expect(plain.status).toBe(400);
    const get = await fetch(`${http.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/i);
  });

  it('rejects huge strings, wrong variable types and out-of-range page sizes with typed errors', async () => {
    await rejected(
      {
        query: 'query ($q: String!) { search(query: $q) { score } }',
        variables: { q: 'x'.repeat(60000) },
      },
      'BAD_USER_INPUT',
    );
    await rejected(
      {
        query: 'query ($n: Int) { entities(first: $n) { nodes { id } } }',
        variables: { n: 'ten' },
      },
      'BAD_USER_INPUT',
    );
    for (const n of [-1, 2 ** 53, 2 ** 63]) {
      await rejected(
        { query: 'query ($n: Int) { entities(first: $n) { nodes { id } } }', variables: { n } },
        'BAD_USER_INPUT',
      );
    }
    const literal = await http.post({
      query: '{ entities(first: 9007199254740992) { nodes { id } } }',
    });
    expect(codesOf(literal.json)).toContain('GRAPHQL_VALIDATION_FAILED');
    await rejected(
      { query: '{ neighbourhood(id: "country:russia", types: ["KNOWS"]) { truncated } }' },
      'BAD_USER_INPUT',
    );
    await rejected(
      { query: '{ neighbourhood(id: "country:russia", kinds: ["Source"]) { truncated } }' },
      'BAD_USER_INPUT',
    );
  });

  const INJECTIONS = [
    "' OR 1=1 //",
    '`}) DETACH DELETE n //',
    '"}) MATCH (n) DETACH DELETE n RETURN 1 //',
    "person:x' }) DETACH DELETE n //",
    'country:russia`]->() DETACH DELETE n',
    '\u0000\u202e',
  ];
  // Each operation passes the hostile string as every string or id argument it has.
  const op = (query: string) => (s: string) => ({ query, variables: { s, t: s } });
  const OPERATIONS: Array<[string, (s: string) => object]> = [
    ['node', op('query ($s: ID!) { node(id: $s) { id } }')],
    ['entity', op('query ($s: ID!) { entity(id: $s) { id } }')],
    [
      'entities',
      op('query ($t: String) { entities(nameContains: $t, after: $t) { nodes { id } } }'),
    ],
    ['events', op('query ($t: String) { events(from: $t, to: $t, after: $t) { nodes { id } } }')],
    [
      'claims',
      op('query ($s: ID) { claims(speaker: $s, subject: $s, event: $s) { nodes { id } } }'),
    ],
    ['search', op('query ($t: String!) { search(query: $t) { score } }')],
    [
      'neighbourhood',
      op(
        'query ($s: ID!, $t: String!) { neighbourhood(id: $s, types: [$t], kinds: [$t]) { truncated } }',
      ),
    ],
    [
      'paths',
      op(
        'query ($s: ID!, $t: String!) { paths(from: $s, to: "country:russia", types: [$t]) { length } }',
      ),
    ],
    [
      'timeline',
      op('query ($s: ID!, $t: String) { timeline(involving: [$s], from: $t, to: $t) { kind } }'),
    ],
    [
      'officeHolders',
      op(
        'query ($s: ID!, $t: String) { officeHolders(organization: $s, title: $t, on: $t) { asOf } }',
      ),
    ],
    [
      'roles(asOf)',
      op(
        'query ($t: String) { entity(id: "person:rustem-umerov") { ... on Person { roles(asOf: $t) { asOf } } } }',
      ),
    ],
    ['name(lang)', op('query ($t: String) { entity(id: "country:russia") { name(lang: $t) } }')],
  ];

  it.each(OPERATIONS)(
    'treats Cypher-injection strings in %s as plain values',
    async (_name, operation) => {
      for (const hostile of INJECTIONS) {
        const response = await http.post(operation(hostile));
        expect(response.status).toBeLessThan(500);
        for (const code of codesOf(response.json))
          expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(code);
      }
    },
  );
});
