import { graphCounts, openTestDatabase, seedDatabase } from '../helpers/database';
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
