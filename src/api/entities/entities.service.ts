import { boundedText } from '../types/arguments';
import { type Page, pageRequest } from '../types/pagination';
import type { Context } from '../context';
import { hydratedPage } from '../read/hydrate';
import type { CompiledNode } from '../read/compiled-plan';
import { normalizeName } from '../../search-text/name-normalize';
import type { EntitiesArgs } from './entities.args';
import { EntitiesRepository, EntityFilter } from '../../graph/queries/entities.repository';
import type { EntityConnection } from '../types/entity-connection.type';
import type { EntityInterface } from '../types/entity.types';

const MAX_FILTER_LENGTH = 200;

/** A page of entities; the total is counted later, only if asked for. */
export async function listEntities(
  ctx: Context,
  args: EntitiesArgs,
  selection: CompiledNode,
): Promise<EntityConnection> {
  const page = pageRequest(args);
  if (args.nameContains) boundedText(args.nameContains, 'nameContains', MAX_FILTER_LENGTH);
  const filter: EntityFilter = {
    kind: args.kind ?? null,
    nameContains: args.nameContains ? normalizeName(args.nameContains) || null : null,
  };
  const rows = await new EntitiesRepository(ctx.executor).list(filter, page, selection.plan);
  const found: Page<EntityInterface> = hydratedPage(rows, page, selection);
  return { ...found, filter };
}

export function countEntities(ctx: Context, filter: EntityFilter): Promise<number> {
  return new EntitiesRepository(ctx.executor).total(filter);
}
