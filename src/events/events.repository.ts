import type { PageRequest } from '../common/pagination';
import type { QueryExecutor } from '../db/query-executor';
import type { NodeRecord } from '../graph/node-record';

export interface EventFilter {
  kind: string | null;
  /** ISO dates; an event matches when its interval overlaps [from, to]. */
  from: string | null;
  to: string | null;
}

// Undated events match no date filter; with no filter they sort last.
const MATCH_FILTERED = `MATCH (n:Event)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($from IS NULL OR coalesce(n.dateEnd, n.dateStart) >= $from)
    AND ($to IS NULL OR n.dateStart <= $to)`;

export class EventsRepository {
  constructor(private readonly executor: QueryExecutor) {}

  /** Events in date order (then id), one page plus one row. */
  async list(
    filter: EventFilter,
    page: PageRequest,
  ): Promise<Array<NodeRecord & { sortKey: string }>> {
    return this.executor.read(
      `${MATCH_FILTERED}
       WITH n, coalesce(n.dateStart, n.dateEnd, '9999') AS sortKey
       WHERE $afterKey IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND n.id > $afterId)
       RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, sortKey
       ORDER BY sortKey, n.id
       LIMIT toInteger($limit)`,
      {
        ...filter,
        afterKey: page.after?.key ?? null,
        afterId: page.after?.id ?? null,
        limit: page.first + 1,
      },
    );
  }

  async count(filter: EventFilter): Promise<number> {
    const [row] = await this.executor.read<{ total: number }>(
      `${MATCH_FILTERED} RETURN count(n) AS total`,
      { ...filter },
    );
    return row.total;
  }

  /** Negotiation rounds in order of their number, then date. */
  async rounds(): Promise<NodeRecord[]> {
    return this.executor.read(
      `MATCH (n:Event {kind: 'NEGOTIATION_ROUND'})
       RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
       ORDER BY n.round, n.dateStart, n.id`,
    );
  }
}
