import type { PageRequest } from '../../graph/keyset.repository';
import type { NodePlan } from '../../graph/projection-plan';
import { keysetDirection, KeysetRepository, PageRow } from '../../graph/keyset.repository';
import { ProjectionRepository } from '../../graph/projection.repository';
import type { Params } from '../../db/query-executor';
import { containsQuery } from '../../search-text/lucene-query';

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
  const { past, desc } = keysetDirection(backward);
  const range = withCursor
    ? `n.name ${past}= $fromKey AND (n.name ${past} $fromKey OR n.id ${past} $fromId)`
    : 'n.name IS NOT NULL';
  const kind = withKind ? 'n.kind = $kind AND ' : '';
  const order = `${withKind ? `n.kind${desc}, ` : ''}n.name${desc}, n.id${desc}`;
  return `MATCH (n:Entity) WHERE ${kind}${range}
  WITH n, n.name AS sortKey ORDER BY ${order} LIMIT toInteger($limit)`;
}

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
  async list(filter: EntityFilter, page: PageRequest, plan: NodePlan): Promise<PageRow[]> {
    if (filter.nameContains !== null) {
      const { match, params } = filtered(filter);
      return this.page(match, "coalesce(n.name, '')", params, page, plan);
    }
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
    const { match, params } = filtered(filter);
    return this.count(match, params);
  }
}
