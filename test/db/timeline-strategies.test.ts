import { QueryExecutor } from '../../src/db/query-executor';
import { ExplorationRepository } from '../../src/graph/queries/exploration.repository';
import { ingestDossiers } from '../../src/ingest/ingest.service';
import { openTestDatabase, seedDatabase } from '../helpers/database';
import { writeTiedEventsDossier } from '../helpers/fanout-fixture';

const { config, driver } = openTestDatabase();
let executor: QueryExecutor;
let entities: string[];

beforeAll(async () => {
  await seedDatabase(driver, config);
  executor = new QueryExecutor(driver, { database: config.neo4j.database, timeoutMs: 20000 });
  const { records } = await driver.executeQuery(
    'MATCH (e:Entity) RETURN e.id AS id ORDER BY e.id',
    {},
    { database: config.neo4j.database },
  );
  entities = records.map((r) => r.get('id'));
});
afterAll(async () => {
  await executor.close();
  await driver.close();
});

// The timeline is read from the entities (expand) or from the date indexes (scan), whichever
// costs less (see TIMELINE): both must give the same page, in the same order, with the same
// involvement, for every entity of the seed and every filter.
describe('timeline, expanded and scanned', () => {
  const cases: Array<{
    name: string;
    from: string | null;
    to: string | null;
    kinds: string[] | null;
    claims: boolean;
    limit: number;
  }> = [
    { name: 'all, first 3', from: null, to: null, kinds: null, claims: true, limit: 3 },
    { name: 'all, first 50', from: null, to: null, kinds: null, claims: true, limit: 50 },
    {
      name: 'a window',
      from: '2025-01-01',
      to: '2026-02-04',
      kinds: null,
      claims: true,
      limit: 10,
    },
    { name: 'events only', from: null, to: null, kinds: null, claims: false, limit: 10 },
    {
      name: 'rounds only',
      from: null,
      to: null,
      kinds: ['NEGOTIATION_ROUND'],
      claims: false,
      limit: 10,
    },
  ];

  it.each(cases)('agree for every entity: $name', async (c) => {
    const repository = new ExplorationRepository(executor);
    const read = (ids: string[], strategy: 'expand' | 'scan') =>
      repository.timeline(ids, c.from, c.to, c.kinds, c.claims, c.limit, strategy);
    let nonEmpty = 0;
    for (const id of entities) {
      const expanded = await read([id], 'expand');
      expect(await read([id], 'scan')).toEqual(expanded);
      if (expanded.length > 0) nonEmpty += 1;
    }
    // Several entities at once, each item with how each of them is in it.
    const many = entities.slice(0, 12);
    expect(await read(many, 'scan')).toEqual(await read(many, 'expand'));
    expect(nonEmpty).toBeGreaterThan(5);
  });

  // A page that ends among events of the same start date must end where the full order does
  // (the war before the invasion that began it, both on 2022-02-24; and a generated country's
  // meetings of one day, created in the reverse of their order): every page size.
  it('agree at every page size, ties on a date included', async () => {
    const repository = new ExplorationRepository(executor);
    const ids = ['country:russia', 'country:ukraine'];
    const all = await repository.timeline(ids, null, null, null, true, 100, 'expand');
    const starts = all.map((row) => row.props.dateStart).filter(Boolean);
    expect(new Set(starts).size).toBeLessThan(starts.length);
    for (let limit = 1; limit <= all.length; limit += 1) {
      const scanned = await repository.timeline(ids, null, null, null, true, limit, 'scan');
      expect(scanned.map((row) => row.id)).toEqual(all.slice(0, limit).map((row) => row.id));
    }
    const tied = writeTiedEventsDossier(6);
    await ingestDossiers(driver, [tied.file], { database: config.neo4j.database });
    const meetings = await repository.timeline(
      [tied.countryId],
      null,
      null,
      null,
      true,
      6,
      'expand',
    );
    expect(meetings.map((row) => row.id)).toEqual(
      [0, 1, 2, 3, 4, 5].map((i) => `event:tied-6-meeting-0${i}`),
    );
    for (let limit = 1; limit <= 6; limit += 1) {
      const scanned = await repository.timeline(
        [tied.countryId],
        null,
        null,
        null,
        true,
        limit,
        'scan',
      );
      expect(scanned.map((row) => row.id)).toEqual(meetings.slice(0, limit).map((row) => row.id));
    }
  });
});
