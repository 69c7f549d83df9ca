/**
 * `npm run corpus:generate -- --nodes 1e5 [--seed 1] [--out DIR]`
 *
 * Writes a synthetic corpus with the shape of real reporting: source texts in Arabic, English,
 * Russian and Ukrainian about rounds of negotiations, and one dossier per source whose every
 * evidence span is exact. Every actor is invented, so that nothing is put in a real person's mouth.
 * The same size and seed give the same files.
 */
import { parseArgs } from 'node:util';
import { corpusDir, generateCorpus, parseSize } from './corpus';

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '1e4' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const nodes = parseSize(values.nodes!);
const seed = Number(values.seed);
if (!Number.isInteger(seed) || seed < 1) throw new Error('--seed takes a whole number from 1');
const dir = values.out ?? corpusDir(nodes, seed);
console.log(`Generating ${nodes} nodes (seed ${seed}) into ${dir} ...`);
const manifest = generateCorpus(nodes, seed, dir, console.log);
console.log(JSON.stringify(manifest, null, 2));
