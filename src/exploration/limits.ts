import { AppError, ErrorCode } from '../errors';

/** Checks an integer argument against its bounds; BAD_USER_INPUT names the argument. */
export function boundedInt(value: number, argument: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `"${argument}" must be between ${min} and ${max}.`,
      { argument },
    );
  }
  return value;
}
