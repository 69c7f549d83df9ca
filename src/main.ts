import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { runCli } from './cli/run-cli';
import { loadConfig, PROJECT_ROOT } from './config';
import { connectDatabase } from './db/connect';
import { AppError, ErrorCode } from './errors';
import { ingestDossiers } from './ingest/ingest.service';
import { createLogger } from './logger';
import { createServer } from './api/server';
import { QueryExecutor } from './db/query-executor';
import { SourcesRepository } from './graph/queries/sources.repository';

const SEED_DIR = path.join(PROJECT_ROOT, 'seed', 'dossiers');

/** Loads the seed dossiers into an empty database, so a fresh clone has something to explore. */
async function seedIfEmpty(driver: Driver, database: string): Promise<void> {
  const executor = new QueryExecutor(driver, { database, timeoutMs: 30000 });
  const sources = await new SourcesRepository(executor).total().finally(() => executor.close());
  if (sources > 0) return;
  console.log('The database is empty: loading the seed dossiers ...');
  await ingestDossiers(driver, [SEED_DIR], { database, progress: console.log });
}

/** `npm start`: local Neo4j unless NEO4J_URI is set, schema, seed when empty, then the API. */
runCli(async () => {
  const config = loadConfig();
  const logger = createLogger(config);
  const driver = await connectDatabase(config);
  if (config.seedOnStart) await seedIfEmpty(driver, config.neo4j.database);
  const { httpServer, apollo } = await createServer(config, driver, logger);

  // Stop accepting, let in-flight requests finish (bounded by the drain plugin's grace period),
  // close the driver, exit 0. A second signal, or a stop that overruns, exits at once. Installed
  // before the server listens, so that a signal never meets the default handler.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ msg: 'shutting down', signal });
    setTimeout(() => {
      logger.error({ msg: 'shutdown overran its bound; exiting' });
      process.exit(1);
    }, config.shutdownTimeoutMs + 5000).unref();
    await apollo.stop();
    await driver.close();
    logger.info({ msg: 'stopped', signal });
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    await new Promise<void>((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(config.http.port, config.http.host, () => {
        httpServer.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await apollo.stop();
    await driver.close();
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    throw new AppError(
      ErrorCode.CONFIGURATION_ERROR,
      `port ${config.http.port} on ${config.http.host} is already in use; set PORT to a free port (PORT=0 lets the system pick one)`,
    );
  }
  const { port } = httpServer.address() as { port: number };
  const base = `http://${config.http.host === '0.0.0.0' ? 'localhost' : config.http.host}:${port}`;
  console.log(`Parley API:        ${base}/graphql`);
  console.log(`Playground:        ${base}/`);
  console.log(`Explorer:          ${base}/explore`);
  console.log(`Curation:          ${base}/curate`);
  console.log(
    `Exports:           ${base}/export/graph.gexf (.graphml, .json, nodes.csv, edges.csv)`,
  );
  console.log(`Health:            ${base}/health/live  ${base}/health/ready`);
  logger.info({ msg: 'listening', port });
});
