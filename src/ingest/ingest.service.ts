import type { Driver } from 'neo4j-driver';
import { QueryExecutor } from '../db/query-executor';
import { buildSearchFields } from '../search-text/search-text';
import { listDossierFiles, readDossiers } from './dossier-loader';
import { validateDossiers, type ValidatedInput } from './dossier-validator';
import { InvalidDossierError, type DossierProblem } from './dossier-problem';
import { IdCollisions } from './id-collisions';
import { StoredIdsRepository } from '../graph/writes/stored-ids.repository';
import { corpusKey, IngestProgressRepository } from '../graph/writes/ingest-progress.repository';
import { buildGraphPlan } from './graph-plan';
import type { GraphPlan } from '../graph/writes/ingest.repository';
import { GraphCounts, GraphCountsRepository } from '../graph/writes/graph-counts.repository';
import { IngestRepository } from '../graph/writes/ingest.repository';

export interface IngestOptions {
  database: string;
  timeoutMs?: number;
  /** Receives one line per step, for progress on screen. */
  progress?: (line: string) => void;
  /**
   * Dossier files per transaction. Unset: everything in one transaction. A corpus of thousands of
   * sources is written a batch at a time, so that memory and transaction size stay bounded.
   */
  batchSize?: number;
}

export interface IngestReport {
  files: string[];
  /** Rows written (a node or relationship shared by several batches is counted in each). */
  written: {
    sources: number;
    evidence: number;
    entities: number;
    events: number;
    claims: number;
    edges: number;
  };
  counts: GraphCounts;
  batches: number;
  elapsedMs: number;
}

// Rows per statement: large enough to be fast, small enough to keep progress moving and each
// statement's memory bounded on big dossiers.
const BATCH = 2000;

/** Reads and validates a set of dossier files; throws listing every problem. */
function validateFiles(files: string[]): ValidatedInput {
  const { dossiers, problems } = readDossiers(files);
  return validateDossiers(dossiers, problems);
}

/**
 * Validates every input as a whole, then writes it with MERGE on stable ids: an invalid input
 * writes nothing, and running the same input twice changes nothing. Without `batchSize` all of it
 * is one transaction, so a failure half-way rolls everything back; with it, each batch of files
 * is one transaction, marked as committed in that transaction, and a failure leaves whole
 * batches written: a rerun of the same files says so and writes only the batches left.
 */
export async function ingestDossiers(
  driver: Driver,
  inputs: string[],
  options: IngestOptions,
): Promise<IngestReport> {
  const started = Date.now();
  const progress = options.progress ?? (() => undefined);
  const files = listDossierFiles(inputs);
  const size = Math.max(1, options.batchSize ?? files.length);
  const batches: string[][] = [];
  for (let i = 0; i < files.length; i += size) batches.push(files.slice(i, i + size));

  // Every batch is validated, and checked against the graph, before anything is written. One
  // batch keeps its plan; several are planned again one at a time as they are written, so that
  // memory holds one batch's plan, never the corpus's.
  if (batches.length > 1)
    progress(`Validating ${files.length} dossiers in ${batches.length} batches ...`);
  const reader = new QueryExecutor(driver, {
    database: options.database,
    timeoutMs: options.timeoutMs ?? 600000,
  });
  let firstPlan: GraphPlan | undefined;
  try {
    const collisions = new IdCollisions(new StoredIdsRepository(reader));
    const problems: DossierProblem[] = [];
    for (const [i, batch] of batches.entries()) {
      const input = validateFiles(batch);
      problems.push(...(await collisions.check(input)));
      if (i === 0) firstPlan = buildGraphPlan(input);
    }
    if (problems.length > 0) throw new InvalidDossierError(problems);
  } finally {
    await reader.close();
  }
  progress(
    batches.length <= 1
      ? `Validated ${files.length} dossier(s): ${describe(firstPlan!)}`
      : `Validated ${files.length} dossiers in ${Date.now() - started} ms.`,
  );

  const written: IngestReport['written'] = {
    sources: 0,
    evidence: 0,
    entities: 0,
    events: 0,
    claims: 0,
    edges: 0,
  };
  const executor = new QueryExecutor(
    driver,
    { database: options.database, timeoutMs: options.timeoutMs ?? 600000 },
    'WRITE',
  );
  try {
    const writing = Date.now();
    let filesDone = 0;
    // A batched load marks each batch it commits, so that a run stopped half-way is found and
    // resumed: the batches already committed are left as they are.
    const batched = batches.length > 1;
    const corpus = batched ? corpusKey(files, size) : '';
    const progressRepo = new IngestProgressRepository(executor);
    const done = batched ? await progressRepo.committed(corpus) : new Set<number>();
    for (const partial of await progressRepo.partial())
      if (partial.corpus !== corpus)
        progress(
          `Note: another corpus (from ${partial.firstFile}) is partly loaded: ${partial.done} of ` +
            `${partial.batches} batches. Run its ingest again to resume it.`,
        );
    if (done.size > 0)
      progress(
        `This corpus is partly loaded: ${done.size} of ${batches.length} batches were committed ` +
          'by an earlier run. Resuming with the rest.',
      );
    for (const [index, batch] of batches.entries()) {
      if (done.has(index)) {
        filesDone += batch.length;
        firstPlan = undefined;
        continue;
      }
      const plan = firstPlan ?? buildGraphPlan(validateFiles(batch));
      firstPlan = undefined;
      await executor.write(async (tx) => {
        await writePlan(new IngestRepository(tx), plan, batched ? () => {} : progress);
        if (batched)
          await IngestProgressRepository.mark(tx, {
            corpus,
            batch: index,
            batches: batches.length,
            files: batch,
          });
      });
      for (const key of Object.keys(written) as Array<keyof typeof written>)
        written[key] += plan[key].length;
      filesDone += batch.length;
      if (batches.length > 1) progress(rate(filesDone, files.length, written, writing));
    }
    // Counted after the commit, from the count store, so the write transaction stays as short as it can.
    const counts = await new GraphCountsRepository(executor).counts();
    const report: IngestReport = {
      files,
      written,
      counts,
      batches: batches.length,
      elapsedMs: Date.now() - started,
    };
    progress(`Committed in ${report.elapsedMs} ms.`);
    return report;
  } finally {
    await executor.close();
  }
}

async function writePlan(
  repo: IngestRepository,
  plan: GraphPlan,
  progress: (line: string) => void,
): Promise<void> {
  const steps: Array<[string, unknown[], (rows: never[]) => Promise<void>]> = [
    ['sources', plan.sources, (rows) => repo.writeSources(rows)],
    ['evidence spans', plan.evidence, (rows) => repo.writeEvidence(rows)],
    ['entities', plan.entities, (rows) => repo.writeEntities(rows)],
    ['events', plan.events, (rows) => repo.writeEvents(rows)],
    ['claims', plan.claims, (rows) => repo.writeClaims(rows)],
    ['relationships', plan.edges, (rows) => repo.writeEdges(rows)],
  ];
  for (const [name, rows, write] of steps) {
    for (let i = 0; i < rows.length; i += BATCH) {
      await write(rows.slice(i, i + BATCH) as never[]);
      progress(`  ${name}: ${Math.min(i + BATCH, rows.length)}/${rows.length}`);
    }
  }
  // Search text is rebuilt from what is stored, so names from earlier dossiers stay findable.
  const ids = [...plan.entities, ...plan.events].map((row) => row.id);
  for (let i = 0; i < ids.length; i += BATCH) {
    const names = await repo.readNames(ids.slice(i, i + BATCH));
    await repo.writeSearchFields(
      names.map(({ id, names }) => ({ id, ...buildSearchFields(names) })),
    );
  }
}

/** "sources 1200/33000 · 36000 node rows · 850 rows/s · ETA 6m10s" */
function rate(
  done: number,
  total: number,
  written: IngestReport['written'],
  since: number,
): string {
  const seconds = (Date.now() - since) / 1000;
  const rows =
    written.sources + written.evidence + written.entities + written.events + written.claims;
  const eta = (seconds / done) * (total - done);
  const clock = (s: number) =>
    `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
  return (
    `  sources ${done}/${total} · ${rows} node rows, ${written.edges} relationship rows · ` +
    `${Math.round(rows / seconds)} node rows/s · ${clock(seconds)} elapsed, ETA ${clock(eta)}`
  );
}

function describe(plan: GraphPlan): string {
  return (
    `${plan.sources.length} sources, ${plan.evidence.length} evidence spans, ${plan.entities.length} entities, ` +
    `${plan.events.length} events, ${plan.claims.length} claims, ${plan.edges.length} relationships`
  );
}
