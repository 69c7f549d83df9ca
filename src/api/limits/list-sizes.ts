import { DEFAULT_PAGE_SIZE, MAX_LIST_SIZE, MAX_PAGE_SIZE } from '../types/pagination';
import { FIELD_WALKS, FieldWalk } from '../read/field-walks';
import { MAX_IDS } from '../types/arguments';
import { NEIGHBOURHOOD_LIMITS } from '../exploration/neighbourhood.service';
import { MAX_HOPS, MAX_PATHS } from '../exploration/paths.service';
import { MAX_TIMELINE } from '../exploration/timeline.service';
import { MAX_HITS } from '../search/search.service';
import type { CostModel, ListSize } from './list-cost';
import { CONNECTION_SUFFIX, PAGED_LISTS } from '../read/walk-connections';

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

// Every relationship list field: its `first` (the schema's default when left out).
const relationshipLists = Object.entries(FIELD_WALKS).flatMap(([type, fields]) =>
  Object.entries(fields as Record<string, FieldWalk>)
    .filter(([, walk]) => walk.shape !== 'node')
    .map(([field]) => [`${type}.${field}`, firstOf(MAX_LIST_SIZE)] as const),
);

/**
 * The list fields whose size their arguments bound, by `Type.field` (an interface's entry
 * holds for its implementations). Any other list field counts as ASSUMED_LIST_SIZE.
 */
export const LIST_SIZES: Record<string, ListSize> = {
  ...Object.fromEntries(relationshipLists),
  // Evidence spans of anything that has them, by `first`.
  ...Object.fromEntries(
    ['Entity', 'Event', 'Claim', 'Relationship', 'GraphEdge'].map((type) => [
      `${type}.evidence`,
      firstOf(MAX_LIST_SIZE),
    ]),
  ),
  'Query.entities': page,
  'Query.claims': page,
  'Query.events': page,
  'Query.rounds': page,
  'Query.sources': page,
  ...Object.fromEntries(
    [...PAGED_LISTS].map((list) => [`${list}${CONNECTION_SUFFIX}`, page] as const),
  ),
  'Entity.relationsConnection': page,
  'Event.relationsConnection': page,
  'Entity.evidenceConnection': page,
  'Event.evidenceConnection': page,
  'Query.search': firstOf(MAX_HITS),
  'Query.officeHolders': firstOf(MAX_LIST_SIZE),
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
