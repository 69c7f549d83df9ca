import { AppError, ErrorCode } from '../errors';

const GLOBAL_ID = /^[a-z]{3,20}:[a-z0-9][a-z0-9:-]{0,199}$/;

/** Rejects ids that cannot exist, before any database work. */
export function assertGlobalId(id: string, argument = 'id'): string {
  if (!GLOBAL_ID.test(id)) {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `"${argument}" is not a valid id (expected "kind:slug").`,
      {
        argument,
      },
    );
  }
  return id;
}
