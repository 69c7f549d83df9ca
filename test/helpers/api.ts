import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../../src/config';
import { Context, createContext } from '../../src/api/context';
import { createApollo } from '../../src/api/server';
import { openTestDatabase } from './database';

export interface OperationResult {
  // Tests read arbitrary paths of the answer.

  data: any;
  errors: readonly GraphQLFormattedError[] | undefined;
  extensions: Record<string, unknown> | undefined;
}

/** The API as the server builds it, executed in-process against the tests' Neo4j. */
export interface TestApi {
  config: Config;
  driver: Driver;
  apollo: ApolloServer<Context>;
  run(query: string, variables?: Record<string, unknown>): Promise<OperationResult>;
  /** Runs an operation that must succeed, and returns its data. */
  data(query: string, variables?: Record<string, unknown>): Promise<any>;
  close(): Promise<void>;
}

export async function createTestApi(env: NodeJS.ProcessEnv = {}): Promise<TestApi> {
  const { config, driver } = openTestDatabase({ PARLEY_DEBUG: 'true', ...env });
  const apollo = await createApollo(config);
  await apollo.start();
  const run: TestApi['run'] = async (query, variables) => {
    const response = await apollo.executeOperation(
      { query, variables },
      { contextValue: createContext(config, driver) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    const { data, errors, extensions } = response.body.singleResult;
    return { data, errors, extensions };
  };
  return {
    config,
    driver,
    apollo,
    run,
    async data(query, variables) {
      const result = await run(query, variables);
      expect(result.errors).toBeUndefined();
      return result.data;
    },
    async close() {
      await apollo.stop();
      await driver.close();
    },
  };
}

/** The `extensions.code` of every error of a result. */
export const errorCodes = (result: OperationResult) =>
  (result.errors ?? []).map((e) => e.extensions?.code);
