import type { IngestRepository } from '../graph/writes/ingest.repository';
import { buildSearchFields } from '../search-text/search-text';

// Ids per statement: each is one index seek.
const BATCH = 2000;

/**
 * Rebuilds the search text of entities and events from the names and aliases stored for them,
 * so that names from earlier dossiers stay findable and a name no dossier gives any more is not.
 */
export async function rebuildSearchText(repo: IngestRepository, ids: string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += BATCH) {
    const names = await repo.readNames(ids.slice(i, i + BATCH));
    await repo.writeSearchFields(
      names.map(({ id, names }) => ({ id, ...buildSearchFields(names) })),
    );
  }
}
