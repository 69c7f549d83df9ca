import { getOperationAST, parse } from 'graphql';
import { buildQuestions, PICK_SUBJECTS } from '../../bench/questions';
import { EXAMPLE_QUERIES } from '../../src/api/playground/example-queries';
import { buildParleySchema } from '../../src/api/schema';
import { answeredByOneStatement } from '../../src/api/read/one-statement';
import { createTestApi, TestApi } from '../helpers/api';
import { seedDatabase } from '../helpers/database';

// The same API twice over the seed: reading each root's selection in one compiled statement,
// and resolving field by field through loaders. Their answers must be the same.
let compiled: TestApi;
let byField: TestApi;
let subjects: any;

beforeAll(async () => {
  compiled = await createTestApi();
  byField = await createTestApi({ PARLEY_COMPILED_READS: 'false' });
  await seedDatabase(compiled.driver, compiled.config);
  const session = compiled.driver.session({ database: compiled.config.neo4j.database });
  try {
    const [row] = (await session.run(PICK_SUBJECTS)).records.map((r) => r.toObject());
    subjects = {
      hub: row.hub,
      hubName: row.hubName,
      otherHub: row.otherHub,
      person: row.leaders[0],
      otherPerson: row.leaders[1],
      speaker: row.speaker,
    };
  } finally {
    await session.close();
  }
});
afterAll(async () => {
  await compiled.close();
  await byField.close();
});

const ROLE_FIELDS = `fragment RoleFields on Role { title(lang: "ar") asOf organization { id name } }`;

// Shapes the compiler must follow as graphql-js executes them.
const SHAPES: Array<{ name: string; query: string; vars?: Record<string, unknown> }> = [
  {
    name: 'aliases, the same field twice with different arguments',
    query: `{ entity(id: "person:rustem-umerov") { id a: name(lang: "ar") b: name(lang: "en")
       ... on Person { x: roles { title } y: roles(asOf: "2026-02-04") { title asOf } } } }`,
  },
  {
    name: "a relationship's columns asked for twice under aliases",
    query: `{ entity(id: "country:ukraine") { relations(direction: IN) {
       a: id b: id type t: type direction d: direction other { id } } } }`,
  },
  {
    name: 'fragments on interfaces and objects, and one key meaning different fields on different types',
    query: `${ROLE_FIELDS}
     query { nodes(ids: ["person:rustem-umerov", "delegation:round-2-ukraine", "country:ukraine", "issue:donetsk-withdrawal"]) {
       id __typename
       ... on Entity { kind degree relations(direction: OUT) { type direction other { id } } }
       ... on Person { links: leads { led { id name } evidence { quote start end } } roles { ...RoleFields } }
       ... on Delegation { links: leaders { leader { id } title } side { side { id } } }
       ... on Country { positions { stance issue { id } } }
       ... on Issue { positions { stance holder { id } } concerns { other { id } } }
     } }`,
  },
  {
    name: '@skip and @include with variables',
    query: `query ($yes: Boolean!, $no: Boolean!) { rounds { nodes { id
       mediators @include(if: $yes) { entity { id } }
       delegations @skip(if: $no) { role entity { id } }
       participants @include(if: $no) { role } } } }`,
    vars: { yes: true, no: false },
  },
  {
    name: 'claims with speakers, subjects, events, evidence and sources',
    query: `{ claims(first: 50) { pageInfo { hasNextPage endCursor } totalCount nodes {
       id mode statement statements { lang value } speakerDescription(lang: "en")
       speaker { id name } via { id } event { id kind } subjects { __typename ... on Entity { id } ... on Event { id } }
       evidence { quote start end context(width: 10) source { id title publishedOn } } } } }`,
  },
  {
    name: 'pages of relationships, both ways, with aliases, fragments and what is below them',
    query: `query ($after: String) { entity(id: "country:russia") {
       a: relationsConnection(first: 3, after: $after) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
         edges { cursor node { id type direction basis { kind } other { id ... on Entity { name } } evidence(first: 1) { quote } } } }
       b: relationsConnection(last: 2, types: ["OCCUPIES", "REPRESENTS"], direction: IN) { nodes { id other { id } } totalCount }
       ... on Country { c: relationsConnection(onlyStated: true) { nodes { type from { id } to { id } } } } }
       event(id: "event:trilateral-talks-round-2") { relationsConnection(first: 2) { nodes { id type } } } }`,
    vars: { after: null },
  },
  {
    name: 'a page backward, read through edges and nodes',
    query: `{ entities(last: 4, kind: Person) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
       nodes { id } edges { cursor node { id name(lang: "ar") relations { id type other { id } } } } } }`,
  },
  {
    name: 'nodes and edges asking different things of the same key',
    query: `{ claims(first: 5) { nodes { id x: statement(lang: "en") speaker { id } }
       edges { node { id x: statement(lang: "ru") y: speaker { name } } } } }`,
  },
  {
    name: 'two aliases of one list, asking different things of the same key',
    query: `{ a: entities(first: 5, kind: Person) { nodes { id x: name(lang: "ar") } }
       b: entities(first: 5, kind: Person) { nodes { id x: name(lang: "ru") } } }`,
  },
  {
    name: 'events with participants by role, parts, attestation and claims',
    query: `{ events(first: 50) { nodes { id kind date { start end precision note }
       participants(role: MEDIATOR) { role entity { id } }
       attestedBy { id statement } partOf { id } claims { id } mentionedIn { id } evidence { quote } } } }`,
  },
  {
    name: 'entities through every relationship field, three levels down',
    query: `{ entities(first: 20) { nodes { id kind aliases { lang value } description
       evidence { quote } statements { id } mentionedIn { id }
       participations { role event { id ... on NegotiationRound { round delegations { entity { id } } } } }
       ... on Country { officeHolders { person { id memberships { group { id } } } } delegations { delegation { id } } }
       ... on Organization { officeHolders { title } leaders { leader { id } } positions { summary stance } }
       ... on Delegation { members { member { id } from { id } to { id } } attended { event { id } } }
       ... on Person { leads { led { ... on Delegation { side { side { name(lang: "uk") } } } } } }
     } } }`,
  },
  {
    name: 'one language of a localised field, with each fallback',
    query: `{ rounds { nodes { name(lang: "fr") description(lang: "uk")
       mediators { entity { name(lang: "ar") description } } } }
       claims(first: 20) { nodes { statement r: statement(lang: "ru") s: statement(lang: "xx")
         speakerDescription a: speakerDescription(lang: "ar") } }
       sources { nodes { title(lang: "ru") t: title titles { lang } } }
       entity(id: "person:rustem-umerov") { ... on Person { roles { title(lang: "uk") t: title } } } }`,
  },
  {
    name: 'bases, claim-derived edges, "only stated" filters, narrated claims and aliases',
    query: `{
      a: entity(id: "country:russia") { aliases { lang value basis { kind reference } }
        all: relations { type basis { kind note } attestedBy { id } other { id } }
        stated: relations(onlyStated: true) { type other { id } }
        participations(onlyStated: true) { role event { id } }
        ... on Country { positions { stance strength qualifiers basis { kind } } } }
      b: event(id: "event:record-ballistic-missile-attack") {
        participants { role basis { kind } attestedBy { id statement(lang: "en") } entity { id } }
        none: participants(onlyStated: true) { role }
        mentionedIn(onlyStated: true) { id } }
      c: event(id: "event:trilateral-talks-round-2") { mentionedIn { id }
        issuesAtStake { basis { kind note } other { id } }
        stated: mentionedIn(onlyStated: true) { id mode narratedBy { id } } }
      d: claim(id: "claim:peskov-no-statements-for-now") {
        sameStatementAs { basis { kind } other { id } } subjects(onlyStated: true) { id } }
      e: claim(id: "claim:source-sides-far-from-agreement") { mode speaker { id } narratedBy { id title } }
    }`,
  },
  {
    name: 'a search hit walked further, and sources',
    query: `{ search(query: "Umerov", first: 3) { score matchedBy entity { id name
       ... on Person { leads { led { id } } } } }
       sources { edges { cursor node { id title } } totalCount } source(id: "source:2026-02-04-trilateral-talks-round-2") { id titles { lang value } } }`,
  },
];

describe('compiled reads', () => {
  it.each(SHAPES)('answer as field-by-field resolution does: $name', async ({ query, vars }) => {
    const [a, b] = await Promise.all([compiled.run(query, vars), byField.run(query, vars)]);
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data).toEqual(b.data);
    expect(JSON.stringify(a.data).length).toBeGreaterThan(100);
  });

  it('answer every playground example as field-by-field resolution does', async () => {
    for (const example of EXAMPLE_QUERIES) {
      const [a, b] = await Promise.all([compiled.run(example.query), byField.run(example.query)]);
      expect({ title: example.title, errors: a.errors }).toEqual({
        title: example.title,
        errors: b.errors,
      });
      expect(a.data).toEqual(b.data);
    }
  });

  it('compile the same document anew for other variables, and reuse it for the same', async () => {
    const query = `query ($id: ID!, $lang: String, $stated: Boolean!) { entity(id: $id) {
      name(lang: $lang) relations(onlyStated: $stated) { type other { id ... on Entity { name(lang: $lang) } } } } }`;
    const runs = [
      { id: 'country:russia', lang: 'ar', stated: false },
      { id: 'country:russia', lang: 'en', stated: true },
      { id: 'person:rustem-umerov', lang: 'uk', stated: false },
      { id: 'country:russia', lang: 'ar', stated: false },
    ];
    const answers = [];
    for (const vars of runs) {
      const [a, b] = await Promise.all([compiled.run(query, vars), byField.run(query, vars)]);
      expect(a.errors).toBeUndefined();
      expect(a.data).toEqual(b.data);
      answers.push(JSON.stringify(a.data));
    }
    expect(new Set(answers).size).toBe(3);
    expect(answers[3]).toBe(answers[0]);
  });

  it('report a bad argument of a nested field on that field, as resolvers do', async () => {
    const query = `{ entity(id: "person:rustem-umerov") { id ... on Person { roles(asOf: "soon") { title } } } }`;
    const [a, b] = await Promise.all([compiled.run(query), byField.run(query)]);
    expect(a.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['entity', 'roles'], 'BAD_USER_INPUT'],
    ]);
    expect(a).toEqual(b);
  });
});

describe('statements per request', () => {
  it('is one for each canonical question, and fewer than resolving field by field', async () => {
    const counts: Record<string, [unknown, unknown]> = {};
    for (const question of buildQuestions(subjects)) {
      const { query, variables } = question.requests.parley.body;
      const [a, b] = await Promise.all([
        compiled.run(query, variables),
        byField.run(query, variables),
      ]);
      expect(a.errors).toBeUndefined();
      expect(a.data).toEqual(b.data);
      counts[question.name] = [a.extensions?.roundTrips, b.extensions?.roundTrips];
    }
    // Field by field, rounds and person took 4 to 5 statements; the neighbourhood is one
    // statement either way (it is not a field walk). A page of relationships comes with its
    // entity, compiled; field by field it is read through the request's loader.
    expect(counts).toEqual({
      rounds: [1, 5],
      person: [1, 4],
      claims: [1, 2],
      search: [1, 1],
      neighbourhood: [1, 1],
      paths: [1, 1],
      'hub paths': [1, 1],
      'hub relations': [1, 2],
      timeline: [1, 1],
    });
  });
});

describe('requests predicted to be one statement', () => {
  it('are one statement, in one transaction', async () => {
    const schema = await buildParleySchema();
    const requests = [
      ...SHAPES.map(({ name, query, vars }) => ({ name, query, vars })),
      ...EXAMPLE_QUERIES.map(({ title, query }) => ({ name: title, query, vars: undefined })),
      ...buildQuestions(subjects).map(({ name, requests: { parley } }) => ({
        name,
        query: parley.body.query as string,
        vars: parley.body.variables as Record<string, unknown>,
      })),
    ];
    const measured: Record<string, unknown> = {};
    for (const { name, query, vars } of requests) {
      const document = parse(query);
      if (!answeredByOneStatement(schema, document, getOperationAST(document)!, vars)) continue;
      const { errors, extensions } = await compiled.run(query, vars);
      expect(errors).toBeUndefined();
      measured[name] = [extensions?.roundTrips, extensions?.transactions];
    }
    expect(Object.keys(measured)).toEqual(
      expect.arrayContaining(['rounds', 'person', 'claims', 'search', 'neighbourhood', 'paths']),
    );
    expect(Object.keys(measured).length).toBeGreaterThan(6);
    for (const name of Object.keys(measured))
      expect([name, measured[name]]).toEqual([name, [1, 1]]);
  });
});
