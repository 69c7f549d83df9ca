import type { Driver } from 'neo4j-driver';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from './config';
import { connectDatabase } from './db/connect';
import { ingestDossiers } from './ingest/ingest.service';
import { runCli } from './cli/run-cli';
import { createServer } from './server';

const SEED_DIR = path.join(PROJECT_ROOT, 'seed', 'dossiers');

/** Loads the seed dossiers into an empty database, so a fresh clone has something to explore. */
async function seedIfEmpty(driver: Driver, database: string): Promise<void> {
  const { records } = await driver.executeQuery(
    'MATCH (s:Source) RETURN count(s) AS n',
    {},
    { database },
  );
  if (records[0].get('n') > 0) return;
  console.log('The database is empty: loading the seed dossiers ...');
  await ingestDossiers(driver, [SEED_DIR], { database, progress: console.log });
}

/** `npm start`: local Neo4j unless NEO4J_URI is set, schema, seed when empty, then the API. */
runCli(async () => {
  const config = loadConfig();
  const driver = await connectDatabase(config);
  if (config.seedOnStart) await seedIfEmpty(driver, config.neo4j.database);
  const { httpServer, apollo } = await createServer(config, driver);
  await new Promise<void>((resolve) =>
    httpServer.listen(config.http.port, config.http.host, resolve),
  );
  const base = `http://${config.http.host === '0.0.0.0' ? 'localhost' : config.http.host}:${config.http.port}`;
  console.log(`Parley API:        ${base}/graphql`);
  console.log(`Playground:        ${base}/`);
  console.log(`Health (liveness): ${base}/health/live`);

  const shutdown = async (signal: string) => {
    console.log(`${signal}: shutting down ...`);
    await apollo.stop();
    await driver.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
});
