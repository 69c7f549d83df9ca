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
// ordering by the kind too lets the planner keep the index's order), in either direction: a page
// reads its own rows plus the one after, never the whole label. The cursor's (name, id) pair
// starts the range. Every entity has a name (the dossier format requires one in English). The
// text depends only on the kind filter, the direction and whether there is a cursor.
function byName(withKind: boolean, backward: boolean, withCursor: boolean): string {
  const [past, direction] = backward ? ['<', ' DESC'] : ['>', ''];
  const range = withCursor
    ? `n.name ${past}= $fromKey AND (n.name ${past} $fromKey OR n.id ${past} $fromId)`
    : 'n.name IS NOT NULL';
  const kind = withKind ? 'n.kind = $kind AND ' : '';
  const order = `${withKind ? `n.kind${direction}, ` : ''}n.name${direction}, n.id${direction}`;
  return `MATCH (n:Entity) WHERE ${kind}${range}
  WITH n, n.name AS sortKey ORDER BY ${order} LIMIT toInteger($limit)`;
}

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
      byName(filter.kind !== null, page.backward, page.from !== null),
      {
        kind: filter.kind,
        fromKey: page.from?.key ?? null,
        fromId: page.from?.id ?? null,
        limit: page.size + 1,
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
