import fs from 'node:fs';
import path from 'node:path';
import { Router, type Response } from 'express';
import { PROJECT_ROOT } from '../../config';
import { ErrorCode } from '../../errors';

/** Where `npm run build` bundles the explorer (scripts/build-explore.mjs). */
export const EXPLORE_DIR = path.join(PROJECT_ROOT, 'dist', 'explore');

const ASSETS: Record<string, string> = {
  'explore.js': 'text/javascript; charset=utf-8',
  'explore.js.map': 'application/json; charset=utf-8',
  'explore.css': 'text/css; charset=utf-8',
};

/**
 * `/explore`: the visual explorer, served from its build. Only these files are reachable, the
 * source map only with `sourceMaps`. A
 * server started without building it (from the sources) says how to build it, in JSON.
 */
export function exploreRouter(
  dir = EXPLORE_DIR,
  { sourceMaps }: { sourceMaps: boolean } = { sourceMaps: true },
): Router {
  const router = Router();
  const notBuilt = (res: Response) =>
    res.status(503).json({
      errors: [
        {
          message: 'The explorer is not built; run `npm run build` (npm start does).',
          extensions: { code: ErrorCode.NOT_BUILT },
        },
      ],
    });
  router.get('/explore', (_req, res) => {
    const page = path.join(dir, 'index.html');
    if (!fs.existsSync(page)) notBuilt(res);
    else res.type('html').set('Cache-Control', 'no-cache').sendFile(page);
  });
  // The site's icon, built with the explorer; browsers ask for it on every page.
  router.get('/favicon.ico', (_req, res) => {
    const icon = path.join(dir, 'favicon.ico');
    if (!fs.existsSync(icon)) notBuilt(res);
    else res.type('image/x-icon').set('Cache-Control', 'public, max-age=86400').sendFile(icon);
  });
  router.get('/explore/assets/:name', (req, res) => {
    const type =
      sourceMaps || !req.params.name.endsWith('.map') ? ASSETS[req.params.name] : undefined;
    const file = path.join(dir, req.params.name);
    if (!type) res.status(404).type('text').send('Not found');
    else if (!fs.existsSync(file)) notBuilt(res);
    else res.type(type).set('Cache-Control', 'no-cache').sendFile(file);
  });
  return router;
}
