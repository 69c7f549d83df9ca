import { parse as parseCsv } from 'csv-parse/sync';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { codesOf, startTestHttpServer, TestHttpServer } from '../helpers/http-server';
import { NOT_MEANINGFUL_TYPES, seedDatabase } from '../helpers/database';

// Every export, read back by the parser a visualisation tool would use, against the graph the
// API reports.
let server: TestHttpServer;
let whole: { nodes: number; edges: number };

beforeAll(async () => {
  server = await startTestHttpServer();
  await seedDatabase(server.driver, server.config);
  const session = server.driver.session({ database: server.config.neo4j.database });
  try {
    const result = await session.run(
      `CALL () { MATCH (n:Entity) RETURN n UNION ALL MATCH (n:Event) RETURN n UNION ALL MATCH (n:Claim) RETURN n }
       WITH count(n) AS nodes
       CALL () {
         MATCH (a)-[r]->(b)
         WHERE NOT type(r) IN ${NOT_MEANINGFUL_TYPES} AND (a:Entity OR a:Event OR a:Claim) AND (b:Entity OR b:Event OR b:Claim)
         RETURN count(r) AS edges
       }
       RETURN nodes, edges`,
    );
    whole = {
      nodes: Number(result.records[0].get('nodes')),
      edges: Number(result.records[0].get('edges')),
    };
  } finally {
    await session.close();
  }
});
afterAll(() => server.close());

async function download(path: string) {
  const response = await fetch(`${server.url}${path}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    text: bytes.toString('utf8'),
  };
}

const FOCUS = 'focus=person:rustem-umerov&depth=2';

async function neighbourhoodCounts() {
  const { json } = await server.post({
    query: `{ neighbourhood(id: "person:rustem-umerov", depth: 2) { nodes { id } edges { id } } }`,
  });
  return {
    nodes: json.data.neighbourhood.nodes.length,
    edges: json.data.neighbourhood.edges.length,
  };
}

describe('exports of the whole graph', () => {
  it('GEXF parses back with every node and edge, and their attributes', async () => {
    const file = await download('/export/graph.gexf');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/gexf/);
    expect(file.headers.get('content-disposition')).toMatch(
      /attachment; filename="parley-graph\.gexf"/,
    );
    const graph = parseGexf(Graph, file.text, { allowUndeclaredAttributes: false });
    expect({ nodes: graph.order, edges: graph.size }).toEqual(whole);
    expect(whole.nodes).toBeGreaterThan(40);
    const umerov = graph.getNodeAttributes('person:rustem-umerov');
    expect(umerov).toMatchObject({
      label: 'Rustem Umerov',
      kind: 'Person',
      name_ar: 'رستم أوميروف',
      name_uk: 'Рустем Умєров',
    });
    expect(umerov.evidenceCount).toBeGreaterThan(0);
    expect(JSON.parse(umerov.evidence)).toHaveLength(umerov.evidenceCount);
    const attack = graph.getNodeAttributes('event:record-ballistic-missile-attack');
    expect(attack).toMatchObject({
      kind: 'ATTACK',
      dateEnd: '2026-02-04',
      datePrecision: 'UNKNOWN',
    });
    const war = graph.getNodeAttributes('event:russia-ukraine-war');
    expect(war.dateStart).toBe('2022-01-01');
    expect(war.dateEnd).toBeUndefined();
    const attacker = graph.findEdge(
      (_key, attributes, source, target) =>
        source === 'country:russia' &&
        target === 'event:record-ballistic-missile-attack' &&
        attributes.relationship === 'PARTICIPATED_IN',
    );
    expect(graph.getEdgeAttributes(attacker!)).toMatchObject({
      label: 'ATTACKER',
      basis: 'STATED',
      attestedBy: 'claim:zelensky-truce-exploited',
      evidenceCount: 1,
      quotes: 'وهاجمت أوكرانيا بعدد قياسي من الصواريخ الباليستية',
    });
  });

  it('GraphML parses back with every node and edge', async () => {
    const file = await download('/export/graph.graphml');
    expect(file.status).toBe(200);
    const graph = parseGraphml(Graph, file.text);
    expect({ nodes: graph.order, edges: graph.size }).toEqual(whole);
    expect(graph.getNodeAttributes('country:ukraine')).toMatchObject({
      label: 'Ukraine',
      name_ar: 'أوكرانيا',
    });
  });

  it('JSON imports into graphology, and loads as Cytoscape.js elements', async () => {
    const file = await download('/export/graph.json');
    const graph = new Graph({ multi: true, type: 'directed' });
    graph.import(JSON.parse(file.text));
    expect({ nodes: graph.order, edges: graph.size }).toEqual(whole);

    const elements = JSON.parse(
      (await download('/export/graph.json?shape=cytoscape')).text,
    ).elements;
    expect({ nodes: elements.nodes.length, edges: elements.edges.length }).toEqual(whole);
    const ids = new Set(elements.nodes.map((n: any) => n.data.id));
    expect(elements.edges.every((e: any) => ids.has(e.data.source) && ids.has(e.data.target))).toBe(
      true,
    );
  });

  it('CSV pair parses back with a row per node and per edge', async () => {
    const nodesFile = await download('/export/nodes.csv');
    const edgesFile = await download('/export/edges.csv');
    // A byte-order mark first, so that a spreadsheet reads Arabic as UTF-8.
    const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(nodesFile.bytes.subarray(0, 3)).toEqual(BOM);
    expect(edgesFile.bytes.subarray(0, 3)).toEqual(BOM);
    const nodes: any[] = parseCsv(nodesFile.text, { columns: true, bom: true });
    const edges: any[] = parseCsv(edgesFile.text, { columns: true, bom: true });
    expect({ nodes: nodes.length, edges: edges.length }).toEqual(whole);
    expect(Object.keys(nodes[0]).slice(0, 3)).toEqual(['Id', 'Label', 'kind']);
    expect(Object.keys(edges[0]).slice(0, 4)).toEqual(['Id', 'Source', 'Target', 'Label']);
    // Quotes with commas and Arabic punctuation survive the round trip.
    const claim = nodes.find((n: any) => n.Id === 'claim:zelensky-truce-exploited');
    expect(claim.quotes).toMatch(/^قال الرئيس الأوكراني/);
    expect(claim).toMatchObject({ mode: 'REPORTED', speaker: 'person:volodymyr-zelensky' });
    expect(claim.Label).toMatch(/, and attacked Ukraine/);
  });

  it('"only stated" leaves out inferred and claim-derived edges', async () => {
    const all = parseCsv((await download('/export/edges.csv')).text, { columns: true, bom: true });
    const stated = parseCsv((await download('/export/edges.csv?onlyStated=true')).text, {
      columns: true,
      bom: true,
    });
    const dropped = all.filter((e: any) => e.basis !== 'STATED' || e.attestedBy !== '');
    expect(dropped.length).toBeGreaterThan(5);
    expect(stated.length).toBe(all.length - dropped.length);
  });
});

describe('exports of a neighbourhood', () => {
  it('hold the same nodes and edges as the neighbourhood query, in every format', async () => {
    const expected = await neighbourhoodCounts();
    const gexfGraph = parseGexf(Graph, (await download(`/export/graph.gexf?${FOCUS}`)).text);
    expect({ nodes: gexfGraph.order, edges: gexfGraph.size }).toEqual(expected);
    const graphmlGraph = parseGraphml(
      Graph,
      (await download(`/export/graph.graphml?${FOCUS}`)).text,
    );
    expect({ nodes: graphmlGraph.order, edges: graphmlGraph.size }).toEqual(expected);
    const nodes: any[] = parseCsv((await download(`/export/nodes.csv?${FOCUS}`)).text, {
      columns: true,
      bom: true,
    });
    const edges: any[] = parseCsv((await download(`/export/edges.csv?${FOCUS}`)).text, {
      columns: true,
      bom: true,
    });
    expect({ nodes: nodes.length, edges: edges.length }).toEqual(expected);
    expect(nodes[0].Id).toBe('person:rustem-umerov');
  });
});

describe('bad parameters', () => {
  it.each([
    ['/export/graph.gexf?depth=2', 'depth', 400],
    ['/export/graph.gexf?focus=person:nobody-at-all', undefined, 404],
    ['/export/graph.gexf?focus=not-an-id', 'focus', 400],
    ['/export/graph.gexf?focus=person:rustem-umerov&depth=9', 'depth', 400],
    ['/export/graph.json?shape=svg', 'shape', 400],
    ['/export/nodes.csv?langs=en,<script>', 'langs', 400],
    ['/export/graph.gexf?onlyStated=yes', 'onlyStated', 400],
    ['/export/graph.gexf?colour=red', 'colour', 400],
    ['/export/graph.gexf?focus=a&focus=b', 'focus', 400],
    ['/export/graph.svg', 'file', 404],
  ])('%s gets a typed JSON error', async (path, argument, status) => {
    const file = await download(path);
    expect(file.status).toBe(status);
    const json = JSON.parse(file.text);
    expect(codesOf(json)).toEqual([status === 404 ? 'NOT_FOUND' : 'BAD_USER_INPUT']);
    if (argument) expect(json.errors[0].extensions.argument).toBe(argument);
    expect(json.errors[0].message.length).toBeGreaterThan(10);
  });
});
