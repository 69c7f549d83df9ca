import { Neo4jError, isRetryableError } from 'neo4j-driver';
import { AppError, ErrorCode, isAppError } from '../errors';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
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
