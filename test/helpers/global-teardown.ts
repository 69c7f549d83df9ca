import { stopLocalNeo4j } from '../../src/db/local-neo4j';
import { TEST_NEO4J } from './test-neo4j';

export default async function globalTeardown(): Promise<void> {
  if (process.env.PARLEY_TEST_NEO4J_STARTED === '1' && !process.env.PARLEY_KEEP_TEST_NEO4J) {
    await stopLocalNeo4j(TEST_NEO4J);
  }
}
