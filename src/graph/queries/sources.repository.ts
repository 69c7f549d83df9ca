import type { PageRequest } from '../keyset.repository';
import type { NodePlan } from '../projection-plan';
import { IndexOrder, KeysetRepository, PageRow } from '../keyset.repository';

// Newest first, read from the index on the publication date (source_published).
const NEWEST_FIRST: IndexOrder = { label: 'Source', key: 'publishedOn', descending: true };

export class SourcesRepository extends KeysetRepository {
  /** Sources newest first, then id. */
  list(page: PageRequest, plan: NodePlan): Promise<PageRow[]> {
    return this.indexedPage(NEWEST_FIRST, {}, page, plan);
  }

  /** How many source documents are ingested. */
  total(): Promise<number> {
    return this.count('MATCH (n:Source)', {});
  }
}
