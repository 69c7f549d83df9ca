import type { Response } from 'express';
import { toAppError } from '../../db/database-error';
import { ErrorCode, isAppError } from '../../errors';
import type { Logger } from '../../logger';
import { sendApiError } from '../auth/curator-auth';

/** Answers a dossier route's failure with its typed error; an unexpected one is logged. */
export function failed(res: Response, error: unknown, logger: Logger): void {
  const known = isAppError(error) ? error : toAppError(error);
  if (known.code === ErrorCode.INTERNAL_SERVER_ERROR)
    logger.error({ msg: 'dossier route failed', err: error });
  sendApiError(res, known);
}
