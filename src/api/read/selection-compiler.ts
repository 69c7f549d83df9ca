import {
  FieldNode,
  getArgumentValues,
  GraphQLField,
  getNamedType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLResolveInfo,
  isAbstractType,
  isObjectType,
} from 'graphql';
import { ENTITY_CLASSES } from '../types/entity.types';
import { EVENT_CLASSES } from '../types/event.types';
import type {
  PropsPlan,
  EdgeFieldPlan,
  EdgePlan,
  NodeCondition,
  NodeFieldPlan,
  NodePlan,
} from '../../graph/projection-plan';
import { MEANINGFUL_RELATIONSHIP_TYPES, RelationshipType } from '../../model/vocabulary';
import type { WalkFilter, WalkSpec } from '../../model/walks';
import { listLimit, pageRequest } from '../types/pagination';
import type { PageRequest } from '../../graph/keyset.repository';
import type { RelationWalk } from '../../graph/relation-pages.repository';
import { evidenceSlice } from './evidence-connection';
import type { EvidenceSlice } from '../../graph/evidence-pages';
import { FieldWalk, walkLimit } from './field-walks';
import { type FieldEntry, fieldEntry, type Handler, isPaging, type Paging } from './field-table';
import type { CompiledEdge, CompiledNode, FieldRead, FieldReader } from './compiled-plan';
import { type CollectedField, selectedFields } from './selected-fields';

// Arguments as graphql-js hands them to a resolver.
type Args = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The property every node record carries: entities and events are typed by their kind. */
export const NODE_KEYS = ['kind'];

/** How an object type is told apart in the graph: by `kind` (entities, events) or label. */
const KIND_OF_TYPE = new Map<string, string>([
  ...Object.keys(ENTITY_CLASSES).map((kind) => [kind, kind] as [string, string]),
  ...Object.entries(EVENT_CLASSES).map(
    ([kind, EventClass]) => [EventClass.name, kind] as [string, string],
  ),
]);

/**
 * Compiles the selection set below a root field into a plan that one statement reads (see
 * ProjectionRepository), and into readers that turn the statement's records into the objects the
 * resolvers would have returned. Fields, aliases, arguments, variables, fragments, inline
 * fragments on interfaces and @skip/@include are all followed as graphql-js executes them. A
 * field the compiler cannot answer as its resolver would (an argument its resolver rejects, two
 * aliases of one list asking the same key for different things) is left to its resolver.
 */
export class SelectionCompiler {
  private keys = 0;

  constructor(private readonly info: GraphQLResolveInfo) {}

  /** The selection below the root field, or below a path of object fields under it. */
  root(...paths: ReadonlyArray<readonly string[]>): CompiledNode | null {
    if (paths.length === 0) paths = [[]];
    // The field nodes at every path (a connection's `nodes` and `edges.node` hold the same
    // objects), compiled as one selection: two that disagree are left to their resolvers, as
    // two disagreeing aliases are.
    const found = paths.map((path) => this.fieldsAt(path));
    const nodes = found.flatMap((at) => (at ? at.nodes : []));
    const type = found.find((at) => at !== null)?.type;
    return type ? this.node(nodes, type) : null;
  }

  private fieldsAt(
    path: readonly string[],
    from: readonly FieldNode[] = this.info.fieldNodes,
    fromType: GraphQLNamedType = getNamedType(this.info.returnType),
  ): { nodes: readonly FieldNode[]; type: GraphQLNamedType } | null {
    let nodes = from;
    let type = fromType;
    for (const step of path) {
      if (!isObjectType(type)) return null;
      const found = this.collect(nodes, new Set([type.name])).filter((f) => f.name === step);
      if (found.length === 0) return null;
      nodes = found.flatMap((f) => f.nodes);
      type = getNamedType(type.getFields()[step].type);
    }
    return { nodes, type };
  }

  node(nodes: readonly FieldNode[], type: GraphQLNamedType): CompiledNode {
    const possible = this.possible(type);
    const plan: NodePlan = { keys: [...NODE_KEYS], prefixes: [], fields: [] };
    const readers: FieldReader[] = [];
    for (const field of this.collect(nodes, possible)) {
      const { groups, rest } = this.groupByHandler(field);
      // A field no statement computes reads properties; one that reads none known reads all.
      if (rest.size > 0 && !this.readsProps(field, rest, plan)) plan.keys = null;
      for (const [handler, types] of groups) {
        const when = types.size === possible.size ? null : this.condition(types);
        const compiled = this.nodeField(handler, field, types, when);
        if (!compiled) continue;
        plan.fields.push(compiled.plan);
        readers.push({
          key: compiled.plan.key,
          responseKey: field.responseKey,
          types,
          read: compiled.read,
        });
      }
    }
    return { plan, readers };
  }

  edge(nodes: readonly FieldNode[], type: GraphQLObjectType): CompiledEdge {
    const plan: EdgePlan = {
      keys: [],
      prefixes: [],
      columns: [],
      other: { keys: [], prefixes: [], fields: [] },
      fields: [],
    };
    const readers: FieldReader[] = [];
    const types = new Set([type.name]);
    for (const field of this.collect(nodes, types)) {
      const entry = fieldEntry(type, field.name);
      const column = field.name as 'id' | 'type' | 'direction';
      // Once each, however many aliases ask for it.
      if (entry?.read === 'column' && !plan.columns.includes(column)) plan.columns.push(column);
      const end = entry?.read === 'end' ? entry.end : undefined;
      const evidence = entry?.read === 'statement' && entry.handler === 'evidence';
      if (!end && !evidence && this.readsProps(field, types, plan)) continue;
      const returns = getNamedType(type.getFields()[field.name]?.type);
      let fieldPlan: EdgeFieldPlan;
      let node: CompiledNode;
      if (end) {
        node = this.node(field.nodes, returns);
        fieldPlan = { kind: 'end', key: this.nextKey(), end, plan: node.plan };
      } else if (evidence) {
        const limit = this.evidenceLimit(type, field);
        if (limit === null) continue;
        node = this.node(field.nodes, returns);
        fieldPlan = { kind: 'evidence', key: this.nextKey(), plan: node.plan, limit };
      } else {
        plan.keys = null;
        continue;
      }
      plan.fields.push(fieldPlan);
      readers.push({
        key: fieldPlan.key,
        responseKey: field.responseKey,
        types,
        read: end ? { kind: 'node', node } : { kind: 'nodes', node },
      });
    }
    return { plan, readers };
  }

  // An evidence field's `first`; null leaves the field to its resolver, which reports a bad one.
  private evidenceLimit(type: GraphQLObjectType, field: CollectedField): number | null {
    const args = agreedArgs(type.getFields()[field.name], field.nodes, this.info.variableValues);
    if (args === null) return null;
    try {
      return listLimit(args.first);
    } catch {
      return null;
    }
  }

  /**
   * Adds what a field reads of its object's record, on each of the types it is asked on, to the
   * plan; false when some type's entry reads more than named properties (the plan then reads them
   * all).
   */
  private readsProps(field: CollectedField, types: Set<string>, plan: PropsPlan): boolean {
    const seen = new Set<FieldEntry>();
    let known = true;
    for (const typeName of types) {
      const type = this.info.schema.getType(typeName) as GraphQLObjectType;
      const entry = fieldEntry(type, field.name);
      if (entry && seen.has(entry)) continue;
      if (entry) seen.add(entry);
      if (!entry || !this.readProps(entry, type, field, plan)) known = false;
    }
    return known;
  }

  private readProps(
    entry: FieldEntry,
    type: GraphQLObjectType,
    field: CollectedField,
    plan: PropsPlan,
  ): boolean {
    const addKeys = (keys: readonly string[]) => {
      for (const key of keys) if (plan.keys && !plan.keys.includes(key)) plan.keys.push(key);
    };
    switch (entry.read) {
      case 'column':
        return true;
      case 'record':
        addKeys(entry.keys);
        return true;
      case 'apart':
        if (!entry.keys) return false;
        addKeys(entry.keys);
        return true;
      case 'localized': {
        if (entry.key) addKeys([entry.key]);
        const args =
          entry.langs &&
          agreedArgs(type.getFields()[field.name], field.nodes, this.info.variableValues);
        const localized = { prefix: entry.prefix, langs: entry.langs && args && entry.langs(args) };
        if (localized.langs) {
          const same = JSON.stringify(localized);
          if (!plan.localized?.some((one) => JSON.stringify(one) === same))
            plan.localized = [...(plan.localized ?? []), { ...localized, langs: localized.langs }];
        } else if (!plan.prefixes.includes(entry.prefix)) {
          plan.prefixes.push(entry.prefix);
        }
        return true;
      }
      default:
        return false;
    }
  }

  /**
   * What answers a field on each of the types it is asked on: the same name may walk differently
   * on two types (Country.positions and Issue.positions), and be a plain property on a third
   * (Claim.statements): those are the rest.
   */
  private groupByHandler(field: CollectedField): {
    groups: Map<Handler, Set<string>>;
    rest: Set<string>;
  } {
    const groups = new Map<Handler, Set<string>>();
    const rest = new Set<string>();
    for (const typeName of field.types) {
      const type = this.info.schema.getType(typeName) as GraphQLObjectType;
      const entry = fieldEntry(type, field.name);
      if (entry?.read !== 'statement') rest.add(typeName);
      else groups.set(entry.handler, new Set([...(groups.get(entry.handler) ?? []), typeName]));
    }
    return { groups, rest };
  }

  private nodeField(
    handler: Handler,
    field: CollectedField,
    types: Set<string>,
    when: NodeCondition | null,
  ): { plan: NodeFieldPlan; read: FieldRead } | null {
    const type = this.info.schema.getType([...types][0]) as GraphQLObjectType;
    const definition = type.getFields()[field.name];
    const returns = getNamedType(definition.type);
    const key = this.nextKey();
    if (handler === 'degree') {
      return {
        plan: { kind: 'degree', key, when, types: MEANINGFUL_RELATIONSHIP_TYPES },
        read: { kind: 'value' },
      };
    }
    if (isPaging(handler)) return this.relationsPage(field, definition, key, when, handler);
    if (handler === 'evidencePage') {
      const page = evidencePageArgs(definition, field.nodes, this.info.variableValues);
      if (!page) return null;
      const { connection, item, nodes } = this.connectionItems(field, definition);
      const node = this.node(nodes, item);
      return {
        plan: {
          kind: 'evidencePage',
          key,
          when,
          plan: node.plan,
          slice: page.slice,
          countOnly: !this.asksItems(field, connection),
        },
        read: { kind: 'evidencePage', request: page.request, node },
      };
    }
    if (handler === 'source') {
      const node = this.node(field.nodes, returns);
      return { plan: { kind: 'source', key, when, plan: node.plan }, read: { kind: 'node', node } };
    }
    if (handler === 'evidence') {
      const limit = this.evidenceLimit(type, field);
      if (limit === null) return null;
      const node = this.node(field.nodes, returns);
      return {
        plan: { kind: 'evidence', key, when, plan: node.plan, limit },
        read: { kind: 'nodes', node },
      };
    }
    const compilable = compilableWalk(handler, definition, field.nodes, this.info.variableValues);
    if (!compilable) return null;
    const { walk, filter, limit } = compilable;
    if (handler.shape === 'nodes' || handler.shape === 'node') {
      const node = this.node(field.nodes, returns);
      const edge: EdgePlan = { keys: [], prefixes: [], columns: [], other: node.plan, fields: [] };
      return {
        plan: { kind: 'walk', key, when, walk, filter, limit, edge },
        read: { kind: 'walk', def: handler, edge: null, node },
      };
    }
    const edge = this.edge(field.nodes, returns as GraphQLObjectType);
    return {
      plan: { kind: 'walk', key, when, walk, filter, limit, edge: edge.plan },
      read: { kind: 'walk', def: handler, edge, node: null },
    };
  }

  /** A connection field's type, its item type, and what `nodes` and `edges.node` ask of items. */
  private connectionItems(field: CollectedField, definition: GraphQLField<unknown, unknown>) {
    const connection = getNamedType(definition.type) as GraphQLObjectType;
    const item = getNamedType(connection.getFields().nodes.type);
    const nodes = [['nodes'], ['edges', 'node']].flatMap(
      (path) => this.fieldsAt(path, field.nodes, connection)?.nodes ?? [],
    );
    return { connection, item, nodes };
  }

  /** Whether a connection is asked for anything its items give: its nodes, edges or pageInfo. */
  private asksItems(field: CollectedField, connection: GraphQLObjectType): boolean {
    return ['nodes', 'edges', 'pageInfo'].some(
      (name) => this.fieldsAt([name], field.nodes, connection) !== null,
    );
  }

  /**
   * A page of a node's relationships (`relationsConnection`, or a typed list's `<field>Connection`):
   * the walk read past the cursor's relationship id, one more than the page, with what `nodes` and
   * `edges.node` ask of each relationship compiled as one selection, and its `totalCount` when it
   * is asked for.
   */
  private relationsPage(
    field: CollectedField,
    definition: GraphQLField<unknown, unknown>,
    key: string,
    when: NodeCondition | null,
    paging: Paging,
  ): { plan: NodeFieldPlan; read: FieldRead } | null {
    const page = pageArgs(definition, field.nodes, this.info.variableValues, paging.walk);
    if (!page) return null;
    const { connection, item, nodes } = this.connectionItems(field, definition);
    const edge = this.edge(nodes, item as GraphQLObjectType);
    // The cursor is the relationship's id.
    if (!edge.plan.columns.includes('id')) edge.plan.columns.push('id');
    const { request, walk } = page;
    return {
      plan: {
        kind: 'walk',
        key,
        when,
        walk,
        filter: walk.filter,
        limit: request.size + 1,
        seek: { backward: request.backward, fromId: request.from?.id ?? null },
        count: this.fieldsAt(['totalCount'], field.nodes, connection) !== null,
        countOnly: !this.asksItems(field, connection),
        edge: edge.plan,
      },
      read: { kind: 'page', request, walk, edge, edgeClass: paging.edgeClass },
    };
  }

  private condition(types: Set<string>): NodeCondition {
    const kinds: string[] = [];
    const labels: string[] = [];
    for (const name of types) {
      const kind = KIND_OF_TYPE.get(name);
      if (kind) kinds.push(kind);
      else labels.push(name);
    }
    return { kinds, labels };
  }

  private nextKey(): string {
    this.keys += 1;
    return `c${this.keys}`;
  }

  private possible(type: GraphQLNamedType): Set<string> {
    if (isAbstractType(type)) {
      return new Set(this.info.schema.getPossibleTypes(type).map((t) => t.name));
    }
    return new Set([type.name]);
  }

  /** The fields of a selection as graphql-js collects them, each with the types it is asked on. */
  private collect(nodes: readonly FieldNode[], types: Set<string>): CollectedField[] {
    const objects = [...types]
      .map((name) => this.info.schema.getType(name))
      .filter((type): type is GraphQLObjectType => isObjectType(type));
    return selectedFields(this.info, objects, nodes);
  }
}

/**
 * What a field's arguments make, when its merged occurrences agree and they validate; else null,
 * and the field is left to its resolver, which reports the bad argument where it belongs.
 */
function fromArgs<T>(
  definition: GraphQLField<unknown, unknown>,
  nodes: readonly FieldNode[],
  variables: Variables,
  make: (args: Args) => T,
): T | null {
  const args = agreedArgs(definition, nodes, variables);
  if (args === null) return null;
  try {
    return make(args);
  } catch {
    return null;
  }
}

/** An `evidenceConnection`'s page and the slice of the list it reads. */
function evidencePageArgs(
  definition: GraphQLField<unknown, unknown>,
  nodes: readonly FieldNode[],
  variables: Variables,
): { request: PageRequest; slice: EvidenceSlice } | null {
  return fromArgs(definition, nodes, variables, (args) => {
    const request = pageRequest(args);
    return { request, slice: evidenceSlice(request) };
  });
}

/** A connection's page and walk from its arguments; null when they do not validate. */
function pageArgs(
  definition: GraphQLField<unknown, unknown>,
  nodes: readonly FieldNode[],
  variables: Variables,
  walkOf: (args: Args) => RelationWalk,
): { request: PageRequest; walk: RelationWalk & { types: readonly RelationshipType[] } } | null {
  return fromArgs(definition, nodes, variables, (args) => ({
    request: pageRequest(args),
    walk: walkOf(args) as RelationWalk & { types: readonly RelationshipType[] },
  }));
}
type Variables = GraphQLResolveInfo['variableValues'];

/** A field's arguments; null when its merged occurrences disagree or do not validate. */
function agreedArgs(
  definition: GraphQLField<unknown, unknown>,
  nodes: readonly FieldNode[],
  variables: Variables,
): Args | null {
  try {
    const all = nodes.map((node) => getArgumentValues(definition, node, variables));
    const first = JSON.stringify(all[0]);
    return all.every((args) => JSON.stringify(args) === first) ? all[0] : null;
  } catch {
    return null;
  }
}

/** A walking field's arguments and walk; null when the compiler leaves it to its resolver. */
function compilableWalk(
  handler: FieldWalk,
  definition: GraphQLField<unknown, unknown>,
  nodes: readonly FieldNode[],
  variables: Variables,
): { args: Args; walk: WalkSpec; filter: WalkFilter; limit: number } | null {
  return fromArgs(definition, nodes, variables, (args) => ({
    args,
    walk: handler.walk(args),
    filter: handler.filter?.(args) ?? {},
    limit: walkLimit(handler, args),
  }));
}

/**
 * Whether a compiled statement reads everything a field of a node or relationship type answers
 * (so its resolver, if it runs, reads nothing more): a walk, evidence, source or degree, or a
 * field made of the record's own properties.
 */
export function answeredByStatement(
  type: GraphQLObjectType,
  field: string,
  nodes: readonly FieldNode[],
  variables: Variables,
): boolean {
  const entry = fieldEntry(type, field);
  if (entry?.read !== 'statement') return entry?.read === 'end' || answeredByRecord(type, field);
  // A walk or a page is compiled only when its arguments are; evidence, sources, degrees always.
  const { handler } = entry;
  const definition = type.getFields()[field];
  if (isPaging(handler)) return pageArgs(definition, nodes, variables, handler.walk) !== null;
  if (handler === 'evidencePage') return evidencePageArgs(definition, nodes, variables) !== null;
  if (typeof handler !== 'object') return true;
  return compilableWalk(handler, definition, nodes, variables) !== null;
}

/** Whether a field of a node or relationship type is made of the record's own properties. */
export function answeredByRecord(type: GraphQLObjectType, field: string): boolean {
  const read = fieldEntry(type, field)?.read;
  return read === 'record' || read === 'localized' || read === 'column';
}

/** Whether a compiled statement may answer this field of this object type. */
export function isCompiledField(type: GraphQLObjectType, field: string): boolean {
  const read = fieldEntry(type, field)?.read;
  return read === 'statement' || read === 'end';
}
