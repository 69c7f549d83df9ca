import type { Params, QueryExecutor } from '../db/query-executor';
import { typesPattern } from '../model/vocabulary';
import { propsFromPairs } from './node-record';
import { propsWithEvidence, relationProps } from './graph.repository';
import {
  orderedWalk,
  selectiveFilter,
  walkCount,
  walkDirection,
  walkFilterCypher,
} from './walk-cypher';
import type {
  EdgePlan,
  LocalizedRead,
  NodeCondition,
  NodeFieldPlan,
  NodePlan,
  ProjectedNode,
  ProjectedRelation,
} from './projection-plan';
import {
  evidenceCount,
  evidenceSliceCypher,
  firstEvidenceCypher,
  type EvidencePage,
} from './evidence-pages';
import { firstPageFrom, keysetDirection } from './keyset';
import { nodeLayout, relationLayout, type Slot } from './record-layout';
import type { WalkSpec } from '../model/walks';

/**
 * Writes the Cypher that reads a plan: one list per node, with a nested COLLECT subquery per
 * walk, so that a whole answer is one statement. Lists, not maps: each element is a slot of the
 * plan's layout (see record-layout.ts), so no key crosses the wire or is decoded by the driver,
 * where unpacking maps was the largest single cost of the driver in a CPU profile of the rounds
 * question. Variables are numbered here and every value (property keys, kinds, labels) is a
 * parameter; relationship types of a walk are written into the pattern, where Neo4j expands by
 * type, and only after they are checked against the vocabulary.
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

  /** A node as its layout says (see nodeLayout). */
  node(x: string, plan: NodePlan): string {
    const slots = nodeLayout(plan).map((slot) => this.slot(x, slot, propsWithEvidence));
    return `[${slots.join(', ')}]`;
  }

  /**
   * One slot of a node or of a relationship `x`; `all` writes every property an answer is made
   * of. Only the values of the keys kept: `n { .* }` would load every value (a source's text, the
   * search fields). A family's keys are not known in advance, so they come as pairs.
   */
  private slot(
    x: string,
    slot: Slot,
    all: (x: string) => string,
    relation?: { from: string; m: string; direction: WalkSpec['direction'] },
  ): string {
    switch (slot.kind) {
      case 'id':
        return `${x}.id`;
      case 'labels':
        return `labels(${x})`;
      case 'column':
        return {
          id: `${x}.id`,
          type: `type(${x})`,
          direction: walkDirection(relation!.from, x, relation!.direction),
        }[slot.column];
      case 'all':
        return all(x);
      case 'values':
        return `[k IN ${this.param(slot.keys)} | ${x}[k]]`;
      case 'pairs': {
        const prefixes =
          slot.prefixes.length === 0
            ? []
            : [
                `[k IN keys(${x}) WHERE any(prefix IN ${this.param(slot.prefixes)} WHERE k STARTS WITH prefix) | [k, ${x}[k]]]`,
              ];
        return [...prefixes, ...slot.localized.map((read) => this.localized(x, read))].join(' + ');
      }
      case 'other':
        return this.node(relation!.m, slot.plan);
      case 'field':
        return this.nodeField(x, slot.field);
      case 'edgeField': {
        const { field } = slot;
        const { from, m, direction } = relation!;
        return field.kind === 'evidence'
          ? this.relationEvidence(x, field.plan, field.limit)
          : this.end(from, m, x, direction, field.end, field.plan);
      }
    }
  }

  // The first language the node has, as a [key, value] pair; else the whole family.
  private localized(x: string, read: LocalizedRead): string {
    const prefix = this.param(read.prefix);
    // A language asked twice (the caller's and the fallback) is tested once: only the first can match.
    const whens = [...new Set(read.langs)].map((lang) => {
      const key = lang === null ? `${prefix} + ${x}.language` : this.param(read.prefix + lang);
      return `WHEN ${x}[${key}] IS NOT NULL THEN [[${key}, ${x}[${key}]]]`;
    });
    return `CASE ${whens.join(' ')} ELSE [k IN keys(${x}) WHERE k STARTS WITH ${prefix} | [k, ${x}[k]]] END`;
  }

  private nodeField(x: string, field: NodeFieldPlan): string {
    const value = this.nodeFieldValue(x, field);
    return field.when ? `CASE WHEN ${this.condition(x, field.when)} THEN ${value} END` : value;
  }

  // Only the sides that test something: Neo4j's planning time grows with the statement's text.
  private condition(x: string, when: NodeCondition): string {
    const tests = [
      ...(when.kinds.length > 0 ? [`${x}.kind IN ${this.param(when.kinds)}`] : []),
      ...(when.labels.length > 0
        ? [`any(label IN labels(${x}) WHERE label IN ${this.param(when.labels)})`]
        : []),
    ];
    return tests.length === 0 ? 'false' : `(${tests.join(' OR ')})`;
  }

  private nodeFieldValue(x: string, field: NodeFieldPlan): string {
    switch (field.kind) {
      case 'walk':
        return this.walk(x, field, field.edge);
      case 'evidencePage': {
        if (field.countOnly) return `[${evidenceCount(x)}, []]`;
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
    { walk, filter, limit, seek, count, countOnly }: Extract<NodeFieldPlan, { kind: 'walk' }>,
    plan: EdgePlan,
  ): string {
    const counted = () => {
      const [cr, cm] = [this.fresh('r'), this.fresh('m')];
      const kept = walkFilterCypher(cr, cm, filter, (value) => this.param(value));
      return walkCount(x, cr, cm, walk, kept);
    };
    // Neo4j plans every walk a statement holds, so a page whose relationships nobody asked
    // for is not written at all.
    if (seek && countOnly) return `[[], ${count ? counted() : 'null'}]`;
    const r = this.fresh('r');
    const m = this.fresh('m');
    // A page: past the cursor's relationship id, read in the page's direction.
    const { past, desc } = keysetDirection(seek?.backward ?? false);
    const tests = [walkFilterCypher(r, m, filter, (value) => this.param(value))].filter(Boolean);
    const rows = orderedWalk(x, r, m, walk, {
      tests,
      from: seek && { past, value: this.param(seek.fromId ?? firstPageFrom(seek.backward)) },
      desc: desc !== '',
      limit: `toInteger(${this.param(limit)})`,
      selective: selectiveFilter(filter),
      // A page of a connection is in id order, whatever its list's twin is sorted by.
      bySupport: !seek && filter.bySupport,
    });
    // On one line, as the text crosses the wire with every request.
    const relation = { from: x, m, direction: walk.direction };
    const slots = relationLayout(plan, walk.direction).map((slot) =>
      this.slot(r, slot, relationProps, relation),
    );
    const page = `COLLECT { ${rows} RETURN [${slots.join(', ')}] }`;
    if (!seek) return page;
    // A page, with the count of what the walk keeps when it is asked for.
    return `[${page}, ${count ? counted() : 'null'}]`;
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

/** Reads a node the writer wrote with `plan`, slot by slot; null stays null (a missing source). */
function readNode(raw: unknown, plan: NodePlan): ProjectedNode | null {
  if (!raw) return null;
  const row = raw as Row;
  const node: ProjectedNode = { id: '', labels: [], props: {}, fields: {} };
  nodeLayout(plan).forEach((slot, i) => {
    const value = row[i];
    switch (slot.kind) {
      case 'id':
        node.id = value as string;
        break;
      case 'labels':
        node.labels = value as string[];
        break;
      case 'field':
        node.fields[slot.field.key] = readNodeField(value, slot.field, node.id);
        break;
      default:
        readProps(value, slot, node.props);
    }
  });
  return node;
}

/** Adds the properties a props slot holds. */
function readProps(value: unknown, slot: Slot, props: Record<string, unknown>): void {
  if (slot.kind === 'all' || slot.kind === 'pairs') Object.assign(props, propsFromPairs(value));
  else if (slot.kind === 'values') {
    const values = value as unknown[];
    // A node has no null property: null is a key it does not have.
    slot.keys.forEach((key, i) => {
      if (values[i] !== null && values[i] !== undefined) props[key] = values[i];
    });
  }
}

// A field whose condition does not hold for the node (or a missing source) is null.
function readNodeField(value: unknown, field: NodeFieldPlan, owner: string): unknown {
  if (value === null || value === undefined) return null;
  switch (field.kind) {
    case 'walk': {
      const read = (page: unknown) =>
        (page as Row[]).map((relation) => readRelation(relation, field, owner));
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

/**
 * Reads a relationship a walk from `owner` found. Its ends' ids are known from the walk's
 * direction, or from the direction column when the walk goes both ways. A column not asked for
 * is not read and stays empty (an end's id too, when unknown): the fields that read them are not
 * asked, or answered by the statement, so no resolver reads them.
 */
function readRelation(
  raw: unknown,
  walk: Extract<NodeFieldPlan, { kind: 'walk' }>,
  owner: string,
): ProjectedRelation {
  const row = raw as Row;
  const relation: ProjectedRelation = {
    id: '',
    type: '',
    direction: walk.walk.direction === 'IN' ? 'IN' : 'OUT',
    fromId: '',
    toId: '',
    props: {},
    // The evidence of a compiled relationship is read by the statement when it is asked for.
    evidenceIds: [],
    other: null as unknown as ProjectedNode,
    fields: {},
  };
  relationLayout(walk.edge, walk.walk.direction).forEach((slot, i) => {
    const value = row[i];
    switch (slot.kind) {
      case 'column':
        if (slot.column === 'direction') relation.direction = value as 'OUT' | 'IN';
        else relation[slot.column] = value as string;
        break;
      case 'other':
        relation.other = readNode(value, slot.plan)!;
        if (slot.also) relation.fields[slot.also] = relation.other;
        break;
      case 'edgeField': {
        const { field } = slot;
        relation.fields[field.key] =
          field.kind === 'evidence'
            ? ((value ?? []) as Row[]).map((node) => readNode(node, field.plan)!)
            : readNode(value, field.plan);
        break;
      }
      default:
        readProps(value, slot, relation.props);
    }
  });
  // A walk both ways knows which end is which only when its direction was read.
  if (walk.walk.direction !== 'BOTH' || walk.edge.columns.includes('direction')) {
    const out = relation.direction === 'OUT';
    relation.fromId = out ? owner : relation.other.id;
    relation.toId = out ? relation.other.id : owner;
  }
  return relation;
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
