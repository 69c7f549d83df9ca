import helmet from 'helmet';
import type { NodeMiddleware } from '../graphql-endpoint';

/**
 * What a browser may load and run on Parley's pages: its own scripts, styles and API only. The
 * pages serve every script as a file (no inline script), so `script-src 'self'` holds; styles
 * allow inline because GraphiQL's editor sets style elements and attributes of its own; images
 * allow data: and blob: for the explorer's icon and its canvas downloads. No page may be framed.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Helmet's headers on every response, pages and API alike: the policy above, nosniff, no
 * framing, no referrer. `upgrade-insecure-requests` is left out: Parley is often served over
 * plain HTTP on a local or internal address, where it would send the pages' requests to an
 * HTTPS port that does not answer.
 */
export function securityHeaders(): NodeMiddleware {
  const middleware = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    referrerPolicy: { policy: 'no-referrer' },
    frameguard: { action: 'deny' },
  });
  return middleware as unknown as NodeMiddleware;
}
