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

describe('an ingest killed half-way', () => {
  it('leaves the database exactly as it was', async () => {
    await seedDatabase(driver, config);
    const before = await graphCounts(driver, config);
    const { file } = writeFanoutDossier(4000);

    // Node itself runs the ingest, so the kill reaches the process that holds the transaction
    // (through npx, the writer was a grandchild that lived on and committed later).
    const ingest = runProcess(
      process.execPath,
      ['--import', 'tsx', 'src/cli/ingest.ts', file],
      testEnvironment(),
    );
    // Killed once part of the dossier has been written inside its transaction.
    await ingest.waitForLine(/entities: 4000\/12000/, 90000);
    ingest.child.kill('SIGKILL');
    expect((await ingest.exited).signal).toBe('SIGKILL');

    // Neo4j rolls the open transaction back when the connection drops.
    const deadline = Date.now() + 20000;
    let after = await graphCounts(driver, config);
    while (JSON.stringify(after) !== JSON.stringify(before) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      after = await graphCounts(driver, config);
    }
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
