import { DEFAULT_PAGE_SIZE, MAX_LIST_SIZE, MAX_PAGE_SIZE } from '../types/pagination';
import { FIELD_TABLE, isPaging } from '../read/field-table';
import { MAX_IDS } from '../types/arguments';
import { NEIGHBOURHOOD_LIMITS } from '../exploration/neighbourhood.service';
import { MAX_HOPS, MAX_PATHS } from '../exploration/paths.service';
import { MAX_TIMELINE } from '../exploration/timeline.service';
import { MAX_HITS } from '../search/search.service';
import type { CostModel, ListSize } from './list-cost';

// A page is `last` long when it is given, else `first` (or its default).
const pageSize = (arg: (name: string) => number) => arg('last') || arg('first');
const page: ListSize = {
  args: {
    first: { max: MAX_PAGE_SIZE, absent: DEFAULT_PAGE_SIZE },
    last: { max: MAX_PAGE_SIZE, absent: 0 },
  },
  sizes: { nodes: pageSize, edges: pageSize },
};
const firstOf = (max: number): ListSize => ({
  args: { first: { max } },
  sizes: { self: (arg) => arg('first') },
});

/** 1 + limit + limit² + … : the nodes a walk of `depth` levels may reach, `limit` per node. */
const reachable = (limit: number, depth: number) =>
  Array.from({ length: depth + 1 }, (_, level) => limit ** level).reduce((a, b) => a + b, 0);

/**
 * The lists the compiled statement reads, from the table of fields: walks to several nodes or
 * relationships and evidence by `first`, pages of relationships and of evidence as pages.
 */
const readLists = Object.entries(FIELD_TABLE).flatMap(([field, entry]) => {
  if (entry.read !== 'statement') return [];
  const { handler } = entry;
  if (handler === 'evidencePage' || isPaging(handler)) return [[field, page] as const];
  if (handler === 'evidence' || (typeof handler === 'object' && handler.shape !== 'node'))
    return [[field, firstOf(MAX_LIST_SIZE)] as const];
  return [];
});

/**
 * The list fields whose size their arguments bound, by `Type.field` (an interface's entry
 * holds for its implementations). Any other list field counts as ASSUMED_LIST_SIZE.
 */
export const LIST_SIZES: Record<string, ListSize> = {
  ...Object.fromEntries(readLists),
  // A neighbourhood's edge reads its evidence apart, by `first` too.
  'GraphEdge.evidence': firstOf(MAX_LIST_SIZE),
  'Query.entities': page,
  'Query.claims': page,
  'Query.events': page,
  'Query.rounds': page,
  'Query.sources': page,
  'Query.search': firstOf(MAX_HITS),
  'Query.officeHolders': firstOf(MAX_LIST_SIZE),
  'Query.history': firstOf(MAX_LIST_SIZE),
  'Node.history': firstOf(MAX_LIST_SIZE),
  'Relationship.history': firstOf(MAX_LIST_SIZE),
  'KnownGraph.relationships': firstOf(MAX_LIST_SIZE),
  'KnownItem.evidence': firstOf(MAX_LIST_SIZE),
  'Query.paths': firstOf(MAX_PATHS),
  'Query.timeline': firstOf(MAX_TIMELINE),
  'Query.nodes': { args: { ids: { max: MAX_IDS } }, sizes: { self: (arg) => arg('ids') } },
  'Path.nodes': { args: {}, sizes: { self: () => MAX_HOPS + 1 } },
  'Path.hops': { args: {}, sizes: { self: () => MAX_HOPS } },
  // Each node of the first depth levels reads up to limitPerNode relationships; maxNodes caps
  // the nodes, and so the nodes whose relationships are read.
  'Query.neighbourhood': {
    args: {
      depth: { max: NEIGHBOURHOOD_LIMITS.depth },
      limitPerNode: { max: NEIGHBOURHOOD_LIMITS.limitPerNode },
      maxNodes: { max: NEIGHBOURHOOD_LIMITS.maxNodes },
    },
    sizes: {
      nodes: (arg) => Math.min(arg('maxNodes'), reachable(arg('limitPerNode'), arg('depth'))),
      edges: (arg) =>
        Math.min(arg('maxNodes'), reachable(arg('limitPerNode'), arg('depth') - 1)) *
        arg('limitPerNode'),
    },
  },
};

/**
 * Nodes and relationships count, and a subgraph's nodes and edges; the values they carry do not,
 * except the texts that weigh as much as many objects.
 */
export const COST_MODEL: CostModel = {
  table: LIST_SIZES,
  // A source's text is tens to hundreds of kilobytes, where an object is a few hundred bytes; a
  // quote in context is up to a thousand characters.
  texts: { 'Source.text': 1000, 'Evidence.context': 5 },
  counted: ['Node', 'Relationship', 'GraphNode', 'GraphEdge'],
};
