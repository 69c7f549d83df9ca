import fs from 'node:fs';
import path from 'node:path';
import { Router } from 'express';
import { EXAMPLE_QUERIES } from './example-queries';

/**
 * GraphiQL served from installed packages, so the playground works with no internet access.
 * Only these files are served; nothing else of node_modules is reachable.
 */
export const PLAYGROUND_ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.production.min.js': {
    pkg: 'react',
    file: 'umd/react.production.min.js',
    type: 'text/javascript',
  },
  'react-dom.production.min.js': {
    pkg: 'react-dom',
    file: 'umd/react-dom.production.min.js',
    type: 'text/javascript',
  },
  'graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

// The packages' export maps hide their UMD builds from require.resolve; their folders are found
// through package.json, which every package exports.
function assetPath(asset: { pkg: string; file: string }): string {
  return path.join(path.dirname(require.resolve(`${asset.pkg}/package.json`)), asset.file);
}

const escapeScript = (json: string) => json.replace(/</g, '\\u003c');

function playgroundHtml(endpoint: string): string {
  const tabs = EXAMPLE_QUERIES.map(({ query }) => ({ query }));
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Parley playground</title>
  <link rel="stylesheet" href="/playground/assets/graphiql.min.css">
  <style>html, body, #playground { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="playground">Loading the playground…</div>
  <script src="/playground/assets/react.production.min.js"></script>
  <script src="/playground/assets/react-dom.production.min.js"></script>
  <script src="/playground/assets/graphiql.min.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    // /?query=… (the explorer's "open in playground") opens that operation first.
    const linked = new URLSearchParams(location.search).get('query');
    const tabs = [...(linked ? [{ query: linked }] : []), ...${escapeScript(JSON.stringify(tabs))}];
    ReactDOM.createRoot(document.getElementById('playground')).render(
      React.createElement(GraphiQL, { fetcher, defaultTabs: tabs, defaultEditorToolsVisibility: true, isHeadersEditorEnabled: true }),
    );
  </script>
</body>
</html>`;
}

export function playgroundRouter(endpoint = '/graphql'): Router {
  const router = Router();
  const html = playgroundHtml(endpoint);
  const files = new Map(
    Object.entries(PLAYGROUND_ASSETS).map(([name, asset]) => [
      name,
      { type: asset.type, path: assetPath(asset) },
    ]),
  );
  router.get(['/', '/playground'], (_req, res) => {
    res.type('html').set('Cache-Control', 'no-cache').send(html);
  });
  router.get('/playground/assets/:name', (req, res) => {
    const asset = files.get(req.params.name);
    if (!asset) {
      res.status(404).type('text').send('Not found');
      return;
    }
    res.type(asset.type).set('Cache-Control', 'public, max-age=86400');
    fs.createReadStream(asset.path).pipe(res);
  });
  return router;
}
