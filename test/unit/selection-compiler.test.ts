import type { ApolloServer } from '@apollo/server';
import type { Context } from '../../src/api/context';
import { createApollo } from '../../src/api/server';
import { loadConfig } from '../../src/config';
import type { Params, QueryExecutor } from '../../src/db/query-executor';
import { createGraphLoaders } from '../../src/graph/graph-loaders';
import { type CompilerFixture, readCompilerFixtures } from '../helpers/compiler-cases';
import { testEnvironment } from '../helpers/test-neo4j';

// The compiler and the hydration without a database: each recorded selection must compile to
// the very statements and parameters it was recorded with, and the records Neo4j gave back then
// must make the very same answer. test/api/compiler-fixtures.test.ts keeps the recordings true to
// a real Neo4j; this runs in a second, and says which statement changed and how.
const config = loadConfig(testEnvironment());
const fixtures = readCompilerFixtures();
let apollo: ApolloServer<Context>;

beforeAll(async () => {
  apollo = await createApollo(config);
  await apollo.start();
});
afterAll(() => apollo.stop());

/**
 * An executor that answers each statement with the records recorded for it, in order, and
 * fails on any statement that is not the one recorded next.
 */
function replaying(fixture: CompilerFixture) {
  const expected = [...fixture.statements];
  const asked: Array<{ statement: string; params: Params }> = [];
  const executor = {
    roundTrips: 0,
    transactionCount: 0,
    expectOneStatement: () => undefined,
    close: async () => undefined,
    read: async (statement: string, params: Params = {}) => {
      asked.push({ statement, params });
      executor.roundTrips += 1;
      const next = expected.shift();
      if (!next || next.statement !== statement) return [];
      return structuredClone(next.records);
    },
  };
  return { executor: executor as unknown as QueryExecutor, asked };
}

describe('the selection compiler, without a database', () => {
  it('has recordings of the bench questions and the awkward shapes', () => {
    expect(fixtures.filter((f) => f.name.startsWith('bench: '))).toHaveLength(10);
    expect(fixtures.length).toBeGreaterThan(20);
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
    'compiles and hydrates as recorded: %s',
    async (_name, fixture) => {
      const { executor, asked } = replaying(fixture);
      const context: Context = {
        config,
        requestId: 'unit',
        executor,
        loaders: createGraphLoaders(executor),
      };
      const response = await apollo.executeOperation(
        { query: fixture.query, variables: fixture.vars },
        { contextValue: context },
      );
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult;
      expect(asked).toEqual(
        fixture.statements.map(({ statement, params }) => ({ statement, params })),
      );
      expect(errors).toBeUndefined();
      expect(data).toEqual(fixture.answer);
    },
  );
});
