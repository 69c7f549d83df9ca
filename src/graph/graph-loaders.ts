import type { EvidencePage, EvidenceSlice } from './evidence-pages';
import DataLoader from 'dataloader';
import type { WalkFilter } from '../model/walks';
import type { QueryExecutor } from '../db/query-executor';
import { MEANINGFUL_RELATIONSHIP_TYPES } from '../model/vocabulary';
import { GraphRepository } from './graph.repository';
import { AccountsRepository } from './queries/accounts.repository';
import { AssessmentRecord, AssessmentsRepository } from './queries/assessments.repository';
import type { StatedAccount } from '../model/accounts';
import { HistoryRecord, HistoryRepository } from './queries/history.repository';
import { KnownRecord, KnownRepository } from './queries/known.repository';
import type { PageRequest } from './keyset.repository';
import type { NodeRecord, RelationRecord } from './node-record';
import { RelationPagesRepository, RelationWalk } from './relation-pages.repository';

/** Which relationships of a node to load. */
export interface RelationKey {
  id: string;
  types: readonly string[];
  direction: 'OUT' | 'IN' | 'BOTH';
  /** What to keep, and how many of those (all when left out), in relationship id order. */
  filter?: WalkFilter;
  limit?: number;
}

/** The per-request loaders every relationship field goes through. */
export interface GraphLoaders {
  node: DataLoader<string, NodeRecord | null>;
  source: DataLoader<string, NodeRecord | null>;
  relations: DataLoader<RelationKey, RelationRecord[], string>;
  /** Number of meaningful relationships of a node. */
  degree: DataLoader<string, number>;
  /** A node's first `limit` evidence ids (an entity's, or a record read without them; see propsWithEvidence). */
  evidenceIds: DataLoader<{ id: string; limit: number }, string[], string>;
  /** A page of a node's relationships, plus one, in reading order. */
  relationPages: DataLoader<RelationPageKey, RelationRecord[], string>;
  /** How many relationships a walk of a node has. */
  relationCounts: DataLoader<{ id: string; walk: RelationWalk }, number, string>;
  /** A slice of a node's evidence list, by position, and the list's length. */
  evidencePages: DataLoader<{ id: string; slice: EvidenceSlice }, EvidencePage, string>;
  /** A node's or relationship's statements by dossier, newest first, `limit` at most. */
  history: DataLoader<{ id: string; limit: number }, HistoryRecord[], string>;
  /** A node as known at an instant (ISO 8601, UTC), rebuilt from its statements current then. */
  known: DataLoader<{ id: string; at: string }, KnownRecord | null, string>;
  /** The analysts' assessments of an outlet or a claim. */
  assessments: DataLoader<string, AssessmentRecord[]>;
  /** An event as each dossier states it. */
  accounts: DataLoader<string, StatedAccount[]>;
}

/** A page of one node's relationships. */
export interface RelationPageKey {
  id: string;
  walk: RelationWalk;
  page: PageRequest;
}

/**
 * A loader over keys that share a query but for the node id: keys with the same rest (the usual
 * case: one field over many parents) become one statement, in the order they came.
 */
function byNodeId<K extends { id: string }, V>(
  rest: (key: K) => unknown,
  load: (ids: string[], key: K) => Promise<V[]>,
): DataLoader<K, V, string> {
  const groupOf = (key: K) => JSON.stringify(rest(key));
  return new DataLoader<K, V, string>(
    async (keys) => {
      const groups = new Map<string, K[]>();
      for (const key of keys) {
        const group = groups.get(groupOf(key));
        if (group) group.push(key);
        else groups.set(groupOf(key), [key]);
      }
      const results = new Map<string, V>();
      for (const [group, members] of groups) {
        const ids = [...new Set(members.map((key) => key.id))];
        const values = await load(ids, members[0]);
        ids.forEach((id, index) => results.set(`${id}|${group}`, values[index]));
      }
      return keys.map((key) => results.get(`${key.id}|${groupOf(key)}`)!);
    },
    { cacheKeyFn: (key) => `${key.id}|${groupOf(key)}` },
  );
}

// Types in any order are the same walk.
const groupKey = (key: RelationKey) => [
  key.direction,
  [...key.types].sort(),
  key.filter ?? {},
  key.limit ?? null,
];

/**
 * Made once per request, so caching never crosses requests. Relation keys that share types and
 * direction (the usual case: one GraphQL field over many parents) become one query; the nodes at
 * the other ends are primed into the node loader so that resolving them costs nothing more.
 */
export function createGraphLoaders(executor: QueryExecutor): GraphLoaders {
  const repository = new GraphRepository(executor);
  const node = new DataLoader<string, NodeRecord | null>((ids) => repository.nodesByIds(ids));
  const source = new DataLoader<string, NodeRecord | null>((ids) => repository.sourcesByIds(ids));
  // The nodes at the other ends are primed into the node loader: resolving them costs nothing.
  const primed = (found: RelationRecord[][]) => {
    for (const list of found)
      for (const relation of list) node.prime(relation.other.id, relation.other);
    return found;
  };
  const relations = byNodeId<RelationKey, RelationRecord[]>(groupKey, async (ids, key) =>
    primed(await repository.relationsOf(ids, key, key.filter, key.limit ?? null)),
  );
  const degree = new DataLoader<string, number>((ids) =>
    repository.degrees(ids, MEANINGFUL_RELATIONSHIP_TYPES),
  );
  const evidenceIds = byNodeId<{ id: string; limit: number }, string[]>(
    ({ limit }) => limit,
    (ids, { limit }) => repository.evidenceIds(ids, limit),
  );
  const pages = new RelationPagesRepository(executor);
  const relationPages = byNodeId<RelationPageKey, RelationRecord[]>(
    ({ walk, page }) => [walk, page],
    async (ids, { walk, page }) => primed(await pages.pages(ids, walk, page)),
  );
  const relationCounts = byNodeId<{ id: string; walk: RelationWalk }, number>(
    ({ walk }) => walk,
    (ids, { walk }) => pages.counts(ids, walk),
  );
  const evidencePages = byNodeId<{ id: string; slice: EvidenceSlice }, EvidencePage>(
    ({ slice }) => slice,
    (ids, { slice }) => repository.evidencePages(ids, slice),
  );
  const historyRepository = new HistoryRepository(executor);
  const history = byNodeId<{ id: string; limit: number }, HistoryRecord[]>(
    ({ limit }) => limit,
    (ids, { limit }) => historyRepository.historyOf(ids, limit),
  );
  const knownRepository = new KnownRepository(executor);
  const known = byNodeId<{ id: string; at: string }, KnownRecord | null>(
    ({ at }) => at,
    async (ids, { at }) => {
      const found = await knownRepository.nodes(ids, at);
      return ids.map((id) => found.get(id) ?? null);
    },
  );
  const assessmentsRepository = new AssessmentsRepository(executor);
  const assessments = new DataLoader<string, AssessmentRecord[]>((ids) =>
    assessmentsRepository.of(ids),
  );
  const accountsRepository = new AccountsRepository(executor);
  const accounts = new DataLoader<string, StatedAccount[]>((ids) =>
    accountsRepository.accounts(ids),
  );
  return {
    accounts,
    assessments,
    history,
    known,
    node,
    source,
    relations,
    degree,
    evidenceIds,
    relationPages,
    relationCounts,
    evidencePages,
  };
}
