import FA2Layout from 'graphology-layout-forceatlas2/worker';
import Sigma, { DEFAULT_STYLES } from 'sigma';
import { pathCurved, pathLine } from 'sigma/rendering';
import {
  entityCount,
  NEIGHBOURHOOD,
  neighbourhood,
  nodeEvidence,
  roundIds,
  wholeGraph,
} from './api';
import {
  EDGE_COLOURS,
  type EdgeAttributes,
  edgeLabel,
  graph,
  inDateRange,
  type NodeAttributes,
  nodeLabel,
  refreshSizes,
  state,
  upsertEdge,
  upsertNode,
} from './graph-model';
import { loadPaths, pathItems } from './path-finder';
import { LabelLayer } from './label-layer';
import { drawLegend, drawTimeline, fillChecks } from './controls';
import { type PathSearch, readView, writeView } from './permalink';
import { renderList, showAccounts, showEdgeEvidence, showEvidence, showList } from './panels';
import { searchBox } from './search-box';
import { learnSources, outletsOf, shownBySources } from './source-filter';
import { downloadView } from './view-export';

// The explorer: search, expand, filter, find paths, list and read the evidence. Everything it
// shows comes from the GraphQL API of the server that serves it; nothing is loaded from elsewhere.

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = (text: string) => ($('status').textContent = text);
const dateFrom = () => $<HTMLInputElement>('date-from').value || null;
const dateTo = () => $<HTMLInputElement>('date-to').value || null;
const view = { overview: false, expanded: [] as string[], searched: [] as PathSearch[] };

const nodeHidden = (a: NodeAttributes) =>
  state.hiddenKinds.has(a.group) || !inDateRange(a, dateFrom(), dateTo());
/** A relationship of a type hidden, or that no source the filter keeps states. */
const edgeFiltered = (a: EdgeAttributes) =>
  state.hiddenTypes.has(a.type) || !shownBySources(a.sources, state);

const renderer = new Sigma(graph, $('graph'), {
  settings: {
    enableEdgeEvents: true,
    // Labels are drawn by the label layer, with the browser's own text engine.
    renderLabels: false,
    renderEdgeLabels: false,
    itemSizesReference: 'screen',
    autoRescaleContent: 'nodes',
  },
  primitives: { edges: { paths: [pathLine(), pathCurved()] } },
  // Relationships between the same two nodes are drawn as curves apart from one another.
  styles: { ...DEFAULT_STYLES, edges: [DEFAULT_STYLES.edges, { parallelPath: 'curved' }] },
  nodeReducer: (node, data) => {
    const onPath = state.pathNodes.has(node);
    return {
      ...data,
      visibility: nodeHidden(graph.getNodeAttributes(node)) ? 'hidden' : 'visible',
      color: state.pathNodes.size > 0 && !onPath ? '#d9d9d9' : data.color,
      highlighted: onPath || state.selected?.key === node,
    };
  },
  edgeReducer: (edge, data) => {
    const ends = graph.extremities(edge).map((n) => graph.getNodeAttributes(n));
    const hidden = ends.some(nodeHidden) || edgeFiltered(graph.getEdgeAttributes(edge));
    const onPath = state.pathEdges.has(edge);
    return {
      ...data,
      visibility: hidden ? 'hidden' : 'visible',
      color: onPath ? EDGE_COLOURS.PATH : state.pathEdges.size > 0 ? '#e6e6e6' : data.color,
      size: onPath ? 4 : data.size,
    };
  },
} as ConstructorParameters<typeof Sigma>[2]);

const labels = new LabelLayer(renderer, graph, {
  nodeText: (node) => nodeLabel(node),
  edgeText: (edge) => edgeLabel(edge),
  forced: (node) => state.pathNodes.has(node) || state.selected?.key === node,
});

/** The nodes and relationships on screen: what the downloads export and the tests compare. */
function onScreen(): {
  nodes: string[];
  edges: Array<{ id: string; source: string; target: string }>;
} {
  const nodes = graph.filterNodes((_n, a) => !nodeHidden(a));
  const shown = new Set(nodes);
  const edges = graph
    .filterEdges((_e, a, s, t) => shown.has(s) && shown.has(t) && !edgeFiltered(a))
    .map((id) => ({ id, source: graph.source(id), target: graph.target(id) }));
  return { nodes, edges };
}

/** Loads the neighbourhood of a node into the graph and lays it out again. */
async function expand(id: string) {
  status(`Loading the neighbourhood of ${graph.hasNode(id) ? nodeLabel(id) : id} …`);
  const subgraph = await neighbourhood(id, 1, {
    onlyStated: state.onlyStated,
    minIndependentSources: state.minIndependentSources,
  });
  for (const node of subgraph.nodes) upsertNode(node.id, node.label, node.kind, node.node, id);
  for (const edge of subgraph.edges) upsertEdge(edge);
  await learnGraphSources();
  graph.setNodeAttribute(id, 'expanded', true);
  if (!view.expanded.includes(id)) view.expanded.push(id);
  state.focus ??= id;
  changed();
}

/** On opening with nothing asked: the whole graph when small, else the rounds and their links. */
async function overview() {
  view.overview = true;
  const { totalCount } = await entityCount();
  status('Loading an overview …');
  if (totalCount <= 150) {
    const whole = await wholeGraph();
    for (const n of whole.nodes) upsertNode(n.id, n.label, n.kind, n.node);
    for (const e of whole.edges) upsertEdge(e);
  } else for (const id of await roundIds()) await expand(id);
  await learnGraphSources();
  changed();
}

/** The outlets and grades of the sources of every relationship in the graph, asked once each. */
function learnGraphSources(): Promise<void> {
  return learnSources(graph.mapEdges((_e, a) => a.sources).flat());
}

/** After anything that changes the graph or the view: sizes, filters, layout, counts, link. */
function changed() {
  refreshSizes();
  refreshFilters();
  runLayout();
  showCounts();
  updateLinks();
}

function showCounts() {
  const shown = onScreen();
  status(
    `${shown.nodes.length} nodes, ${shown.edges.length} relationships. Click a node to expand it.`,
  );
}

let layout: FA2Layout | null = null;
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
    if (state.pathNodes.size > 0) zoomTo([...state.pathNodes]);
    document.body.dataset.layout = 'settled';
  }, 2500);
  document.body.dataset.layout = 'running';
}

function refreshFilters() {
  const kinds = new Set<string>();
  const types = new Set<string>();
  graph.forEachNode((_id, a) => kinds.add(a.group));
  graph.forEachEdge((_id, a) => types.add(a.type));
  fillChecks($('kind-filters'), [...kinds].sort(), state.hiddenKinds, changedFilter);
  fillChecks($('type-filters'), [...types].sort(), state.hiddenTypes, changedFilter);
  const outlets = outletsOf(graph.mapEdges((_e, a) => a.sources).flat());
  const outletLabels = new Map(outlets.map((o) => [o.key, o.label]));
  fillChecks(
    $('outlet-filters'),
    outlets.map((o) => o.key),
    state.hiddenOutlets,
    changedFilter,
    (key) => outletLabels.get(key) ?? key,
  );
  drawTimeline($('timeline') as HTMLCanvasElement);
  renderer.refresh();
}

function changedFilter() {
  renderer.refresh();
  showCounts();
  updateLinks();
}

/** The camera on a set of nodes: centred on them, zoomed to hold them all. */
function zoomTo(nodes: string[]) {
  const points = nodes.map((n) => renderer.getNodeDisplayData(n)).filter((d) => d !== undefined);
  if (points.length === 0) return;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs),
    Math.max(...xs),
    Math.min(...ys),
    Math.max(...ys),
  ];
  const ratio = Math.max(0.15, Math.max(maxX - minX, maxY - minY) * 1.4);
  void renderer
    .getCamera()
    .animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 300 });
}

function select(kind: 'node' | 'edge', key: string) {
  state.selected = { kind, key };
  updateLinks();
  renderer.refresh();
}

async function openNode(node: string) {
  const attributes = graph.getNodeAttributes(node);
  select('node', node);
  if (!attributes.expanded) await expand(node);
  const found = await nodeEvidence(node);
  await Promise.all([
    attributes.disputed
      ? showAccounts(node, nodeLabel(node), `${attributes.group} · ${node}`)
      : showEvidence(nodeLabel(node), `${attributes.group} · ${node}`, found?.evidence ?? []),
    showList(node),
  ]);
}

renderer.on('clickNode', ({ node }) => void openNode(node).catch((e: Error) => status(e.message)));
renderer.on('clickEdge', ({ edge }) => {
  select('edge', edge);
  showEdgeEvidence(edge).catch((e: Error) => status(e.message));
});

searchBox($('search'), $('suggestions'), (hit) => {
  if (graph.hasNode(hit.id)) void openNode(hit.id);
  else
    expand(hit.id)
      .then(() => openNode(hit.id))
      .catch((e: Error) => status(e.message));
});
searchBox($('path-from'), $('path-from-suggestions'), (hit) => (state.from = hit.id));
searchBox($('path-to'), $('path-to-suggestions'), (hit) => (state.to = hit.id));
$('find-path').addEventListener('click', () => {
  if (!state.from || !state.to) status('Pick both ends of the path from the suggestions.');
  else {
    const avoidClaims = $<HTMLInputElement>('avoid-claims').checked;
    void findPath({ from: state.from, to: state.to, avoidClaims });
  }
});

/** Finds the paths of a search, remembers the search for the link, and shows the i-th path. */
async function findPath(search: PathSearch, index = 0): Promise<void> {
  status('Finding paths …');
  Object.assign(state, search);
  const found = await loadPaths(search, state).catch((e: Error) => {
    status(e.message);
    return undefined;
  });
  if (found === undefined) return;
  remember(search);
  await learnGraphSources();
  state.paths = found;
  if (found.length === 0) {
    clearPath();
    status('No path of at most 5 relationships.');
    return;
  }
  changed();
  showPath(Math.min(index, found.length - 1));
}

/** A search made stays in the link: its nodes stay in the graph when its path is cleared. */
function remember(search: PathSearch) {
  const same = (s: PathSearch) =>
    s.from === search.from && s.to === search.to && s.avoidClaims === search.avoidClaims;
  if (!view.searched.some(same)) view.searched.push(search);
}

/** Highlights the i-th path found, lists them all, and zooms to it. */
function showPath(index: number) {
  state.pathIndex = index;
  const path = state.paths[index];
  state.pathNodes = new Set(path.nodes);
  state.pathEdges = new Set(path.edges);
  $('path-list').replaceChildren(...pathItems(state.paths, index, (n) => nodeLabel(n), showPath));
  $('path-result').textContent = path.nodes.map((n) => nodeLabel(n)).join(' → ');
  status(
    `${state.paths.length} path(s) found; path ${index + 1} of ${path.edges.length} relationships, highlighted.`,
  );
  renderer.refresh();
  zoomTo(path.nodes);
  updateLinks();
}

function clearPath() {
  state.paths = [];
  state.pathNodes.clear();
  state.pathEdges.clear();
  $('path-result').textContent = '';
  $('path-list').replaceChildren();
  renderer.refresh();
}

$('clear-path').addEventListener('click', () => {
  clearPath();
  showCounts();
  updateLinks();
});

$<HTMLSelectElement>('lang').addEventListener('change', (event) => {
  state.lang = (event.target as HTMLSelectElement).value;
  document.documentElement.dataset.labels = state.lang;
  if (state.paths.length > 0) showPath(state.pathIndex);
  renderList();
  renderer.refresh();
  updateLinks();
});

$<HTMLInputElement>('only-stated').addEventListener('change', (event) => {
  state.onlyStated = (event.target as HTMLInputElement).checked;
  // Drop what is not stated from the view; expansions from here on ask only for what is.
  if (state.onlyStated)
    graph
      .filterEdges((_e, a) => a.basis !== 'STATED' || a.attestedBy !== null)
      .forEach((e) => graph.dropEdge(e));
  refreshFilters();
  changedFilter();
});

$<HTMLInputElement>('min-sources').addEventListener('change', (event) => {
  const value = Math.trunc(Number((event.target as HTMLInputElement).value));
  state.minIndependentSources = Number.isFinite(value) && value > 0 ? value : 0;
  // Drop what fewer independent sources state; expansions from here on ask only for the rest.
  graph
    .filterEdges((_e, a) => a.support.independentSources < state.minIndependentSources)
    .forEach((e) => graph.dropEdge(e));
  refreshFilters();
  changedFilter();
});

$<HTMLSelectElement>('min-grade').addEventListener('change', (event) => {
  state.minGrade = (event.target as HTMLSelectElement).value || null;
  changedFilter();
});

for (const id of ['date-from', 'date-to']) $(id).addEventListener('change', changedFilter);

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-export]'))
  link.addEventListener('click', (event) => {
    event.preventDefault();
    downloadView(link.dataset.export!, link.dataset.shape ?? null, onScreen()).catch((e: Error) =>
      status(e.message),
    );
  });

/** The address of the view, the playground link, and the copy-link button follow the view. */
function updateLinks() {
  const link = writeView({
    ...view,
    lang: state.lang,
    hiddenKinds: [...state.hiddenKinds],
    hiddenTypes: [...state.hiddenTypes],
    onlyStated: state.onlyStated,
    minIndependentSources: state.minIndependentSources,
    hiddenOutlets: [...state.hiddenOutlets],
    minGrade: state.minGrade,
    dateFrom: dateFrom(),
    dateTo: dateTo(),
    pathFrom: state.paths.length > 0 ? state.from : null,
    pathTo: state.paths.length > 0 ? state.to : null,
    avoidClaims: state.avoidClaims,
    pathIndex: state.pathIndex,
    selected: state.selected?.key ?? null,
  });
  history.replaceState(null, '', `${location.pathname}${link}`);
  const focus = state.focus;
  const variables = JSON.stringify({
    id: focus,
    depth: 1,
    onlyStated: state.onlyStated,
    minIndependentSources: state.minIndependentSources,
  });
  const inline = NEIGHBOURHOOD.replace(/\(\$id: ID!, [^)]*\)/, '')
    .replace('$id', JSON.stringify(focus ?? ''))
    .replace('$depth', '1')
    .replace('$onlyStated', String(state.onlyStated))
    .replace('$minIndependentSources', String(state.minIndependentSources));
  $<HTMLAnchorElement>('open-playground').href =
    `/?query=${encodeURIComponent(`# ${variables}\n${inline}`)}`;
}

$('copy-link').addEventListener('click', () => {
  void navigator.clipboard?.writeText(location.href).catch(() => undefined);
  status(`Link to this view: ${location.href}`);
});

/** Opens the view the address describes: expansions in order, then filters, path, selection. */
async function restore() {
  const saved = readView(location.search);
  state.lang = saved.lang;
  $<HTMLSelectElement>('lang').value = saved.lang;
  state.onlyStated = saved.onlyStated;
  $<HTMLInputElement>('only-stated').checked = saved.onlyStated;
  state.minIndependentSources = saved.minIndependentSources;
  $<HTMLInputElement>('min-sources').value = String(saved.minIndependentSources);
  saved.hiddenKinds.forEach((k) => state.hiddenKinds.add(k));
  saved.hiddenTypes.forEach((t) => state.hiddenTypes.add(t));
  saved.hiddenOutlets.forEach((o) => state.hiddenOutlets.add(o));
  state.minGrade = saved.minGrade;
  $<HTMLSelectElement>('min-grade').value = saved.minGrade ?? '';
  $<HTMLInputElement>('date-from').value = saved.dateFrom ?? '';
  $<HTMLInputElement>('date-to').value = saved.dateTo ?? '';
  $<HTMLInputElement>('avoid-claims').checked = saved.avoidClaims;
  const nothing = !saved.overview && saved.expanded.length === 0 && !saved.pathFrom;
  if (saved.overview || nothing) await overview();
  for (const id of saved.expanded) await expand(id);
  // The path shown, if any, is searched last; the searches before it only add their nodes.
  const shown =
    saved.pathFrom && saved.pathTo
      ? { from: saved.pathFrom, to: saved.pathTo, avoidClaims: saved.avoidClaims }
      : null;
  for (const search of saved.searched) {
    const isShown =
      shown?.from === search.from &&
      shown.to === search.to &&
      shown.avoidClaims === search.avoidClaims;
    if (isShown) continue;
    await loadPaths(search, state);
    remember(search);
  }
  await learnGraphSources();
  if (shown) await findPath(shown, saved.pathIndex);
  if (saved.selected && graph.hasNode(saved.selected)) await openNode(saved.selected);
  else if (saved.selected && graph.hasEdge(saved.selected)) {
    select('edge', saved.selected);
    await showEdgeEvidence(saved.selected);
  }
  changed();
  document.body.dataset.restored = 'true';
}

// For the browser tests: the live graph, renderer, labels and view, read-only by convention.
declare global {
  interface Window {
    parleyExplorer: {
      graph: typeof graph;
      renderer: typeof renderer;
      state: typeof state;
      labels: LabelLayer;
      onScreen: typeof onScreen;
      nodeLabel: typeof nodeLabel;
      edgeLabel: typeof edgeLabel;
    };
  }
}
window.parleyExplorer = { graph, renderer, state, labels, onScreen, nodeLabel, edgeLabel };

drawLegend($('legend'));
restore().catch((e: Error) => status(e.message));
