import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config';
import { QueryExecutor } from '../db/query-executor';
import { createGraphLoaders, GraphLoaders } from '../graph/graph-loaders';

/** What every resolver of one request sees. */
export interface Context {
  config: Config;
  /** The request's id, as sent back in `x-request-id` and written in its log lines. */
  requestId: string;
  executor: QueryExecutor;
  loaders: GraphLoaders;
}

/**
 * One read session per request (opened on first use, in READ mode, so that a cluster routes it to
 * a reader), waiting for the writes its bookmarks name, and fresh loaders.
 */
export function createContext(
  config: Config,
  driver: Driver,
  requestId: string = randomUUID(),
  bookmarks: string[] = [],
): Context {
  const executor = new QueryExecutor(driver, {
    database: config.neo4j.database,
    timeoutMs: config.neo4j.queryTimeoutMs,
    bookmarks,
  });
  return { config, requestId, executor, loaders: createGraphLoaders(executor) };
}
