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
 * relationship. On the seed's rounds question, at the driver (10 concurrent loops, 6 interleaved
 * rounds), leaving out the relationships' empty props answered 13 % more requests a second.
 */
const readsProps = (plan: PropsPlan) =>
  plan.keys?.length !== 0 || plan.prefixes.length > 0 || (plan.localized?.length ?? 0) > 0;

/**
 * Writes the Cypher that reads a plan: one map projection per node, with a nested COLLECT
 * subquery per walk, so that a whole answer is one statement. Variables are numbered here and
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

  node(x: string, plan: NodePlan): string {
    const fields = plan.fields.map((field) => `${field.key}: ${this.nodeField(x, field)}`);
    const props = readsProps(plan) ? `, props: ${this.props(x, plan)}` : '';
    const computed = fields.length === 0 ? '' : `, fields: { ${fields.join(', ')} }`;
    return `{ id: ${x}.id, labels: labels(${x})${props}${computed} }`;
  }

  // Keys first, values only for the keys kept: `n { .* }` would load every value (a source's
  // text, the search fields).
  private props(
    x: string,
    plan: PropsPlan,
    all: (x: string) => string = propsWithEvidence,
  ): string {
    if (plan.keys === null) return all(x);
    const prefixes =
      plan.prefixes.length === 0
        ? ''
        : ` OR any(prefix IN ${this.param(plan.prefixes)} WHERE k STARTS WITH prefix)`;
    const listed = `[k IN keys(${x}) WHERE k IN ${this.param(plan.keys)}${prefixes} | [k, ${x}[k]]]`;
    const wanted = (plan.localized ?? []).filter((read) => !plan.prefixes.includes(read.prefix));
    return [listed, ...wanted.map((read) => this.localized(x, read))].join(' + ');
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
        return `{ total: ${evidenceCount(x)}, rows: COLLECT { ${slice} RETURN { position: ${n}, node: ${this.node(e, field.plan)} } } }`;
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
      // walking a hub's relationships (20 db hits against 21,841 for a 1e6 corpus's hub).
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
      id: `id: ${r}.id`,
      type: `type: type(${r})`,
      direction: `direction: ${walkDirection(x, r, walk.direction)}`,
    };
    const columns = [...new Set(plan.columns)].map((name) => column[name]);
    const fields = plan.fields.map((field) => {
      if (field.kind === 'evidence')
        return `${field.key}: ${this.relationEvidence(r, field.plan, field.limit)}`;
      return `${field.key}: ${this.end(x, m, r, walk.direction, field.end, field.plan)}`;
    });
    // On one line: the text crosses the wire with every request.
    const rest = fields.length === 0 ? '' : `, fields: { ${fields.join(', ')} }`;
    // A page: past the cursor's relationship id, read in the page's direction.
    const { past, desc } = keysetDirection(seek?.backward ?? false);
    const tests = [walkFilterCypher(r, m, filter, (value) => this.param(value))].filter(Boolean);
    const rows = orderedWalk(x, r, m, walk, {
      tests,
      from: seek && { past, value: this.param(seek.fromId ?? firstPageFrom(seek.backward)) },
      desc: desc !== '',
      limit: `toInteger(${this.param(limit)})`,
    });
    if (readsProps(plan)) columns.push(`props: ${this.props(r, plan, relationProps)}`);
    const page = `COLLECT { ${rows} RETURN { ${[...columns, `other: ${this.node(m, plan.other)}`].join(', ')}${rest} } }`;
    if (!seek) return page;
    // A page, with the count of what the walk keeps when it is asked for.
    if (!count) return `{ page: ${page}, total: null }`;
    const [cr, cm] = [this.fresh('r'), this.fresh('m')];
    const kept = walkFilterCypher(cr, cm, filter, (value) => this.param(value));
    return `{ page: ${page}, total: ${walkCount(x, cr, cm, walk, kept)} }`;
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

/** A statement's rows as Neo4j returns them: props may come as [key, value] pairs. */
type Raw = Record<string, unknown>;

function toNode(raw: Raw | null): ProjectedNode | null {
  if (!raw) return null;
  return {
    id: raw.id as string,
    labels: raw.labels as string[],
    props: toProps(raw.props),
    fields: toFields(raw.fields as Raw | undefined),
  };
}

const toProps = (props: unknown) => (props === undefined ? {} : propsFromPairs(props));

// Values of fields are nodes, relationships, lists of either, counts, a page of relationships
// with their count, or a page of evidence (its spans with their positions, and the list's
// length); each is told by shape.
function toFields(fields: Raw | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!fields) return out;
  for (const [key, value] of Object.entries(fields)) out[key] = toValue(value);
  return out;
}

function toValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toValue);
  if (value && typeof value === 'object') {
    const raw = value as Raw;
    if ('rows' in raw && 'total' in raw) return toEvidencePage(raw);
    if ('page' in raw && 'total' in raw) return { page: toValue(raw.page), total: raw.total };
    return 'other' in raw ? toRelation(raw) : toNode(raw);
  }
  return value ?? null;
}

function toEvidencePage(raw: Raw): EvidencePage {
  const rows = raw.rows as Array<{ position: number; node: Raw }>;
  return {
    total: raw.total as number,
    rows: rows.map((row) => ({ position: row.position, node: toNode(row.node)! })),
  };
}

// Columns not asked for are not read; their resolvers never run, so they stay empty.
function toRelation(raw: Raw): ProjectedRelation {
  return {
    id: (raw.id as string) ?? '',
    type: (raw.type as string) ?? '',
    direction: (raw.direction as 'OUT' | 'IN') ?? 'OUT',
    fromId: '',
    toId: '',
    props: toProps(raw.props),
    // The evidence of a compiled relationship is read by the statement when it is asked for.
    evidenceIds: [],
    other: toNode(raw.other as Raw)!,
    fields: toFields(raw.fields as Raw | undefined),
  };
}

/**
 * Reads compiled answers. A root query is Cypher that binds `n` (filtered, ordered, limited) and
 * may carry more columns with it; the plan's projection of `n` is appended, so the root and every
 * field under it are one statement.
 */
export class ProjectionRepository {
  constructor(private readonly executor: QueryExecutor) {}

  async nodes<Extra extends Raw = Raw>(
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
    return rows.map((row) => ({ ...(row as Extra), node: toNode(row.node as Raw)! }));
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
