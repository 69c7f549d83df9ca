import type { Driver } from 'neo4j-driver';
import type { Config } from '../../src/config';
import { applySchema } from '../../src/db/schema-applier';
import { IngestRepository } from '../../src/graph/writes/ingest.repository';
import { ingestDossiers } from '../../src/ingest/ingest.service';
import { openTestDatabase, seedDatabase, SEED_DIR } from '../helpers/database';
import { loadSeedDossier, writeDossier } from '../helpers/dossier-fixtures';

let driver: Driver;
let config: Config;

beforeAll(async () => {
  ({ driver, config } = openTestDatabase());
  await seedDatabase(driver, config);
});
afterAll(async () => {
  await seedDatabase(driver, config);
  await driver.close();
});

const cypher = async (statement: string, params: Record<string, unknown> = {}) =>
  (await driver.executeQuery(statement, params, { database: config.neo4j.database })).records.map(
    (r) => r.toObject(),
  );

const ingest = (inputs: string[]) =>
  ingestDossiers(driver, inputs, { database: config.neo4j.database });

/** Each node's evidence as its links give it: span ids in position order, with the positions. */
async function linksOf(id: string) {
  const [row] = await cypher(
    `MATCH (x:Node {id: $id})
     RETURN COLLECT { MATCH (x)-[l:EVIDENCED_BY]->(e:Evidence) WITH l, e ORDER BY l.position
                      RETURN [l.position, e.id, l.startId = x.id AND l.endId = e.id] } AS links`,
    { id },
  );
  return row.links as Array<[number, string, boolean]>;
}

/** The nodes whose links are not numbered 0, 1, 2 ... or do not name their ends, and the ids. */
const BROKEN_NUMBERING = `
  MATCH (x) WHERE x:Entity OR x:Event OR x:Claim
  WITH x, COLLECT { MATCH (x)-[l:EVIDENCED_BY]->(e) WITH l, e ORDER BY l.position
                    RETURN [l.position, l.startId = x.id AND l.endId = e.id] } AS links
  WHERE [link IN links | link[0]] <> range(0, size(links) - 1) OR any(link IN links WHERE NOT link[1])
  RETURN collect(x.id) AS broken`;

const umerovDossier = (tag: string, evidence: unknown[]) => {
  const seed = loadSeedDossier();
  const umerov = seed.entities.find((e: { id: string }) => e.id === 'person:rustem-umerov');
  return writeDossier({ dossier: tag, sources: seed.sources, entities: [{ ...umerov, evidence }] });
};

describe('a node’s evidence links', () => {
  it('are numbered from 0 in the order of the dossier, each naming its ends, and no node keeps a list', async () => {
    expect(await cypher(BROKEN_NUMBERING)).toEqual([{ broken: [] }]);
    const [{ lists }] = await cypher(
      'MATCH (x) WHERE x.evidenceIds IS NOT NULL AND NOT x:Evidence RETURN count(x) AS lists',
    );
    expect(lists).toBe(0);
    const seed = loadSeedDossier();
    const [busiest] = [...seed.entities, ...seed.events, ...seed.claims].sort(
      (a: { evidence: unknown[] }, b: { evidence: unknown[] }) =>
        b.evidence.length - a.evidence.length,
    );
    expect(busiest.evidence.length).toBeGreaterThan(1);
    const [{ quotes }] = await cypher(
      `MATCH (x:Node {id: $id})
       RETURN COLLECT { MATCH (x)-[l:EVIDENCED_BY]->(e) WITH l, e ORDER BY l.position RETURN e.quote } AS quotes`,
      { id: busiest.id },
    );
    expect(quotes).toEqual([
      ...new Set(busiest.evidence.map((e: { quote: string }) => e.quote.normalize('NFC'))),
    ]);
  });

  it('are written once: the same source again adds none, a new span goes after the last', async () => {
    const before = await linksOf('person:rustem-umerov');
    expect(before.length).toBeGreaterThan(0);
    await ingest([SEED_DIR]);
    expect(await linksOf('person:rustem-umerov')).toEqual(before);

    const seed = loadSeedDossier();
    const known = await cypher('MATCH (e:Evidence {id: $id}) RETURN e.quote AS quote', {
      id: before[0][1],
    });
    const fresh = seed.relationships
      .flatMap((r: { evidence: Array<{ quote: string }> }) => r.evidence)
      .find((e: { quote: string }) => e.quote !== known[0].quote);
    const cited = seed.entities.find((e: { id: string }) => e.id === 'person:rustem-umerov');
    await ingest([umerovDossier('more-umerov', [fresh, ...cited.evidence])]);
    const after = await linksOf('person:rustem-umerov');
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(before.length + 1);
    expect(after[before.length][0]).toBe(before.length);
    const [{ quote }] = await cypher('MATCH (e:Evidence {id: $id}) RETURN e.quote AS quote', {
      id: after[before.length][1],
    });
    expect(quote).toBe(fresh.quote);
  });

  // Each ingest counts the node's links and numbers its own after them, once it holds the node's
  // lock (taken by writing the node): a second writer waits, then counts the first one's links.
  // Counting before the lock, both would number from the same count.
  it('are numbered after those of a writer that held the node, once it commits', async () => {
    const row = (evidenceIds: string[]) => ({
      id: 'country:shared-land',
      kind: 'Country',
      props: { name: 'The shared land', name_en: 'The shared land' },
      aliases: [],
      aliasBases: [],
      evidenceIds,
    });
    const spans = ['a', 'b'].map((quote, i) => ({
      id: `evidence:shared-land-${quote}`,
      source: 'source:shared-land',
      start: i,
      end: i + 1,
      quote,
    }));
    await driver.executeQuery('MATCH (x:Node {id: $id}) DETACH DELETE x', {
      id: 'country:shared-land',
    });
    const setup = driver.session({ database: config.neo4j.database });
    await setup.executeWrite(async (tx) => {
      const repo = new IngestRepository(tx);
      await repo.writeSources([{ id: 'source:shared-land', text: 'ab' }]);
      await repo.writeEvidence(spans);
      await repo.writeEntities([row([])]);
    });
    await setup.close();

    const [first, second] = [0, 1].map(() => driver.session({ database: config.neo4j.database }));
    const holding = await first.beginTransaction();
    await new IngestRepository(holding).writeEntities([row([spans[0].id])]);
    const waiting = await second.beginTransaction();
    const written = new IngestRepository(waiting)
      .writeEntities([row([spans[1].id])])
      .then(() => waiting.commit());
    await new Promise((resolve) => setTimeout(resolve, 300));
    await holding.commit();
    await written;
    await Promise.all([first.close(), second.close()]);
    expect(await linksOf('country:shared-land')).toEqual([
      [0, spans[0].id, true],
      [1, spans[1].id, true],
    ]);
  });

  it('are made from the list a store loaded before them kept on each node, once, in its order', async () => {
    await seedDatabase(driver, config);
    const ids = (
      await cypher(`MATCH (x) WHERE x:Entity OR x:Event OR x:Claim RETURN x.id AS id ORDER BY x.id`)
    ).map((r) => r.id as string);
    const expected = await Promise.all(ids.map(linksOf));
    // Back to the old form: the ids as a list on each node, in the links' order, and no links.
    await cypher(
      `MATCH (x) WHERE x:Entity OR x:Event OR x:Claim
       SET x.evidenceIds = COLLECT { MATCH (x)-[l:EVIDENCED_BY]->(e) WITH l, e ORDER BY l.position RETURN e.id }
       WITH x MATCH (x)-[l:EVIDENCED_BY]->() DELETE l`,
    );
    expect(await linksOf(ids[0])).toEqual([]);
    await applySchema(driver, config.neo4j.database);
    expect(await Promise.all(ids.map(linksOf))).toEqual(expected);
    const [{ lists }] = await cypher(
      'MATCH (x) WHERE x.evidenceIds IS NOT NULL RETURN count(x) AS lists',
    );
    expect(lists).toBe(0);
    await applySchema(driver, config.neo4j.database);
    expect(await Promise.all(ids.map(linksOf))).toEqual(expected);
  });
});
