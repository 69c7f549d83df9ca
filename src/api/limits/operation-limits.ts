import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationContext,
} from 'graphql';
import { operationCost, overCost, type OperationCost } from './list-cost';
import { memoPerObject } from '../read/memo';
import { COST_MODEL } from './list-sizes';
import { ErrorCode } from '../../errors/error-code';

/**
 * Limits on an operation, checked while parsing and validating (the cost once the variables are
 * known), before any resolver runs and so before any database work. Sized so that the playground's examples and its introspection query
 * pass with room to spare, and a hostile query does not.
 */
export const OPERATION_LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  maxDirectives: 20,
  maxTokens: 3000,
  /** Graph objects an operation may read at worst (see list-cost.ts). */
  maxCost: 500_000,
  /** Request bodies, in bytes. */
  maxBodyBytes: 100 * 1024,
} as const;

/** The extension that marks a limit rejection; formatError turns it into OPERATION_LIMIT_EXCEEDED. */
export const LIMIT_EXTENSION = 'limit';

// graphql-js's own token limit (a parse option) reports with this message ("more that" in 16.x).
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more th(?:an|at) \d+ tokens/;

/** Which limit an error reports, if any. */
export function limitOf(message: string, extensions: Record<string, unknown>): string | null {
  if (typeof extensions[LIMIT_EXTENSION] === 'string') return extensions[LIMIT_EXTENSION] as string;
  return TOKEN_LIMIT_MESSAGE.test(message) ? 'maxTokens' : null;
}

/** Reports a rejection as a validation error that names the limit. */
const report = (limit: string) => [
  (context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(
      new GraphQLError(error.message, { extensions: { [LIMIT_EXTENSION]: limit } }),
    ),
];

/**
 * Validation rules for depth, aliases and directives (the cost is checkOperationCost's), the
 * parse options for tokens, and (in production) the plugin that strips field suggestions from
 * error messages.
 */
export function operationLimits(hideSuggestions: boolean) {
  const rule = (n: number, limit: string) => ({
    n,
    propagateOnRejection: false,
    onReject: report(limit),
  });
  const armor = new ApolloArmor({
    maxDepth: rule(OPERATION_LIMITS.maxDepth, 'maxDepth'),
    maxAliases: rule(OPERATION_LIMITS.maxAliases, 'maxAliases'),
    maxDirectives: rule(OPERATION_LIMITS.maxDirectives, 'maxDirectives'),
    // Its estimate ignores list sizes; checkOperationCost multiplies by them.
    costLimit: { enabled: false },
    // Counted by graphql-js itself while parsing, which stops at the limit instead of after it.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: hideSuggestions },
  }).protect();
  return {
    validationRules: armor.validationRules,
    plugins: armor.plugins,
    parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
  };
}

/**
 * The cost limit, checked once the operation and its variables are known and before it runs
 * (Apollo validates a document once, without variables, so this is not a validation rule):
 * throws OPERATION_LIMIT_EXCEEDED with the limit, the cost found and the costliest path.
 */
export function checkOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): void {
  checkOperationType(schema, operation);
  checkVariablesDepth(variables);
  const found = costs(operation, JSON.stringify(variables), () =>
    operationCost(schema, document, operation, COST_MODEL, variables),
  );
  if (found.cost > OPERATION_LIMITS.maxCost)
    throw overCost(operation, found, OPERATION_LIMITS.maxCost, {
      [LIMIT_EXTENSION]: 'costLimit',
      maxCost: OPERATION_LIMITS.maxCost,
      cost: found.cost,
      path: found.path,
    });
}

/**
 * A mutation or subscription on a schema without them is the client's mistake, answered 400
 * before execution (graphql-js 16 would only find it while executing, as a server error).
 */
function checkOperationType(schema: GraphQLSchema, operation: OperationDefinitionNode): void {
  if (schema.getRootType(operation.operation)) return;
  throw new GraphQLError(
    `This API reads only: it has no ${operation.operation} operations. Send a query.`,
    {
      nodes: [operation],
      extensions: { code: ErrorCode.OPERATION_NOT_SUPPORTED, http: { status: 400 } },
    },
  );
}

/** Deeper than any variable a field takes (a list of ids is two), far below a stack's depth. */
export const MAX_VARIABLES_DEPTH = 32;

/**
 * Refuses variables nested deeper than MAX_VARIABLES_DEPTH, walking them without recursion:
 * anything that walks them recursively later (the cost's memo key, graphql-js's coercion) would
 * otherwise overflow the stack on a body of a few kilobytes.
 */
function checkVariablesDepth(variables: Record<string, unknown>): void {
  const stack: Array<[unknown, number]> = [[variables, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_VARIABLES_DEPTH)
      throw new GraphQLError(
        `The variables are nested more than ${MAX_VARIABLES_DEPTH} levels deep.`,
        { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 400 } } },
      );
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
}

// An operation's cost depends on it and its variables only (the schema and the model are the
// process's one). Apollo keeps a parsed document, so a query sent again is the same operation
// node, and its cost is found once per variables instead of walking it on every request.
const costs = memoPerObject<OperationDefinitionNode, OperationCost>(64);
