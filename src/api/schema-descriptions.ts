import { GraphQLSchema, isInterfaceType, isObjectType } from 'graphql';

/**
 * Fields and arguments of a type that implements an interface say what the interface says of
 * them, unless they say more: written once, on the interface, and read on every implementation
 * (TypeGraphQL copies the fields but not their descriptions).
 */
export function inheritDescriptions(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const iface of type.getInterfaces()) {
      const inherited = iface.getFields();
      for (const [name, field] of Object.entries(type.getFields())) {
        const from = inherited[name];
        if (!from) continue;
        field.description ??= from.description;
        for (const arg of field.args) {
          arg.description ??= from.args.find((a) => a.name === arg.name)?.description;
        }
      }
    }
  }
  return schema;
}

const QUERY = 'Read-only questions over the graph of sources, actors, events and claims.';

/**
 * The schema as described where each part is declared (the decorators' and registerEnumType's
 * descriptions), with the two things declarations cannot say: the root query type's own
 * description, and an interface's field descriptions on the types that implement it. `npm run
 * lint` checks that every type, field, argument and enum value ends up with a description
 * (@graphql-eslint's require-description over schema/schema.graphql).
 */
export function describeSchema(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  if (query) query.description ??= QUERY;
  return inheritDescriptions(schema);
}
