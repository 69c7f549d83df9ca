import { QueryExecutor } from '../../src/db/query-executor';
import { GraphRepository } from '../../src/graph/graph.repository';
import { ExplorationRepository } from '../../src/graph/queries/exploration.repository';
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
  it('leave out the search fields and keep the rest', async () => {
    const stored = await one(
      `MATCH (n:Country) WHERE n.searchText IS NOT NULL
       RETURN n.id AS id, properties(n) AS props ORDER BY n.id LIMIT 1`,
    );
    const [node] = await new GraphRepository(executor).nodesByIds([stored.id]);
    const hidden = ['searchText', 'searchKeys', 'text'];
    const kept = Object.fromEntries(
      Object.entries(stored.props).filter(([key]) => !hidden.includes(key)),
    );
    expect(stored.props.searchText).toBeDefined();
    expect(node!.props).toEqual(kept);
    expect(Object.keys(node!.props)).toEqual(expect.arrayContaining(['id', 'name_en']));
  });

  it('carry a claim’s evidence ids from its links, never a list a store loaded before them kept', async () => {
    const stored = await one(
      `MATCH (c:Claim) RETURN c.id AS id, properties(c) AS props,
         COLLECT { MATCH (c)-[l:EVIDENCED_BY]->(e) WITH l, e ORDER BY l.position RETURN e.id } AS links
       ORDER BY c.id LIMIT 1`,
    );
    expect(stored.links.length).toBeGreaterThan(0);
    await driver.executeQuery(
      `MATCH (c:Claim {id: $id}) SET c.evidenceIds = ['an-old-list']`,
      { id: stored.id },
      { database: config.neo4j.database },
    );
    try {
      const [node] = await new GraphRepository(executor).nodesByIds([stored.id]);
      expect(node!.props).toEqual({ ...stored.props, evidenceIds: stored.links });
    } finally {
      await driver.executeQuery(
        'MATCH (c:Claim {id: $id}) REMOVE c.evidenceIds',
        { id: stored.id },
        { database: config.neo4j.database },
      );
    }
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
