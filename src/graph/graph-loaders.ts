import DataLoader from 'dataloader';
import type { QueryExecutor } from '../db/query-executor';
import { MEANINGFUL_RELATIONSHIP_TYPES } from '../model/vocabulary';
import { GraphRepository } from './graph.repository';
import type { NodeRecord, RelationRecord } from './node-record';

/** Which relationships of a node to load. */
export interface RelationKey {
  id: string;
  types: readonly string[];
  direction: 'OUT' | 'IN' | 'BOTH';
}

/** The per-request loaders every relationship field goes through. */
export interface GraphLoaders {
  node: DataLoader<string, NodeRecord | null>;
  source: DataLoader<string, NodeRecord | null>;
  relations: DataLoader<RelationKey, RelationRecord[], string>;
  /** Number of meaningful relationships of a node. */
  degree: DataLoader<string, number>;
  /** A node's own evidence ids (left out of node reads for entities; see nodeProps). */
  evidenceIds: DataLoader<string, string[]>;
}

const groupKey = (key: RelationKey) => `${key.direction}|${[...key.types].sort().join(',')}`;

/**
 * Made once per request, so caching never crosses requests. Relation keys that share types and
 * direction (the usual case: one GraphQL field over many parents) become one query; the nodes at
 * the other ends are primed into the node loader so that resolving them costs nothing more.
 */
export function createGraphLoaders(executor: QueryExecutor): GraphLoaders {
  const repository = new GraphRepository(executor);
  const node = new DataLoader<string, NodeRecord | null>((ids) => repository.nodesByIds(ids));
  const source = new DataLoader<string, NodeRecord | null>((ids) => repository.sourcesByIds(ids));
  const relations = new DataLoader<RelationKey, RelationRecord[], string>(
    async (keys) => {
      const groups = new Map<string, RelationKey[]>();
      for (const key of keys)
        groups.set(groupKey(key), [...(groups.get(groupKey(key)) ?? []), key]);
      const results = new Map<RelationKey, RelationRecord[]>();
      for (const group of groups.values()) {
        const ids = [...new Set(group.map((key) => key.id))];
        const rows = await repository.relationsOf(ids, group[0].types, group[0].direction);
        const byId = new Map(ids.map((id, index) => [id, rows[index]]));
        for (const key of group) results.set(key, byId.get(key.id) ?? []);
      }
      for (const list of results.values())
        for (const relation of list) node.prime(relation.other.id, relation.other);
      return keys.map((key) => results.get(key) ?? []);
    },
    { cacheKeyFn: (key) => `${key.id}|${groupKey(key)}` },
  );
  const degree = new DataLoader<string, number>((ids) =>
    repository.degrees(ids, MEANINGFUL_RELATIONSHIP_TYPES),
  );
  const evidenceIds = new DataLoader<string, string[]>((ids) => repository.evidenceIds(ids));
  return { node, source, relations, degree, evidenceIds };
}
