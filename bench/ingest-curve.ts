/**
 * `npm run bench:ingest -- <dossier folder> [--warmup 20] [--count 30]`: adds dossier files of a
 * folder to the graph NEO4J_URI points at, one source per transaction as a researcher adds an
 * article: `warmup` of them untimed (a Neo4j just started reads its store from disk and plans
 * its statements), then `count` timed, and reports how long each took beside the graph's size. Run against graphs of
 * different sizes with files none of them holds (a generated corpus's source ids carry its
 * size and seed, while its invented world, hubs included, is the same for every size), it gives
 * the per-source ingest time as the graph grows. Not part of `npm test`; it writes to the graph.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config';
import { connectDatabase } from '../src/db/connect';
import { listDossierFiles } from '../src/ingest/dossier-loader';
import { ingestDossiers } from '../src/ingest/ingest.service';

const { values, positionals } = parseArgs({
  options: {
    count: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '20' },
  },
  allowPositionals: true,
});
if (positionals.length !== 1)
  throw new Error('usage: npm run bench:ingest -- <folder> [--warmup N] [--count N]');
const count = Number(values.count);
const warmup = Number(values.warmup);
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(warmup) || warmup < 0)
  throw new Error('--count takes a whole number, 1 or more, and --warmup 0 or more');

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];

async function main() {
  const config = loadConfig();
  const driver = await connectDatabase(config);
  try {
    const all = listDossierFiles(positionals);
    if (all.length < warmup + count) throw new Error(`${positionals[0]} has ${all.length} files`);
    for (const file of all.slice(0, warmup))
      await ingestDossiers(driver, [file], { database: config.neo4j.database });
    const files = all.slice(warmup, warmup + count);
    const nodes = async () =>
      (
        await driver.executeQuery(
          'MATCH (n) RETURN count(n) AS n',
          {},
          {
            database: config.neo4j.database,
          },
        )
      ).records[0].get('n') as number;
    const before = Number(await nodes());
    const times: number[] = [];
    for (const file of files) {
      const started = process.hrtime.bigint();
      await ingestDossiers(driver, [file], { database: config.neo4j.database });
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    const after = Number(await nodes());
    const sorted = [...times].sort((a, b) => a - b);
    const summary = {
      graphNodesBefore: before,
      graphNodesAfter: after,
      warmup,
      sources: files.length,
      msPerSource: {
        p50: Math.round(percentile(sorted, 0.5)),
        p90: Math.round(percentile(sorted, 0.9)),
        max: Math.round(sorted[sorted.length - 1]),
        first: Math.round(times[0]),
      },
      times: times.map((t) => Math.round(t)),
    };
    console.log(JSON.stringify(summary));
  } finally {
    await driver.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
