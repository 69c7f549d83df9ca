import type { Driver } from 'neo4j-driver';
import { QueryExecutor } from '../db/query-executor';
import { AppError, ErrorCode } from '../errors';
import { IngestRepository } from '../graph/writes/ingest.repository';
import { SupportRepository } from '../graph/writes/support.repository';
import { recordVersions } from './dossier-versions';
import { statementsHash } from './dossier-statements';
import { rebuildSearchText } from './search-text-rebuild';
import { refreshCorroboration } from './corroboration';

export interface WithdrawOptions {
  database: string;
  timeoutMs?: number;
  by?: string;
  progress?: (line: string) => void;
}

export interface WithdrawReport {
  /** The version each withdrawal recorded (`dossier@n`). */
  versions: string[];
  retracted: { nodes: number; relationships: number };
  /** What a read must carry to see the withdrawal on any server of a cluster. */
  bookmarks: string[];
}

/**
 * Withdraws whole dossiers: each gets a version that states nothing, so that whatever only it
 * stated is retracted (kept on record, out of every current read) and what other dossiers state
 * stays. All of them in one transaction; a dossier the graph does not hold, or holds withdrawn
 * already, is refused before anything is written.
 */
export async function withdrawDossiers(
  driver: Driver,
  dossiers: string[],
  options: WithdrawOptions,
): Promise<WithdrawReport> {
  const progress = options.progress ?? (() => undefined);
  const executor = new QueryExecutor(
    driver,
    { database: options.database, timeoutMs: options.timeoutMs ?? 600000 },
    'WRITE',
  );
  try {
    const report = await executor.write(async (tx) => {
      const support = new SupportRepository(tx);
      const ids = [...new Set(dossiers)];
      const current = await support.currentVersions(ids);
      const versions = ids.map((dossier) => {
        const stored = current.get(dossier);
        if (!stored || stored.withdrawn)
          throw new AppError(
            ErrorCode.NOT_FOUND,
            stored
              ? `dossier ${dossier} is withdrawn already (version ${stored.number}); nothing was written`
              : `the graph holds no dossier ${dossier}; nothing was written`,
            { dossier },
          );
        return {
          dossier,
          number: stored.number + 1,
          sha256: statementsHash(dossier, new Map()),
          statements: new Map(),
          files: [],
        };
      });
      const done = await recordVersions(
        support,
        versions,
        { at: new Date().toISOString(), by: options.by ?? null },
        true,
      );
      await rebuildSearchText(new IngestRepository(tx), done.renamed);
      await refreshCorroboration(tx, {
        nodes: done.renamed,
        edges: done.keptEdges,
        ends: done.endedEdges,
      });
      return {
        versions: versions.map((v) => `${v.dossier}@${v.number}`),
        retracted: done.retracted,
      };
    });
    progress(
      `Withdrew ${report.versions.join(', ')}: retracted ${report.retracted.nodes} node(s) and ` +
        `${report.retracted.relationships} relationship(s) no other dossier states`,
    );
    return { ...report, bookmarks: executor.bookmarks };
  } finally {
    await executor.close();
  }
}
