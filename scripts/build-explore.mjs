// Bundles the explorer (web/explore) into dist/explore with esbuild: one script, its stylesheet
// and its page, every byte from installed packages, so /explore works with no network at all.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'explore');
fs.mkdirSync(out, { recursive: true });
await build({
  entryPoints: [path.join(root, 'web', 'explore', 'explore.ts')],
  outfile: path.join(out, 'explore.js'),
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'iife',
  target: ['es2020'],
  legalComments: 'linked',
  logLevel: 'warning',
});
for (const file of ['index.html', 'explore.css'])
  fs.copyFileSync(path.join(root, 'web', 'explore', file), path.join(out, file));
// The site's icon, for the explorer and the playground alike (served at /favicon.ico).
fs.copyFileSync(path.join(root, 'web', 'favicon.ico'), path.join(out, 'favicon.ico'));
console.log(`explorer built into ${path.relative(root, out)}`);
