import type { Driver } from 'neo4j-driver';
import { QueryExecutor } from '../db/query-executor';
import { CorroborationRepository } from '../graph/writes/corroboration.repository';
import { refreshCorroboration } from './corroboration';

export interface RecountOptions {
  database: string;
  /** Nodes per transaction. */
  pageSize?: number;
  timeoutMs?: number;
  progress?: (line: string) => void;
}

export interface RecountReport {
  nodes: number;
  relationships: number;
  transactions: number;
}

/**
 * Counts again the support of every relationship, event and claim, and marks again what is
 * disputed, over the whole graph, a page of nodes per transaction, as an ingest does for what it
 * touches (see refreshCorroboration). For a store loaded before these were written at ingest:
 * afterwards it holds what loading the same dossiers afresh would give. Running it again
 * changes nothing.
 */
export async function recountCorroboration(
  driver: Driver,
  options: RecountOptions,
): Promise<RecountReport> {
  const size = options.pageSize ?? 1000;
  const progress = options.progress ?? (() => undefined);
  const executor = new QueryExecutor(
    driver,
    { database: options.database, timeoutMs: options.timeoutMs ?? 600000 },
    'WRITE',
  );
  const report: RecountReport = { nodes: 0, relationships: 0, transactions: 0 };
  try {
    for (let after = ''; ;) {
      // Counted from what the committed transaction returns: a retried one runs its work again.
      const page = await executor.write(async (tx) => {
        const rows = await new CorroborationRepository(tx).nodesAfter(after, size);
        const edges = rows.flatMap((row) => row.starts.map(([id]) => ({ id, from: row.id })));
        await refreshCorroboration(tx, {
          nodes: rows.filter((row) => row.fact).map((row) => row.id),
          edges,
          ends: rows.flatMap((row) =>
            row.starts.map(([, type, to]) => ({ type, from: row.id, to })),
          ),
        });
        return { nodes: rows.length, relationships: edges.length, last: rows.at(-1)?.id };
      });
      report.transactions += 1;
      report.nodes += page.nodes;
      report.relationships += page.relationships;
      if (page.last === undefined) break;
      after = page.last;
      progress(`  ${report.nodes} nodes, ${report.relationships} relationships counted again`);
    }
  } finally {
    await executor.close();
  }
  return report;
}
