import Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma from 'sigma';
import {
  EvidenceSpan,
  NEIGHBOURHOOD,
  neighbourhood,
  NodeDetails,
  nodeEvidence,
  search,
  SearchHit,
  shortestPath,
  sourceText,
  SubgraphEdge,
} from './api';
import { EVENT_KINDS as EVENT_KIND_LIST } from '../../src/model/vocabulary';

// The explorer: search, expand, filter, find a path, read the evidence. Everything it shows comes
// from the GraphQL API of the server that serves it; nothing is loaded from elsewhere.

const KIND_COLOURS: Record<string, string> = {
  Person: '#1f77b4',
  Country: '#2ca02c',
  Organization: '#9467bd',
  Place: '#8c564b',
  Delegation: '#17becf',
  Issue: '#bcbd22',
  Event: '#ff7f0e',
  Claim: '#e377c2',
  Source: '#7f7f7f',
};
const EDGE_COLOURS = {
  STATED: '#9aa0a6',
  INFERRED: '#7e57c2',
  CLAIMED: '#e8590c',
  PATH: '#d62728',
};
const EVENT_KINDS = new Set<string>(EVENT_KIND_LIST);

interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  /** Entity kind, Event or Claim: what the legend and the kind filter use. */
  group: string;
  names: Record<string, string>;
  fallbackLabel: string;
  degree: number;
  dateStart: string | null;
  dateEnd: string | null;
  expanded: boolean;
}

interface EdgeAttributes {
  size: number;
  color: string;
  label: string;
  type: string;
  basis: string;
  attestedBy: string | null;
  evidence: EvidenceSpan[];
}

const graph = new Graph<NodeAttributes, EdgeAttributes>({ multi: true, type: 'directed' });
const state = {
  focus: null as string | null,
  lang: 'en',
  hiddenKinds: new Set<string>(),
  hiddenTypes: new Set<string>(),
  onlyStated: false,
  from: null as string | null,
  to: null as string | null,
  pathNodes: new Set<string>(),
  pathEdges: new Set<string>(),
  selected: null as { kind: 'node' | 'edge'; key: string } | null,
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = (text: string) => ($('status').textContent = text);

function groupOf(kind: string, typename: string | undefined): string {
  if (typename === 'Claim' || kind === 'Claim') return 'Claim';
  if (EVENT_KINDS.has(kind)) return 'Event';
  return kind;
}

function labelFor(attributes: Pick<NodeAttributes, 'names' | 'fallbackLabel'>): string {
  return attributes.names[state.lang] ?? attributes.names.en ?? attributes.fallbackLabel;
}

function sizeFor(degree: number): number {
  return 4 + Math.min(16, Math.sqrt(Math.max(degree, 1)) * 2.5);
}

/** Adds or updates a node from what the API said of it, next to a neighbour if it is new. */
function upsertNode(
  id: string,
  label: string,
  kind: string,
  node: NodeDetails | null,
  near?: string,
) {
  const names = Object.fromEntries((node?.names ?? []).map((n) => [n.lang, n.value]));
  const group = groupOf(node?.entityKind ?? node?.eventKind ?? kind, node?.__typename);
  const fields = {
    group,
    names,
    fallbackLabel: node?.statement ?? label,
    color: KIND_COLOURS[group] ?? '#666',
    dateStart: node?.date?.start ?? null,
    dateEnd: node?.date?.end ?? null,
  };
  if (graph.hasNode(id)) {
    graph.mergeNodeAttributes(id, fields);
  } else {
    const anchor = near && graph.hasNode(near) ? graph.getNodeAttributes(near) : { x: 0, y: 0 };
    graph.addNode(id, {
      ...fields,
      x: anchor.x + (Math.random() - 0.5) * 10,
      y: anchor.y + (Math.random() - 0.5) * 10,
      size: 6,
      label: '',
      degree: node?.degree ?? 0,
      expanded: false,
    });
  }
  const attributes = graph.getNodeAttributes(id);
  graph.mergeNodeAttributes(id, { label: labelFor(attributes) });
}

function upsertEdge(edge: SubgraphEdge) {
  if (graph.hasEdge(edge.id) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) return;
  graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
    size: 1.5,
    color: edgeColour(edge.basis, edge.attestedBy),
    label: edge.attestedBy ? `${edge.label} (claimed)` : edge.label,
    type: edge.type,
    basis: edge.basis,
    attestedBy: edge.attestedBy,
    evidence: edge.evidence,
  });
}

function edgeColour(basis: string, attestedBy: string | null): string {
  if (attestedBy) return EDGE_COLOURS.CLAIMED;
  return basis === 'STATED' ? EDGE_COLOURS.STATED : EDGE_COLOURS.INFERRED;
}

function refreshSizes() {
  graph.forEachNode((id, attributes) => {
    const degree = Math.max(attributes.degree, graph.degree(id));
    graph.setNodeAttribute(id, 'size', sizeFor(degree));
  });
}

/** Loads the neighbourhood of a node into the graph and lays it out again. */
async function expand(id: string, depth = 1) {
  status(`Loading the neighbourhood of ${id} …`);
  const subgraph = await neighbourhood(id, depth, state.onlyStated);
  for (const node of subgraph.nodes) upsertNode(node.id, node.label, node.kind, node.node, id);
  for (const edge of subgraph.edges) upsertEdge(edge);
  graph.setNodeAttribute(id, 'expanded', true);
  state.focus ??= id;
  refreshSizes();
  refreshFilters();
  runLayout();
  showCounts();
}

/** What the graph holds, once nothing else is being reported. */
function showCounts() {
  status(`${graph.order} nodes, ${graph.size} relationships. Click a node to expand it.`);
}

let layout: FA2Layout<NodeAttributes, EdgeAttributes> | null = null;
let layoutTimer: number | undefined;

/** ForceAtlas2 in a web worker for a couple of seconds after every change. */
function runLayout() {
  layout?.kill();
  layout = new FA2Layout(graph, {
    settings: { gravity: 1, scalingRatio: 8, slowDown: 5, barnesHutOptimize: graph.order > 500 },
  });
  layout.start();
  window.clearTimeout(layoutTimer);
  layoutTimer = window.setTimeout(() => {
    layout?.stop();
    document.body.dataset.layout = 'settled';
  }, 2500);
  document.body.dataset.layout = 'running';
}

function inDateRange(attributes: NodeAttributes): boolean {
  const from = ($('date-from') as HTMLInputElement).value || null;
  const to = ($('date-to') as HTMLInputElement).value || null;
  if (!from && !to) return true;
  if (attributes.group !== 'Event' && attributes.group !== 'Claim') return true;
  if (!attributes.dateStart && !attributes.dateEnd) return false;
  // Open bounds stay open: an ongoing event overlaps every later window.
  const starts = attributes.dateStart ?? '0000-01-01';
  const ends = attributes.dateEnd ?? '9999-12-31';
  return (!to || starts <= to) && (!from || ends >= from);
}

const renderer = new Sigma<NodeAttributes, EdgeAttributes>(graph, $('graph'), {
  settings: {
    enableEdgeEvents: true,
    renderEdgeLabels: true,
    labelRenderedSizeThreshold: 7,
    // Node sizes in screen pixels, whatever the spread of the layout's coordinates.
    itemSizesReference: 'screen',
    autoRescaleContent: 'nodes',
  },
  nodeReducer: (node, data, attributes) => {
    const hidden = state.hiddenKinds.has(attributes.group) || !inDateRange(attributes);
    const onPath = state.pathNodes.size > 0 && state.pathNodes.has(node);
    const dimmed = state.pathNodes.size > 0 && !onPath;
    return {
      ...data,
      visibility: hidden ? 'hidden' : 'visible',
      color: dimmed ? '#d9d9d9' : data.color,
      labelVisibility: onPath || state.selected?.key === node ? 'visible' : 'auto',
      highlighted: onPath || state.selected?.key === node,
    };
  },
  edgeReducer: (edge, data, attributes) => {
    const [source, target] = graph.extremities(edge);
    const endHidden = [source, target].some((n) => {
      const a = graph.getNodeAttributes(n);
      return state.hiddenKinds.has(a.group) || !inDateRange(a);
    });
    const hidden = endHidden || state.hiddenTypes.has(attributes.type);
    const onPath = state.pathEdges.has(edge);
    return {
      ...data,
      visibility: hidden ? 'hidden' : 'visible',
      color: onPath ? EDGE_COLOURS.PATH : state.pathEdges.size > 0 ? '#e6e6e6' : data.color,
      size: onPath ? 4 : data.size,
    };
  },
});

function refreshFilters() {
  const kinds = new Set<string>();
  const types = new Set<string>();
  graph.forEachNode((_id, a) => kinds.add(a.group));
  graph.forEachEdge((_id, a) => types.add(a.type));
  fillChecks($('kind-filters'), [...kinds].sort(), state.hiddenKinds, (kind) => KIND_COLOURS[kind]);
  fillChecks($('type-filters'), [...types].sort(), state.hiddenTypes);
  drawTimeline();
  renderer.refresh();
}

function fillChecks(
  container: HTMLElement,
  values: string[],
  hidden: Set<string>,
  colour?: (value: string) => string | undefined,
) {
  container.replaceChildren(
    ...values.map((value) => {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = !hidden.has(value);
      box.dataset.value = value;
      box.addEventListener('change', () => {
        if (box.checked) hidden.delete(value);
        else hidden.add(value);
        renderer.refresh();
      });
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = colour?.(value) ?? 'transparent';
      label.append(box, swatch, document.createTextNode(value));
      return label;
    }),
  );
}

/** A strip with a tick per dated event or claim, over the years they span. */
function drawTimeline() {
  const canvas = $('timeline') as HTMLCanvasElement;
  const context = canvas.getContext('2d');
  if (!context) return;
  canvas.width = canvas.clientWidth;
  context.clearRect(0, 0, canvas.width, canvas.height);
  const dated: Array<[number, number, string]> = [];
  graph.forEachNode((_id, a) => {
    if (!a.dateStart && !a.dateEnd) return;
    const start = Date.parse(a.dateStart ?? a.dateEnd!);
    const end = a.dateEnd ? Date.parse(a.dateEnd) : Date.now();
    dated.push([start, end, a.color]);
  });
  if (dated.length === 0) return;
  const min = Math.min(...dated.map((d) => d[0]));
  const max = Math.max(...dated.map((d) => d[1]), min + 86400000);
  const x = (t: number) => 4 + ((t - min) / (max - min)) * (canvas.width - 8);
  dated.forEach(([start, end, colour], i) => {
    context.fillStyle = colour;
    context.fillRect(x(start), 4 + (i % 4) * 6, Math.max(2, x(end) - x(start)), 4);
  });
  context.fillStyle = '#555';
  context.font = '10px sans-serif';
  context.fillText(new Date(min).toISOString().slice(0, 10), 4, canvas.height - 3);
  const last = new Date(max).toISOString().slice(0, 10);
  context.fillText(last, canvas.width - context.measureText(last).width - 4, canvas.height - 3);
}

/** The quotes of a node or an edge, each shown inside its source with the span highlighted. */
async function showEvidence(title: string, subtitle: string, spans: EvidenceSpan[]) {
  const panel = $('evidence');
  const heading = document.createElement('h2');
  heading.textContent = title;
  const sub = document.createElement('p');
  sub.className = 'subtitle';
  sub.textContent = subtitle;
  panel.replaceChildren(heading, sub);
  if (spans.length === 0) {
    const none = document.createElement('p');
    none.textContent = 'No evidence spans.';
    panel.append(none);
  }
  for (const span of spans) {
    const source = await sourceText(span.source.id);
    const points = Array.from(source.text);
    const before = points.slice(Math.max(0, span.start - 160), span.start).join('');
    const quoted = points.slice(span.start, span.end).join('');
    const after = points.slice(span.end, span.end + 160).join('');
    const figure = document.createElement('figure');
    figure.className = 'evidence';
    const text = document.createElement('blockquote');
    text.lang = source.language;
    text.dir = 'auto';
    const mark = document.createElement('mark');
    mark.textContent = quoted;
    text.append(
      document.createTextNode(`${span.start > 160 ? '…' : ''}${before}`),
      mark,
      document.createTextNode(`${after}${span.end + 160 < points.length ? '…' : ''}`),
    );
    const caption = document.createElement('figcaption');
    caption.textContent = `${source.title ?? source.id}, ${source.publishedOn} · characters ${span.start}–${span.end}`;
    figure.append(text, caption);
    panel.append(figure);
  }
}

renderer.on('clickNode', ({ node }) => {
  state.selected = { kind: 'node', key: node };
  const attributes = graph.getNodeAttributes(node);
  if (!attributes.expanded && attributes.group !== 'Source')
    expand(node).catch((e: Error) => status(e.message));
  nodeEvidence(node)
    .then((found) =>
      showEvidence(attributes.label, `${attributes.group} · ${node}`, found?.evidence ?? []),
    )
    .catch((e: Error) => status(e.message));
});

renderer.on('clickEdge', ({ edge }) => {
  state.selected = { kind: 'edge', key: edge };
  const attributes = graph.getEdgeAttributes(edge);
  const [source, target] = graph.extremities(edge);
  const basis = attributes.attestedBy
    ? `known only through ${attributes.attestedBy}`
    : attributes.basis.toLowerCase();
  showEvidence(
    `${graph.getNodeAttribute(source, 'label')} → ${graph.getNodeAttribute(target, 'label')}`,
    `${attributes.type} · ${attributes.label} · ${basis}`,
    attributes.evidence,
  ).catch((e: Error) => status(e.message));
  renderer.refresh();
});

/** A search box with suggestions as you type; `pick` gets the chosen entity. */
function searchBox(input: HTMLInputElement, list: HTMLElement, pick: (hit: SearchHit) => void) {
  let timer: number | undefined;
  let asked = 0;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const query = input.value.trim();
    if (query === '') {
      list.replaceChildren();
      return;
    }
    timer = window.setTimeout(async () => {
      const ticket = ++asked;
      const hits = await search(query).catch(() => []);
      if (ticket !== asked) return;
      list.replaceChildren(
        ...hits.map((hit) => {
          const item = document.createElement('li');
          item.dataset.id = hit.entity.id;
          item.textContent = `${hit.entity.name} · ${hit.entity.kind}`;
          item.title = `matched "${hit.matchedName.value}" (${hit.matchedName.lang})`;
          item.addEventListener('click', () => {
            list.replaceChildren();
            input.value = hit.entity.name;
            pick(hit);
          });
          return item;
        }),
      );
    }, 150);
  });
}

searchBox($('search'), $('suggestions'), (hit) => {
  state.focus = hit.entity.id;
  updateLinks();
  expand(hit.entity.id).catch((e: Error) => status(e.message));
});
searchBox($('path-from'), $('path-from-suggestions'), (hit) => (state.from = hit.entity.id));
searchBox($('path-to'), $('path-to-suggestions'), (hit) => (state.to = hit.entity.id));

$('find-path').addEventListener('click', () => void findPath());

async function findPath(): Promise<void> {
  if (!state.from || !state.to) {
    status('Pick both ends of the path from the suggestions.');
    return;
  }
  const path = await shortestPath(state.from, state.to, state.onlyStated).catch((e: Error) => {
    status(e.message);
    return undefined;
  });
  if (path === undefined) return;
  if (!path) {
    state.pathNodes.clear();
    state.pathEdges.clear();
    renderer.refresh();
    status('No path of at most 5 relationships.');
    return;
  }
  let previous: string | undefined;
  for (const node of path.nodes) {
    const kind = node.entityKind ?? node.eventKind ?? node.__typename;
    upsertNode(node.id, node.statement ?? node.id, kind, node, previous);
    previous = node.id;
  }
  for (const hop of path.hops)
    upsertEdge({
      id: hop.id,
      source: hop.from.id,
      target: hop.to.id,
      type: hop.type,
      label: hop.type,
      basis: hop.basis.kind,
      attestedBy: hop.attestedBy?.id ?? null,
      evidence: hop.evidence,
    });
  state.pathNodes = new Set(path.nodes.map((n) => n.id));
  state.pathEdges = new Set(path.hops.map((h) => h.id));
  refreshSizes();
  refreshFilters();
  runLayout();
  const names = path.nodes.map((n) => graph.getNodeAttribute(n.id, 'label'));
  $('path-result').textContent = names.join(' → ');
  status(`A path of ${path.hops.length} relationships, highlighted.`);
}

$('clear-path').addEventListener('click', () => {
  state.pathNodes.clear();
  state.pathEdges.clear();
  $('path-result').textContent = '';
  renderer.refresh();
  showCounts();
});

($('lang') as HTMLSelectElement).addEventListener('change', (event) => {
  state.lang = (event.target as HTMLSelectElement).value;
  graph.forEachNode((id, attributes) => graph.setNodeAttribute(id, 'label', labelFor(attributes)));
});

($('only-stated') as HTMLInputElement).addEventListener('change', (event) => {
  state.onlyStated = (event.target as HTMLInputElement).checked;
  // Drop what is not stated from the view; expansions from here on ask only for what is.
  if (state.onlyStated)
    graph
      .filterEdges((_e, a) => a.basis !== 'STATED' || a.attestedBy !== null)
      .forEach((e) => graph.dropEdge(e));
  updateLinks();
  refreshFilters();
});

for (const id of ['date-from', 'date-to'])
  $(id).addEventListener('change', () => renderer.refresh());

/** The playground link reproduces the view's query; the downloads export the same subgraph. */
function updateLinks() {
  const focus = state.focus;
  const variables = JSON.stringify({ id: focus, depth: 1, onlyStated: state.onlyStated });
  const inline = NEIGHBOURHOOD.replace(/\(\$id: ID!, \$depth: Int!, \$onlyStated: Boolean!\)/, '')
    .replace('$id', JSON.stringify(focus ?? ''))
    .replace('$depth', '1')
    .replace('$onlyStated', String(state.onlyStated));
  ($('open-playground') as HTMLAnchorElement).href =
    `/?query=${encodeURIComponent(`# ${variables}\n${inline}`)}`;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-export]')) {
    const params = new URLSearchParams();
    if (focus) {
      params.set('focus', focus);
      params.set('depth', '2');
    }
    if (state.onlyStated) params.set('onlyStated', 'true');
    const shape = link.dataset.shape;
    if (shape) params.set('shape', shape);
    link.href = `/export/${link.dataset.export}${params.size > 0 ? `?${params}` : ''}`;
  }
}

function drawLegend() {
  const items = Object.entries(KIND_COLOURS)
    .filter(([kind]) => kind !== 'Source')
    .map(
      ([kind, colour]) =>
        `<li><span class="swatch" style="background:${colour}"></span>${kind}</li>`,
    );
  const edges = [
    ['stated by the source', EDGE_COLOURS.STATED],
    ['inferred or external', EDGE_COLOURS.INFERRED],
    ['known only through a claim', EDGE_COLOURS.CLAIMED],
    ['path found', EDGE_COLOURS.PATH],
  ].map(
    ([what, colour]) => `<li><span class="line" style="background:${colour}"></span>${what}</li>`,
  );
  $('legend').innerHTML =
    `<ul>${items.join('')}</ul><ul>${edges.join('')}</ul><p>Node size: number of relationships.</p>`;
}

// For the browser tests: the live graph and renderer, read-only by convention.
declare global {
  interface Window {
    parleyExplorer: { graph: typeof graph; renderer: typeof renderer; state: typeof state };
  }
}
window.parleyExplorer = { graph, renderer, state };

drawLegend();
updateLinks();
const initial = new URLSearchParams(location.search).get('focus');
if (initial) {
  state.focus = initial;
  updateLinks();
  expand(initial).catch((e: Error) => status(e.message));
} else {
  status('Search for an actor to start, in any script: أوميروف, Umerov, Умєров.');
}
