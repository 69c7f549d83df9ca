import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../config';

/** The constraints and indexes file; every statement in it is idempotent. */
export const SCHEMA_FILE = path.join(PROJECT_ROOT, 'schema', 'constraints.cypher');

/** Splits a Cypher script into statements, dropping `//` comment lines. */
export function splitCypherScript(script: string): string[] {
  return script
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

/**
 * Applies the schema file and waits for the indexes to come online, so that the first query
 * after start-up (or after a test resets the database) sees them.
 */
export async function applySchema(driver: Driver, database: string): Promise<number> {
  const statements = splitCypherScript(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  const session = driver.session({ database });
  try {
    // Schema commands cannot share a transaction with each other's data, so each runs alone.
    for (const statement of statements) await session.run(statement);
    await session.run('CALL db.awaitIndexes(60)');
  } finally {
    await session.close();
  }
  return statements.length;
}
