/**
 * `npm run bench:summary [-- --tag T]`: how cost grows with the graph. Reads the newest result of each corpus
 * in bench/results/ and prints, per question and system, p50 / p99 at 1 connection for every
 * corpus size, as a Markdown table.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/config';

interface Row {
  question: string;
  system: string;
  p50: number;
  p99: number;
  failed?: string;
}
interface Result {
  date: string;
  tag?: string;
  corpus: string;
  graphNodes: number;
  phases: Array<{ connections: number; rows: Row[] }>;
}

// `--tag after` reads the runs tagged so; without it, the untagged ones.
const { values } = parseArgs({ options: { tag: { type: 'string' } } });
const dir = path.join(PROJECT_ROOT, 'bench', 'results');
const newest = new Map<string, Result>();
for (const file of fs
  .readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const result = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Result;
  if ((result.tag ?? undefined) !== values.tag) continue;
  const known = newest.get(result.corpus);
  if (!known || known.date < result.date) newest.set(result.corpus, result);
}
const runs = [...newest.values()].sort((a, b) => a.graphNodes - b.graphNodes);
const cell = (row: Row | undefined) =>
  !row ? '' : row.failed ? 'failed' : `${Math.round(row.p50)} / ${Math.round(row.p99)}`;
const lines = [
  `| question | system | ${runs.map((r) => `${r.corpus} (${r.graphNodes} nodes)`).join(' | ')} |`,
  `| --- | --- | ${runs.map(() => '---:').join(' | ')} |`,
];
const single = runs.map((r) => r.phases.find((p) => p.connections === 1)?.rows ?? []);
for (const { question, system } of single[0] ?? []) {
  const cells = single.map((rows) =>
    cell(rows.find((r) => r.question === question && r.system === system)),
  );
  lines.push(`| ${question} | ${system} | ${cells.join(' | ')} |`);
}
console.log('p50 / p99 in ms at 1 connection:\n');
console.log(lines.join('\n'));
