import {
  FieldNode,
  getNamedType,
  GraphQLNamedType,
  GraphQLResolveInfo,
  isAbstractType,
  isObjectType,
} from 'graphql';
// graphql-js's own field collection, as in one-statement.ts.
import { collectSubfields } from 'graphql/execution/collectFields';
/**
 * Whether a root field's selection asks for a path of fields below it (by field name, through
 * aliases, fragments and @skip/@include, on any type the field may return).
 */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  let type: GraphQLNamedType = getNamedType(info.returnType);
  for (const step of path) {
    const found: FieldNode[] = [];
    let next: GraphQLNamedType | undefined;
    const types = isAbstractType(type)
      ? info.schema.getPossibleTypes(type)
      : isObjectType(type)
        ? [type]
        : [];
    for (const runtime of types) {
      const fields = collectSubfields(
        info.schema,
        info.fragments,
        info.variableValues,
        runtime,
        nodes,
      );
      for (const [, fieldNodes] of fields) {
        if (fieldNodes[0].name.value !== step) continue;
        found.push(...fieldNodes);
        next = getNamedType(runtime.getFields()[step].type);
      }
    }
    if (!next || found.length === 0) return false;
    nodes = found;
    type = next;
  }
  return true;
}
