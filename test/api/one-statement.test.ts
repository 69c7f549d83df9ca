import { getOperationAST, GraphQLSchema, parse } from 'graphql';
import { buildQuestions } from '../../bench/questions';
import { buildParleySchema } from '../../src/api/schema';
import { answeredByOneStatement } from '../../src/api/read/one-statement';

// Which requests the executor may run as one auto-commit statement. A pure function of the
// schema and the request; test/api/compiled-reads.test.ts checks the yeses against Neo4j.
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildParleySchema();
});

const predicted = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return answeredByOneStatement(schema, document, getOperationAST(document)!, variables);
};

const SUBJECTS = {
  hub: 'country:ukraine',
  hubName: 'Ukraine',
  otherHub: 'country:russia',
  person: 'person:rustem-umerov',
  otherPerson: 'person:donald-trump',
  speaker: 'person:dmitry-peskov',
};

describe('one statement, predicted', () => {
  it('for the canonical questions that compile whole', () => {
    const yes = buildQuestions(SUBJECTS)
      .filter(({ requests }) =>
        predicted(requests.parley.body.query, requests.parley.body.variables),
      )
      .map((question) => question.name);
    expect(yes).toEqual([
      'rounds',
      'person',
      'claims',
      'search',
      'neighbourhood',
      'paths',
      'hub paths',
      'hub relations',
      'hub corroborated',
      'timeline',
    ]);
  });

  it.each([
    ['two root fields', '{ a: entity(id: "x:y") { id } b: entity(id: "x:z") { id } }'],
    ['a field its resolver reads apart', '{ claim(id: "x:y") { evidence { context(width: 5) } } }'],
    ['a count', '{ entities(first: 2) { totalCount nodes { id } } }'],
    [
      'the claim behind a relationship',
      '{ entity(id: "x:y") { relations { attestedBy { id } } } }',
    ],
    [
      'a neighbourhood node walked further',
      '{ neighbourhood(id: "x:y") { nodes { node { id } } } }',
    ],
    ['a root that is not compiled', '{ officeHolders(organization: "x:y") { title } }'],
    [
      'a walk below a path, whose nodes are light records',
      '{ paths(from: "x:y", to: "x:z") { nodes { ... on Person { roles { title } } } } }',
    ],
    ["a path hop's other end", '{ paths(from: "x:y", to: "x:z") { hops { other { id } } } }'],
    [
      'a search hit walked further (its hits are read apart)',
      '{ search(query: "Umerov") { entity { id ... on Person { leads { led { id } } } } } }',
    ],
    [
      'an argument the resolver will reject',
      '{ entity(id: "x:y") { ... on Person { roles(asOf: "soon") { title } } } }',
    ],
    [
      'two aliases of one walk that disagree',
      '{ entity(id: "x:y") { ... on Person { roles { title } roles(asOf: "2026-01-01") { title } } } }',
    ],
  ])('not for %s', (_name, query) => {
    expect(predicted(query)).toBe(false);
  });

  it('follows @skip and @include with their variables, and fragments on interfaces', () => {
    const query = `query ($skip: Boolean!) { claim(id: "x:y") { id ...Quotes } }
      fragment Quotes on Claim { evidence { quote context @skip(if: $skip) } }`;
    expect(predicted(query, { skip: true })).toBe(true);
    expect(predicted(query, { skip: false })).toBe(false);
    // The same document again, now from the memo.
    expect(predicted(query, { skip: true })).toBe(true);
    const onType = `{ node(id: "x:y") { id ... on Source { text } } }`;
    expect(predicted(onType)).toBe(false);
    expect(predicted(`{ node(id: "x:y") { id ... on Source { title } } }`)).toBe(true);
  });
});
