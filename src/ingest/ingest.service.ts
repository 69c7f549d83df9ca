import type { Driver } from 'neo4j-driver';
import { QueryExecutor } from '../db/query-executor';
import { buildSearchFields } from '../search/search-text';
import { listDossierFiles, readDossiers } from './dossier-loader';
import { validateDossiers } from './dossier-validator';
import { buildGraphPlan, GraphPlan } from './graph-plan';
import { GraphCounts, GraphCountsRepository } from './graph-counts.repository';
import { IngestRepository } from './ingest.repository';

export interface IngestOptions {
  database: string;
  timeoutMs?: number;
  /** Receives one line per step, for progress on screen. */
  progress?: (line: string) => void;
}

export interface IngestReport {
  files: string[];
  written: {
    sources: number;
    evidence: number;
    entities: number;
    events: number;
    claims: number;
    edges: number;
  };
  counts: GraphCounts;
  elapsedMs: number;
}

// Rows per statement: large enough to be fast, small enough to keep progress moving and each
// statement's memory bounded on big dossiers.
const BATCH = 2000;

/**
 * Validates every input as a whole, then writes it all in one transaction with MERGE on stable
 * ids: an invalid input writes nothing, a failure half-way rolls everything back, and running the
 * same input twice changes nothing.
 */
export async function ingestDossiers(
  driver: Driver,
  inputs: string[],
  options: IngestOptions,
): Promise<IngestReport> {
  const started = Date.now();
  const progress = options.progress ?? (() => undefined);
  const files = listDossierFiles(inputs);
  const { dossiers, problems } = readDossiers(files);
  const input = validateDossiers(dossiers, problems);
  const plan = buildGraphPlan(input);
  progress(`Validated ${files.length} dossier(s): ${describe(plan)}`);

  const executor = new QueryExecutor(
    driver,
    { database: options.database, timeoutMs: options.timeoutMs ?? 600000 },
    'WRITE',
  );
  try {
    await executor.write(async (tx) => {
      const repo = new IngestRepository(tx);
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
    });
    // Counted after the commit, from the count store, so the write transaction stays as short as it can.
    const counts = await new GraphCountsRepository(executor).counts();
    const report: IngestReport = {
      files,
      written: {
        sources: plan.sources.length,
        evidence: plan.evidence.length,
        entities: plan.entities.length,
        events: plan.events.length,
        claims: plan.claims.length,
        edges: plan.edges.length,
      },
      counts,
      elapsedMs: Date.now() - started,
    };
    progress(`Committed in ${report.elapsedMs} ms.`);
    return report;
  } finally {
    await executor.close();
  }
}

function describe(plan: GraphPlan): string {
  return (
    `${plan.sources.length} sources, ${plan.evidence.length} evidence spans, ${plan.entities.length} entities, ` +
    `${plan.events.length} events, ${plan.claims.length} claims, ${plan.edges.length} relationships`
  );
}
