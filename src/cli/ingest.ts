import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { ingestDossiers } from '../ingest/ingest.service';
import { runCli } from './run-cli';

/**
 * `npm run ingest -- [--batch N] <dossier files or folders …>` (and `npm run seed`, which names
 * seed/dossiers): validates everything, then writes it in one transaction, or with --batch in one
 * transaction per N dossier files (for corpora of thousands of sources).
 */
runCli(async () => {
  const { values, positionals: inputs } = parseArgs({
    options: { batch: { type: 'string' } },
    allowPositionals: true,
  });
  if (inputs.length === 0)
    throw new Error('usage: npm run ingest -- [--batch N] <dossier.yaml|folder> …');
  const batchSize = values.batch === undefined ? undefined : Number(values.batch);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1))
    throw new Error('--batch takes a whole number of dossier files, 1 or more');
  const config = loadConfig();
  const driver = await connectDatabase(config);
  try {
    const report = await ingestDossiers(driver, inputs, {
      database: config.neo4j.database,
      progress: console.log,
      batchSize,
    });
    console.log('Nodes by label:', report.counts.nodes);
    console.log('Relationships by type:', report.counts.relationships);
    // maxRSS is in kilobytes: the peak resident memory of this process over the whole ingest.
    console.log(`Peak memory (RSS): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  } finally {
    await driver.close();
  }
});
