import { MEANINGFUL_RELATIONSHIP_TYPES } from '../../src/model/vocabulary';
import { createTestApi, TestApi } from '../helpers/api';
import { seedDatabase } from '../helpers/database';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  await seedDatabase(api.driver, api.config);
});
afterAll(() => api.close());

interface Expected {
  nodes: Record<string, { depth: number; omitted: number | null }>;
  edges: string[];
  omitted: number;
}

/**
 * The subgraph as its definition reads: breadth first, one node at a time, its relationships in
 * id order, the first `limit` of them, new nodes admitted until there are maxNodes.
 */
async function reference(id: string, depth: number, limit: number, maxNodes: number) {
  const nodes = new Map<string, { depth: number; omitted: number | null }>([
    [id, { depth: 0, omitted: null }],
  ]);
  const edges = new Set<string>();
  let frontier = [id];
  let omitted = 0;
  for (let level = 1; level <= depth && frontier.length > 0; level += 1) {
    const next: string[] = [];
    for (const nodeId of frontier) {
      const { records } = await api.driver.executeQuery(
        `MATCH (n:Node {id: $id})-[r]-(m:Node) WHERE type(r) IN $types AND m <> n
         RETURN r.id AS rel, m.id AS other ORDER BY r.id`,
        { id: nodeId, types: MEANINGFUL_RELATIONSHIP_TYPES },
        { database: api.config.neo4j.database },
      );
      const all = records.map((r) => ({ rel: r.get('rel'), other: r.get('other') }));
      let left = all.length - Math.min(limit, all.length);
      for (const { rel, other } of all.slice(0, limit)) {
        if (!nodes.has(other)) {
          if (nodes.size >= maxNodes) {
            left += 1;
            continue;
          }
          nodes.set(other, { depth: level, omitted: null });
          next.push(other);
        }
        edges.add(rel);
      }
      nodes.get(nodeId)!.omitted = left;
      omitted += left;
    }
    frontier = next;
  }
  return { nodes: Object.fromEntries(nodes), edges: [...edges].sort(), omitted } as Expected;
}

const QUERY = `query ($id: ID!, $depth: Int, $limit: Int, $maxNodes: Int) {
  neighbourhood(id: $id, depth: $depth, limitPerNode: $limit, maxNodes: $maxNodes) {
    omittedNeighbours nodes { id depth omittedNeighbours } edges { id } } }`;

const CASES = ['country:ukraine', 'person:rustem-umerov', 'event:trilateral-talks-round-2'].flatMap(
  (id) =>
    [1, 2, 3].flatMap((depth) =>
      [
        [1, 300],
        [3, 5],
        [3, 20],
        [25, 12],
        [25, 300],
      ].map(([limit, maxNodes]) => ({ id, depth, limit, maxNodes })),
    ),
);

describe('neighbourhood in one statement', () => {
  it.each(CASES)(
    'is the breadth-first subgraph of $id, depth $depth, $limit per node, at most $maxNodes',
    async ({ id, depth, limit, maxNodes }) => {
      const result = await api.run(QUERY, { id, depth, limit, maxNodes });
      expect(result.errors).toBeUndefined();
      expect(result.extensions?.roundTrips).toBe(1);
      const got = result.data.neighbourhood;
      const expected = await reference(id, depth, limit, maxNodes);
      expect({
        nodes: Object.fromEntries(
          got.nodes.map((n: any) => [n.id, { depth: n.depth, omitted: n.omittedNeighbours }]),
        ),
        edges: got.edges.map((e: any) => e.id).sort(),
        omitted: got.omittedNeighbours,
      }).toEqual(expected);
    },
  );
});
