import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { generateCorpus } from '../bench/corpus/corpus';
import type { Config } from '../src/config';
import { ingestDossiers } from '../src/ingest/ingest.service';
import { graphCounts, openTestDatabase, resetDatabase, seedDatabase } from './helpers/database';

let driver: Driver;
let config: Config;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-batches-'));
const manifest = generateCorpus(1500, 3, dir);
const dossiers = path.join(dir, 'dossiers');

beforeAll(() => {
  ({ driver, config } = openTestDatabase());
});
afterAll(async () => {
  await seedDatabase(driver, config);
  await driver.close();
});

/** Every hub's evidence and aliases, to compare two ingests of the same corpus. */
async function hubs() {
  const { records } = await driver.executeQuery(
    `MATCH (c:Country)
     RETURN c.id AS id, COLLECT { MATCH (c)-[:EVIDENCED_BY]->(e) RETURN e.id } AS evidence,
            c.aliases AS aliases, c.searchText AS searchText ORDER BY id`,
    {},
    { database: config.neo4j.database },
  );
  return records.map((r) => ({
    id: r.get('id'),
    evidence: [...r.get('evidence')].sort(),
    aliases: [...r.get('aliases')].sort(),
    searchText: r.get('searchText'),
  }));
}

describe('ingest in batches', () => {
  it('writes the same graph as one transaction, whatever the batch size', async () => {
    await resetDatabase(driver, config);
    const whole = await ingestDossiers(driver, [dossiers], { database: config.neo4j.database });
    expect(whole.batches).toBe(1);
    const counts = await graphCounts(driver, config);
    const hubsWhole = await hubs();
    expect(counts.nodes.Node).toBe(manifest.nodes);

    await resetDatabase(driver, config);
    const lines: string[] = [];
    const batched = await ingestDossiers(driver, [dossiers], {
      database: config.neo4j.database,
      batchSize: 7,
      progress: (line) => lines.push(line),
    });
    expect(batched.batches).toBe(Math.ceil(manifest.sources / 7));
    // The same graph, and one progress marker per batch beside it (not a node of the graph).
    const { nodes, relationships } = await graphCounts(driver, config);
    const { IngestBatch: markers, ...graphNodes } = nodes;
    expect({ nodes: graphNodes, relationships }).toEqual(counts);
    expect(markers).toBe(batched.batches);
    expect(await hubs()).toEqual(hubsWhole);
    // A country most sources name carries the evidence of every one of them.
    expect(Math.max(...hubsWhole.map((h) => h.evidence.length))).toBeGreaterThan(
      manifest.sources / 3,
    );
    expect(lines.filter((l) => /sources \d+\/\d+ .* ETA/.test(l))).toHaveLength(batched.batches);
  });

  it('validates every batch before writing any: one bad file writes nothing', async () => {
    await resetDatabase(driver, config);
    const bad = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-bad-'));
    fs.cpSync(dir, bad, { recursive: true });
    // The last article's dossier (the analyst's, after it, states no relationships).
    const files = fs
      .readdirSync(path.join(bad, 'dossiers'))
      .filter((f) => /^gen-\d+\.json$/.test(f))
      .sort();
    const last = path.join(bad, 'dossiers', files[files.length - 1]);
    const dossier = JSON.parse(fs.readFileSync(last, 'utf8'));
    dossier.relationships[0].evidence[0].start += 1;
    fs.writeFileSync(last, JSON.stringify(dossier));
    await expect(
      ingestDossiers(driver, [path.join(bad, 'dossiers')], {
        database: config.neo4j.database,
        batchSize: 5,
      }),
    ).rejects.toThrow(/does not match/);
    expect(await graphCounts(driver, config)).toEqual({ nodes: {}, relationships: {} });
  });
});
