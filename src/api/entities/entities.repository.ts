import type { PageRequest } from '../../graph/keyset.repository';
import type { NodePlan } from '../../graph/projection-plan';
import { KeysetRepository, PageRow } from '../../graph/keyset.repository';

export interface EntityFilter {
  kind: string | null;
  /** Normalised text, matched against every name and alias. */
  nameContains: string | null;
}

const MATCH_FILTERED = `MATCH (n:Entity)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($nameContains IS NULL OR toLower(n.searchText) CONTAINS $nameContains)`;

/** Entities by English name, then id. */
export class EntitiesRepository extends KeysetRepository {
  list(filter: EntityFilter, page: PageRequest, plan: NodePlan): Promise<PageRow[]> {
    return this.page(MATCH_FILTERED, "coalesce(n.name, '')", { ...filter }, page, plan);
  }

  total(filter: EntityFilter): Promise<number> {
    return this.count(MATCH_FILTERED, { ...filter });
  }
}
