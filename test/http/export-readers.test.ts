import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { ExportEvidence } from '../../src/graph/queries/export.repository';
import { codesOf, startTestHttpServer, TestHttpServer } from '../helpers/http-server';
import { seedDatabase } from '../helpers/database';

// A view exported and read back by the tools researchers use (networkx from Debian's
// python3-networkx, graphology, cytoscape.js): every quote, offset and source of every
// relationship and node as the API gives them, and nothing outside the view.
let server: TestHttpServer;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-readers-'));

type Span = ExportEvidence;

/** The view: Umerov's neighbourhood at depth 2, less one node, and what the API says of it. */
let view: { nodes: string[]; edges: Array<{ id: string; source: string; target: string }> };
let expected: { edges: Map<string, Span[]>; nodes: Map<string, Span[]> };

const SPAN = `quote start end source { id title publishedOn }`;
const toSpans = (list: any[]): Span[] =>
  list.map((e) => ({
    quote: e.quote,
    start: e.start,
    end: e.end,
    sourceId: e.source.id,
    sourceTitle: e.source.title,
    sourcePublishedOn: e.source.publishedOn,
  }));

beforeAll(async () => {
  server = await startTestHttpServer();
  await seedDatabase(server.driver, server.config);
  const { json } = await server.post({
    query: `{ neighbourhood(id: "person:rustem-umerov", depth: 2) {
      nodes { id node { ... on Entity { evidence(first: 100) { ${SPAN} } }
                        ... on Event { evidence(first: 100) { ${SPAN} } }
                        ... on Claim { evidence(first: 100) { ${SPAN} } } } }
      edges { id source target evidence(first: 100) { ${SPAN} } } } }`,
  });
  const { nodes, edges } = json.data.neighbourhood;
  // Leave one node out (not the centre), and every relationship that touches it.
  const dropped = nodes[nodes.length - 1].id;
  const kept = nodes.filter((n: any) => n.id !== dropped);
  const keptEdges = edges.filter((e: any) => e.source !== dropped && e.target !== dropped);
  view = {
    nodes: kept.map((n: any) => n.id),
    edges: keptEdges.map(({ id, source, target }: any) => ({ id, source, target })),
  };
  expected = {
    nodes: new Map(kept.map((n: any) => [n.id, toSpans(n.node.evidence)])),
    edges: new Map(keptEdges.map((e: any) => [e.id, toSpans(e.evidence)])),
  };
  expect(keptEdges.some((e: any) => e.evidence.length > 0)).toBe(true);
});
afterAll(() => server.close());

async function exportView(file: string, query = '') {
  const response = await fetch(`${server.url}/export/${file}${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(view),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${response.status}: ${text}`);
  const saved = path.join(dir, file.replace('.json', query ? '.cytoscape.json' : '.json'));
  fs.writeFileSync(saved, text);
  return { text, saved, disposition: response.headers.get('content-disposition') };
}

/** What a reader gives back of the view: ids, and the evidence of every node and relationship. */
interface ReadBack {
  nodes: Record<string, Span[]>;
  edges: Record<string, Span[]>;
  starts?: Record<string, string>;
  warnings?: string[];
}

function expectTheView(read: ReadBack) {
  expect(Object.keys(read.nodes).sort()).toEqual([...view.nodes].sort());
  expect(Object.keys(read.edges).sort()).toEqual(view.edges.map((e) => e.id).sort());
  for (const [id, spans] of expected.edges) expect(read.edges[id]).toEqual(spans);
  for (const [id, spans] of expected.nodes) expect(read.nodes[id]).toEqual(spans);
}

const fromGraphology = (graph: Graph): ReadBack => {
  const parse = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
  return {
    nodes: Object.fromEntries(graph.mapNodes((id, a) => [id, parse(a.evidence)])),
    edges: Object.fromEntries(graph.mapEdges((id, a) => [id, parse(a.evidence)])),
  };
};

// networkx reads GEXF, GraphML, Cytoscape JSON and the CSV pair; warnings are errors here.
const NETWORKX = `
import csv, json, sys, warnings
import networkx as nx
warnings.simplefilter("error")
kind, path = sys.argv[1], sys.argv[2]
if kind == "gexf": g = nx.read_gexf(path)
elif kind == "graphml": g = nx.read_graphml(path, force_multigraph=True)
elif kind == "cytoscape":
    with open(path, encoding="utf-8") as f: g = nx.cytoscape_graph(json.load(f))
else:
    g = nx.MultiDiGraph()
    with open(path, encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f): g.add_node(row["Id"], **row)
    with open(sys.argv[3], encoding="utf-8-sig", newline="") as f:
        for row in csv.DictReader(f): g.add_edge(row["Source"], row["Target"], key=row["Id"], **row)
def spans(value): return json.loads(value) if isinstance(value, str) else value
edges = {}
multi = g.is_multigraph()
for u, v, k, d in (g.edges(keys=True, data=True) if multi else ((u, v, None, d) for u, v, d in g.edges(data=True))):
    edges[d.get("id", k)] = spans(d["evidence"])
print(json.dumps({
  "nodes": {n: spans(d["evidence"]) for n, d in g.nodes(data=True)},
  "edges": edges,
  "starts": {n: d["start"] for n, d in g.nodes(data=True) if "start" in d},
}))
`;

function networkx(...args: string[]): ReadBack {
  const out = execFileSync('python3', ['-c', NETWORKX, ...args], { encoding: 'utf8' });
  return JSON.parse(out);
}

describe('a view exported', () => {
  it('GEXF: graphology and networkx read every quote, offset and source, and the dates', async () => {
    const { text, saved, disposition } = await exportView('graph.gexf');
    expect(disposition).toContain(
      `parley-view-${view.nodes.length}-nodes-${view.edges.length}-relationships.gexf`,
    );
    expectTheView(fromGraphology(parseGexf(Graph, text, { allowUndeclaredAttributes: false })));
    const read = networkx('gexf', saved);
    expectTheView(read);
    // Dynamic: Gephi's timeline reads each dated node's start.
    expect(read.starts!['event:trilateral-talks-round-1']).toBe('2026-01-23');
  });

  it('GraphML: graphology and networkx read it all', async () => {
    const { text, saved } = await exportView('graph.graphml');
    expectTheView(fromGraphology(parseGraphml(Graph, text)));
    expectTheView(networkx('graphml', saved));
  });

  it('JSON: graphology imports it, cytoscape.js and networkx load the Cytoscape shape', async () => {
    const graph = new Graph({ multi: true, type: 'directed' });
    graph.import(JSON.parse((await exportView('graph.json')).text));
    expectTheView(fromGraphology(graph));
    const { text, saved } = await exportView('graph.json', '?shape=cytoscape');
    const cy = cytoscape({ headless: true, elements: JSON.parse(text).elements });
    expectTheView({
      nodes: Object.fromEntries(cy.nodes().map((n) => [n.id(), n.data('evidence')])),
      edges: Object.fromEntries(cy.edges().map((e) => [e.id(), e.data('evidence')])),
    });
    expectTheView(networkx('cytoscape', saved));
  });

  it('CSV: the pair reads back in networkx and csv-parse', async () => {
    const nodes = await exportView('nodes.csv');
    const edges = await exportView('edges.csv');
    expectTheView(networkx('csv', nodes.saved, edges.saved));
    const rows = (text: string) => parseCsv(text, { columns: true, bom: true }) as any[];
    expectTheView({
      nodes: Object.fromEntries(rows(nodes.text).map((r) => [r.Id, JSON.parse(r.evidence)])),
      edges: Object.fromEntries(rows(edges.text).map((r) => [r.Id, JSON.parse(r.evidence)])),
    });
  });
});

describe('a bad view', () => {
  const post = (body: unknown, query = '') =>
    fetch(`${server.url}/export/graph.gexf${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it.each([
    ['no lists', { nodes: 'x' }, 400, 'BAD_USER_INPUT'],
    [
      'an edge to a node left out',
      {
        nodes: ['country:russia'],
        edges: [{ id: 'r', source: 'country:russia', target: 'country:ukraine' }],
      },
      400,
      'BAD_USER_INPUT',
    ],
    [
      'a node twice',
      { nodes: ['country:russia', 'country:russia'], edges: [] },
      400,
      'BAD_USER_INPUT',
    ],
    ['an unknown node', { nodes: ['country:atlantis'], edges: [] }, 404, 'NOT_FOUND'],
    ['not JSON', '{"nodes": [', 400, 'BAD_REQUEST'],
  ])('%s gets a typed error, before any byte of a file', async (_what, body, status, code) => {
    const response = await post(body);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-disposition')).toBeNull();
    expect(codesOf(await response.json())).toEqual([code]);
  });

  it('a view with a focus is refused', async () => {
    const response = await post({ nodes: [], edges: [] }, '?focus=country:russia');
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.argument).toBe('focus');
  });
});
