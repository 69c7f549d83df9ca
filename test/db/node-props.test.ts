import { QueryExecutor } from '../../src/db/query-executor';
import { GraphRepository } from '../../src/graph/graph.repository';
import { ExplorationRepository } from '../../src/api/exploration/exploration.repository';
import { MEANINGFUL_RELATIONSHIP_TYPES } from '../../src/model/vocabulary';
import { openTestDatabase, seedDatabase } from '../helpers/database';

const { config, driver } = openTestDatabase();
let executor: QueryExecutor;

beforeAll(async () => {
  await seedDatabase(driver, config);
  executor = new QueryExecutor(driver, { database: config.neo4j.database, timeoutMs: 10000 });
});
afterAll(async () => {
  await executor.close();
  await driver.close();
});

const one = async (cypher: string) =>
  (
    await driver.executeQuery(cypher, {}, { database: config.neo4j.database })
  ).records[0].toObject();

// The properties every read shares (nodeProps) are read key by key: what they leave out must stay
// out, and what they keep must come back whole, as a map.
describe('node properties as reads return them', () => {
  it('leave out an entity’s evidence ids and the search fields, and keep the rest', async () => {
    const stored = await one(
      `MATCH (n:Country) WHERE size(n.evidenceIds) > 0 AND n.searchText IS NOT NULL
       RETURN n.id AS id, properties(n) AS props ORDER BY n.id LIMIT 1`,
    );
    const [node] = await new GraphRepository(executor).nodesByIds([stored.id]);
    const hidden = ['evidenceIds', 'searchText', 'searchKeys', 'text'];
    const kept = Object.fromEntries(
      Object.entries(stored.props).filter(([key]) => !hidden.includes(key)),
    );
    expect(stored.props.evidenceIds.length).toBeGreaterThan(0);
    expect(stored.props.searchText).toBeDefined();
    expect(node!.props).toEqual(kept);
    expect(Object.keys(node!.props)).toEqual(expect.arrayContaining(['id', 'name_en']));
  });

  it('keep a claim’s evidence ids, which are its own few', async () => {
    const stored = await one(
      'MATCH (c:Claim) RETURN c.id AS id, c.evidenceIds AS evidenceIds ORDER BY c.id LIMIT 1',
    );
    const [node] = await new GraphRepository(executor).nodesByIds([stored.id]);
    expect(node!.props.evidenceIds).toEqual(stored.evidenceIds);
    expect((node!.props.evidenceIds as string[]).length).toBeGreaterThan(0);
  });

  it('are the same map at the other end of a relationship and on a path', async () => {
    const ends = await one(
      `MATCH (a:Person)-[:HOLDS_ROLE]->(b:Entity) RETURN a.id AS from, b.id AS to ORDER BY a.id, b.id LIMIT 1`,
    );
    const [expected] = await new GraphRepository(executor).nodesByIds([ends.to]);
    const [relations] = await new GraphRepository(executor).relationsOf([ends.from], {
      types: ['HOLDS_ROLE'],
      direction: 'OUT',
    });
    expect(relations.find((r) => r.other.id === ends.to)!.other.props).toEqual(expected!.props);
    const [path] = await new ExplorationRepository(executor).paths(
      ends.from,
      ends.to,
      MEANINGFUL_RELATIONSHIP_TYPES,
      1,
      1,
      false,
    );
    expect(path.nodes[1].props).toEqual(expected!.props);
  });
});
