import type { Driver } from 'neo4j-driver';
import { QueryExecutor } from '../db/query-executor';
import { readNamedEntities } from '../graph/queries/gazetteer.repository';
import { Gazetteer, type GazetteerEntity } from './gazetteer';

/** Builds the gazetteer of every entity the graph holds now, in one streamed read. */
export async function gazetteerFromGraph(driver: Driver, database: string): Promise<Gazetteer> {
  const executor = new QueryExecutor(driver, { database, timeoutMs: 600_000, fetchSize: 5000 });
  const entities: GazetteerEntity[] = [];
  try {
    await readNamedEntities(executor, (entity) => entities.push(entity));
  } finally {
    await executor.close();
  }
  return new Gazetteer(entities);
}
