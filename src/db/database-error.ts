import { Neo4jError, isRetryableError } from 'neo4j-driver';
import { AppError, ErrorCode, isAppError } from '../errors';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
// Neo4j marks these transient (retrying might find memory free), but the same read needs the same
// memory: to the client it is a request too large, never a database that is not there.
const MEMORY_CODES = new Set([
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError',
  'Neo.TransientError.General.TransactionMemoryLimit',
  'Neo.TransientError.General.OutOfMemoryError',
]);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/**
 * The one place where driver errors become client-facing errors. Messages never include Cypher
 * or server internals; the original error is kept as `cause` for logs only.
 */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (error instanceof Neo4jError) {
    if (TIMEOUT_CODES.has(error.code)) {
      return withCause(
        new AppError(ErrorCode.DATABASE_TIMEOUT, 'The query took too long and was stopped.'),
        error,
      );
    }
    if (MEMORY_CODES.has(error.code)) {
      return withCause(
        new AppError(
          ErrorCode.QUERY_TOO_LARGE,
          'The query needs more memory than the database gives one request. Ask for less: ' +
            'smaller pages, a smaller depth or limitPerNode, fewer nested lists.',
        ),
        error,
      );
    }
    if (UNAVAILABLE_CODES.has(error.code) || isRetryableError(error)) {
      return withCause(
        new AppError(
          ErrorCode.DATABASE_UNAVAILABLE,
          'The graph database is not reachable right now.',
        ),
        error,
      );
    }
  }
  if (error instanceof Error && /connect|ECONNREFUSED|ETIMEDOUT|socket/i.test(error.message)) {
    return withCause(
      new AppError(
        ErrorCode.DATABASE_UNAVAILABLE,
        'The graph database is not reachable right now.',
      ),
      error,
    );
  }
  return withCause(
    new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'Unexpected database error.'),
    error,
  );
}

function withCause(appError: AppError, cause: unknown): AppError {
  Object.defineProperty(appError, 'cause', { value: cause, enumerable: false });
  return appError;
}
