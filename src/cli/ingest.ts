import { loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { ingestDossiers } from '../ingest/ingest.service';
import { runCli } from './run-cli';

/**
 * `npm run ingest -- <dossier files or folders …>` (and `npm run seed`, which names seed/dossiers):
 * validates everything, then writes it in one transaction.
 */
runCli(async () => {
  const inputs = process.argv.slice(2);
  if (inputs.length === 0) throw new Error('usage: npm run ingest -- <dossier.yaml|folder> …');
  const config = loadConfig();
  const driver = await connectDatabase(config);
  try {
    const report = await ingestDossiers(driver, inputs, {
      database: config.neo4j.database,
      progress: console.log,
    });
    console.log('Nodes by label:', report.counts.nodes);
    console.log('Relationships by type:', report.counts.relationships);
  } finally {
    await driver.close();
  }
});
