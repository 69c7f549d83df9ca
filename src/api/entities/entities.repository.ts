import type { PageRequest } from '../../graph/keyset.repository';
import type { NodePlan } from '../../graph/projection-plan';
import { KeysetRepository, PageRow } from '../../graph/keyset.repository';
import { ProjectionRepository } from '../../graph/projection.repository';

export interface EntityFilter {
  kind: string | null;
  /** Normalised text, matched against every name and alias. */
  nameContains: string | null;
}

// Name order read straight from an index (entity_name, or entity_kind_name with a kind, where
// ordering by the kind too lets the planner keep the index's order): a page reads its own rows
// plus the one after, never the whole label. The cursor's (name, id) pair starts the range; the
// first page starts at ''. Every entity has a name (the dossier format requires one in English).
const BY_NAME = `MATCH (n:Entity)
  WHERE n.name >= $from AND (n.name > $from OR n.id > $afterId)
  WITH n, n.name AS sortKey ORDER BY n.name, n.id LIMIT toInteger($limit)`;
const BY_KIND_AND_NAME = `MATCH (n:Entity)
  WHERE n.kind = $kind AND n.name >= $from AND (n.name > $from OR n.id > $afterId)
  WITH n, n.name AS sortKey ORDER BY n.kind, n.name, n.id LIMIT toInteger($limit)`;

const MATCH_FILTERED = `MATCH (n:Entity)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($nameContains IS NULL OR toLower(n.searchText) CONTAINS $nameContains)`;

/** Entities by English name, then id. */
export class EntitiesRepository extends KeysetRepository {
  async list(filter: EntityFilter, page: PageRequest, plan: NodePlan): Promise<PageRow[]> {
    // A part of a name to look for still scans the names; search() is the indexed way.
    if (filter.nameContains !== null)
      return this.page(MATCH_FILTERED, "coalesce(n.name, '')", { ...filter }, page, plan);
    const rows = await new ProjectionRepository(this.executor).nodes<{ sortKey: string }>(
      filter.kind === null ? BY_NAME : BY_KIND_AND_NAME,
      {
        kind: filter.kind,
        from: page.after?.key ?? '',
        afterId: page.after?.id ?? '',
        limit: page.first + 1,
      },
      plan,
      ['sortKey'],
    );
    return rows.map((row) => ({ ...row.node, sortKey: row.sortKey }));
  }

  total(filter: EntityFilter): Promise<number> {
    return this.count(MATCH_FILTERED, { ...filter });
  }
}
