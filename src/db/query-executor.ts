import {
  Driver,
  ManagedTransaction,
  RecordShape,
  Session,
  session as sessionModes,
} from 'neo4j-driver';
import { toAppError } from './database-error';

/** Parameters of a Cypher statement; values only, never spliced into the text. */
export type Params = Record<string, unknown>;

export interface ExecutorOptions {
  database: string;
  timeoutMs: number;
}

/**
 * Owns one session for the lifetime of a unit of work (a GraphQL request, an ingest): opens it
 * lazily in the right access mode, names the database, bounds every transaction with a timeout,
 * counts round-trips, maps driver errors, and closes in `close()`.
 *
 * A session runs one transaction at a time, while DataLoaders of one request may dispatch in the
 * same tick; reads are therefore queued on a promise chain.
 */
export class QueryExecutor {
  private session: Session | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private count = 0;

  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
    private readonly mode: 'READ' | 'WRITE' = 'READ',
  ) {}

  /** Database round-trips (transactions) made so far. */
  get roundTrips(): number {
    return this.count;
  }

  /** Runs one read query and returns its records as plain objects. */
  read<T extends RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.enqueue(async (session) => {
      const result = await session.executeRead((tx) => tx.run<T>(cypher, params), this.txConfig());
      return result.records.map((record) => record.toObject());
    });
  }

  /** Runs a unit of work in one write transaction; all of it commits or none of it does. */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    if (this.mode !== 'WRITE') throw new Error('write() on a read-only executor');
    return this.enqueue((session) => session.executeWrite(work, this.txConfig()));
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    const session = this.session;
    this.session = undefined;
    if (session) await session.close();
  }

  private enqueue<T>(work: (session: Session) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      this.count += 1;
      try {
        return await work(this.open());
      } catch (error) {
        throw toAppError(error);
      }
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  private open(): Session {
    this.session ??= this.driver.session({
      database: this.options.database,
      defaultAccessMode: this.mode === 'READ' ? sessionModes.READ : sessionModes.WRITE,
    });
    return this.session;
  }

  private txConfig() {
    return { timeout: this.options.timeoutMs };
  }
}
