import {
  Driver,
  ManagedTransaction,
  RecordShape,
  Session,
  Transaction,
  session as sessionModes,
} from 'neo4j-driver';
import { toAppError } from './database-error';

/** Parameters of a Cypher statement; values only, never spliced into the text. */
export type Params = Record<string, unknown>;

export interface ExecutorOptions {
  database: string;
  timeoutMs: number;
  /**
   * Records pulled from Neo4j per batch (the driver's default is 1,000). A stream that may be
   * stopped midway (an export whose client goes away) keeps it small: ending a transaction first
   * takes in the records of the batch under way.
   */
  fetchSize?: number;
  /**
   * Bookmarks of writes this unit of work must see (a client's, from an ingest's report). On a
   * cluster a read waits until the server it is routed to has them; on one server they are
   * always there.
   */
  bookmarks?: string[];
}

let sessionsOpen = 0;

/** Sessions that executors hold open now, in this process (for the metrics). */
export function openSessionCount(): number {
  return sessionsOpen;
}

/**
 * Owns one session for the lifetime of a unit of work (a GraphQL request, an ingest): opens it
 * lazily in the right access mode, names the database, bounds every transaction with a timeout,
 * counts statements and transactions, maps driver errors, and closes in `close()`.
 *
 * Reads share one transaction per unit of work, begun at the first read and committed at
 * `close()`: a request's statements then see one snapshot and pay for one transaction, not one
 * each (beginning and committing a transaction is a round-trip of its own). The timeout bounds
 * the whole request's reads. A statement that fails ends the transaction; the next read begins
 * another, so that one failing field does not fail the others.
 *
 * A request known in advance to need one statement (see `expectOneStatement`) runs it as an
 * auto-commit transaction instead: one RUN, without the BEGIN and COMMIT messages and the Neo4j
 * work behind them. Should a second read come after all, it begins a read transaction as above.
 *
 * A session runs one transaction at a time, while DataLoaders of one request may dispatch in the
 * same tick; reads are therefore queued on a promise chain.
 *
 * Every request and every ingest goes through here. Three places talk to Neo4j otherwise, on
 * purpose: the readiness probe (`database-health.ts`) asks for the indexes not yet online in an
 * auto-commit statement of its own session, raced against its own timeout, so that a probe never
 * waits longer than its bound nor on a request's queue; the schema applier runs each constraint and index in a
 * transaction of its own, as Neo4j requires of schema commands; and the launcher's wait for Bolt
 * (`driver.ts`) only checks connectivity. None of them reads or writes graph data.
 */
export class QueryExecutor {
  private session: Session | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private transaction: Transaction | undefined;
  private statements = 0;
  private transactions = 0;
  private oneStatement = false;
  private lastBookmarks: string[] = [];

  constructor(
    private readonly driver: Driver,
    private readonly options: ExecutorOptions,
    private readonly mode: 'READ' | 'WRITE' = 'READ',
  ) {}

  /** Cypher statements sent so far (each one a round-trip to the database). */
  get roundTrips(): number {
    return this.statements;
  }

  /**
   * The bookmarks of what this unit of work wrote (after `close()` too): a read that carries them
   * sees the write on any server of a cluster.
   */
  get bookmarks(): string[] {
    return this.session ? this.session.lastBookmarks() : this.lastBookmarks;
  }

  /** Transactions begun so far: one per unit of work unless a statement failed. */
  get transactionCount(): number {
    return this.transactions;
  }

  /**
   * Says that the unit of work is expected to need one read statement, so that the first read
   * runs as an auto-commit transaction. A prediction only: a second read still answers, in a read
   * transaction of its own.
   */
  expectOneStatement(): void {
    this.oneStatement = true;
  }

  /** Runs one read query in the unit of work's read transaction; returns plain objects. */
  read<T extends RecordShape>(cypher: string, params: Params = {}): Promise<T[]> {
    return this.enqueue(async (session) => {
      if (this.oneStatement && this.statements === 1) {
        this.transactions += 1;
        const result = await withoutCallSite(() => session.run<T>(cypher, params, this.txConfig()));
        return result.records.map((record) => record.toObject());
      }
      if (!this.transaction) {
        this.transactions += 1;
        this.transaction = withoutCallSite(() => session.beginTransaction(this.txConfig()));
      }
      try {
        const transaction = this.transaction;
        const result = await withoutCallSite(() => transaction.run<T>(cypher, params));
        return result.records.map((record) => record.toObject());
      } catch (error) {
        await this.endTransaction('rollback');
        throw error;
      }
    });
  }

  /**
   * Runs one read query in the unit of work's read transaction and hands each record to `each`
   * as it arrives, awaiting it before the next: the driver pulls records in batches as they are
   * consumed, so a caller that waits for its reader (an HTTP response draining) keeps memory
   * bounded however many records there are. Returns how many there were.
   */
  stream<T extends RecordShape>(
    cypher: string,
    params: Params,
    each: (row: T) => void | Promise<void>,
  ): Promise<number> {
    return this.enqueue(async (session) => {
      if (!this.transaction) {
        this.transactions += 1;
        this.transaction = session.beginTransaction(this.txConfig());
      }
      let count = 0;
      try {
        for await (const record of this.transaction.run<T>(cypher, params)) {
          await each(record.toObject());
          count += 1;
        }
        return count;
      } catch (error) {
        await this.endTransaction('rollback');
        throw error;
      }
    });
  }

  /** Runs a unit of work in one write transaction; all of it commits or none of it does. */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    if (this.mode !== 'WRITE') throw new Error('write() on a read-only executor');
    return this.enqueue(async (session) => {
      await this.endTransaction('commit');
      this.transactions += 1;
      return session.executeWrite(work, this.txConfig());
    });
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    await this.endTransaction('commit');
    const session = this.session;
    this.session = undefined;
    if (session) {
      sessionsOpen -= 1;
      this.lastBookmarks = session.lastBookmarks();
      await session.close();
    }
  }

  /** Ends the read transaction; nothing was written, so a failure to end it loses nothing. */
  private async endTransaction(how: 'commit' | 'rollback'): Promise<void> {
    const transaction = this.transaction;
    this.transaction = undefined;
    if (transaction?.isOpen()) {
      await withoutCallSite(() => transaction[how]()).catch(() => undefined);
    }
  }

  private enqueue<T>(work: (session: Session) => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      this.statements += 1;
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
    if (this.session) return this.session;
    sessionsOpen += 1;
    this.session = this.driver.session({
      database: this.options.database,
      ...(this.options.fetchSize ? { fetchSize: this.options.fetchSize } : {}),
      ...(this.options.bookmarks?.length ? { bookmarks: this.options.bookmarks } : {}),
      defaultAccessMode: this.mode === 'READ' ? sessionModes.READ : sessionModes.WRITE,
    });
    return this.session;
  }

  private txConfig() {
    return { timeout: this.options.timeoutMs };
  }
}

/**
 * Calls the driver without the call-site stack trace it captures for every result, to put on an
 * error should the statement fail: formatting it costs more than a small statement's whole
 * round-trip on the client. Parley's errors are typed and logged by the executor's callers (see
 * `toAppError`), never with the driver's call site. The capture happens synchronously inside the
 * call, so the limit is back before anything else runs.
 */
function withoutCallSite<T>(call: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return call();
  } finally {
    Error.stackTraceLimit = limit;
  }
}
