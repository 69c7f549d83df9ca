import path from 'node:path';
import { LOCAL_NEO4J_DEFAULT_PASSWORD, LocalNeo4jSettings, PROJECT_ROOT } from '../../src/config';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/db/local-neo4j';

/**
 * A Neo4j of a test's own, for tests that stop and start the database: they must not take the
 * shared test instance away from the other tests.
 */
export function ownNeo4j(name: string, port: number) {
  const settings: LocalNeo4jSettings = {
    port,
    dir: path.join(PROJECT_ROOT, '.neo4j', name),
    heap: '512m',
  };
  return {
    settings,
    uri: `bolt://127.0.0.1:${port}`,
    password: LOCAL_NEO4J_DEFAULT_PASSWORD,
    start: () => startLocalNeo4j(settings, LOCAL_NEO4J_DEFAULT_PASSWORD, () => undefined),
    stop: () => stopLocalNeo4j(settings),
  };
}
