import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { NodeMiddleware } from '../graphql-endpoint';

const REQUEST_ID = Symbol('parley.requestId');
// What a proxy or client may send as its own id: short, printable, nothing a log could misread.
const ACCEPTED = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives every request an id: the caller's `x-request-id` when it is a plain token, else a new
 * UUID. It is sent back in the response's `x-request-id` and written in the request's log lines,
 * so that one request can be followed from a proxy's log to Parley's.
 */
export const requestId: NodeMiddleware = (req, res, next) => {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && ACCEPTED.test(given) ? given : randomUUID();
  (req as IncomingMessage & { [REQUEST_ID]?: string })[REQUEST_ID] = id;
  res.setHeader('x-request-id', id);
  next();
};

/** The id `requestId` gave the request (a new one if it never ran). */
export function requestIdOf(req: IncomingMessage): string {
  return (req as IncomingMessage & { [REQUEST_ID]?: string })[REQUEST_ID] ?? randomUUID();
}
