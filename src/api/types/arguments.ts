import { AppError, ErrorCode } from '../../errors';

/** The most global ids one argument takes. */
export const MAX_IDS = 100;

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

/** Checks a text argument's length; BAD_USER_INPUT names the argument. */
export function boundedText(value: string, argument: string, maxLength: number): string {
  if (value.length > maxLength) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `"${argument}" is longer than ${maxLength} characters.`,
      {
        argument,
      },
    );
  }
  return value;
}
