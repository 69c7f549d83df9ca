export { ErrorCode } from './error-code';
export { AppError, isAppError } from './app-error';
