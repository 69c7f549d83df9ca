import fs from 'node:fs';
import { locateEvidence } from '../ingest/evidence-locator';
import { runCli } from './run-cli';

/** `npm run dossier:locate -- <dossier.yaml>`: writes evidence offsets from quotes, in place. */
runCli(async () => {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npm run dossier:locate -- <dossier.yaml>');
  const result = locateEvidence(file);
  if (result.yaml) fs.writeFileSync(file, result.yaml);
  console.log(`${file}: ${result.filled} span(s) located.`);
  for (const problem of result.problems) console.error(`  ${problem}`);
  if (result.problems.length > 0) process.exitCode = 1;
});
