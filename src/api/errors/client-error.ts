import type { AppError } from '../../errors/app-error';
import type { ErrorCode } from '../../errors/error-code';

/** What a client is shown of an error Parley raised: its message, details and code. */
export interface ClientError {
  message: string;
  extensions: Record<string, unknown> & { code: ErrorCode };
}

/** An AppError as a client sees it: the details it carries, with `extensions.code`. */
export function clientError(error: AppError): ClientError {
  return { message: error.message, extensions: { ...error.details, code: error.code } };
}
