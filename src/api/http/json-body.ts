import { isUtf8 } from 'node:buffer';
import express, { type RequestHandler } from 'express';
import type { z } from 'zod';
import { AppError, ErrorCode, isAppError } from '../../errors';
import { sendApiError } from '../auth/curator-auth';
import { requestErrorAnswer } from '../errors/request-error-handler';

/**
 * A JSON body of at most `limit` bytes, in UTF-8; what is not gets the API's error answer (413
 * over the limit, 400 for bad JSON or bytes), as every route of /api gives its errors.
 */
export function jsonBody(limit: number): RequestHandler {
  const json = express.json({
    limit,
    verify: (_req, _res, body) => {
      if (!isUtf8(body))
        throw new AppError(ErrorCode.BAD_REQUEST, 'The request body is not valid UTF-8.');
    },
  });
  return (req, res, next) =>
    json(req, res, (error?: unknown) => {
      if (error === undefined) return next();
      if (isAppError(error)) return sendApiError(res, error);
      const answer = requestErrorAnswer(error);
      const [{ message, extensions }] = answer.body.errors;
      sendApiError(res, new AppError(extensions.code, message));
    });
}

/** A JSON body read by its schema, or BAD_REQUEST saying at which field it is not `what`. */
export function parsedBody<T extends z.ZodType>(
  schema: T,
  body: unknown,
  what: string,
): z.infer<T> {
  const sent = schema.safeParse(body);
  if (!sent.success)
    throw new AppError(
      ErrorCode.BAD_REQUEST,
      `The request body is not ${what}: ${sent.error.issues
        .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
        .join('; ')}`,
    );
  return sent.data;
}
