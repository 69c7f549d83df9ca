import fs from 'node:fs';
import path from 'node:path';
import { Router } from 'express';
import { EXAMPLE_QUERIES, namedExample } from './example-queries';

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

/**
 * The page's own script, served as a file so that the page runs no inline script (its
 * Content-Security-Policy allows none). The example tabs come in the page as JSON data, which
 * no browser runs.
 */
const PLAYGROUND_SCRIPT = `(() => {
  const config = JSON.parse(document.getElementById('playground-config').textContent);
  const fetcher = GraphiQL.createFetcher({ url: config.endpoint });
  // /?query=… (the explorer's "open in playground") opens that operation first.
  const linked = new URLSearchParams(location.search).get('query');
  const tabs = [...(linked ? [{ query: linked }] : []), ...config.tabs];
  ReactDOM.createRoot(document.getElementById('playground')).render(
    React.createElement(GraphiQL, { fetcher, defaultTabs: tabs, defaultEditorToolsVisibility: true, isHeadersEditorEnabled: true }),
  );
})();
`;

const PLAYGROUND_STYLE = 'html, body, #playground { height: 100%; margin: 0; }\n';

function playgroundHtml(endpoint: string): string {
  const tabs = EXAMPLE_QUERIES.map((example) => ({ query: namedExample(example) }));
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Parley playground</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/playground/assets/graphiql.min.css">
  <link rel="stylesheet" href="/playground/assets/playground.css">
</head>
<body>
  <div id="playground">Loading the playground…</div>
  <script id="playground-config" type="application/json">${escapeScript(JSON.stringify({ endpoint, tabs }))}</script>
  <script src="/playground/assets/react.production.min.js"></script>
  <script src="/playground/assets/react-dom.production.min.js"></script>
  <script src="/playground/assets/graphiql.min.js"></script>
  <script src="/playground/assets/playground.js"></script>
</body>
</html>`;
}

/** The page's own files, held in memory. */
const OWN_ASSETS = new Map([
  ['playground.js', { type: 'text/javascript', body: PLAYGROUND_SCRIPT }],
  ['playground.css', { type: 'text/css', body: PLAYGROUND_STYLE }],
]);

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
    const own = OWN_ASSETS.get(req.params.name);
    if (own) {
      res.type(own.type).set('Cache-Control', 'no-cache').send(own.body);
      return;
    }
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
