import type { ManagedTransaction } from 'neo4j-driver';
import {
  CorroborationRepository,
  type EdgeRef,
  type SourceLinks,
} from '../graph/writes/corroboration.repository';
import { statedAccountsIn, statedPositionsIn } from '../graph/queries/accounts.repository';
import { accountsOf, disputedPoints, PLACE_NESTING } from '../model/accounts';
import { opposedPositions, positionAccounts } from '../model/positions';
import type { EdgeEnds } from './dossier-statements';

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
 * facts the write touched, and of every fact citing a source whose key changed; then what is
 * disputed around them. `ends` are the type and ends of the relationships it wrote or took out.
 */
export async function refreshCorroboration(
  tx: Pick<ManagedTransaction, 'run'>,
  touched: { nodes: string[]; edges: EdgeRef[]; ends: EdgeEnds[] },
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
  // An event's accounts change with its participations and places, and with what its places lie
  // in: a city found to lie in the country another account names no longer disagrees with it.
  const heldIn = touched.ends.filter((e) => e.type === 'HELD_IN').map((e) => e.from);
  const nested = touched.ends
    .filter((e) => (PLACE_NESTING.types as readonly string[]).includes(e.type))
    .map((e) => e.from);
  await refreshDisputes(tx, repo, [
    ...new Set([
      ...(await repo.events(touched.nodes, touched.edges)),
      ...heldIn,
      ...(await repo.eventsHeldWithin(nested)),
    ]),
  ]);
  // A link taken out leaves its ends to be looked at again: a claim no longer contradicted, a
  // position no longer opposed.
  const claimLinks = touched.ends.filter((e) => CLAIM_TO_CLAIM.includes(e.type));
  await refreshClaimDisputes(repo, [
    ...new Set([...touched.nodes, ...claimLinks.flatMap((e) => [e.from, e.to])]),
  ]);
  await refreshPositionDisputes(
    tx,
    repo,
    touched.ends.filter((e) => e.type === 'HOLDS_POSITION'),
  );
}

const CLAIM_TO_CLAIM = ['SAME_STATEMENT_AS', 'CONTRADICTS'];

/**
 * Marks the claims the write touched, the other reports of their statements and the claims they
 * contradict, with what is disputed about each: CHANNEL when reports of one statement give
 * different channels (one says Telegram, another a press conference: who said it is not in
 * question, how it was said is), CONTRADICTION when a dossier declares that it and another claim
 * cannot both be true.
 */
async function refreshClaimDisputes(repo: CorroborationRepository, nodes: string[]) {
  const claims = await repo.claimsAround(nodes);
  await repo.setClaimDisputes(
    claims.map((c) => ({
      id: c.id,
      points: [
        ...(new Set(c.channels).size > 1 ? ['CHANNEL'] : []),
        ...(c.contradicted ? ['CONTRADICTION'] : []),
      ],
    })),
  );
}

/**
 * Marks every position between the holders and issues of the positions the write touched as
 * disputed or not: disputed when one dossier's stance opposes another's for times that meet
 * (see opposedPositions), whether they state one relationship or two.
 */
async function refreshPositionDisputes(
  tx: Pick<ManagedTransaction, 'run'>,
  repo: CorroborationRepository,
  ends: EdgeEnds[],
) {
  const pairs = [...new Map(ends.map(({ from, to }) => [`${from} ${to}`, { from, to }])).values()];
  const CHUNK = 500;
  for (let i = 0; i < pairs.length; i += CHUNK) {
    const stated = await statedPositionsIn(tx, pairs.slice(i, i + CHUNK));
    await repo.setPositionDisputes(
      stated.flatMap(({ relations, statements }) => {
        const sides = new Set(
          opposedPositions(positionAccounts(statements)).map((p) => p.relation),
        );
        return relations.map((r) => ({ ...r, disputed: sides.has(r.id) }));
      }),
    );
  }
}

/**
 * Marks each event the write touched as disputed or not, from its accounts: the date, the places
 * and the participants each dossier gives it (see disputedPoints). Kept on the event, so that
 * lists of disputed points read a property, not every account of every event.
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
