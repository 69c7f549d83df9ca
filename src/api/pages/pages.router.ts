import fs from 'node:fs';
import path from 'node:path';
import { Router, type Response } from 'express';
import { PROJECT_ROOT } from '../../config';
import { ErrorCode } from '../../errors';

/** Where `npm run build` bundles the pages (scripts/build-pages.mjs): dist/<page>/. */
export const PAGES_DIR = path.join(PROJECT_ROOT, 'dist');

/** The browser pages: the visual explorer, and the curation page. */
const PAGES = ['explore', 'curate'] as const;

const assetsOf = (page: string): Record<string, string> => ({
  [`${page}.js`]: 'text/javascript; charset=utf-8',
  [`${page}.js.map`]: 'application/json; charset=utf-8',
  [`${page}.css`]: 'text/css; charset=utf-8',
});

/**
 * `/explore` and `/curate`, served from their build. Only these files are reachable, a source
 * map only with `sourceMaps`. A server started without building them (from the sources) says
 * how to build them, in JSON.
 */
export function pagesRouter(
  dir = PAGES_DIR,
  { sourceMaps }: { sourceMaps: boolean } = { sourceMaps: true },
): Router {
  const router = Router();
  const notBuilt = (res: Response) =>
    res.status(503).json({
      errors: [
        {
          message: 'The pages are not built; run `npm run build` (npm start does).',
          extensions: { code: ErrorCode.NOT_BUILT },
        },
      ],
    });
  for (const page of PAGES) {
    const assets = assetsOf(page);
    router.get(`/${page}`, (_req, res) => {
      const file = path.join(dir, page, 'index.html');
      if (!fs.existsSync(file)) notBuilt(res);
      else res.type('html').set('Cache-Control', 'no-cache').sendFile(file);
    });
    router.get(`/${page}/assets/:name`, (req, res) => {
      const type =
        sourceMaps || !req.params.name.endsWith('.map') ? assets[req.params.name] : undefined;
      const file = path.join(dir, page, req.params.name);
      if (!type) res.status(404).type('text').send('Not found');
      else if (!fs.existsSync(file)) notBuilt(res);
      else res.type(type).set('Cache-Control', 'no-cache').sendFile(file);
    });
  }
  // The site's icon, built with the explorer; browsers ask for it on every page.
  router.get('/favicon.ico', (_req, res) => {
    const icon = path.join(dir, 'explore', 'favicon.ico');
    if (!fs.existsSync(icon)) notBuilt(res);
    else res.type('image/x-icon').set('Cache-Control', 'public, max-age=86400').sendFile(icon);
  });
  return router;
}
