import Graph from 'graphology';
import { EVENT_KINDS as EVENT_KIND_LIST } from '../../src/model/vocabulary';
import type { EvidenceSpan, NodeDetails, SubgraphEdge } from './api';
import { pick, word } from './i18n';

// The graph on screen and the state of the view: what the canvas, the panels, the permalink and
// the downloads all read.

export const KIND_COLOURS: Record<string, string> = {
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
/** An event whose accounts disagree, a disputed claim, a position sources give opposite stances. */
export const DISPUTED_COLOUR = '#c92a2a';
export const EDGE_COLOURS = {
  STATED: '#9aa0a6',
  INFERRED: '#7e57c2',
  CLAIMED: '#e8590c',
  PATH: '#d62728',
};
const EVENT_KINDS = new Set<string>(EVENT_KIND_LIST);

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  /** Entity kind, Event or Claim: what the legend and the kind filter use. */
  group: string;
  names: Record<string, string>;
  /** A claim's statement by language. */
  statements: Record<string, string>;
  fallbackLabel: string;
  degree: number;
  dateStart: string | null;
  dateEnd: string | null;
  /** An event whose accounts disagree (see Event.disputed). */
  disputed: boolean;
  expanded: boolean;
}

export interface EdgeAttributes {
  size: number;
  color: string;
  /** The API's label: a title, role or stance, else the type. */
  title: string;
  type: string;
  basis: string;
  attestedBy: string | null;
  /** A position whose holder sources give opposite stances (see Position.disputed). */
  disputed: boolean;
  support: SubgraphEdge['support'];
  /** The sources that state it: what the filter by outlet and grade reads. */
  sources: string[];
  evidence: EvidenceSpan[];
}

export const graph = new Graph<NodeAttributes, EdgeAttributes>({ multi: true, type: 'directed' });

export const state = {
  focus: null as string | null,
  lang: 'en',
  hiddenKinds: new Set<string>(),
  hiddenTypes: new Set<string>(),
  onlyStated: false,
  minIndependentSources: 0,
  /** Outlets whose sources alone do not keep a relationship in view. */
  hiddenOutlets: new Set<string>(),
  /** The least reliability grade a relationship's source's outlet must have (null: any). */
  minGrade: null as string | null,
  from: null as string | null,
  to: null as string | null,
  avoidClaims: false,
  /** The paths found, and which of them is shown. */
  paths: [] as Array<{ nodes: string[]; edges: string[] }>,
  pathIndex: 0,
  pathNodes: new Set<string>(),
  pathEdges: new Set<string>(),
  selected: null as { kind: 'node' | 'edge'; key: string } | null,
};

export function groupOf(kind: string, typename: string | undefined): string {
  if (typename === 'Claim' || kind === 'Claim') return 'Claim';
  if (EVENT_KINDS.has(kind)) return 'Event';
  return kind;
}

/** A node's label in the chosen language: its name, or a claim's statement, with fallbacks. */
export function nodeLabel(id: string, lang = state.lang): string {
  const a = graph.getNodeAttributes(id);
  const label = pick(a.names, lang) ?? pick(a.statements, lang) ?? a.fallbackLabel;
  return a.disputed ? `${label} (${word(lang, 'disputed')})` : label;
}

/** A relationship's label in the chosen language: its type's name there (its title in English). */
export function edgeLabel(id: string, lang = state.lang): string {
  const a = graph.getEdgeAttributes(id);
  // A disputed position's own stance is only the latest source's: its type is what is known.
  if (a.disputed) return `${word(lang, a.type)} (${word(lang, 'disputed')})`;
  const base = lang === 'en' ? a.title : word(lang, a.type);
  return a.attestedBy ? `${base} (${word(lang, 'claimed')})` : base;
}

function sizeFor(degree: number): number {
  return 4 + Math.min(16, Math.sqrt(Math.max(degree, 1)) * 2.5);
}

/** Adds or updates a node from what the API said of it, next to a neighbour if it is new. */
export function upsertNode(
  id: string,
  label: string,
  kind: string,
  node: NodeDetails | null,
  near?: string,
) {
  const group = groupOf(node?.entityKind ?? node?.eventKind ?? kind, node?.__typename);
  const fields = {
    group,
    names: Object.fromEntries((node?.names ?? []).map((n) => [n.lang, n.value])),
    statements: Object.fromEntries((node?.statements ?? []).map((n) => [n.lang, n.value])),
    fallbackLabel: label,
    color: node?.disputed ? DISPUTED_COLOUR : (KIND_COLOURS[group] ?? '#666'),
    dateStart: node?.date?.start ?? null,
    dateEnd: node?.date?.end ?? null,
    disputed: node?.disputed ?? false,
  };
  if (graph.hasNode(id)) {
    graph.mergeNodeAttributes(id, fields);
    return;
  }
  const anchor = near && graph.hasNode(near) ? graph.getNodeAttributes(near) : { x: 0, y: 0 };
  graph.addNode(id, {
    ...fields,
    x: anchor.x + (Math.random() - 0.5) * 10,
    y: anchor.y + (Math.random() - 0.5) * 10,
    size: 6,
    degree: node?.degree ?? 0,
    expanded: false,
  });
}

export function upsertEdge(edge: SubgraphEdge) {
  if (graph.hasEdge(edge.id) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) return;
  graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
    size: edgeWidth(edge.support.independentSources),
    color: edge.disputed ? DISPUTED_COLOUR : edgeColour(edge.basis, edge.attestedBy),
    title: edge.label,
    type: edge.type,
    basis: edge.basis,
    attestedBy: edge.attestedBy,
    disputed: edge.disputed,
    support: edge.support,
    sources: edge.support.reports
      ? edge.support.reports.map((r) => r.source.id)
      : [...new Set(edge.evidence.map((span) => span.source.id))],
    evidence: edge.evidence,
  });
}

/** An edge's width: wider the more independent sources state it, up to five. */
export function edgeWidth(independentSources: number): number {
  return 0.5 + Math.min(Math.max(independentSources, 1), 5) * 1.2;
}

function edgeColour(basis: string, attestedBy: string | null): string {
  if (attestedBy) return EDGE_COLOURS.CLAIMED;
  return basis === 'STATED' ? EDGE_COLOURS.STATED : EDGE_COLOURS.INFERRED;
}

export function refreshSizes() {
  graph.forEachNode((id, attributes) => {
    const degree = Math.max(attributes.degree, graph.degree(id));
    graph.setNodeAttribute(id, 'size', sizeFor(degree));
  });
}

/** Whether an event or claim falls in the date range chosen (open bounds stay open). */
export function inDateRange(attributes: NodeAttributes, from: string | null, to: string | null) {
  if (!from && !to) return true;
  if (attributes.group !== 'Event' && attributes.group !== 'Claim') return true;
  if (!attributes.dateStart && !attributes.dateEnd) return false;
  // An ongoing event overlaps every later window.
  const starts = attributes.dateStart ?? '0000-01-01';
  const ends = attributes.dateEnd ?? '9999-12-31';
  return (!to || starts <= to) && (!from || ends >= from);
}
