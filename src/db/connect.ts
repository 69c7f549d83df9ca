import type { Driver } from 'neo4j-driver';
import { Config, neo4jUri } from '../config';
import { createDriver, waitForNeo4j } from './driver';
import { startLocalNeo4j } from './local-neo4j';
import { applySchema } from './schema-applier';

/**
 * Connects to the configured Neo4j (starting the local one when NEO4J_URI is unset), waits until
 * it answers and applies the schema. Used by every entry point that needs the database.
 */
export async function connectDatabase(
  config: Config,
  log: (line: string) => void = console.log,
): Promise<Driver> {
  if (!config.neo4j.uri) {
    const local = await startLocalNeo4j(config.localNeo4j, config.neo4j.password, log);
    if (local.started) log(`Local Neo4j started in ${(local.startupMs / 1000).toFixed(1)} s.`);
  }
  const driver = createDriver(config);
  try {
    await waitForNeo4j(driver, { timeoutMs: 60000, database: config.neo4j.database });
    await applySchema(driver, config.neo4j.database);
  } catch (error) {
    await driver.close();
    throw error;
  }
  log(`Connected to ${neo4jUri(config)} (database ${config.neo4j.database}).`);
  return driver;
}
