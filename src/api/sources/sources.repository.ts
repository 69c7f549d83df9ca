import type { QueryExecutor } from '../../db/query-executor';
import type { NodeRecord } from '../../graph/node-record';

export class SourcesRepository {
  constructor(private readonly executor: QueryExecutor) {}

  /** Every source, newest first, without its text. */
  list(): Promise<NodeRecord[]> {
    return this.executor.read(
      `MATCH (n:Source)
       RETURN n.id AS id, labels(n) AS labels, n { .*, text: null } AS props
       ORDER BY n.publishedOn DESC, n.id`,
    );
  }

  /** How many source documents are ingested. */
  async count(): Promise<number> {
    const [row] = await this.executor.read<{ n: number }>('MATCH (n:Source) RETURN count(n) AS n');
    return row.n;
  }
}
