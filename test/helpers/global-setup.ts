import { startLocalNeo4j } from '../../src/db/local-neo4j';
import { LOCAL_NEO4J_DEFAULT_PASSWORD } from '../../src/config';
import { TEST_NEO4J } from './test-neo4j';

/** Starts the tests' own Neo4j unless NEO4J_TEST_URI names one. */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_TEST_URI) return;
  const status = await startLocalNeo4j(TEST_NEO4J, LOCAL_NEO4J_DEFAULT_PASSWORD, (line) =>
    console.log(`\n${line}`),
  );
  // Only an instance this run started is stopped at the end; a running one is left running.
  process.env.PARLEY_TEST_NEO4J_STARTED = status.started ? '1' : '';
  if (status.started) console.log(`Test Neo4j up in ${(status.startupMs / 1000).toFixed(1)} s.`);
}
