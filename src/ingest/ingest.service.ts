import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { QueryExecutor } from '../db/query-executor';
import { AppError, ErrorCode, isAppError } from '../errors';
import { rebuildSearchText } from './search-text-rebuild';
import { refreshCorroboration } from './corroboration';
import { listDossierFiles, readDossiers, type RawDossier } from './dossier-loader';
import { validateDossiers, type ValidatedInput } from './dossier-validator';
import { InvalidDossierError, type DossierProblem } from './dossier-problem';
import { IdCollisions } from './id-collisions';
import { StoredIdsRepository } from '../graph/writes/stored-ids.repository';
import { corpusKey, IngestProgressRepository } from '../graph/writes/ingest-progress.repository';
import { buildGraphPlan } from './graph-plan';
import type { GraphPlan } from '../graph/writes/ingest.repository';
import { GraphCounts, GraphCountsRepository } from '../graph/writes/graph-counts.repository';
import { IngestRepository } from '../graph/writes/ingest.repository';
import { SupportRepository } from '../graph/writes/support.repository';
import {
  onlyDossiers,
  pendingVersions,
  recordVersions,
  type VersionOutcome,
  type VersionStamp,
} from './dossier-versions';

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
  /** Who is loading it, recorded with each version (a curator's name, a pipeline's). */
  by?: string;
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
  /** Versions recorded, dossiers left as they were, and what the new versions retracted. */
  versions: VersionOutcome;
  /** What a read must carry to see this ingest on any server of a cluster (`X-Parley-Bookmark`). */
  bookmarks: string[];
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
  const files = listDossierFiles(inputs);
  const size = Math.max(1, options.batchSize ?? files.length);
  const batches: Batch[] = [];
  for (let i = 0; i < files.length; i += size) {
    const batch = files.slice(i, i + size);
    batches.push({ files: batch, read: () => validateFiles(batch) });
  }
  return ingestBatches(driver, batches, size, options);
}

/**
 * Ingests dossiers that come with their sources' texts rather than from disk (a curator's write
 * through the API): validated whole and written in one transaction, like one batch of files.
 */
export async function ingestSentDossiers(
  driver: Driver,
  dossiers: RawDossier[],
  options: IngestOptions,
): Promise<IngestReport> {
  const files = dossiers.map(({ file }) => file);
  return ingestBatches(
    driver,
    [{ files, read: () => validateDossiers(dossiers, []) }],
    files.length,
    options,
  );
}

/**
 * Every problem of dossiers sent with their sources' texts, as an ingest of them would find it
 * (the graph's ids included), without writing anything: the curation page's live check.
 */
export async function checkSentDossiers(
  driver: Driver,
  dossiers: RawDossier[],
  options: Pick<IngestOptions, 'database' | 'timeoutMs'>,
): Promise<DossierProblem[]> {
  let input: ValidatedInput;
  try {
    input = validateDossiers(dossiers, []);
  } catch (error) {
    if (error instanceof InvalidDossierError) return error.problems;
    throw error;
  }
  const reader = new QueryExecutor(driver, {
    database: options.database,
    timeoutMs: options.timeoutMs ?? 600000,
  });
  try {
    return await new IdCollisions(new StoredIdsRepository(reader)).check(input);
  } finally {
    await reader.close();
  }
}

/** Some dossiers written in one transaction, and how to read and validate them. */
interface Batch {
  files: string[];
  read: () => ValidatedInput;
}

async function ingestBatches(
  driver: Driver,
  batches: Batch[],
  size: number,
  options: IngestOptions,
): Promise<IngestReport> {
  const started = Date.now();
  const progress = options.progress ?? (() => undefined);
  const files = batches.flatMap((batch) => batch.files);

  // Every batch is validated, and checked against the graph, before anything is written. One
  // batch keeps its plan; several are planned again one at a time as they are written, so that
  // memory holds one batch's plan, never the corpus's.
  if (batches.length > 1)
    progress(`Validating ${files.length} dossiers in ${batches.length} batches ...`);
  const reader = new QueryExecutor(driver, {
    database: options.database,
    timeoutMs: options.timeoutMs ?? 600000,
  });
  // The first batch keeps what it was validated into, and its plan once described.
  let firstInput: ValidatedInput | undefined;
  let firstPlan: GraphPlan | undefined;
  try {
    const collisions = new IdCollisions(new StoredIdsRepository(reader));
    const problems: DossierProblem[] = [];
    for (const [i, batch] of batches.entries()) {
      const input = batch.read();
      problems.push(...(await collisions.check(input)));
      if (i === 0) firstInput = input;
    }
    if (problems.length > 0) throw new InvalidDossierError(problems);
  } finally {
    await reader.close();
  }
  progress(
    batches.length <= 1
      ? `Validated ${files.length} dossier(s): ${describe((firstPlan = buildGraphPlan(firstInput!)))}`
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
  const versions: VersionOutcome = {
    versions: [],
    unchanged: [],
    retracted: { nodes: 0, relationships: 0 },
    renamed: [],
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
        filesDone += batch.files.length;
        firstInput = undefined;
        continue;
      }
      const input = firstInput ?? batch.read();
      const inputPlan = firstPlan;
      firstInput = undefined;
      firstPlan = undefined;
      let plan: GraphPlan | undefined;
      let outcome: VersionOutcome | undefined;
      await tooLargeSaysWhy(batch.files.length, () =>
        executor.write(async (tx) => {
          const stamp: VersionStamp = { at: new Date().toISOString(), by: options.by ?? null };
          ({ plan, outcome } = await writeVersions(
            tx,
            input,
            stamp,
            batched ? () => {} : progress,
            inputPlan,
          ));
          if (batched)
            await IngestProgressRepository.mark(tx, {
              corpus,
              batch: index,
              batches: batches.length,
              files: batch.files,
            });
        }),
      );
      for (const key of Object.keys(written) as Array<keyof typeof written>)
        written[key] += plan![key].length;
      versions.versions.push(...outcome!.versions);
      versions.unchanged.push(...outcome!.unchanged);
      versions.retracted.nodes += outcome!.retracted.nodes;
      versions.retracted.relationships += outcome!.retracted.relationships;
      filesDone += batch.files.length;
      if (batches.length > 1) progress(rate(filesDone, files.length, written, writing));
    }
    // Counted after the commit, from the count store, so the write transaction stays as short as it can.
    const counts = await new GraphCountsRepository(executor).counts();
    const report: IngestReport = {
      files,
      written,
      counts,
      versions,
      bookmarks: executor.bookmarks,
      batches: batches.length,
      elapsedMs: Date.now() - started,
    };
    progress(`Committed in ${report.elapsedMs} ms.`);
    return report;
  } finally {
    await executor.close();
  }
}

/**
 * Writes the dossiers of an input that are new versions, then records each version: what an
 * earlier version stated and this one does not is taken out of the live graph (see
 * recordVersions). Dossiers the graph holds exactly as they are write nothing. `inputPlan`, the
 * plan of the whole input when it was already built, is written as it is when every dossier is new.
 */
async function writeVersions(
  tx: Pick<ManagedTransaction, 'run'>,
  input: ValidatedInput,
  stamp: VersionStamp,
  progress: (line: string) => void,
  inputPlan?: GraphPlan,
): Promise<{ plan: GraphPlan; outcome: VersionOutcome }> {
  const support = new SupportRepository(tx);
  const repo = new IngestRepository(tx);
  const { pending, unchanged } = await pendingVersions(support, input);
  for (const dossier of unchanged)
    progress(`  ${dossier}: unchanged since its last version; nothing to write`);
  const plan =
    inputPlan && unchanged.length === 0
      ? inputPlan
      : buildGraphPlan(onlyDossiers(input, new Set(pending.map((p) => p.dossier))));
  await support.restore(
    [
      ...plan.sources,
      ...plan.evidence,
      ...plan.entities,
      ...plan.events,
      ...plan.claims,
      ...plan.assessments,
    ].map((row) => String(row.id)),
    plan.edges.map((row) => row.id),
  );
  await writePlan(repo, plan, progress);
  const outcome: VersionOutcome = {
    versions: [],
    unchanged,
    retracted: { nodes: 0, relationships: 0 },
    renamed: [],
  };
  const done = await recordVersions(support, pending, stamp);
  outcome.versions = pending.map((version) => `${version.dossier}@${version.number}`);
  outcome.retracted = done.retracted;
  outcome.renamed = done.renamed;
  if (done.retracted.nodes + done.retracted.relationships > 0)
    progress(
      `  retracted ${done.retracted.nodes} node(s) and ${done.retracted.relationships} ` +
        'relationship(s) that only earlier versions stated',
    );
  // Once, after the versions are recorded: what they took out changes names and aliases too.
  const named = [...plan.entities, ...plan.events].map((row) => row.id);
  await rebuildSearchText(repo, [...new Set([...named, ...outcome.renamed])]);
  await refreshCorroboration(tx, {
    nodes: [...plan.events, ...plan.claims].map((row) => row.id).concat(done.renamed),
    edges: [...plan.edges.map(({ id, from }) => ({ id, from })), ...done.keptEdges],
    ends: [...plan.edges.map(({ type, from, to }) => ({ type, from, to })), ...done.endedEdges],
  });
  return { plan, outcome };
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
    ['assessments', plan.assessments, (rows) => repo.writeAssessments(rows)],
  ];
  for (const [name, rows, write] of steps) {
    for (let i = 0; i < rows.length; i += BATCH) {
      await write(rows.slice(i, i + BATCH) as never[]);
      progress(`  ${name}: ${Math.min(i + BATCH, rows.length)}/${rows.length}`);
    }
  }
}

/**
 * A transaction over Neo4j's memory limit is, for an ingest, a batch too large to write at once:
 * it says so, and what to change, instead of the advice a read gets. Nothing was written.
 */
async function tooLargeSaysWhy<T>(files: number, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isAppError(error) || error.code !== ErrorCode.QUERY_TOO_LARGE) throw error;
    const tooLarge = new AppError(
      ErrorCode.QUERY_TOO_LARGE,
      `Writing ${files} dossier file(s) in one transaction needs more memory than the database ` +
        'gives one transaction (db.memory.transaction.max; LOCAL_NEO4J_TX_MEMORY for the local ' +
        'Neo4j). Nothing of it was written. ' +
        (files > 1
          ? 'Write fewer files per transaction (--batch N), or raise that limit.'
          : 'Raise that limit, or split the dossier.'),
    );
    Object.defineProperty(tooLarge, 'cause', { value: error, enumerable: false });
    throw tooLarge;
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
