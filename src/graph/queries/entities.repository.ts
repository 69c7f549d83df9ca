import type { PageRequest } from '../keyset.repository';
import type { NodePlan } from '../projection-plan';
import { IndexOrder, KeysetRepository, PageRow } from '../keyset.repository';
import type { Params } from '../../db/query-executor';
import { containsQuery } from '../../search-text/lucene-query';

export interface EntityFilter {
  kind: string | null;
  /** Normalised text, matched against every name and alias. */
  nameContains: string | null;
}

// Name order read straight from an index (entity_name, or entity_kind_name with a kind), in
// either direction. Every entity has a name (the dossier format requires one in English).
const BY_NAME: IndexOrder = { label: 'Entity', key: 'name', equal: 'kind' };

const MATCH_KIND = `MATCH (n:Entity) WHERE ($kind IS NULL OR n.kind = $kind)`;
// A part of a name: the full-text index finds the candidates (every word of it inside some
// indexed word), and the exact substring test keeps those whose names contain it, so the cost
// follows the matches rather than the graph.
const MATCH_NAME_CONTAINS = `CALL db.index.fulltext.queryNodes('entity_search', $nameQuery) YIELD node AS n
  WITH n WHERE n:Entity AND ($kind IS NULL OR n.kind = $kind)
    AND toLower(n.searchText) CONTAINS $nameContains`;

function filtered(filter: EntityFilter): { match: string; params: Params } {
  const nameQuery = filter.nameContains === null ? null : containsQuery(filter.nameContains);
  if (nameQuery === null) return { match: MATCH_KIND, params: { kind: filter.kind } };
  return { match: MATCH_NAME_CONTAINS, params: { ...filter, nameQuery } };
}

/** Entities by English name, then id. */
export class EntitiesRepository extends KeysetRepository {
  list(filter: EntityFilter, page: PageRequest, plan: NodePlan): Promise<PageRow[]> {
    if (filter.nameContains !== null) {
      const { match, params } = filtered(filter);
      return this.page(match, "coalesce(n.name, '')", params, page, plan);
    }
    return this.indexedPage(BY_NAME, { kind: filter.kind }, page, plan);
  }

  total(filter: EntityFilter): Promise<number> {
    const { match, params } = filtered(filter);
    return this.count(match, params);
  }
}
