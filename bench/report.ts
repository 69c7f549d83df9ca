import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { Measurement, percentile } from './measure';
import type { RunName, Subjects } from './questions';

export interface BenchRun {
  date: string;
  corpus: string;
  /** Added to the file names, to keep two runs of one day apart ("before", "after"). */
  tag?: string;
  graphNodes: number;
  load: unknown;
  machine: Record<string, string | number>;
  settings: Record<string, number>;
  subjects: Subjects;
  checks: Record<string, { statements: Record<string, number>; failed: Record<string, string> }>;
  phases: Array<{ connections: number; results: Record<string, Record<string, Measurement>> }>;
  rss: Record<string, { before: number; after: number }>;
  /** Every question in turn on each connection, per system, with the server's peak memory. */
  mix?: {
    seconds: number;
    connections: number;
    results: Record<string, Measurement & { rssPeakMb: number }>;
  };
  systems: RunName[];
}

interface Row {
  question: string;
  system: RunName;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  statements: number | undefined;
  failed: string | undefined;
}

function rows(run: BenchRun, phase: BenchRun['phases'][number]): Row[] {
  return Object.entries(phase.results).flatMap(([question, bySystem]) =>
    run.systems.map((system) => {
      const m = bySystem[system];
      const sorted = [...m.latenciesMs].sort((a, b) => a - b);
      return {
        question,
        system,
        requests: m.requests,
        rps: m.seconds > 0 ? m.requests / m.seconds : NaN,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        errors: m.errors,
        statements: run.checks[question].statements[system],
        failed: run.checks[question].failed[system],
      };
    }),
  );
}

/** A mix's figures for one system, without its latencies. */
function mixRow(m: Measurement & { rssPeakMb: number }) {
  const sorted = [...m.latenciesMs].sort((a, b) => a - b);
  return {
    requests: m.requests,
    seconds: m.seconds,
    rps: m.requests / m.seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    errors: m.errors,
    rssPeakMb: m.rssPeakMb,
  };
}

const fixed = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : '-');

/** Writes bench/results/<date>-<corpus>.json (the figures) and .md (the tables). */
export function writeReport(run: BenchRun): { json: string; md: string } {
  const dir = path.join(PROJECT_ROOT, 'bench', 'results');
  fs.mkdirSync(dir, { recursive: true });
  const tag = run.tag ? `-${run.tag}` : '';
  const stem = path.join(dir, `${run.date.slice(0, 10)}-${run.corpus}${tag}`);
  const phases = run.phases.map((phase) => ({
    connections: phase.connections,
    rows: rows(run, phase),
  }));
  const mix = run.mix && {
    ...run.mix,
    results: Object.fromEntries(
      Object.entries(run.mix.results).map(([system, m]) => [system, mixRow(m)]),
    ),
  };
  fs.writeFileSync(
    `${stem}.json`,
    JSON.stringify(
      { ...run, phases, mix, latenciesNote: 'p50 and p99 over every response of every slice' },
      null,
      2,
    ),
  );

  const md: string[] = [
    `# Bench: ${run.corpus} (${run.graphNodes} nodes), ${run.date}`,
    '',
    `Machine: ${run.machine.cores} cores (${run.machine.cpu}), ${run.machine.memoryGb} GB, Node ${run.machine.node}, ` +
      `${run.machine.neo4j}, Neo4j heap ${run.machine.neo4jHeap}, page cache ${run.machine.neo4jPageCache}. ` +
      `Neo4j, the ${run.systems.length} servers and autocannon share the machine.`,
    '',
    `Each system had ${run.settings.duration} s per question and phase, in ${run.settings.rounds} interleaved ` +
      `rounds of ${Number(run.settings.slice.toFixed(2))} s (${run.systems.join(', ')}, question by question; each slice starts once Neo4j runs no transaction), after a ` +
      `${run.settings.warmup} s warm-up each. Statements: Cypher statements per request (Parley: its own ` +
      'counter; the peers: counted at their driver).',
  ];
  for (const phase of phases) {
    md.push('', `## ${phase.connections} connection${phase.connections > 1 ? 's' : ''}`, '');
    md.push(
      '| question | system | req/s | p50 ms | p99 ms | errors | statements |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const r of phase.rows)
      md.push(
        r.failed
          ? `| ${r.question} | ${r.system} | not timed | | | | ${r.failed.replace(/\|/g, '/').slice(0, 200)} |`
          : `| ${r.question} | ${r.system} | ${fixed(r.rps, r.rps < 10 ? 1 : 0)} | ${fixed(r.p50)} | ${fixed(r.p99)} | ${r.errors} | ${r.statements} |`,
      );
    const baseline = run.systems.includes('parley-baseline');
    md.push(
      '',
      `| question | Parley / raw (req/s) | Parley / @neo4j/graphql (req/s) |${baseline ? ' Parley / baseline (req/s) | p50 ms, baseline → Parley |' : ''}`,
      `| --- | ---: | ---: |${baseline ? ' ---: | ---: |' : ''}`,
    );
    const byQuestion = new Map<string, Record<string, Row>>();
    for (const r of phase.rows)
      byQuestion.set(r.question, { ...byQuestion.get(r.question), [r.system]: r });
    for (const [question, r] of byQuestion) {
      const before = r['parley-baseline'];
      const against = before
        ? ` ${fixed(r.parley.rps / before.rps, 2)}x | ${fixed(before.p50)} → ${fixed(r.parley.p50)} |`
        : '';
      md.push(
        `| ${question} | ${fixed(r.parley.rps / r.raw.rps, 2)}x | ${fixed(r.parley.rps / r['neo4j-graphql'].rps, 2)}x |${against}`,
      );
    }
  }
  md.push(
    '',
    '## Server memory (RSS, MB, after warm-up and at the end)',
    '',
    '| system | before | after |',
    '| --- | ---: | ---: |',
  );
  for (const [system, m] of Object.entries(run.rss))
    md.push(`| ${system} | ${m.before} | ${m.after} |`);
  if (run.mix) {
    md.push(
      '',
      `## Mix: every question in turn, ${run.mix.connections} connections, ${run.mix.seconds} s per system`,
      '',
      '| system | requests | req/s | p50 ms | p99 ms | errors | peak RSS MB |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const [system, m] of Object.entries(mix!.results))
      md.push(
        `| ${system} | ${m.requests} | ${fixed(m.rps)} | ${fixed(m.p50)} | ${fixed(m.p99)} | ${m.errors} | ${m.rssPeakMb} |`,
      );
  }
  if (run.load)
    md.push('', '## Corpus load', '', '```json', JSON.stringify(run.load, null, 2), '```');
  md.push('', `Subjects: ${JSON.stringify(run.subjects)}`, '');
  fs.writeFileSync(`${stem}.md`, md.join('\n'));
  return { json: `${stem}.json`, md: `${stem}.md` };
}
