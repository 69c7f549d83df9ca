import type { ManagedTransaction } from 'neo4j-driver';
import {
  CorroborationRepository,
  type EdgeRef,
  type SourceLinks,
} from '../graph/writes/corroboration.repository';
import { statedAccountsIn } from '../graph/queries/accounts.repository';
import { accountsOf, disputedPoints } from '../model/accounts';

/**
 * What each source counts as among independent ones. A copy (a reprint, a translation, a wire
 * story carried) counts as the source it copies, followed to the first that copies none. That
 * original counts as its outlet, and an outlet as the group of outlets declared dependent on it
 * (one owner, one newsroom), named by the group's least outlet id. Two reports of one newsroom
 * are one voice; a source with no outlet counts as itself. A key is an outlet's id or a source's.
 * Pure: tested without a database.
 */
export function independenceKeys(
  sources: ReadonlyArray<Pick<SourceLinks, 'id' | 'outlet' | 'copyOf'>>,
  dependences: ReadonlyArray<readonly string[]>,
): Map<string, string> {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const group = outletGroups(dependences);
  const keys = new Map<string, string>();
  for (const source of sources) {
    let root = source;
    // A copy of a source the graph does not hold (withdrawn) counts as itself; a circle stops.
    const seen = new Set([root.id]);
    for (let next = byId.get(root.copyOf ?? ''); next && !seen.has(next.id);) {
      seen.add(next.id);
      root = next;
      next = byId.get(root.copyOf ?? '');
    }
    keys.set(source.id, root.outlet ? (group.get(root.outlet) ?? root.outlet) : root.id);
  }
  return keys;
}

/** Each outlet of a declared dependence, to the least outlet id of its (transitive) group. */
function outletGroups(dependences: ReadonlyArray<readonly string[]>): Map<string, string> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const outlets of dependences)
    for (const outlet of outlets) {
      if (!parent.has(outlet)) parent.set(outlet, outlet);
      const [a, b] = [find(outlets[0]), find(outlet)];
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  return new Map([...parent.keys()].map((outlet) => [outlet, find(outlet)]));
}

/**
 * Brings corroboration up to date after an ingest or a withdrawal, in its transaction: first every
 * source's independence key (copies and dependences may have changed), then the support of the
 * facts the write touched, and of every fact citing a source whose key changed.
 */
export async function refreshCorroboration(
  tx: Pick<ManagedTransaction, 'run'>,
  touched: { nodes: string[]; edges: EdgeRef[] },
): Promise<void> {
  const repo = new CorroborationRepository(tx);
  const { sources, dependences } = await repo.links();
  const keys = independenceKeys(sources, dependences);
  const changed = sources.filter((s) => s.key !== keys.get(s.id));
  await repo.setKeys(changed.map((s) => ({ id: s.id, key: keys.get(s.id)! })));
  // A source new to the graph is cited only by what this write touched.
  const moved = changed.filter((s) => s.key !== null).map((s) => s.id);
  const citing = moved.length > 0 ? await repo.citing(moved) : { nodes: [], edges: [] };
  await repo.refreshNodes([...new Set([...touched.nodes, ...citing.nodes])]);
  const edges = new Map([...touched.edges, ...citing.edges].map((e) => [e.id, e]));
  await repo.refreshEdges([...edges.values()]);
  await refreshDisputes(tx, repo, await repo.events(touched.nodes, touched.edges));
  await refreshClaimDisputes(repo, touched.nodes);
}

/**
 * Marks each report of a statement the write touched, and the other reports of it, as disputed
 * when they give different channels (one says Telegram, another a press conference): who said
 * it is not in question, how it was said is.
 */
async function refreshClaimDisputes(repo: CorroborationRepository, nodes: string[]) {
  const rows = new Map<string, boolean>();
  for (const group of await repo.statementGroups(nodes)) {
    const channels = new Set(group.flatMap((c) => (c.channel ? [c.channel] : [])));
    for (const claim of group) rows.set(claim.id, channels.size > 1);
  }
  await repo.setClaimDisputes([...rows].map(([id, disputed]) => ({ id, disputed })));
}

/**
 * Marks each event the write touched as disputed or not, from its accounts: the date and the
 * participants each dossier gives it (see disputedPoints). Kept on the event, so that lists of
 * disputed points read a property, not every account of every event.
 */
async function refreshDisputes(
  tx: Pick<ManagedTransaction, 'run'>,
  repo: CorroborationRepository,
  events: string[],
): Promise<void> {
  const CHUNK = 500;
  for (let i = 0; i < events.length; i += CHUNK) {
    const ids = events.slice(i, i + CHUNK);
    const stated = await statedAccountsIn(tx, ids);
    await repo.setDisputes(
      ids.map((id, j) => ({
        id,
        points: disputedPoints(accountsOf(stated[j])).map((p) =>
          p.role ? `${p.aspect}:${p.role}` : p.aspect,
        ),
      })),
    );
  }
}
