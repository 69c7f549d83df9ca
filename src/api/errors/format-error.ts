import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Config } from '../../config';
import { LIMIT_EXTENSION, limitOf } from '../limits/operation-limits';
import type { Logger } from '../../logger';
import { type AppError, isAppError } from '../../errors/app-error';
import { ErrorCode } from '../../errors/error-code';
import { clientError } from './client-error';

/**
 * What a client sees of an error. Errors Parley raised keep their message and code; operations
 * over a limit get OPERATION_LIMIT_EXCEEDED; errors GraphQL or Apollo raised for a bad request
 * keep theirs; anything else becomes a bare INTERNAL_SERVER_ERROR outside development, logged in
 * full here, so clients never see stack traces, Cypher or driver messages.
 */
export function formatError(config: Config, logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const own = appErrorOf(error);
    const original = own ?? unwrapResolverError(error);
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    if (own && own.code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      return { ...clientError(own), locations: formatted.locations, path: formatted.path };
    }
    const limit = limitOf(formatted.message, extensions);
    if (limit) {
      // What the limit found (the cost limit's cost, limit and path) stays; nothing else does.
      const { code: _code, [LIMIT_EXTENSION]: _limit, ...found } = extensions;
      return {
        ...formatted,
        extensions: { code: ErrorCode.OPERATION_LIMIT_EXCEEDED, limit, ...found },
      };
    }
    // Apollo's own 4xx errors without a code (a persisted query's hash that does not match its
    // query, an unknown persisted query version) are the client's mistake, not the server's.
    const status = httpStatusOf(original);
    if (
      !isAppError(original) &&
      status !== undefined &&
      status >= 400 &&
      status < 500 &&
      (!extensions.code || extensions.code === ErrorCode.INTERNAL_SERVER_ERROR)
    )
      return { message: formatted.message, extensions: { code: ErrorCode.BAD_REQUEST } };
    if (
      !isAppError(original) &&
      extensions.code &&
      extensions.code !== ErrorCode.INTERNAL_SERVER_ERROR
    ) {
      return { ...formatted, extensions };
    }
    const cause = (original as { cause?: unknown })?.cause ?? original;
    logger.error({ msg: 'unexpected error', err: cause, path: formatted.path });
    if (config.env === 'development') return formatted;
    return {
      message: 'Internal server error.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

/**
 * The AppError behind an error, if Parley raised one: thrown by a resolver (the executor wraps
 * it with its path in an error of its own, which Apollo may wrap again) or by a hook of the
 * request's (Apollo wraps it without one).
 */
function appErrorOf(error: unknown): AppError | undefined {
  for (let e = error, depth = 0; e && depth < 3; depth += 1) {
    if (isAppError(e)) return e;
    e = typeof e === 'object' ? (e as { originalError?: unknown }).originalError : undefined;
  }
  return undefined;
}

/** The HTTP status an error asks for, as Apollo's request errors carry it. */
function httpStatusOf(error: unknown): number | undefined {
  if (!(error instanceof GraphQLError)) return undefined;
  const http = error.extensions.http as { status?: unknown } | undefined;
  return typeof http?.status === 'number' ? http.status : undefined;
}
