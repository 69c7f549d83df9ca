import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  type DocumentNode,
  getVariableValues,
  GraphQLError,
  type GraphQLSchema,
  visit,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Context } from './context';

type Gateway = ApolloServerOptionsWithGateway<Context>['gateway'];

/** How many compiled operations a process keeps; the least recently used goes first. */
const MAX_COMPILED = 1000;

/** An operation compiled, as kept between its requests. */
interface Compiled {
  run: CompiledQuery;
  /** Whether the document has @skip or @include. */
  conditional: boolean;
}

/**
 * Executes operations with graphql-jit: each operation's document is compiled once into a
 * function that resolves and completes its fields (the same resolvers, the same null and error
 * rules as graphql-js), then run for every request of it. graphql-js walks the document anew for
 * every object of every answer, making a result object, an argument object and a resolve info
 * per field; a compiled query does not, so a large answer makes far less garbage.
 *
 * Apollo Server takes another executor only as a gateway (its `executor` option is gone since
 * version 4): parsing, validation, the request's plugins (the cost limit, the allow-list) and
 * the response's formatting are Apollo's as before; only execution changes.
 */
export function jitGateway(schema: GraphQLSchema): Gateway {
  const compiled = new Map<string, Compiled>();
  return {
    async load() {
      return {
        async executor({ document, operation, operationName, request, context, queryHash }) {
          // Variables are checked as graphql-js checks them, so that a variable of the wrong type
          // gets its error (Apollo answers BAD_USER_INPUT for it) before anything runs.
          const variables = getVariableValues(
            schema,
            operation.variableDefinitions ?? [],
            request.variables ?? {},
            { maxErrors: 50 },
          );
          if (variables.errors) return { errors: variables.errors };
          const key = `${queryHash}\n${operationName ?? ''}`;
          let query = compiled.get(key);
          if (query) {
            compiled.delete(key);
          } else {
            const made = compileQuery(schema, document, operationName ?? undefined);
            // A document that cannot be executed (no such operation, say) answers its errors.
            if (!isCompiledQuery(made)) return made;
            query = { run: made, conditional: hasConditions(document) };
            if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value!);
          }
          compiled.set(key, query);
          const result = await query.run.query(undefined, context, request.variables ?? {});
          if (query.conditional && result.data) dropSkipped(result.data);
          return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}

/**
 * graphql-jit's errors are its own objects, with an `extensions` only when the error thrown had
 * one; Apollo and formatError expect graphql's, whose cause is their `originalError`.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const made = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  // Where the field is in the document, as line and column: graphql-jit keeps no nodes.
  if (error.locations)
    Object.defineProperty(made, 'locations', { value: error.locations, enumerable: true });
  return made;
}

const hasConditions = (document: DocumentNode): boolean => {
  let found = false;
  visit(document, {
    Directive(node) {
      if (node.name.value === 'skip' || node.name.value === 'include') found = true;
    },
  });
  return found;
};

/**
 * A field that @skip or @include leaves out is absent from the answer, as in graphql-js;
 * graphql-jit writes it as undefined (which JSON leaves out, but an in-process caller sees).
 */
function dropSkipped(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) dropSkipped(item);
  } else if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) {
      if (object[key] === undefined) delete object[key];
      else dropSkipped(object[key]);
    }
  }
}
