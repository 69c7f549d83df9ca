import type { Driver } from 'neo4j-driver';
import type { Gazetteer } from './gazetteer';
import { gazetteerFromGraph } from './graph-gazetteer';

/**
 * The gazetteer a server drafts with: read from the graph on the first draft and kept. Once it is
 * older than `maxAgeMs` (other servers and the CLI ingest too), the next draft starts a new read
 * and is answered from the one kept meanwhile; `stale()` (after an ingest here) makes the next
 * draft wait for a fresh one.
 */
export class GazetteerCache {
  private current: { gazetteer: Gazetteer; at: number } | undefined;
  private reading: Promise<Gazetteer> | undefined;
  private fresh = true;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly maxAgeMs: number,
  ) {}

  async get(): Promise<Gazetteer> {
    if (!this.current || !this.fresh) {
      this.fresh = true;
      return this.read();
    }
    if (Date.now() - this.current.at > this.maxAgeMs) this.read().catch(() => undefined);
    return this.current.gazetteer;
  }

  /** The graph changed here: the next draft waits for its names read anew. */
  stale(): void {
    this.fresh = false;
    this.reading = undefined;
  }

  private read(): Promise<Gazetteer> {
    if (!this.reading) {
      const started = Date.now();
      const reading = gazetteerFromGraph(this.driver, this.database).then((gazetteer) => {
        // A read begun before a later one keeps the later one's names.
        if (!this.current || this.current.at <= started) this.current = { gazetteer, at: started };
        return this.current.gazetteer;
      });
      this.reading = reading;
      reading.then(
        () => this.reading === reading && (this.reading = undefined),
        () => this.reading === reading && (this.reading = undefined),
      );
    }
    return this.reading;
  }
}
