import Graph from 'graphology';
import cytoscape from 'cytoscape';
import { createTestApi, errorCodes, TestApi } from '../helpers/api';
import { NOT_MEANINGFUL_TYPES, seedDatabase } from '../helpers/database';
import { MEANINGFUL_RELATIONSHIP_TYPES } from '../../src/model/vocabulary';

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
  await seedDatabase(api.driver, api.config);
});
afterAll(() => api.close());

const data = (query: string, variables?: Record<string, unknown>) => api.data(query, variables);

const SEARCH = `query ($q: String!, $kinds: [EntityKind!], $first: Int) {
  search(query: $q, kinds: $kinds, first: $first) { entity { id } score matchedBy matchedName { lang value } }
}`;
const top = async (q: string, kinds?: string[]) => (await data(SEARCH, { q, kinds })).search[0];

describe('search', () => {
  it.each([
    ['ترامب', 'person:donald-trump', 'TRANSLITERATION'], // the article writes ترمب
    ['Trump', 'person:donald-trump', 'EXACT'],
    ['Трамп', 'person:donald-trump', 'WORDS'],
    ['Zelenskiy', 'person:volodymyr-zelensky', 'TRANSLITERATION'],
    ['Selenskyj', 'person:volodymyr-zelensky', 'TRANSLITERATION'],
    ['زِيلِينْسْكِي', 'person:volodymyr-zelensky', 'EXACT'], // with diacritics
    ['ترـــمب', 'person:donald-trump', 'WORDS'], // with tatweel
    ['اوميروف', 'person:rustem-umerov', 'EXACT'], // bare alef for أ
    ['Oumerov', 'person:rustem-umerov', 'TRANSLITERATION'],
    ['Kostioukov', 'person:igor-kostyukov', 'TRANSLITERATION'],
    ['Peskow', 'person:dmitry-peskov', 'TRANSLITERATION'],
    ['Pesk', 'person:dmitry-peskov', 'PREFIX'],
    ['Krim', 'place:crimea', 'TRANSLITERATION'],
    ['Костюков Игорь', 'person:igor-kostyukov', 'WORDS'],
  ])('finds %s', async (query, id, matchedBy) => {
    const hit = await top(query);
    expect(hit).toMatchObject({ entity: { id }, matchedBy });
    expect(hit.score).toBeGreaterThan(0);
  });

  it('ranks the closest name first and says which name matched', async () => {
    const hits = (await data(SEARCH, { q: 'دونالد ترامب', first: 5 })).search;
    expect(hits.map((h: any) => h.entity.id)).toEqual([
      'person:donald-trump',
      'organization:trump-administration',
    ]);
    expect(hits[0].matchedName).toEqual({ lang: 'ar', value: 'دونالد ترمب' });
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
  });

  it('filters by kind', async () => {
    const hits = (await data(SEARCH, { q: 'Ukraine', kinds: ['Delegation'], first: 10 })).search;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h: any) => h.entity.id.startsWith('delegation:'))).toBe(true);
  });

  it('returns nothing for an empty or unknown query, and rejects an oversized one', async () => {
    expect((await data(SEARCH, { q: '' })).search).toEqual([]);
    expect((await data(SEARCH, { q: ' «» ' })).search).toEqual([]);
    expect((await data(SEARCH, { q: 'qqqqxyzzy' })).search).toEqual([]);
    expect(errorCodes(await api.run(SEARCH, { q: 'x'.repeat(201) }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await api.run(SEARCH, { q: 'a b c d e f g h i' }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await api.run(SEARCH, { q: 'Trump', first: 51 }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await api.run(SEARCH, { q: 'Trump"~ OR *:*' }))).toEqual([]);
  });
});

const NEIGHBOURHOOD = `query ($id: ID!, $depth: Int, $limit: Int, $kinds: [String!], $types: [String!], $maxNodes: Int) {
  neighbourhood(id: $id, depth: $depth, limitPerNode: $limit, kinds: $kinds, types: $types, maxNodes: $maxNodes) {
    truncated omittedNeighbours
    nodes { id key kind label depth expanded omittedNeighbours data { id label kind } attributes { label kind } }
    edges { id key source target type data { id source target type label } attributes { type label } evidence { quote } }
  }
}`;

describe('neighbourhood', () => {
  it('returns a subgraph whose every edge joins returned nodes and cites evidence', async () => {
    const { neighbourhood } = await data(NEIGHBOURHOOD, { id: 'person:rustem-umerov', depth: 2 });
    const ids = new Set(neighbourhood.nodes.map((n: any) => n.id));
    expect(ids.has('delegation:round-2-ukraine')).toBe(true);
    expect(ids.has('event:trilateral-talks-round-1')).toBe(true);
    for (const edge of neighbourhood.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(edge.evidence.length).toBeGreaterThan(0);
    }
    expect(
      [...ids].some((id) => String(id).startsWith('source:') || String(id).startsWith('evidence:')),
    ).toBe(false);
  });

  it('reads edge evidence asked for through a fragment and aliases, and only then', async () => {
    const query = `query ($id: ID!, $with: Boolean!) { neighbourhood(id: $id) { ...Edges } }
      fragment Edges on Subgraph { links: edges { id proof: evidence @include(if: $with) { quote } } }`;
    const id = 'person:rustem-umerov';
    const asked = await data(query, { id, with: true });
    expect(asked.neighbourhood.links.length).toBeGreaterThan(3);
    for (const edge of asked.neighbourhood.links) expect(edge.proof.length).toBeGreaterThan(0);
    const notAsked = await data(query, { id, with: false });
    expect(notAsked.neighbourhood.links.map((e: any) => e.id)).toEqual(
      asked.neighbourhood.links.map((e: any) => e.id),
    );
    expect(notAsked.neighbourhood.links[0]).not.toHaveProperty('proof');
  });

  it('gives edges the same labels whichever field asks for them', async () => {
    const id = 'delegation:round-2-ukraine';
    const aliased = await data(`{ neighbourhood(id: "${id}") { edges { id name: label } } }`);
    const inData = await data(
      `{ neighbourhood(id: "${id}") { edges { id type data { label } } } }`,
    );
    const labels = aliased.neighbourhood.edges.map((e: any) => [e.id, e.name]);
    expect(labels).toEqual(inData.neighbourhood.edges.map((e: any) => [e.id, e.data.label]));
    // Some are made of the relationship's properties (a role, a title), not its type.
    const types = new Set(inData.neighbourhood.edges.map((e: any) => e.type));
    expect(labels.some(([, label]: string[]) => !types.has(label))).toBe(true);
  });

  it('loads as it comes into graphology and Cytoscape.js', async () => {
    const { neighbourhood } = await data(NEIGHBOURHOOD, { id: 'country:russia', depth: 2 });
    const graph = new Graph({ multi: true });
    graph.import({ nodes: neighbourhood.nodes, edges: neighbourhood.edges });
    expect(graph.order).toBe(neighbourhood.nodes.length);
    expect(graph.size).toBe(neighbourhood.edges.length);
    expect(graph.getNodeAttribute('country:russia', 'kind')).toBe('Country');

    const cy = cytoscape({
      headless: true,
      elements: {
        nodes: neighbourhood.nodes.map((n: any) => ({ data: n.data })),
        edges: neighbourhood.edges.map((e: any) => ({ data: e.data })),
      },
    });
    expect(cy.nodes().length).toBe(neighbourhood.nodes.length);
    expect(cy.edges().length).toBe(neighbourhood.edges.length);
  });

  it('counts the neighbours it leaves out', async () => {
    const { records } = await api.driver.executeQuery(
      `MATCH (n:Node {id: 'country:ukraine'})-[r]-(m:Node) WHERE NOT type(r) IN ${NOT_MEANINGFUL_TYPES} RETURN count(r) AS total`,
      {},
      { database: api.config.neo4j.database },
    );
    const total = records[0].get('total');
    expect(total).toBeGreaterThan(5);
    expect((await data('{ entity(id: "country:ukraine") { degree } }')).entity.degree).toBe(total);
    const { neighbourhood } = await data(NEIGHBOURHOOD, {
      id: 'country:ukraine',
      depth: 1,
      limit: 3,
    });
    const centre = neighbourhood.nodes.find((n: any) => n.id === 'country:ukraine');
    expect(neighbourhood.edges).toHaveLength(3);
    expect(centre.omittedNeighbours).toBe(total - 3);
    expect(neighbourhood.truncated).toBe(true);

    const capped = (await data(NEIGHBOURHOOD, { id: 'country:ukraine', depth: 3, maxNodes: 5 }))
      .neighbourhood;
    expect(capped.nodes).toHaveLength(5);
    expect(capped.truncated).toBe(true);
  });

  it('keeps only the kinds and relationship types asked for', async () => {
    const { neighbourhood } = await data(NEIGHBOURHOOD, {
      id: 'country:russia',
      kinds: ['Issue'],
      types: ['HOLDS_POSITION'],
    });
    expect(neighbourhood.nodes.map((n: any) => n.id).sort()).toEqual([
      'country:russia',
      'issue:territory-kyiv-controls',
      'issue:withdrawal-from-donetsk',
    ]);
    expect(neighbourhood.edges.every((e: any) => e.data.label === 'DEMANDS')).toBe(true);
  });

  it.each([
    [{ depth: 4 }],
    [{ depth: 0 }],
    [{ limit: 0 }],
    [{ limit: 101 }],
    [{ maxNodes: 1001 }],
    [{ kinds: ['Evidence'] }],
    [{ types: ['IN_SOURCE'] }],
  ])('rejects out-of-bounds arguments %j', async (args) => {
    const result = await api.run(NEIGHBOURHOOD, { id: 'country:russia', ...args });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
  });

  it('NOT_FOUND for an unknown centre or a source document', async () => {
    expect(errorCodes(await api.run(NEIGHBOURHOOD, { id: 'person:nobody' }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(
      errorCodes(
        await api.run(NEIGHBOURHOOD, { id: 'source:2026-02-04-trilateral-talks-round-2' }),
      ),
    ).toEqual(['NOT_FOUND']);
  });
});

const PATHS = `query ($from: ID!, $to: ID!, $maxHops: Int, $first: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, first: $first) {
    length nodes { id __typename } hops { type direction from { id } to { id } other { id } evidence { quote } }
  }
}`;

describe('paths', () => {
  it('connects two actors through meaningful relationships, every hop citing evidence', async () => {
    const { paths } = await data(PATHS, {
      from: 'person:igor-kostyukov',
      to: 'person:rustem-umerov',
      first: 5,
    });
    expect(paths.length).toBeGreaterThan(1);
    expect(paths[0].length).toBe(4);
    for (const path of paths) {
      expect(path.nodes[0].id).toBe('person:igor-kostyukov');
      expect(path.nodes[path.nodes.length - 1].id).toBe('person:rustem-umerov');
      expect(path.hops).toHaveLength(path.length);
      path.hops.forEach((hop: any, i: number) => {
        expect(hop.other.id).toBe(path.nodes[i + 1].id);
        const ends = [hop.from.id, hop.to.id].sort();
        expect(ends).toEqual([path.nodes[i].id, path.nodes[i + 1].id].sort());
        expect(hop.evidence.length).toBeGreaterThan(0);
      });
      expect(
        path.nodes.some((n: any) => n.__typename === 'Source' || n.__typename === 'Evidence'),
      ).toBe(false);
    }
    const lengths = paths.map((p: any) => p.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(paths[0].nodes.map((n: any) => n.id)).toContain('delegation:round-1-russia');
  });

  it('finds every path of the least length, fewer claims first, as a plain walk of all paths', async () => {
    const someTypes = ['LEADS', 'PARTICIPATED_IN', 'REPRESENTS', 'SAID', 'ABOUT'];
    for (const [from, to, onlyStated, types] of [
      ['person:igor-kostyukov', 'person:rustem-umerov', false, null],
      ['country:united-states', 'event:trilateral-talks-round-1', true, null],
      ['country:russia', 'country:ukraine', false, null],
      ['person:donald-trump', 'person:rustem-umerov', false, null],
      ['country:russia', 'country:ukraine', false, someTypes],
      ['person:igor-kostyukov', 'person:rustem-umerov', true, someTypes],
    ] as const) {
      const { records } = await api.driver.executeQuery(
        `MATCH p = (:Node {id: $from})-[rs*1..4]-(:Node {id: $to})
         WHERE all(r IN rs WHERE type(r) IN $types
           AND (NOT $onlyStated OR (coalesce(r.basis, 'STATED') = 'STATED' AND r.attestedBy IS NULL)))
         WITH collect(p) AS found, min(length(p)) AS least
         UNWIND found AS p
         WITH p WHERE length(p) = least
         RETURN [x IN nodes(p) | x.id] AS ids, [r IN relationships(p) | r.id] AS hops,
           size([x IN nodes(p) WHERE x:Claim]) AS claims
         ORDER BY claims, ids, hops`,
        { from, to, onlyStated, types: types ?? MEANINGFUL_RELATIONSHIP_TYPES },
        { database: api.config.neo4j.database },
      );
      const expected = records
        .map((r) => ({ ids: r.get('ids'), hops: r.get('hops') }))
        .slice(0, 20);
      const label = { from, to, onlyStated, types };
      expect({ ...label, found: expected.length > 0 }).toEqual({ ...label, found: true });
      const { paths } = await data(
        `query ($from: ID!, $to: ID!, $onlyStated: Boolean!, $types: [String!]) {
          paths(from: $from, to: $to, first: 20, onlyStated: $onlyStated, types: $types) {
            nodes { id } hops { id } } }`,
        { from, to, onlyStated, types },
      );
      expect({
        ...label,
        paths: paths.map((p: any) => ({
          ids: p.nodes.map((n: any) => n.id),
          hops: p.hops.map((h: any) => h.id),
        })),
      }).toEqual({ ...label, paths: expected });
    }
  });

  it('finds nothing within too few hops, and rejects bad bounds', async () => {
    expect(
      (await data(PATHS, { from: 'person:igor-kostyukov', to: 'person:rustem-umerov', maxHops: 2 }))
        .paths,
    ).toEqual([]);
    for (const args of [{ maxHops: 7 }, { maxHops: 0 }, { first: 21 }]) {
      const result = await api.run(PATHS, {
        from: 'person:igor-kostyukov',
        to: 'person:rustem-umerov',
        ...args,
      });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    }
    const same = await api.run(PATHS, { from: 'country:russia', to: 'country:russia' });
    expect(errorCodes(same)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('timeline', () => {
  const TIMELINE = `query ($ids: [ID!]!, $from: String, $to: String, $kinds: [TimelineKind!]) {
    timeline(involving: $ids, from: $from, to: $to, kinds: $kinds) {
      kind date { start end precision } item { id } involvement { entity how }
    }
  }`;

  it("puts an actor's events and claims in date order, with their precision", async () => {
    const { timeline } = await data(TIMELINE, { ids: ['country:russia'] });
    const ids = timeline.map((e: any) => e.item.id);
    expect(ids[0]).toBe('event:russia-ukraine-war');
    expect(ids).toEqual(
      expect.arrayContaining(['event:trilateral-talks-round-1', 'event:trilateral-talks-round-2']),
    );
    const keys = timeline.map((e: any) => e.date.start ?? e.date.end ?? '9999-12-31');
    expect(keys).toEqual([...keys].sort());
    const invasion = timeline.find((e: any) => e.item.id === 'event:russian-invasion-2022');
    expect(invasion.date.precision).toBe('YEAR');
    const round1 = timeline.find((e: any) => e.item.id === 'event:trilateral-talks-round-1');
    expect(round1.involvement).toEqual([{ entity: 'country:russia', how: 'REPRESENTED' }]);
  });

  it('filters by kind and date', async () => {
    const rounds = (
      await data(TIMELINE, { ids: ['country:ukraine'], kinds: ['NEGOTIATION_ROUND'] })
    ).timeline;
    expect(rounds.map((e: any) => e.item.id)).toEqual([
      'event:trilateral-talks-round-1',
      'event:trilateral-talks-round-2',
    ]);
    const claims = (await data(TIMELINE, { ids: ['person:dmitry-peskov'], kinds: ['CLAIM'] }))
      .timeline;
    expect(claims.every((e: any) => e.kind === 'CLAIM')).toBe(true);
    expect(claims).toHaveLength(2);
    const january = (
      await data(TIMELINE, { ids: ['country:ukraine'], from: '2026-01-01', to: '2026-01-31' })
    ).timeline;
    expect(january.map((e: any) => e.item.id)).toContain('event:trilateral-talks-round-1');
    expect(january.map((e: any) => e.item.id)).not.toContain('event:russian-invasion-2022');
  });

  it('rejects an empty or oversized list of ids and bad dates', async () => {
    expect(errorCodes(await api.run(TIMELINE, { ids: [] }))).toEqual(['BAD_USER_INPUT']);
    const many = Array.from({ length: 21 }, (_, i) => `person:p${i}`);
    expect(errorCodes(await api.run(TIMELINE, { ids: many }))).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(await api.run(TIMELINE, { ids: ['country:russia'], from: '2026-02-30' })),
    ).toEqual(['BAD_USER_INPUT']);
  });
});

describe('roles as of a date', () => {
  it('gives the roles the sources say a person held on that date', async () => {
    const query = `{ entity(id: "person:rustem-umerov") { ... on Person {
      jan23: roles(asOf: "2026-01-23") { title }
      feb04: roles(asOf: "2026-02-04") { title }
      mar01: roles(asOf: "2026-03-01") { title }
    } } }`;
    const { entity } = await data(query);
    expect(entity.jan23).toEqual([
      { title: 'Secretary of the National Security and Defense Council' },
    ]);
    expect(entity.feb04).toEqual([{ title: 'Chief Ukrainian negotiator' }]);
    expect(entity.mar01).toEqual([]);
  });

  it('answers who held a title in an organisation on a date', async () => {
    const query = `query ($org: ID!, $title: String, $on: String) {
      officeHolders(organization: $org, title: $title, on: $on) { person { id } title(lang: "ar") evidence { quote } }
    }`;
    const holders = (
      await data(query, { org: 'organization:kremlin', title: 'spokesman', on: '2026-02-04' })
    ).officeHolders;
    expect(holders).toEqual([
      {
        person: { id: 'person:dmitry-peskov' },
        title: 'المتحدث باسم الكرملين',
        evidence: [{ quote: 'المتحدث باسم الكرملين دميتري بيسكوف' }],
      },
    ]);
    expect(
      (await data(query, { org: 'organization:kremlin', title: 'المتحدث', on: '2026-02-04' }))
        .officeHolders,
    ).toHaveLength(1);
    expect(
      (await data(query, { org: 'organization:kremlin', title: 'president' })).officeHolders,
    ).toEqual([]);
    expect(
      (await data(query, { org: 'country:ukraine', on: '2026-02-04' })).officeHolders,
    ).toHaveLength(2);
  });
});
