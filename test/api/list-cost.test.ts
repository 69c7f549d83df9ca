import 'reflect-metadata';
import {
  getIntrospectionQuery,
  getOperationAST,
  GraphQLSchema,
  isInterfaceType,
  isObjectType,
  parse,
} from 'graphql';
import { buildQuestions } from '../../bench/questions';
import { ASSUMED_LIST_SIZE, operationCost } from '../../src/api/limits/list-cost';
import { COST_MODEL, LIST_SIZES } from '../../src/api/limits/list-sizes';
import { OPERATION_LIMITS } from '../../src/api/limits/operation-limits';
import { EXAMPLE_QUERIES } from '../../src/api/playground/example-queries';
import { buildParleySchema } from '../../src/api/schema';

// The cost limit's estimate: a pure function of the schema, the document and the variables,
// checked before any database work. test/http/hostile-input.test.ts sends a refused one through the server.
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildParleySchema();
});

const costOf = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return operationCost(schema, document, getOperationAST(document)!, COST_MODEL, variables);
};
const cost = (query: string, variables?: Record<string, unknown>) => costOf(query, variables).cost;
const L = ASSUMED_LIST_SIZE;

describe('the cost of an operation', () => {
  it('multiplies by first, down the tree', () => {
    expect(cost('{ entities(first: 10) { nodes { id } } }')).toBe(10);
    expect(cost('{ entities(first: 10) { nodes { relations { id } } } }')).toBe(10 + 10 * L);
    expect(cost('{ entities(first: 100) { nodes { relations { id } } } }')).toBe(100 + 100 * L);
    expect(
      cost('{ entities(first: 3) { nodes { relations { other { id } evidence { id } } } } }'),
    ).toBe(3 + 3 * L * 2 + 3 * L * L);
  });

  it('counts every relationship and evidence list by its first, 20 when left out', () => {
    expect(cost('{ entity(id: "a:b") { relations(first: 5) { id } } }')).toBe(1 + 5);
    expect(cost('{ entity(id: "a:b") { evidence(first: 3) { id } } }')).toBe(1 + 3);
    expect(
      cost('{ event(id: "a:b") { participants(first: 7) { evidence(first: 2) { id } } } }'),
    ).toBe(1 + 7 + 7 * 2);
    expect(cost('{ officeHolders(organization: "a:b", first: 4) { id } }')).toBe(4);
    expect(cost('{ event(id: "a:b") { participants { id } } }')).toBe(1 + 20);
    // A single node's walk is one, whatever it is.
    expect(cost('{ claim(id: "a:b") { speaker { id } event { id } } }')).toBe(3);
  });

  it("refuses the issue's example: 100 entities, each with 100 relations, each with 100", () => {
    const example = costOf(`{ entities(first: 100) { nodes { relations(first: 100) { other {
      ... on Entity { relations(first: 100) { id } } } } } } }`);
    expect(example.cost).toBe(100 + 100 * 100 * 2 + 100 * 100 * 100);
    expect(example.cost).toBeGreaterThan(OPERATION_LIMITS.maxCost);
  });

  it('counts every item of a page or list, whatever is selected of it', () => {
    expect(cost('{ entities(first: 10) { edges { cursor } } }')).toBe(10);
    expect(cost('{ entities(first: 10) { edges { node { id } } } }')).toBe(10);
    expect(cost('{ entity(id: "a:b") { relations(first: 5) { basis } } }')).toBe(1 + 5);
    const cursorsOnly = costOf(`{ entities(first: 100) { edges { node {
      relationsConnection(first: 100) { edges { node { other { ... on Entity {
        relationsConnection(first: 100) { edges { cursor } } } } } } } } } } }`);
    expect(cursorsOnly.cost).toBe(100 + 100 * 100 * 2 + 100 * 100 * 100);
    expect(cursorsOnly.cost).toBeGreaterThan(OPERATION_LIMITS.maxCost);
    // Values a node carries stay free: a list no entry sizes is not read from the graph as items.
    expect(cost('{ entity(id: "a:b") { names { value } } }')).toBe(1);
  });

  it('counts an argument as given, by literal or variable, and an absent one as its default', () => {
    expect(cost('query ($n: Int) { claims(first: $n) { nodes { id } } }', { n: 7 })).toBe(7);
    expect(cost('query ($n: Int) { claims(first: $n) { nodes { id } } }')).toBe(20);
    // Out of bounds counts as the most it may be; the argument's own check then refuses it.
    expect(cost('query ($n: Int) { claims(first: $n) { nodes { id } } }', { n: 1e9 })).toBe(100);
    expect(cost('query ($n: Int) { claims(last: $n) { edges { node { id } } } }', { n: 9 })).toBe(
      9,
    );
    expect(cost('{ claims { nodes { id } } }')).toBe(20);
    expect(cost('{ paths(from: "a:b", to: "c:d") { nodes { id } } }')).toBe(5 * 7);
    expect(cost('{ paths(from: "a:b", to: "c:d", first: 2) { hops { id } } }')).toBe(2 * 6);
    expect(cost('{ nodes(ids: ["a:b", "c:d", "e:f"]) { id } }')).toBe(3);
    expect(cost('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a:b', 'c:d'] })).toBe(
      2,
    );
  });

  it('bounds a neighbourhood by its depth, limit per node and node cap', () => {
    expect(cost('{ neighbourhood(id: "a:b") { nodes { id } edges { id } } }')).toBe(26 + 25);
    expect(
      cost(
        '{ neighbourhood(id: "a:b", depth: 2, limitPerNode: 10) { nodes { id } edges { id } } }',
      ),
    ).toBe(111 + 11 * 10);
    expect(
      cost(`{ neighbourhood(id: "a:b", depth: 3, limitPerNode: 100, maxNodes: 1000) {
        nodes { id } edges { id } } }`),
    ).toBe(1000 + 1000 * 100);
  });

  it('counts nodes and relationships, not the values they carry', () => {
    expect(cost('{ entity(id: "a:b") { id name names { value } date: __typename } }')).toBe(1);
    expect(cost('{ search(query: "x", first: 4) { score entity { id } } }')).toBe(4);
    expect(cost(getIntrospectionQuery())).toBe(0);
  });

  it('counts fragments and inline fragments where they are spread', () => {
    expect(
      cost(`{ entities(first: 5) { nodes { ...F ... on Person { leads { id } } } } }
        fragment F on Entity { relations { id } }`),
    ).toBe(5 + 5 * L + 5 * L);
  });

  it('names the costliest path', () => {
    expect(
      costOf(`{ entities(first: 2) { nodes { id statements { id } relations { other { id } } } } }`)
        .path,
    ).toEqual(['entities', 'nodes', 'relations', 'other']);
  });

  it('lets every playground example and bench question through, and refuses nested lists', () => {
    const subjects = {
      hub: 'a:b',
      hubName: 'B',
      otherHub: 'i:j',
      person: 'c:d',
      otherPerson: 'e:f',
      speaker: 'g:h',
    };
    const queries = [
      ...EXAMPLE_QUERIES.map((example) => example.query),
      ...buildQuestions(subjects).map((question) => question.requests.parley.body.query),
    ];
    for (const query of queries) expect(cost(query)).toBeLessThanOrEqual(OPERATION_LIMITS.maxCost);
    const nested = costOf(`{ entities(first: 100) { nodes { relations { other { ... on Entity {
      relations { other { ... on Entity { relations { id } } } } } } } } } }`);
    expect(nested.cost).toBeGreaterThan(OPERATION_LIMITS.maxCost);
    expect(nested.path).toEqual([
      'entities',
      'nodes',
      'relations',
      'other',
      'relations',
      'other',
      'relations',
    ]);
  });

  it('sizes fields and arguments that exist', () => {
    for (const [key, entry] of Object.entries(LIST_SIZES)) {
      const [typeName, fieldName] = key.split('.');
      const type = schema.getType(typeName);
      expect(isObjectType(type) || isInterfaceType(type)).toBe(true);
      const field = (type as { getFields(): Record<string, any> }).getFields()[fieldName];
      expect({ key, field: !!field }).toEqual({ key, field: true });
      for (const arg of Object.keys(entry.args))
        expect({ key, arg, found: field.args.some((a: any) => a.name === arg) }).toEqual({
          key,
          arg,
          found: true,
        });
    }
  });
});
