import neo4j, { Driver } from 'neo4j-driver';
import { Config, neo4jUri } from '../config';

/**
 * Creates the process's one driver. Timeouts are short on purpose: when Neo4j is down a request
 * should fail in seconds with DATABASE_UNAVAILABLE, not hang for the driver's 60 s default.
 */
export function createDriver(config: Config): Driver {
  return neo4j.driver(
    neo4jUri(config),
    neo4j.auth.basic(config.neo4j.user, config.neo4j.password),
    {
      connectionTimeout: config.neo4j.connectTimeoutMs,
      connectionAcquisitionTimeout: config.neo4j.connectTimeoutMs * 2,
      maxTransactionRetryTime: config.neo4j.connectTimeoutMs,
      disableLosslessIntegers: true,
      userAgent: 'parley/0.1',
    },
  );
}

/**
 * Waits until Neo4j answers over Bolt, polling rather than sleeping a fixed time.
 * Returns the elapsed milliseconds; throws the last error when the deadline passes.
 */
export async function waitForNeo4j(
  driver: Driver,
  {
    timeoutMs = 120000,
    intervalMs = 250,
    database,
    gaveUp = () => false,
  }: {
    timeoutMs?: number;
    intervalMs?: number;
    database?: string;
    /** Stops the wait early, e.g. when the process that should answer has exited. */
    gaveUp?: () => boolean;
  } = {},
): Promise<number> {
  const started = Date.now();
  let lastError: unknown;
  while (Date.now() - started < timeoutMs) {
    if (gaveUp()) throw new Error('the Neo4j process exited');
    try {
      await driver.verifyConnectivity(database ? { database } : {});
      return Date.now() - started;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}
