import type { QueryExecutor } from '../../db/query-executor';
import { MEANINGFUL_RELATIONSHIP_TYPES, typesPattern } from '../../model/vocabulary';
import { RETRACTED_NODE, RETRACTED_RELATIONSHIP } from '../writes/support.repository';

/**
 * A node or relationship as the graph knew it at an instant, rebuilt from the statements of it
 * that were current then (each dossier's, as recorded when its version was ingested): their
 * properties merged in the order they were added, later winning, and their aliases and evidence
 * spans united. Nothing is read from what the item says now, except where every statement then
 * only referred to it (the end of another dossier's relationship): its stored properties.
 */
export interface KnownRecord {
  id: string;
  /** A node's labels, sorted (its own ones, if it is retracted now). */
  labels: string[];
  /** A relationship's type and ends. */
  type: string | null;
  from: string | null;
  to: string | null;
  props: Record<string, unknown>;
  aliases: string[];
  evidence: string[];
  /** The dossier versions whose statements were current then, in the order they were added. */
  statedBy: string[];
  /** Whether it is retracted now. */
  retractedNow: boolean;
}

/** One item's row: what it holds now, and its statements current at the instant. */
interface KnownRow {
  id: string;
  labels: string[] | null;
  type: string | null;
  from: string | null;
  to: string | null;
  stored: Record<string, unknown>;
  retracted: boolean;
  said: Array<[string, string]>;
}

/** What a stored statement holds (see src/ingest/dossier-statements.ts). */
interface StoredStatement {
  props: Record<string, unknown> | null;
  aliases: string[];
  evidence: string[];
}

// Properties the store adds to what was stated: bookkeeping of retraction and search text.
const NOT_STATED = /^(retracted(At|In|Labels)|search.*|evidenceIds|aliasBases|aliases|type)$/;

/** An item as its statements current at an instant give it. Pure. */
export function knownFrom(row: KnownRow): KnownRecord {
  const props: Record<string, unknown> = {};
  const aliases = new Set<string>();
  const evidence = new Set<string>();
  let declared = false;
  for (const [, text] of row.said) {
    const statement = JSON.parse(text) as StoredStatement;
    if (statement.props) {
      declared = true;
      Object.assign(props, statement.props);
    }
    for (const alias of statement.aliases) aliases.add(alias);
    for (const id of statement.evidence) evidence.add(id);
  }
  // A property stated as null is one the store does not hold (a later statement may clear one).
  for (const key of Object.keys(props)) if (props[key] === null) delete props[key];
  const stored = Object.fromEntries(
    Object.entries(row.stored).filter(([key]) => !NOT_STATED.test(key) && key !== 'id'),
  );
  return {
    id: row.id,
    labels: [...(row.labels ?? [])].sort(),
    type: row.type,
    from: row.from,
    to: row.to,
    props: declared ? props : stored,
    aliases: [...aliases],
    evidence: [...evidence],
    statedBy: row.said.map(([version]) => version),
    retractedNow: row.retracted,
  };
}

// The statements of an item current at $at, oldest first. Times are ISO 8601 in UTC, so they
// compare as text; a statement ended at the instant is no longer current at it. The hint keeps
// the planner from scanning every record of the index for each item, which it chose for
// the walk of a node's relationships.
const SAID = (id: string) => `COLLECT {
    MATCH (s:Support {item: ${id}}) USING INDEX s:Support(item)
    WHERE s.addedAt <= $at AND (s.retractedAt IS NULL OR s.retractedAt > $at)
    RETURN [s.addedIn, s.statement] ORDER BY s.addedAt, s.dossier
  }`;

// The node of an id, live or retracted, each found by its own index.
const NODE = (id: string, as: string) => `OPTIONAL MATCH (live:Node {id: ${id}})
  OPTIONAL MATCH (gone:${RETRACTED_NODE} {id: ${id}})
  WITH *, coalesce(live, gone) AS ${as}`;

const TYPES = `${typesPattern(MEANINGFUL_RELATIONSHIP_TYPES)}|${RETRACTED_RELATIONSHIP}`;

/** Reads the graph as it was known at an instant, from the record of who stated what, when. */
export class KnownRepository {
  constructor(private readonly executor: QueryExecutor) {}

  /** Nodes by id as known at `at`; an id unknown then (or never stated) is missing. */
  async nodes(ids: readonly string[], at: string): Promise<Map<string, KnownRecord>> {
    const rows = await this.executor.read<KnownRow>(
      `UNWIND $ids AS id
       ${NODE('id', 'n')}
       WITH id, n WHERE n IS NOT NULL
       WITH id, n, ${SAID('id')} AS said
       WHERE size(said) > 0
       RETURN id, coalesce(n.retractedLabels, labels(n)) AS labels, null AS type, null AS from,
              null AS to, properties(n) AS stored, n:${RETRACTED_NODE} AS retracted, said`,
      { ids, at },
    );
    return new Map(rows.map((row) => [row.id, knownFrom(row)]));
  }

  /**
   * The relationships of a node known at `at`, in id order after `after`: live or retracted
   * now, each kept only if a statement of it was current then. Every relationship the node
   * has ever had is looked at, so a hub's cost grows with its degree.
   */
  async relationshipsOf(
    id: string,
    at: string,
    first: number,
    after: string | null,
  ): Promise<KnownRecord[]> {
    const rows = await this.executor.read<KnownRow>(
      `${NODE('$id', 'x')}
       WITH x WHERE x IS NOT NULL
       MATCH (x)-[r:${TYPES}]-()
       WHERE $after IS NULL OR r.id > $after
       WITH DISTINCT r ORDER BY r.id
       WITH r, ${SAID('r.id')} AS said
       WHERE size(said) > 0
       WITH r, said LIMIT toInteger($first)
       RETURN r.id AS id, null AS labels,
              CASE type(r) WHEN '${RETRACTED_RELATIONSHIP}' THEN r.type ELSE type(r) END AS type,
              startNode(r).id AS from, endNode(r).id AS to, properties(r) AS stored,
              type(r) = '${RETRACTED_RELATIONSHIP}' AS retracted, said`,
      { id, at, first, after },
    );
    return rows.map(knownFrom);
  }
}
