import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { connectDatabase } from '../db/connect';
import { ingestDossiers } from '../ingest/ingest.service';
import { withdrawDossiers } from '../ingest/withdraw.service';
import { recountCorroboration } from '../ingest/recount.service';
import { runCli } from './run-cli';

const USAGE =
  'usage: npm run ingest -- [--batch N] [--by NAME] <dossier.yaml|folder> …\n' +
  '       npm run ingest -- --retract <dossier id> [--retract <dossier id> …] [--by NAME]\n' +
  '       npm run ingest -- --recount';

/**
 * `npm run ingest -- [--batch N] <dossier files or folders …>` (and `npm run seed`, which names
 * seed/dossiers): validates everything, then writes it in one transaction, or with --batch in one
 * transaction per N dossier files (for corpora of thousands of sources). A dossier the graph
 * holds already is replaced by the new version; `--retract <id>` withdraws a whole dossier.
 * `--by` names who loads it, recorded with each version. `--recount` counts every fact's support
 * and marks what is disputed again, over the whole store (one loaded before these were kept).
 */
runCli(async () => {
  const { values, positionals: inputs } = parseArgs({
    options: {
      batch: { type: 'string' },
      by: { type: 'string' },
      retract: { type: 'string', multiple: true },
      recount: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const retract = values.retract ?? [];
  const asked = [inputs.length > 0, retract.length > 0, values.recount === true];
  if (asked.filter(Boolean).length !== 1) throw new Error(USAGE);
  const batchSize = values.batch === undefined ? undefined : Number(values.batch);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize >= 1))
    throw new Error('--batch takes a whole number of dossier files, 1 or more');
  const config = loadConfig();
  const driver = await connectDatabase(config);
  try {
    if (values.recount) {
      const report = await recountCorroboration(driver, {
        database: config.neo4j.database,
        progress: console.log,
      });
      console.log(
        `Counted again: ${report.nodes} nodes, ${report.relationships} relationships, in ${report.transactions} transactions.`,
      );
      return;
    }
    if (retract.length > 0) {
      const report = await withdrawDossiers(driver, retract, {
        database: config.neo4j.database,
        by: values.by,
        progress: console.log,
      });
      printBookmarks(report.bookmarks);
      return;
    }
    const report = await ingestDossiers(driver, inputs, {
      database: config.neo4j.database,
      progress: console.log,
      batchSize,
      by: values.by,
    });
    console.log('Nodes by label:', report.counts.nodes);
    console.log('Relationships by type:', report.counts.relationships);
    // maxRSS is in kilobytes: the peak resident memory of this process over the whole ingest.
    console.log(`Peak memory (RSS): ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
    printBookmarks(report.bookmarks);
  } finally {
    await driver.close();
  }
});

/** A read that sends these sees the write on any server of a cluster (docs/production.md). */
function printBookmarks(bookmarks: string[]): void {
  if (bookmarks.length > 0) console.log(`Bookmark (X-Parley-Bookmark): ${bookmarks.join(',')}`);
}
