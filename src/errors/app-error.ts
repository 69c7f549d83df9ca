import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-code';

/**
 * The one error class Parley throws on purpose. It is a GraphQLError so that Apollo puts `code`
 * (and any safe details) in `extensions` unchanged; the message is written for the client.
 */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { ...details, code } });
    this.name = 'AppError';
    this.code = code;
  }
}

/** True for errors Parley raised on purpose, whose message is safe to show. */
export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
