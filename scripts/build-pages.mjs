// Bundles the browser pages (web/explore, web/curate) into dist/<page> with esbuild: one script,
// its stylesheet and its page each, every byte from installed packages, so the pages work with no
// network at all.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
for (const page of ['explore', 'curate']) {
  const out = path.join(root, 'dist', page);
  fs.mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [path.join(root, 'web', page, `${page}.ts`)],
    outfile: path.join(out, `${page}.js`),
    bundle: true,
    minify: true,
    sourcemap: true,
    format: 'iife',
    target: ['es2020'],
    legalComments: 'linked',
    logLevel: 'warning',
  });
  for (const file of ['index.html', `${page}.css`])
    fs.copyFileSync(path.join(root, 'web', page, file), path.join(out, file));
}
// The site's icon, for every page and the playground alike (served at /favicon.ico).
fs.copyFileSync(
  path.join(root, 'web', 'favicon.ico'),
  path.join(root, 'dist', 'explore', 'favicon.ico'),
);
console.log('pages built into dist/explore and dist/curate');
