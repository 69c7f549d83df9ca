import type { Driver } from 'neo4j-driver';
import { QueryExecutor } from '../db/query-executor';
import { readNamedEntities } from '../graph/queries/gazetteer.repository';
import { Gazetteer } from './gazetteer';

/** Builds the gazetteer of every entity the graph holds now, in one streamed read. */
export async function gazetteerFromGraph(driver: Driver, database: string): Promise<Gazetteer> {
  const executor = new QueryExecutor(driver, { database, timeoutMs: 600_000, fetchSize: 5000 });
  const gazetteer = new Gazetteer([]);
  try {
    await readNamedEntities(executor, (entity) => gazetteer.add(entity));
  } finally {
    await executor.close();
  }
  return gazetteer;
}
