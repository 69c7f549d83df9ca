import { createTestApi, TestApi } from '../helpers/api';
import { seedDatabase } from '../helpers/database';
import { loadSeedDossier } from '../helpers/dossier-fixtures';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  await seedDatabase(api.driver, api.config);
});
afterAll(() => api.close());

// Node reads leave an entity's evidence ids out (a hub carries thousands); the evidence field
// loads them by id, however the entity was reached.
describe("an entity's own evidence", () => {
  const seed = loadSeedDossier();
  const expected = (id: string) =>
    seed.entities
      .find((e: any) => e.id === id)
      .evidence.map((e: any) => ({ quote: e.quote, start: e.start, end: e.end }));

  it('is where the sources mention it, read by id, from a search hit, and as a neighbour', async () => {
    const byId = await api.data(
      `{ entity(id: "country:ukraine") { evidence { quote start end } } }`,
    );
    expect(byId.entity.evidence).toEqual(expected('country:ukraine'));

    const { search } = await api.data(
      `{ search(query: "Umerov", first: 1) { entity { id evidence { quote start end } } } }`,
    );
    expect(search[0].entity.id).toBe('person:rustem-umerov');
    expect(search[0].entity.evidence).toEqual(expected('person:rustem-umerov'));

    const { entity } = await api.data(`{ entity(id: "delegation:round-1-russia") {
      ... on Delegation { leaders { leader { id evidence { quote start end } } } } } }`);
    expect(entity.leaders[0].leader.evidence).toEqual(expected('person:igor-kostyukov'));
  });

  it('is read with a whole page of entities in one statement', async () => {
    const result = await api.run(`{ entities(first: 30) { nodes { id evidence { quote } } } }`);
    expect(result.errors).toBeUndefined();
    const nodes = result.data.entities.nodes;
    expect(nodes.length).toBeGreaterThan(20);
    for (const node of nodes) expect(node.evidence.length).toBe(expected(node.id).length);
    // the page and every entity's evidence, in one compiled statement
    expect(result.extensions?.roundTrips).toBe(1);
  });
});
