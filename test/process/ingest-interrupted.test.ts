import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../bench/corpus/corpus';
import { ingestDossiers } from '../../src/ingest/ingest.service';
import { graphCounts, openTestDatabase, resetDatabase, seedDatabase } from '../helpers/database';
import { writeFanoutDossier } from '../helpers/fanout-fixture';
import { runProcess } from '../../src/cli/run-process';
import { testEnvironment } from '../helpers/test-neo4j';

jest.setTimeout(120000);

const { config, driver } = openTestDatabase();
afterAll(() => driver.close());

/**
 * Runs the ingest command on a file, kills it once it prints a line that matches (its
 * transaction then open and part-written), and gives the counts once Neo4j has rolled that
 * transaction back: as they were `before`, or as they are after 20 s.
 */
async function killIngestAt(
  file: string,
  line: RegExp,
  before: Awaited<ReturnType<typeof graphCounts>>,
) {
  // Node itself runs the ingest, so the kill reaches the process that holds the transaction
  // (through npx, the writer was a grandchild that lived on and committed later).
  const ingest = runProcess(
    process.execPath,
    ['--import', 'tsx', 'src/cli/ingest.ts', file],
    testEnvironment(),
  );
  await ingest.waitForLine(line, 90000);
  ingest.child.kill('SIGKILL');
  expect((await ingest.exited).signal).toBe('SIGKILL');
  // Neo4j rolls the open transaction back when the connection drops.
  const deadline = Date.now() + 20000;
  let after = await graphCounts(driver, config);
  while (JSON.stringify(after) !== JSON.stringify(before) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    after = await graphCounts(driver, config);
  }
  return after;
}

describe('an ingest killed half-way', () => {
  it('leaves the database exactly as it was', async () => {
    await seedDatabase(driver, config);
    const before = await graphCounts(driver, config);
    const { file } = writeFanoutDossier(4000);

    // Killed once part of the dossier has been written inside its transaction.
    const after = await killIngestAt(file, /entities: 4000\/12000/, before);
    expect(after).toEqual(before);
    const { records } = await driver.executeQuery(
      "MATCH (n:Node) WHERE n.id STARTS WITH 'person:fanout-4000' RETURN count(n) AS n",
      {},
      { database: config.neo4j.database },
    );
    expect(records[0].get('n')).toBe(0);

    // And nothing of it turns up later either.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    expect(await graphCounts(driver, config)).toEqual(before);
  });
});

/**
 * What the graph holds of one generated dossier, as digests: every node and relationship whose id
 * names it (labels or type, and every property), its records of who states what, and its
 * versions. Equal digests mean the same facts, the same provenance and the same version.
 */
async function dossierState(tag: string) {
  const digest = async (query: string) => {
    const { records } = await driver.executeQuery(
      query,
      { tag },
      { database: config.neo4j.database },
    );
    const rows = records.map((r) => JSON.stringify(r.get('row'))).sort();
    return {
      rows: rows.length,
      sha256: createHash('sha256').update(rows.join('\n')).digest('hex'),
    };
  };
  return {
    nodes: await digest(
      'MATCH (n) WHERE n.id CONTAINS $tag RETURN [labels(n), properties(n)] AS row',
    ),
    relationships: await digest(
      'MATCH ()-[r]->() WHERE r.id CONTAINS $tag RETURN [type(r), properties(r)] AS row',
    ),
    support: await digest('MATCH (s:Support {dossier: $tag}) RETURN properties(s) AS row'),
    versions: await digest(
      `MATCH (d) WHERE (d:Dossier AND d.id = $tag) OR (d:DossierVersion AND d.dossier = $tag)
       RETURN properties(d) AS row`,
    ),
  };
}

describe('a new version of a dossier killed half-way', () => {
  it('leaves the version before it whole: its facts, its records and its number', async () => {
    await seedDatabase(driver, config);
    const first = writeFanoutDossier(1000);
    await ingestDossiers(driver, [first.file], { database: config.neo4j.database });
    const before = await graphCounts(driver, config);
    const state = await dossierState('fanout-1000');
    expect(state.versions.rows).toBe(2);

    // The second version renames every delegate and drops half of their roles: its write
    // updates and its bookkeeping would retract, all in the one transaction the kill cuts.
    const revised = writeFanoutDossier(1000, { revised: true });
    const after = await killIngestAt(revised.file, /relationships: \d+\/\d+/, before);
    expect(after).toEqual(before);
    expect(await dossierState('fanout-1000')).toEqual(state);

    // The same version loaded whole afterwards is version 2, and retracts what it dropped.
    const report = await ingestDossiers(driver, [revised.file], {
      database: config.neo4j.database,
    });
    expect(report.versions.versions).toEqual(['fanout-1000@2']);
    expect(report.versions.retracted).toEqual({ nodes: 0, relationships: 500 });
    await seedDatabase(driver, config);
  });
});

describe('a batched ingest killed half-way', () => {
  it('is found partly loaded by the next run, which resumes it to the same graph as a whole load', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-resume-'));
    generateCorpus(1500, 5, dir);
    const dossiers = path.join(dir, 'dossiers');
    await resetDatabase(driver, config);
    await ingestDossiers(driver, [dossiers], { database: config.neo4j.database });
    const whole = await graphCounts(driver, config);

    await resetDatabase(driver, config);
    const args = ['--import', 'tsx', 'src/cli/ingest.ts', '--batch', '1', dossiers];
    const first = runProcess(process.execPath, args, testEnvironment());
    // Killed once a few batches (one file each) are committed.
    await first.waitForLine(/sources 5\/\d+ /, 90000);
    first.child.kill('SIGKILL');
    await first.exited;

    const second = runProcess(process.execPath, args, testEnvironment());
    const [, done, total] = await second.waitForLine(
      /This corpus is partly loaded: (\d+) of (\d+) batches were committed/,
      90000,
    );
    expect(Number(done)).toBeGreaterThanOrEqual(5);
    expect(Number(done)).toBeLessThan(Number(total));
    expect((await second.exited).code).toBe(0);
    const { nodes, relationships } = await graphCounts(driver, config);
    const { IngestBatch: markers, ...graphNodes } = nodes;
    expect({ nodes: graphNodes, relationships }).toEqual(whole);
    expect(markers).toBe(Number(total));
    // Resumed: the batches the first run committed were not written again.
    expect(second.output()).not.toMatch(new RegExp(`sources ${done}/${total} `));
    await seedDatabase(driver, config);
  });
});
