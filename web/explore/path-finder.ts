import { CLAIM_LINK_TYPES, MEANINGFUL_RELATIONSHIP_TYPES } from '../../src/model/vocabulary';
import { findPaths, type PathFound } from './api';
import { upsertEdge, upsertNode } from './graph-model';
import type { PathSearch } from './permalink';

// Path searches: the k shortest paths between two nodes, optionally not through claims, added to
// the graph on screen.

/** How many paths a search asks for. */
const PATHS_ASKED = 5;

/** A path as the view keeps it: its node and relationship ids, in order. */
export interface ShownPath {
  nodes: string[];
  edges: string[];
}

/** Relationship types a search may follow: all of them, or all but those that join claims. */
function pathTypes(avoidClaims: boolean): string[] | null {
  return avoidClaims
    ? MEANINGFUL_RELATIONSHIP_TYPES.filter((type) => !CLAIM_LINK_TYPES.includes(type))
    : null;
}

/** Finds the paths of a search and adds their nodes and relationships to the graph. */
export async function loadPaths(
  search: PathSearch,
  filter: { onlyStated: boolean; minIndependentSources: number },
): Promise<ShownPath[]> {
  // Only the two filters: callers pass the explorer's whole state, whose own from and to are the
  // path box's and not this search's.
  const found = await findPaths(search.from, search.to, {
    onlyStated: filter.onlyStated,
    minIndependentSources: filter.minIndependentSources,
    types: pathTypes(search.avoidClaims),
    first: PATHS_ASKED,
  });
  for (const path of found) addPath(path);
  return found.map((p) => ({ nodes: p.nodes.map((n) => n.id), edges: p.hops.map((h) => h.id) }));
}

function addPath(path: PathFound) {
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
      disputed: hop.disputed,
      support: hop.support,
      evidence: hop.evidence,
    });
}

/** The list of paths found, each item choosing its path; `current` is marked. */
export function pathItems(
  paths: ShownPath[],
  current: number,
  label: (node: string) => string,
  choose: (index: number) => void,
): HTMLLIElement[] {
  return paths.map((path, i) => {
    const item = document.createElement('li');
    item.textContent = path.nodes.map(label).join(' → ');
    item.dir = 'auto';
    item.tabIndex = 0;
    item.setAttribute('aria-current', String(i === current));
    item.addEventListener('click', () => choose(i));
    return item;
  });
}
