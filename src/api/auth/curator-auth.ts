import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AppError, ErrorCode } from '../../errors';
import type { CuratorTokens } from './curator-tokens';
import { fixedWindowCounter } from '../http/fixed-window';

/** Who may write, and how often. */
export interface CuratorAuthOptions {
  tokens: CuratorTokens;
  /** Writes one curator may make per minute; 0: no limit. */
  writesPerMinute: number;
}

const BEARER = /^Bearer +(\S+)$/i;

const bearerOf = (req: IncomingMessage): string | undefined => {
  const header = req.headers.authorization;
  return header ? BEARER.exec(header)?.[1] : undefined;
};

const sha256 = (value: string) => createHash('sha256').update(value).digest();

/**
 * When the deployer sets a read token, every read needs it, or a curator token, as a bearer
 * token; UNAUTHENTICATED otherwise. Compared in constant time (as digests of equal length).
 */
export function readGate(readToken: string, tokens: CuratorTokens): (req: IncomingMessage) => void {
  const expected = sha256(readToken);
  return (req) => {
    const token = bearerOf(req);
    if (token && (timingSafeEqual(sha256(token), expected) || tokens.curatorOf(token))) return;
    throw new AppError(
      ErrorCode.UNAUTHENTICATED,
      'This server needs a token to read: send "Authorization: Bearer <read token>".',
    );
  };
}

/**
 * Checks a write's `Authorization: Bearer <curator token>` and answers with the curator's name.
 * Refusals are AppErrors: FORBIDDEN when the server has no curator tokens at all, UNAUTHENTICATED without a
 * token or with one it does not know, TOO_MANY_REQUESTS over the token's rate (see
 * WRITE_STATUS). Tokens travel only in that header: no cookie is read, so a page on
 * another site cannot write with a curator's browser (no CSRF).
 */
export function curatorGate(options: CuratorAuthOptions): (req: IncomingMessage) => string {
  const counted = fixedWindowCounter(60_000);
  return (req) => {
    if (options.tokens.size === 0)
      throw new AppError(
        ErrorCode.FORBIDDEN,
        'This server takes no writes: it has no curator tokens (npm run token:new makes one).',
      );
    const token = bearerOf(req);
    if (!token)
      throw new AppError(
        ErrorCode.UNAUTHENTICATED,
        'A write needs a curator token: send "Authorization: Bearer <token>" (npm run token:new makes one).',
      );
    const curator = options.tokens.curatorOf(token);
    if (!curator) throw new AppError(ErrorCode.UNAUTHENTICATED, 'This curator token is not valid.');
    if (options.writesPerMinute > 0) {
      const { count, retryAfterS } = counted(curator.id);
      if (count > options.writesPerMinute)
        throw new AppError(
          ErrorCode.TOO_MANY_REQUESTS,
          `More than ${options.writesPerMinute} writes this minute with this token; try again later.`,
          { retryAfterS },
        );
    }
    return curator.name;
  };
}

/** The HTTP status of each error a write may meet; any other is a 500. */
const WRITE_STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_REQUEST]: 400,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.INVALID_DOSSIER]: 422,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
  [ErrorCode.QUERY_TOO_LARGE]: 413,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.DATABASE_TIMEOUT]: 504,
};

export const writeStatusOf = (error: AppError): number => WRITE_STATUS[error.code] ?? 500;

/** Answers a refused or failed API request: its status, `WWW-Authenticate` on a 401, a typed body. */
export function sendApiError(res: ServerResponse, error: AppError): void {
  const status = writeStatusOf(error);
  if (status === 401) res.setHeader('www-authenticate', 'Bearer realm="parley"');
  const { retryAfterS, ...details } = error.details;
  if (typeof retryAfterS === 'number') res.setHeader('retry-after', String(retryAfterS));
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(
    JSON.stringify({
      errors: [{ message: error.message, extensions: { code: error.code, ...details } }],
    }),
  );
}
