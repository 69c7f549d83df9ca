import { once } from 'node:events';
import type { ServerResponse } from 'node:http';

/** The export's client went away, or stopped reading for longer than the stall timeout. */
export class ClientGone extends Error {
  constructor(readonly reason: 'closed' | 'stalled') {
    super(reason === 'closed' ? 'the client closed the download' : 'the client stopped reading');
    this.name = 'ClientGone';
  }
}

/**
 * Writes an export to its client a piece at a time, waiting for the client to take the last
 * piece first (so memory stays bounded however large the graph), and fails the next write the
 * moment the client goes away or stops reading for `stallMs`. The failed write is what ends the
 * export's read: the transaction is rolled back and the session returned to the pool then and
 * there, instead of waiting for a `drain` that a closed socket never emits.
 */
export class ExportWriter {
  private readonly gone = new AbortController();

  constructor(
    private readonly res: ServerResponse,
    private readonly stallMs: number,
  ) {
    res.once('close', () => {
      if (!res.writableFinished) this.gone.abort(new ClientGone('closed'));
    });
  }

  /** Why the client is gone, if it is. */
  get goneReason(): ClientGone | undefined {
    return this.gone.signal.aborted ? (this.gone.signal.reason as ClientGone) : undefined;
  }

  async write(text: string): Promise<void> {
    const gone = this.goneReason;
    if (gone) throw gone;
    if (text === '' || this.res.write(text)) return;
    const stalled = AbortSignal.timeout(this.stallMs);
    try {
      await once(this.res, 'drain', { signal: AbortSignal.any([this.gone.signal, stalled]) });
    } catch {
      throw this.goneReason ?? new ClientGone('stalled');
    }
  }
}
