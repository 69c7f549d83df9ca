import type { RequestHandler } from 'express';
import type { Logger } from '../../logger';
import { EXPORT_FILES } from '../export/export-request';
import type { Metrics } from './metrics';
import { requestIdOf } from './request-id';

/**
 * One log line and one count for each request the Express app answers (pages, exports, health,
 * metrics): its route (the pattern, never the query), status and duration, once the response is
 * finished or cut. GraphQL requests are logged by the Apollo plugin instead, with their operation.
 */
export function accessLog(logger: Logger, metrics: Metrics | undefined): RequestHandler {
  return (req, res, next) => {
    if (req.path === '/graphql') return next();
    const started = process.hrtime.bigint();
    res.once('close', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeOf(req.path);
      const status = res.writableFinished ? res.statusCode : 499;
      metrics?.httpRequest(route, status, seconds);
      logger.info({
        msg: 'http request',
        requestId: requestIdOf(req),
        method: req.method,
        route,
        path: req.path,
        status,
        durationMs: seconds * 1000,
      });
    });
    next();
  };
}

/** A path as a bounded label: the first segment, and the export's file name. */
function routeOf(path: string): string {
  const [, first = '', second] = path.split('/');
  if (first === 'export')
    return (EXPORT_FILES as readonly string[]).includes(second ?? '')
      ? `/export/${second}`
      : '/export/(other)';
  if (['explore', 'playground', 'health', 'metrics', 'graphql', ''].includes(first))
    return `/${first}`;
  return '(other)';
}
