import type { Params, QueryExecutor } from '../db/query-executor';
import { typesPattern } from '../model/vocabulary';
import { propsFromPairs } from './node-record';
import { propsWithEvidence, relationProps } from './graph.repository';
import { orderedWalk, walkCount, walkDirection, walkFilterCypher } from './walk-cypher';
import type {
  EdgePlan,
  LocalizedRead,
  PropsPlan,
  NodeCondition,
  NodeFieldPlan,
  NodePlan,
  ProjectedNode,
  ProjectedRelation,
  WalkSeek,
} from './projection-plan';
import {
  evidenceCount,
  evidenceSliceCypher,
  firstEvidenceCypher,
  type EvidencePage,
} from './evidence-pages';
import { firstPageFrom, keysetDirection } from './keyset';
import type { WalkFilter, WalkSpec } from '../model/walks';

/**
 * Whether any property is read. What no field reads is left out of the statement: an empty list
 * of props still costs Neo4j a read of the keys and the driver a value, for every node and every
 * relationship (leaving out the relationships' empty props was a measurable gain on the rounds
 * question; docs/performance-history.md).
 */
const readsProps = (plan: PropsPlan) =>
  plan.keys?.length !== 0 || plan.prefixes.length > 0 || (plan.localized?.length ?? 0) > 0;

/**
 * How the properties of a plan are returned, as the writer writes them and the reader reads
 * them: every property as [key, value] pairs or a map (`all`, when `keys` is null); else the
 * listed keys' values in the keys' order (null where a node has none), then one list of
 * [key, value] pairs for the localised families, read whole (`prefixes`) or one language of each
 * (`localized`, those not read whole); each of the two only when there is something in it.
 */
function propsLayout(plan: PropsPlan): {
  all: boolean;
  values: boolean;
  pairs: boolean;
  localized: LocalizedRead[];
} {
  if (plan.keys === null) return { all: true, values: false, pairs: false, localized: [] };
  const localized = (plan.localized ?? []).filter((read) => !plan.prefixes.includes(read.prefix));
  return {
    all: false,
    values: plan.keys.length > 0,
    pairs: plan.prefixes.length > 0 || localized.length > 0,
    localized,
  };
}

/**
 * Writes the Cypher that reads a plan: one list per node, with a nested COLLECT subquery per
 * walk, so that a whole answer is one statement. Lists, not maps: each element's place is known
 * from the plan (see readNode), so no key crosses the wire or is decoded by the driver, where
 * unpacking maps was the largest single cost of the driver in a CPU profile of the rounds
 * question. Variables are numbered here and
 * every value (property keys, kinds, labels) is a parameter; relationship types of a walk are
 * written into the pattern, where Neo4j expands by type, and only after they are checked against
 * the vocabulary.
 */
class ProjectionWriter {
  readonly params: Params = {};
  private names = 0;
  // One parameter per distinct value: the same key list read at every level is sent once.
  private byValue = new Map<string, string>();

  fresh(prefix: string): string {
    this.names += 1;
    return `${prefix}${this.names}`;
  }

  param(value: unknown): string {
    const json = JSON.stringify(value);
    let name = this.byValue.get(json);
    if (!name) {
      name = this.fresh('sel');
      this.params[name] = value;
      this.byValue.set(json, name);
    }
    return `$${name}`;
  }

  /** `[id, labels, props…, field…]`: props as propsLayout says, then one element per field. */
  node(x: string, plan: NodePlan): string {
    const props = readsProps(plan) ? this.props(x, plan) : [];
    const fields = plan.fields.map((field) => this.nodeField(x, field));
    return `[${[`${x}.id`, `labels(${x})`, ...props, ...fields].join(', ')}]`;
  }

  // Only the values of the keys kept: `n { .* }` would load every value (a source's text, the
  // search fields). A family's keys are not known in advance, so they come as pairs.
  private props(
    x: string,
    plan: PropsPlan,
    all: (x: string) => string = propsWithEvidence,
  ): string[] {
    const layout = propsLayout(plan);
    if (layout.all) return [all(x)];
    const out = layout.values ? [`[k IN ${this.param(plan.keys)} | ${x}[k]]`] : [];
    if (layout.pairs) {
      const prefixes =
        plan.prefixes.length === 0
          ? []
          : [
              `[k IN keys(${x}) WHERE any(prefix IN ${this.param(plan.prefixes)} WHERE k STARTS WITH prefix) | [k, ${x}[k]]]`,
            ];
      out.push(
        [...prefixes, ...layout.localized.map((read) => this.localized(x, read))].join(' + '),
      );
    }
    return out;
  }

  // The first language the node has, as a [key, value] pair; else the whole family.
  private localized(x: string, read: LocalizedRead): string {
    const prefix = this.param(read.prefix);
    const whens = read.langs.map((lang) => {
      const key = lang === null ? `${prefix} + ${x}.language` : this.param(read.prefix + lang);
      return `WHEN ${x}[${key}] IS NOT NULL THEN [[${key}, ${x}[${key}]]]`;
    });
    return `CASE ${whens.join(' ')} ELSE [k IN keys(${x}) WHERE k STARTS WITH ${prefix} | [k, ${x}[k]]] END`;
  }

  private nodeField(x: string, field: NodeFieldPlan): string {
    const value = this.nodeFieldValue(x, field);
    return field.when ? `CASE WHEN ${this.condition(x, field.when)} THEN ${value} END` : value;
  }

  private condition(x: string, when: NodeCondition): string {
    return `(${x}.kind IN ${this.param(when.kinds)} OR any(label IN labels(${x}) WHERE label IN ${this.param(when.labels)}))`;
  }

  private nodeFieldValue(x: string, field: NodeFieldPlan): string {
    switch (field.kind) {
      case 'walk':
        return this.walk(x, field, field.edge);
      case 'evidencePage': {
        const [n, e] = [this.fresh('i'), this.fresh('e')];
        const slice = evidenceSliceCypher(x, n, e, {
          backward: this.param(field.slice.backward),
          at: this.param(field.slice.at),
          limit: this.param(field.slice.limit),
        });
        return `[${evidenceCount(x)}, COLLECT { ${slice} RETURN [${n}, ${this.node(e, field.plan)}] }]`;
      }
      case 'evidence': {
        const [n, e] = [this.fresh('i'), this.fresh('e')];
        const first = firstEvidenceCypher(x, n, e, this.param(field.limit));
        return `COLLECT { ${first} RETURN ${this.node(e, field.plan)} }`;
      }
      case 'source': {
        const s = this.fresh('s');
        return `COLLECT { MATCH (${s}:Node {id: ${x}.sourceId}) RETURN ${this.node(s, field.plan)} }[0]`;
      }
      // Types in the pattern: Neo4j reads the count from the node's degree by type instead of
      // walking a hub's relationships, so the count costs the same on a hub as on a leaf.
      case 'degree':
        return `COUNT { (${x})-[:${typesPattern(field.types)}]-() }`;
    }
  }

  // The first `limit` ids of a relationship's list, as the resolvers cut it (see loadEvidence).
  private relationEvidence(owner: string, plan: NodePlan, limit: number): string {
    const id = this.fresh('eid');
    const e = this.fresh('e');
    return `COLLECT { UNWIND coalesce(${owner}.evidenceIds, [])[..toInteger(${this.param(limit)})] AS ${id} MATCH (${e}:Node {id: ${id}}) RETURN ${this.node(e, plan)} }`;
  }

  private walk(
    x: string,
    {
      walk,
      filter,
      limit,
      seek,
      count,
    }: { walk: WalkSpec; filter: WalkFilter; limit: number; seek?: WalkSeek; count?: boolean },
    plan: EdgePlan,
  ): string {
    const r = this.fresh('r');
    const m = this.fresh('m');
    const column = {
      id: `${r}.id`,
      type: `type(${r})`,
      direction: walkDirection(x, r, walk.direction),
    };
    const columns = plan.columns.map((name) => column[name]);
    const fields = plan.fields.map((field) =>
      field.kind === 'evidence'
        ? this.relationEvidence(r, field.plan, field.limit)
        : this.end(x, m, r, walk.direction, field.end, field.plan),
    );
    // A page: past the cursor's relationship id, read in the page's direction.
    const { past, desc } = keysetDirection(seek?.backward ?? false);
    const tests = [walkFilterCypher(r, m, filter, (value) => this.param(value))].filter(Boolean);
    const rows = orderedWalk(x, r, m, walk, {
      tests,
      from: seek && { past, value: this.param(seek.fromId ?? firstPageFrom(seek.backward)) },
      desc: desc !== '',
      limit: `toInteger(${this.param(limit)})`,
    });
    const props = readsProps(plan) ? this.props(r, plan, relationProps) : [];
    // `[columns…, props…, other, field…]`, as readRelation reads it; on one line, as the text
    // crosses the wire with every request.
    const relation = [...columns, ...props, this.node(m, plan.other), ...fields];
    const page = `COLLECT { ${rows} RETURN [${relation.join(', ')}] }`;
    if (!seek) return page;
    // A page, with the count of what the walk keeps when it is asked for.
    if (!count) return `[${page}, null]`;
    const [cr, cm] = [this.fresh('r'), this.fresh('m')];
    const kept = walkFilterCypher(cr, cm, filter, (value) => this.param(value));
    return `[${page}, ${walkCount(x, cr, cm, walk, kept)}]`;
  }

  // The start and end of a relationship read from x are x and m, known in advance unless the
  // walk goes both ways.
  private end(
    x: string,
    m: string,
    r: string,
    direction: WalkSpec['direction'],
    end: 'start' | 'end' | 'other',
    plan: NodePlan,
  ): string {
    if (end === 'other') return this.node(m, plan);
    if (direction === 'BOTH') {
      const at = end === 'start' ? `startNode(${r})` : `endNode(${r})`;
      return `CASE WHEN ${at} = ${m} THEN ${this.node(m, plan)} ELSE ${this.node(x, plan)} END`;
    }
    const atX = (direction === 'OUT') === (end === 'start');
    return this.node(atX ? x : m, plan);
  }
}

/**
 * The projection of `n` a plan reads, written once per plan: a plan is not changed once made,
 * and compiled plans are shared by the requests that ask the same (see compileSelection).
 */
const projections = new WeakMap<NodePlan, { text: string; params: Params }>();
function projectionOf(plan: NodePlan): { text: string; params: Params } {
  let projection = projections.get(plan);
  if (!projection) {
    const writer = new ProjectionWriter();
    projection = { text: writer.node('n', plan), params: writer.params };
    projections.set(plan, projection);
  }
  return projection;
}

/** A node or relationship as a compiled statement returns it: a list laid out by its plan. */
type Row = readonly unknown[];

/** Reads a node the writer wrote with `plan`; null stays null (a missing source, say). */
function readNode(raw: unknown, plan: NodePlan): ProjectedNode | null {
  if (!raw) return null;
  const row = raw as Row;
  const at = { next: 2 };
  const props = readsProps(plan) ? readProps(row, at, plan) : {};
  const fields: Record<string, unknown> = {};
  for (const field of plan.fields) fields[field.key] = readNodeField(row[at.next++], field);
  return { id: row[0] as string, labels: row[1] as string[], props, fields };
}

function readProps(row: Row, at: { next: number }, plan: PropsPlan): Record<string, unknown> {
  const layout = propsLayout(plan);
  if (layout.all) return propsFromPairs(row[at.next++]);
  const props: Record<string, unknown> = {};
  if (layout.values) {
    const values = row[at.next++] as unknown[];
    // A node has no null property: null is a key it does not have.
    plan.keys!.forEach((key, i) => {
      if (values[i] !== null && values[i] !== undefined) props[key] = values[i];
    });
  }
  if (layout.pairs) Object.assign(props, propsFromPairs(row[at.next++]));
  return props;
}

// A field whose condition does not hold for the node (or a missing source) is null.
function readNodeField(value: unknown, field: NodeFieldPlan): unknown {
  if (value === null || value === undefined) return null;
  switch (field.kind) {
    case 'walk': {
      const read = (page: unknown) =>
        (page as Row[]).map((relation) => readRelation(relation, field.edge));
      if (!field.seek) return read(value);
      const [page, total] = value as Row;
      return { page: read(page), total: total ?? null };
    }
    case 'evidencePage': {
      const [total, rows] = value as [number, Array<[number, Row]>];
      const page: EvidencePage = {
        total,
        rows: rows.map(([position, node]) => ({ position, node: readNode(node, field.plan)! })),
      };
      return page;
    }
    case 'evidence':
      return (value as Row[]).map((node) => readNode(node, field.plan)!);
    case 'source':
      return readNode(value, field.plan);
    case 'degree':
      return value;
  }
}

// Columns not asked for are not read; their resolvers never run, so they stay empty.
function readRelation(row: Row, plan: EdgePlan): ProjectedRelation {
  const columns: Record<string, unknown> = {};
  let next = 0;
  for (const name of plan.columns) columns[name] = row[next++];
  const at = { next };
  const props = readsProps(plan) ? readProps(row, at, plan) : {};
  const other = readNode(row[at.next++], plan.other)!;
  const fields: Record<string, unknown> = {};
  for (const field of plan.fields) {
    const value = row[at.next++];
    fields[field.key] =
      field.kind === 'evidence'
        ? ((value ?? []) as Row[]).map((node) => readNode(node, field.plan)!)
        : readNode(value, field.plan);
  }
  return {
    id: (columns.id as string) ?? '',
    type: (columns.type as string) ?? '',
    direction: (columns.direction as 'OUT' | 'IN') ?? 'OUT',
    fromId: '',
    toId: '',
    props,
    // The evidence of a compiled relationship is read by the statement when it is asked for.
    evidenceIds: [],
    other,
    fields,
  };
}

/**
 * Reads compiled answers. A root query is Cypher that binds `n` (filtered, ordered, limited) and
 * may carry more columns with it; the plan's projection of `n` is appended, so the root and every
 * field under it are one statement.
 */
export class ProjectionRepository {
  constructor(private readonly executor: QueryExecutor) {}

  async nodes<Extra extends Record<string, unknown> = Record<string, unknown>>(
    root: string,
    params: Params,
    plan: NodePlan,
    carry: readonly string[] = [],
  ): Promise<Array<{ node: ProjectedNode } & Extra>> {
    const projection = projectionOf(plan);
    const extra = carry.map((column) => `, ${column}`).join('');
    const rows = await this.executor.read(`${root} RETURN ${projection.text} AS node${extra}`, {
      ...params,
      ...projection.params,
    });
    return rows.map((row) => ({ ...(row as Extra), node: readNode(row.node, plan)! }));
  }

  /** Nodes by global id, in the order asked for, leaving out ids with no node. */
  async byIds(ids: readonly string[], plan: NodePlan): Promise<ProjectedNode[]> {
    const rows = await this.nodes(
      `UNWIND range(0, size($ids) - 1) AS i MATCH (n:Node {id: $ids[i]}) WITH n, i ORDER BY i`,
      { ids },
      plan,
    );
    return rows.map((row) => row.node);
  }
}
