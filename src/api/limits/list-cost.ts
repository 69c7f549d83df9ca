import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';

/**
 * How many items a list field can return, from its arguments: the cost rule's worst case.
 * `sizes` gives the size of the field's own list (`self`) or of the list fields directly below it
 * (a connection's `nodes` and `edges`), from the arguments' values. An argument written as a
 * literal counts as written (a list as its length), one given by a variable as its `max` (the
 * rule runs before variables are known, and Apollo caches validation per document), one left out
 * as the schema's default, or else its `absent` value here.
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
  /** An object of one of these types, or of a type that implements one, counts one. */
  counted: readonly string[];
}

/**
 * The worst case of an operation, counted in objects read from the graph: every node or
 * relationship a field may return counts one, times the sizes of the lists above it. Values
 * carried by those objects (names, dates, page info), scalars and introspection are free; they
 * multiply what lies below them all the same. Fragments are counted as if every one applied, so
 * the estimate errs upwards.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode | undefined>,
  model: CostModel,
): OperationCost {
  const { table } = model;
  const counted = countedTypes(schema, model.counted);
  const root = schema.getRootType(operation.operation);
  if (!root) return { cost: 0, path: [] };

  const walk = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    times: number,
    sizedHere: ListSize['sizes'],
    argOf: (name: string) => number,
    visiting: Set<string>,
  ): OperationCost => {
    let total = 0;
    let costliest: OperationCost = { cost: -1, path: [] };
    const add = (found: OperationCost) => {
      total += found.cost;
      if (found.cost > costliest.cost) costliest = found;
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        add(fieldCost(selection, parent, times, sizedHere, argOf, visiting));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition
          ? (schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType)
          : parent;
        add(walk(selection.selectionSet, on ?? parent, times, sizedHere, argOf, visiting));
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || visiting.has(name)) continue; // unknown or cyclic: other rules report it
        const on = schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType;
        const inner = new Set(visiting).add(name);
        add(walk(fragment.selectionSet, on ?? parent, times, sizedHere, argOf, inner));
      }
    }
    return { cost: total, path: costliest.cost > 0 ? costliest.path : [] };
  };

  const fieldCost = (
    node: FieldNode,
    parent: GraphQLCompositeType,
    times: number,
    sizedByParent: ListSize['sizes'],
    parentArg: (name: string) => number,
    visiting: Set<string>,
  ): OperationCost => {
    const name = node.name.value;
    if (name.startsWith('__') || !('getFields' in parent)) return { cost: 0, path: [] };
    const field: GraphQLField<unknown, unknown> | undefined = parent.getFields()[name];
    if (!field) return { cost: 0, path: [] };
    const type = getNamedType(field.type);
    if (!isCompositeType(type)) return { cost: 0, path: [] };
    const key = node.alias?.value ?? name;
    const entry = tableEntry(table, parent, name);
    const argOf = entry ? argumentReader(node, field, entry) : () => 0;
    const size = !isListType(getNullableType(field.type))
      ? 1
      : entry?.sizes.self
        ? entry.sizes.self(argOf)
        : sizedByParent[name]
          ? sizedByParent[name](parentArg)
          : ASSUMED_LIST_SIZE;
    const count = times * size;
    const own = counted.has(type.name) ? count : 0;
    if (!node.selectionSet) return { cost: own, path: [key] };
    const below = walk(node.selectionSet, type, count, entry?.sizes ?? {}, argOf, visiting);
    return { cost: own + below.cost, path: [key, ...below.path] };
  };

  return walk(operation.selectionSet, root, 1, {}, () => 0, new Set());
}

/** The names of the types whose objects count: those given and all that implement them. */
function countedTypes(schema: GraphQLSchema, given: readonly string[]): Set<string> {
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
): (name: string) => number {
  return (name) => {
    const bound = entry.args[name];
    if (!bound) return 0;
    const written = node.arguments?.find((arg) => arg.name.value === name)?.value;
    if (written) return Math.min(literalSize(written) ?? bound.max, bound.max);
    const declared = field.args.find((arg) => arg.name === name)?.defaultValue;
    if (typeof declared === 'number') return Math.min(declared, bound.max);
    return bound.absent ?? bound.max;
  };
}

/** An integer literal's value, a list literal's length; null for a variable or anything else. */
function literalSize(value: ValueNode): number | null {
  if (value.kind === Kind.INT) return Math.max(0, Number(value.value));
  if (value.kind === Kind.LIST) return value.values.length;
  return null;
}

/**
 * A validation rule that refuses an operation whose worst case exceeds `maxCost`, before any
 * resolver runs; the error carries the limit, the cost found and the costliest path.
 */
export function listCostRule(
  maxCost: number,
  model: CostModel,
  extensions: (found: OperationCost) => Record<string, unknown>,
) {
  return (context: ValidationContext): ASTVisitor => ({
    Document: {
      leave(document) {
        const fragments = Object.fromEntries(
          document.definitions
            .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
            .map((d) => [d.name.value, d]),
        );
        for (const definition of document.definitions) {
          if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
          const found = operationCost(context.getSchema(), definition, fragments, model);
          if (found.cost <= maxCost) continue;
          context.reportError(
            new GraphQLError(
              `The operation may cost ${found.cost}, over the limit of ${maxCost} ` +
                `(most of it through ${found.path.join('.')}). Ask for smaller pages (first/last) ` +
                'or fewer nested lists.',
              { nodes: [definition], extensions: extensions(found) },
            ),
          );
        }
      },
    },
  });
}
