import { ingestDossiers } from '../../src/ingest/ingest.service';
import { createTestApi, TestApi } from '../helpers/api';
import { resetDatabase } from '../helpers/database';
import { writeFanoutDossier } from '../helpers/fanout-fixture';

const SIZES = [1, 10, 100];
let api: TestApi;
const events = new Map<number, string>();

beforeAll(async () => {
  api = await createTestApi();
  await resetDatabase(api.driver, api.config);
  const fixtures = SIZES.map((size) => ({ size, ...writeFanoutDossier(size) }));
  await ingestDossiers(
    api.driver,
    fixtures.map((f) => f.file),
    { database: api.config.neo4j.database },
  );
  for (const fixture of fixtures) events.set(fixture.size, fixture.eventId);
});
afterAll(() => api.close());

// Four levels of relationships below the event, each with evidence and its source.
const NESTED = `query ($id: ID!) {
  event(id: $id) {
    participants(first: 100) {
      role
      evidence { quote source { id } }
      entity {
        name
        ... on Delegation {
          side(first: 5) { side { name } evidence(first: 5) { quote } }
          leaders(first: 5) {
            title
            evidence(first: 5) { quote context(width: 5) }
            leader { name roles(first: 5) { title organization { name } evidence(first: 5) { quote } } }
          }
        }
      }
    }
  }
}`;

describe('batching', () => {
  it('makes the same number of database round-trips for 1, 10 and 100 parents', async () => {
    const measured: Record<number, unknown> = {};
    for (const size of SIZES) {
      const result = await api.run(NESTED, { id: events.get(size) });
      expect(result.errors).toBeUndefined();
      const participants = result.data.event.participants;
      expect(participants).toHaveLength(size);
      for (const p of participants) {
        expect(p.entity.leaders).toHaveLength(1);
        expect(p.entity.leaders[0].leader.roles[0].evidence[0].quote).toContain('heads delegation');
      }
      measured[size] = result.extensions?.roundTrips;
      // However many statements a request takes, they share one read transaction.
      expect(result.extensions?.transactions).toBe(1);
    }
    expect(typeof measured[1]).toBe('number');
    expect(measured[10]).toBe(measured[1]);
    expect(measured[100]).toBe(measured[1]);
  });
});
