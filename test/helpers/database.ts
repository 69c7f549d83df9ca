import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { Config, loadConfig, PROJECT_ROOT } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { applySchema } from '../../src/db/schema-applier';
import { IngestRepository } from '../../src/ingest/ingest.repository';
import { ingestDossiers, IngestReport } from '../../src/ingest/ingest.service';
import { testEnvironment } from './test-neo4j';

export const SEED_DIR = path.join(PROJECT_ROOT, 'seed', 'dossiers');

/** A driver and config for the tests' Neo4j; close it in afterAll. */
export function openTestDatabase(overrides: NodeJS.ProcessEnv = {}): {
  config: Config;
  driver: Driver;
} {
  const config = loadConfig(testEnvironment(overrides));
  return { config, driver: createDriver(config) };
}

/** Empties the database and re-applies the schema. */
export async function resetDatabase(driver: Driver, config: Config): Promise<void> {
  // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction, hence session.run.
  const session = driver.session({ database: config.neo4j.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  await applySchema(driver, config.neo4j.database);
}

/** Empties the database and loads the seed dossiers. */
export async function seedDatabase(driver: Driver, config: Config): Promise<IngestReport> {
  await resetDatabase(driver, config);
  return ingestDossiers(driver, [SEED_DIR], { database: config.neo4j.database });
}

/** Node counts by label and relationship counts by type. */
export async function graphCounts(driver: Driver, config: Config) {
  const session = driver.session({ database: config.neo4j.database });
  try {
    return await session.executeRead((tx) => new IngestRepository(tx).counts());
  } finally {
    await session.close();
  }
}
