import path from 'node:path';
import { LOCAL_NEO4J_DEFAULT_PASSWORD, PROJECT_ROOT } from '../../src/config';

/**
 * The tests' own Neo4j: another port and data folder than the developer's, so a test run never
 * touches local data. NEO4J_TEST_URI points the tests at another server instead; the tests wipe
 * its database, so never point it at data you want to keep.
 */
export const TEST_NEO4J = {
  port: Number(process.env.LOCAL_NEO4J_TEST_PORT || 7698),
  dir: path.join(PROJECT_ROOT, '.neo4j', 'test'),
  heap: '768m',
};

export function testEnvironment(overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const uri = process.env.NEO4J_TEST_URI || `bolt://127.0.0.1:${TEST_NEO4J.port}`;
  return {
    NODE_ENV: 'test',
    NEO4J_URI: uri,
    NEO4J_USER: process.env.NEO4J_TEST_USER || 'neo4j',
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD || LOCAL_NEO4J_DEFAULT_PASSWORD,
    NEO4J_DATABASE: process.env.NEO4J_TEST_DATABASE || 'neo4j',
    PARLEY_SEED_ON_START: 'false',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
    ...overrides,
  };
}
