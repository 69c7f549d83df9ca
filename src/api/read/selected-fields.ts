import {
  FieldNode,
  getNamedType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLResolveInfo,
  GraphQLSchema,
  isAbstractType,
  isObjectType,
} from 'graphql';
// graphql-js's own field collection (fragments, @skip/@include), exactly as execution runs it;
// internal to graphql 16, whose version package.json pins.
import { collectSubfields } from 'graphql/execution/collectFields';

/** The object types a value of this type may have at run time. */
export function objectTypes(schema: GraphQLSchema, type: GraphQLNamedType): GraphQLObjectType[] {
  if (isAbstractType(type)) return [...schema.getPossibleTypes(type)];
  return isObjectType(type) ? [type] : [];
}

interface Selected {
  name: string;
  nodes: readonly FieldNode[];
  parent: GraphQLObjectType;
}

/** The fields selected below some field nodes, on each object type their value may have. */
function subfields(
  info: GraphQLResolveInfo,
  types: readonly GraphQLObjectType[],
  nodes: readonly FieldNode[],
): Selected[] {
  const { schema, fragments, variableValues } = info;
  return types.flatMap((parent) =>
    [...collectSubfields(schema, fragments, variableValues, parent, nodes)].map(
      ([, fieldNodes]) => ({ name: fieldNodes[0].name.value, nodes: fieldNodes, parent }),
    ),
  );
}

/**
 * The names of the fields a root field's selection asks for at a path of fields below it,
 * through aliases, fragments and @skip/@include, on any type met on the way; empty when the path
 * is not selected.
 */
export function fieldsSelectedAt(info: GraphQLResolveInfo, path: readonly string[]): Set<string> {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  let types = objectTypes(info.schema, getNamedType(info.returnType));
  for (const step of path) {
    const found = subfields(info, types, nodes).filter((field) => field.name === step);
    nodes = found.flatMap((field) => field.nodes);
    types = [
      ...new Set(
        found.flatMap(({ parent }) =>
          objectTypes(info.schema, getNamedType(parent.getFields()[step].type)),
        ),
      ),
    ];
  }
  return new Set(subfields(info, types, nodes).map((field) => field.name));
}
