import type { ApolloServer } from '@apollo/server';
import { pickSubjects } from '../../bench/questions';
import { type Context, createContext } from '../../src/api/context';
import { createApollo } from '../../src/api/server';
import type { Params } from '../../src/db/query-executor';
import {
  type CompilerCase,
  type CompilerFixture,
  compilerCases,
  inKeyOrder,
  readCompilerFixtures,
  type RecordedStatement,
  writeCompilerFixtures,
} from '../helpers/compiler-cases';
import { openTestDatabase, seedDatabase } from '../helpers/database';

// What each selection of test/helpers/compiler-cases.ts compiles to on the seed, and what Neo4j
// answers: the fixtures test/unit/selection-compiler.test.ts replays without a database. Here
// they are checked against a real Neo4j, so that they cannot drift from what the code does;
// `PARLEY_RECORD_FIXTURES=true npx jest test/api/compiler-fixtures` writes them anew after a
// change to the compiler (then read the diff: it is the change in every statement).
const RECORD = process.env.PARLEY_RECORD_FIXTURES === 'true';
const { config, driver } = openTestDatabase();
let apollo: ApolloServer<Context>;
let cases: CompilerCase[];

beforeAll(async () => {
  await seedDatabase(driver, config);
  apollo = await createApollo(config);
  await apollo.start();
  cases = compilerCases(await pickSubjects(driver, config.neo4j.database));
});
afterAll(async () => {
  await apollo.stop();
  await driver.close();
});

/** Runs a case through the API against Neo4j, keeping every statement and its records. */
async function record(one: CompilerCase): Promise<CompilerFixture> {
  const context = createContext(config, driver);
  const statements: RecordedStatement[] = [];
  const read = context.executor.read.bind(context.executor);
  context.executor.read = async <T>(statement: string, params: Params = {}) => {
    const records = (await read(statement, params)) as T[];
    statements.push({ statement, params, records: inKeyOrder(records) });
    return records;
  };
  const response = await apollo.executeOperation(
    { query: one.query, variables: one.vars },
    { contextValue: context },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  expect(errors).toBeUndefined();
  return { ...one, vars: one.vars ?? {}, statements, answer: data };
}

describe('compiled selections, recorded against the seed', () => {
  it('are what the code compiles and Neo4j answers today', async () => {
    const now = [];
    for (const one of cases) now.push(await record(one));
    if (RECORD) writeCompilerFixtures(now);
    const recorded = readCompilerFixtures();
    expect(recorded.map((f) => f.name)).toEqual(now.map((f) => f.name));
    for (const [i, fixture] of recorded.entries()) {
      expect({ name: fixture.name, statements: now[i].statements }).toEqual({
        name: fixture.name,
        statements: fixture.statements.map((one) => ({ ...one, records: inKeyOrder(one.records) })),
      });
      expect(now[i].answer).toEqual(fixture.answer);
    }
    // Every bench question is one statement.
    for (const fixture of recorded.filter((f) => f.name.startsWith('bench: ')))
      expect({ name: fixture.name, statements: fixture.statements.length }).toEqual({
        name: fixture.name,
        statements: 1,
      });
  });
});
