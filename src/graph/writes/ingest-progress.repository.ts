import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { ManagedTransaction } from 'neo4j-driver';
import type { QueryExecutor } from '../../db/query-executor';

/**
 * Which batched load a batch belongs to: the files, in order, with their sizes and modification
 * times, and the batch size. The same files unchanged, batched the same way, are the same corpus;
 * a file edited since makes it another one, loaded from the start.
 */
export function corpusKey(files: string[], batchSize: number): string {
  const hash = createHash('sha256').update(`batch=${batchSize}\n`);
  for (const file of files) {
    const stat = fs.statSync(file);
    hash.update(`${file}\t${stat.size}\t${stat.mtimeMs}\n`);
  }
  return hash.digest('hex').slice(0, 32);
}

/** A corpus some of whose batches were committed and others not. */
export interface PartialLoad {
  corpus: string;
  done: number;
  batches: number;
  firstFile: string;
}

/**
 * The progress of batched loads, kept in the graph as one :IngestBatch marker per committed
 * batch, written in the batch's own transaction: a marker is there exactly when its batch is.
 * Markers are not :Node, so nothing of the API sees them.
 */
export class IngestProgressRepository {
  constructor(private readonly executor: QueryExecutor) {}

  /** The batches of `corpus` already committed. */
  async committed(corpus: string): Promise<Set<number>> {
    const rows = await this.executor.read<{ batch: number }>(
      'MATCH (m:IngestBatch {corpus: $corpus}) RETURN m.batch AS batch',
      { corpus },
    );
    return new Set(rows.map((row) => row.batch));
  }

  /** Corpora left partly loaded, by any earlier run. */
  partial(): Promise<PartialLoad[]> {
    return this.executor.read<PartialLoad>(
      `MATCH (m:IngestBatch)
       WITH m.corpus AS corpus, count(*) AS done, max(m.batches) AS batches, min(m.firstFile) AS firstFile
       WHERE done < batches
       RETURN corpus, done, batches, firstFile ORDER BY corpus`,
    );
  }

  /** Records a batch as committed, inside the transaction that writes it. */
  static async mark(
    tx: ManagedTransaction,
    marker: { corpus: string; batch: number; batches: number; files: string[] },
  ): Promise<void> {
    await tx.run(
      `MERGE (m:IngestBatch {corpus: $corpus, batch: $batch})
       SET m.batches = $batches, m.files = size($files), m.firstFile = $files[0],
           m.lastFile = $files[-1], m.committedAt = datetime()`,
      marker,
    );
  }
}
