import type { ServerResponse } from 'node:http';
import { ErrorCode } from '../../errors/error-code';
import { sendJson, type NodeMiddleware } from '../graphql-endpoint';
import { fixedWindowCounter } from './fixed-window';

export interface RateLimitOptions {
  /** Requests one client may send per window; 0 turns the limit off. */
  perWindow: number;
  windowMs: number;
  /** Whether clients on the loopback interface (the playground on a laptop, tests) count. */
  loopback: boolean;
}

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * A per-client limit on requests, counted in fixed windows by the client's address (the peer of
 * the TCP connection: behind a proxy, one limit for all its clients, so set it with that in mind).
 * Over it, 429 with Retry-After and a TOO_MANY_REQUESTS error, before the body is read. The counts
 * live in this process, so N instances behind a balancer let a client N times as much.
 */
export function rateLimit(options: RateLimitOptions): NodeMiddleware {
  if (options.perWindow <= 0) return (_req, _res, next) => next();
  const counted = fixedWindowCounter(options.windowMs);
  return (req, res, next) => {
    const address = req.socket.remoteAddress ?? '';
    if (!options.loopback && LOOPBACK.test(address)) return next();
    const { count, retryAfterS } = counted(address);
    if (count <= options.perWindow) return next();
    refuse(res, retryAfterS);
  };
}

function refuse(res: ServerResponse, retryAfterS: number): void {
  res.setHeader('retry-after', String(Math.max(1, retryAfterS)));
  sendJson(
    res,
    429,
    JSON.stringify({
      errors: [
        {
          message: `Too many requests from this client; try again in ${retryAfterS} s.`,
          extensions: { code: ErrorCode.TOO_MANY_REQUESTS },
        },
      ],
    }),
  );
}
