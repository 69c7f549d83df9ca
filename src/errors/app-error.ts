import { ErrorCode } from './error-code';

/**
 * The one error class Parley raises on purpose, on every floor: a code, a message written for
 * whoever reads it (a client, an author of dossiers, an operator), and details that are safe to
 * show. It knows nothing of GraphQL or HTTP: the API turns it into a GraphQL error with
 * `extensions.code` (src/api/errors/) and the command line into one line.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

/** True for errors Parley raised on purpose, whose message is safe to show. */
export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
