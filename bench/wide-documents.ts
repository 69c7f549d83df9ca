import {
  getNamedType,
  isAbstractType,
  isEnumType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * Documents that ask every field a root reaches, to a given depth: the widest selections the
 * limits accept, and so the largest statements the compiler writes. Object fields at the last
 * level ask their leaves only; a field whose required arguments cannot be filled in is left out;
 * an interface or union is asked through a fragment on each of its types.
 */
export interface WideOptions {
  /** Levels of objects below the root field. */
  depth: number;
  /** `first` given to every nested list that takes one, to stay under the cost limit. */
  nestedFirst: number;
}

const indent = (level: number) => '  '.repeat(level);

/** Values for the required arguments a field may take below the root, or undefined. */
function fill(arg: GraphQLArgument, first: number): string | undefined {
  if (!isNonNullType(arg.type) || arg.defaultValue !== undefined) return undefined;
  const type = getNamedType(arg.type);
  if (isEnumType(type)) return type.getValues()[0].name;
  if (type.name === 'Int') return String(first);
  return undefined;
}

function argumentsOf(field: GraphQLField<unknown, unknown>, first: number): string | null {
  const given: string[] = [];
  for (const arg of field.args) {
    if (arg.name === 'first') given.push(`first: ${first}`);
    else if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
      const value = fill(arg, first);
      if (value === undefined) return null;
      given.push(`${arg.name}: ${value}`);
    }
  }
  return given.length ? `(${given.join(', ')})` : '';
}

function selectionOf(
  type: GraphQLNamedType,
  schema: GraphQLSchema,
  depth: number,
  level: number,
  options: WideOptions,
): string[] {
  if (isAbstractType(type)) {
    const lines = [`${indent(level)}__typename`];
    const possibles = schema.getPossibleTypes(type);
    // Fields of one name but different types on two of the types would conflict in one response
    // (graphql's OverlappingFieldsCanBeMerged): those are asked under an alias per type.
    const typesOf = new Map<string, Set<string>>();
    for (const possible of possibles)
      for (const field of Object.values(possible.getFields()))
        typesOf.set(field.name, (typesOf.get(field.name) ?? new Set()).add(String(field.type)));
    const clashing = new Set(
      [...typesOf].filter(([, types]) => types.size > 1).map(([name]) => name),
    );
    for (const possible of possibles) {
      const inner = fieldsOf(possible, schema, depth, level + 1, options, clashing);
      if (inner.length)
        lines.push(`${indent(level)}... on ${possible.name} {`, ...inner, `${indent(level)}}`);
    }
    return lines;
  }
  if (!isObjectType(type)) return [];
  return fieldsOf(type, schema, depth, level, options);
}

function fieldsOf(
  type: GraphQLObjectType,
  schema: GraphQLSchema,
  depth: number,
  level: number,
  options: WideOptions,
  clashing: ReadonlySet<string> = new Set(),
): string[] {
  const lines: string[] = [];
  for (const field of Object.values(type.getFields())) {
    const args = argumentsOf(field, options.nestedFirst);
    if (args === null) continue;
    const named = getNamedType(field.type);
    const name = clashing.has(field.name)
      ? `${type.name}_${field.name}: ${field.name}`
      : field.name;
    if (isLeafType(named)) {
      lines.push(`${indent(level)}${name}${args}`);
      continue;
    }
    if (depth === 0) continue;
    const inner = selectionOf(named, schema, depth - 1, level + 1, options);
    if (inner.length) lines.push(`${indent(level)}${name}${args} {`, ...inner, `${indent(level)}}`);
  }
  return lines;
}

/**
 * `query { <root>(<args>) { every field to depth } }`: `args` is written as given (the caller
 * fills the root's arguments with values from the graph).
 */
export function wideDocument(
  schema: GraphQLSchema,
  root: string,
  args: string,
  options: WideOptions,
): string {
  const field = schema.getQueryType()!.getFields()[root];
  if (!field) throw new Error(`No root field ${root}`);
  const named = getNamedType(field.type);
  const inner = selectionOf(named, schema, options.depth - 1, 2, options);
  return [`query Wide_${root} {`, `  ${root}${args} {`, ...inner, '  }', '}', ''].join('\n');
}
