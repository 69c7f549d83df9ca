import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { Config, loadConfig, PROJECT_ROOT } from '../../src/config';
import { createDriver } from '../../src/db/driver';
import { applySchema } from '../../src/db/schema-applier';
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

/**
 * Relationship types that are not relationships of the graph's meaning, as a Cypher list for
 * tests that read the database with untyped patterns: links to evidence and its source, and the
 * relationships' keys.
 */
export const NOT_MEANINGFUL_TYPES = `['IN_SOURCE', 'EVIDENCED_BY', 'RELATION_KEY']`;

/** Empties the database and loads the seed dossiers. */
export async function seedDatabase(driver: Driver, config: Config): Promise<IngestReport> {
  await resetDatabase(driver, config);
  return ingestDossiers(driver, [SEED_DIR], { database: config.neo4j.database });
}

/**
 * Node counts by label and relationship counts by type, by scanning the whole graph: tests
 * observe the database for themselves, so a stray label or type would show here too.
 */
export async function graphCounts(driver: Driver, config: Config) {
  const { records } = await driver.executeQuery(
    `CALL { MATCH (n) UNWIND labels(n) AS label RETURN collect(label) AS labels }
     CALL { MATCH ()-[r]->() RETURN collect(type(r)) AS types }
     RETURN labels, types`,
    {},
    { database: config.neo4j.database },
  );
  const tally = (values: string[]) =>
    values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
  return { nodes: tally(records[0].get('labels')), relationships: tally(records[0].get('types')) };
}

/** Transactions Neo4j holds open, other than the one asking. */
export async function openTransactions(driver: Driver, config: Config): Promise<number> {
  const { records } = await driver.executeQuery(
    'SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH "SHOW" RETURN count(*) AS n',
    {},
    { database: config.neo4j.database },
  );
  return Number(records[0].get('n'));
}

/** Polls `check` every 50 ms until it holds or `timeoutMs` is past; its last answer. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return check();
}
