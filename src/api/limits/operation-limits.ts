import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import { listCostRule } from './list-cost';
import { COST_MODEL } from './list-sizes';

/**
 * Limits on an operation, checked while parsing and validating, before any resolver runs and so
 * before any database work. Sized so that the playground's examples and its introspection query
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
 * Validation rules for depth, aliases, directives and cost (multiplied by list sizes), the parse options for tokens, and
 * (in production) the plugin that strips field suggestions from error messages.
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
    // Its estimate ignores list sizes; listCostRule multiplies by them.
    costLimit: { enabled: false },
    // Counted by graphql-js itself while parsing, which stops at the limit instead of after it.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: hideSuggestions },
  }).protect();
  const cost = listCostRule(OPERATION_LIMITS.maxCost, COST_MODEL, ({ cost, path }) => ({
    [LIMIT_EXTENSION]: 'costLimit',
    maxCost: OPERATION_LIMITS.maxCost,
    cost,
    path,
  }));
  return {
    validationRules: [...armor.validationRules, cost],
    plugins: armor.plugins,
    parseOptions: { maxTokens: OPERATION_LIMITS.maxTokens },
  };
}
