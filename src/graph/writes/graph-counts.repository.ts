import type { QueryExecutor } from '../../db/query-executor';
import {
  ENTITY_KINDS,
  EVIDENCE_LINK,
  MEANINGFUL_RELATIONSHIP_TYPES,
  RELATION_KEY,
} from '../../model/vocabulary';

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

const COUNTED_LABELS = ['Node', 'Entity', ...ENTITY_KINDS, 'Event', 'Claim', 'Evidence', 'Source'];
const COUNTED_TYPES = [...MEANINGFUL_RELATIONSHIP_TYPES, 'IN_SOURCE', EVIDENCE_LINK, RELATION_KEY];

// One count per label and type, each answered from Neo4j's count store rather than by scanning
// the graph; the names are constants of the vocabulary, never input. The count is taken before
// the names are added: counted beside constant columns, it is a grouped count, which Neo4j
// answers by scanning every label and type, after every ingest, instead of reading the counts.
const COUNTS = [
  ...COUNTED_LABELS.map(
    (label) => `MATCH (n:${label}) WITH count(n) AS n RETURN 'node' AS kind, '${label}' AS name, n`,
  ),
  ...COUNTED_TYPES.map(
    (type) =>
      `MATCH ()-[r:${type}]->() WITH count(r) AS n RETURN 'relationship' AS kind, '${type}' AS name, n`,
  ),
].join('\nUNION ALL\n');

/** Node counts by label and relationship counts by type, for ingest reports. */
export class GraphCountsRepository {
  constructor(private readonly executor: QueryExecutor) {}

  async counts(): Promise<GraphCounts> {
    const rows = await this.executor.read<{ kind: string; name: string; n: number }>(COUNTS);
    const pick = (kind: string) =>
      Object.fromEntries(
        rows
          .filter((row) => row.kind === kind && row.n > 0)
          .map((row): [string, number] => [row.name, row.n])
          .sort(([a], [b]) => a.localeCompare(b)),
      );
    return { nodes: pick('node'), relationships: pick('relationship') };
  }
}
