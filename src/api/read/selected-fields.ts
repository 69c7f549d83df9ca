import {
  FieldNode,
  FragmentDefinitionNode,
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

/** What a selection is collected with: the schema, the document's fragments, the variables. */
export interface Selection {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variableValues: Record<string, unknown>;
}

/** A field below some field nodes, as graphql-js collects it, with the object types it is on. */
export interface CollectedField {
  responseKey: string;
  name: string;
  /** Its field nodes on any of `types`, in the order graphql-js meets them. */
  nodes: FieldNode[];
  types: Set<string>;
}

/**
 * The fields selected below `nodes` on each of `types`, by graphql-js's own algorithm: the one
 * field collector of the read path (the compiler, the one-statement check and the exploration
 * resolvers all use it). A field asked the same way on several types is one entry, with those
 * types; its nodes are all those it has on any of them.
 */
export function selectedFields(
  selection: Selection,
  types: readonly GraphQLObjectType[],
  nodes: readonly FieldNode[],
): CollectedField[] {
  const { schema, fragments, variableValues } = selection;
  const byKey = new Map<string, CollectedField[]>();
  for (const type of types) {
    for (const [responseKey, fieldNodes] of collectSubfields(
      schema,
      fragments,
      variableValues,
      type,
      nodes,
    )) {
      const name = fieldNodes[0].name.value;
      const list = byKey.get(responseKey) ?? [];
      const same = list.find((field) => field.name === name);
      if (same) {
        for (const node of fieldNodes) if (!same.nodes.includes(node)) same.nodes.push(node);
        same.types.add(type.name);
      } else {
        list.push({ responseKey, name, nodes: [...fieldNodes], types: new Set([type.name]) });
        byKey.set(responseKey, list);
      }
    }
  }
  return [...byKey.values()].flat();
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
    const found = selectedFields(info, types, nodes).filter((field) => field.name === step);
    nodes = found.flatMap((field) => field.nodes);
    types = [
      ...new Set(
        found.flatMap((field) =>
          [...field.types].flatMap((parent) =>
            objectTypes(
              info.schema,
              getNamedType(
                (info.schema.getType(parent) as GraphQLObjectType).getFields()[step].type,
              ),
            ),
          ),
        ),
      ),
    ];
  }
  return new Set(selectedFields(info, types, nodes).map((field) => field.name));
}
