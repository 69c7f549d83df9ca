import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { memoPerObject } from '../read/memo';

/**
 * How many items a list field can return, from its arguments: the cost check's worst case.
 * `sizes` gives the size of the field's own list (`self`) or of the list fields directly below it
 * (a connection's `nodes` and `edges`), from the arguments' values. An argument counts as given
 * (a literal or a variable; a list by its length), at most its `max`; one left out as the
 * schema's default, or else its `absent` value here.
 */
export interface ListSize {
  args: Record<string, { max: number; absent?: number }>;
  sizes: Record<string, (arg: (name: string) => number) => number>;
}

/** What an operation may cost, and along which fields the most of it lies. */
export interface OperationCost {
  cost: number;
  /** Response keys from the root to the costliest leaf. */
  path: string[];
}

/** The size assumed for a list field with no entry in the table (one page). */
export const ASSUMED_LIST_SIZE = 20;

/** What the rule counts: the list sizes, and the interfaces of the objects read from the graph. */
export interface CostModel {
  table: Record<string, ListSize>;
  /**
   * Text fields that weigh as much as many objects (a source's whole text), by `Type.field`:
   * what each read of them counts.
   */
  texts?: Record<string, number>;
  /** An object of one of these types, or of a type that implements one, counts one. */
  counted: readonly string[];
}

/**
 * The worst case of an operation, counted in objects read from the graph: every node or
 * relationship a field may return counts one, times the sizes of the lists above it, and every
 * item of a list the table sizes counts at least one, whatever is selected below it. Values
 * carried by those objects (names, dates, page info), scalars and introspection are free; they
 * multiply what lies below them all the same. Fragments are counted as if every one applied, so
 * the estimate errs upwards.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  model: CostModel,
  variables: Record<string, unknown> = {},
): OperationCost {
  const root = schema.getRootType(operation.operation);
  if (!root) return { cost: 0, path: [] };
  const counted = countedTypes(schema, model.counted);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions)
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;

  /** `sized`: the sizes the parent field's arguments give the lists directly below it. */
  type Sized = Record<string, () => number>;

  const walk = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    times: number,
    sized: Sized,
    visiting: ReadonlySet<string>,
  ): OperationCost => {
    let total = 0;
    let costliest: OperationCost = { cost: -1, path: [] };
    const add = (found: OperationCost) => {
      total += found.cost;
      if (found.cost > costliest.cost) costliest = found;
    };
    const typeOf = (name: string | undefined) =>
      (name ? (schema.getType(name) as GraphQLCompositeType | undefined) : undefined) ?? parent;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        add(fieldCost(selection, parent, times, sized, visiting));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = typeOf(selection.typeCondition?.name.value);
        add(walk(selection.selectionSet, on, times, sized, visiting));
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || visiting.has(name)) continue; // unknown or cyclic: validation reports it
        const on = typeOf(fragment.typeCondition.name.value);
        add(walk(fragment.selectionSet, on, times, sized, new Set(visiting).add(name)));
      }
    }
    return { cost: total, path: costliest.cost > 0 ? costliest.path : [] };
  };

  const fieldCost = (
    node: FieldNode,
    parent: GraphQLCompositeType,
    times: number,
    sizedByParent: Sized,
    visiting: ReadonlySet<string>,
  ): OperationCost => {
    const name = node.name.value;
    if (name.startsWith('__') || !('getFields' in parent)) return { cost: 0, path: [] };
    const field: GraphQLField<unknown, unknown> | undefined = parent.getFields()[name];
    if (!field) return { cost: 0, path: [] };
    const type = getNamedType(field.type);
    if (!isCompositeType(type)) {
      const weight = model.texts?.[`${parent.name}.${name}`] ?? 0;
      return { cost: times * weight, path: weight > 0 ? [node.alias?.value ?? name] : [] };
    }
    const entry = tableEntry(model.table, parent, name);
    const argOf = entry ? argumentReader(node, field, entry, variables) : () => 0;
    const sized: Sized = {};
    for (const [child, size] of Object.entries(entry?.sizes ?? {}))
      sized[child] = () => size(argOf);
    const isList = isListType(getNullableType(field.type));
    const bounded = sized.self ?? sizedByParent[name];
    const size = !isList ? 1 : (bounded ?? (() => ASSUMED_LIST_SIZE))();
    const count = times * size;
    const own = counted.has(type.name) ? count : 0;
    const key = node.alias?.value ?? name;
    const below = node.selectionSet
      ? walk(node.selectionSet, type, count, sized, visiting)
      : { cost: 0, path: [] };
    // A list read from the graph costs each of its items, whatever is selected of them: a page
    // of edges asked only for cursors reads as many relationships as one asked for their nodes.
    const floor = isList && bounded !== undefined ? count : 0;
    return { cost: Math.max(own + below.cost, floor), path: [key, ...below.path] };
  };

  return walk(operation.selectionSet, root, 1, {}, new Set());
}

/** The names of the types whose objects count: those given and all that implement them. */
const countedMemo = memoPerObject<GraphQLSchema, Set<string>>(4);
const countedTypes = (schema: GraphQLSchema, given: readonly string[]) =>
  countedMemo(schema, given.join(','), () => collectCounted(schema, given));

function collectCounted(schema: GraphQLSchema, given: readonly string[]): Set<string> {
  const names = new Set(given);
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      (isObjectType(type) || isInterfaceType(type)) &&
      type.getInterfaces().some((i) => names.has(i.name))
    )
      names.add(type.name);
  }
  return names;
}

/** The table's entry for a field, looked up on its type and then on the type's interfaces. */
function tableEntry(
  table: Record<string, ListSize>,
  parent: GraphQLCompositeType,
  field: string,
): ListSize | undefined {
  const own = table[`${parent.name}.${field}`];
  if (own || !('getInterfaces' in parent)) return own;
  for (const face of parent.getInterfaces()) {
    const inherited = table[`${face.name}.${field}`];
    if (inherited) return inherited;
  }
  return undefined;
}

function argumentReader(
  node: FieldNode,
  field: GraphQLField<unknown, unknown>,
  entry: ListSize,
  variables: Record<string, unknown>,
): (name: string) => number {
  return (name) => {
    const bound = entry.args[name];
    if (!bound) return 0;
    const written = node.arguments?.find((arg) => arg.name.value === name)?.value;
    const value = written ? sizeOf(written, variables) : undefined;
    if (value !== undefined) return Math.min(value ?? bound.max, bound.max);
    const declared = field.args.find((arg) => arg.name === name)?.defaultValue;
    if (typeof declared === 'number') return Math.min(declared, bound.max);
    return bound.absent ?? bound.max;
  };
}

/**
 * The size an argument gives: an integer as it is, a list by its length; from a literal or a
 * variable. Undefined when it is left to its default (a variable not given); null when it is
 * neither (the argument's own check reports it; the cost counts its maximum).
 */
function sizeOf(value: ValueNode, variables: Record<string, unknown>): number | null | undefined {
  if (value.kind === Kind.INT) return Math.max(0, Number(value.value));
  if (value.kind === Kind.LIST) return value.values.length;
  if (value.kind !== Kind.VARIABLE) return null;
  const given = variables[value.name.value];
  if (given === undefined || given === null) return undefined;
  if (typeof given === 'number' && Number.isFinite(given)) return Math.max(0, given);
  if (Array.isArray(given)) return given.length;
  return null;
}

/** The error that refuses an operation over the cost limit, naming the costliest path. */
export function overCost(
  operation: OperationDefinitionNode,
  found: OperationCost,
  maxCost: number,
  extensions: Record<string, unknown>,
): GraphQLError {
  return new GraphQLError(
    `The operation may cost ${found.cost}, over the limit of ${maxCost} ` +
      `(most of it through ${found.path.join('.')}). Ask for smaller pages (first/last) ` +
      'or fewer nested lists.',
    { nodes: [operation], extensions: { ...extensions, http: { status: 400 } } },
  );
}
