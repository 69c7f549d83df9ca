import { AppError, ErrorCode } from '../../errors';
import { isCalendarDate } from '../../ingest/date-check';

/** Checks an optional ISO date argument; BAD_USER_INPUT when it is not a calendar day. */
export function isoDateArg(value: string | null | undefined, argument: string): string | null {
  if (value == null) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isCalendarDate(value)) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `"${argument}" must be an ISO date (YYYY-MM-DD).`,
      { argument },
    );
  }
  return value;
}
