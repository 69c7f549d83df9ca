import { defaultFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { compiledAnswerOf, NO_ANSWER } from './hydrate';
import { isCompiledField } from './selection-compiler';

/**
 * Makes every field the compiler can answer read its parent's compiled answer first; otherwise
 * its resolver runs (a parent reached by a path the compiler does not take, or a field it left
 * alone). Wrapping the schema's resolve functions, rather than a TypeGraphQL middleware, keeps a
 * compiled answer synchronous: graphql-js completes it without a promise.
 */
export function answerCompiledFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const [name, field] of Object.entries(type.getFields())) {
      if (!isCompiledField(type, name)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root, args, context, info) => {
        const answer = compiledAnswerOf(root, info.path.key as string, info.parentType.name);
        return answer === NO_ANSWER ? resolve(root, args, context, info) : answer;
      };
    }
  }
  return schema;
}
