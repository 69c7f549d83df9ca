import { pageRequest, type PageArgs } from '../types/pagination';
import type { Context } from '../context';
import { hydratedPage } from '../read/hydrate';
import type { CompiledNode } from '../read/compiled-plan';
import type { SourceConnection } from '../types/source-connection.type';
import { SourcesRepository } from '../../graph/queries/sources.repository';

export async function listSources(
  ctx: Context,
  args: PageArgs,
  selection: CompiledNode,
): Promise<SourceConnection> {
  const page = pageRequest(args);
  const rows = await new SourcesRepository(ctx.executor).list(page, selection.plan);
  return hydratedPage(rows, page, selection);
}

export function countSources(ctx: Context): Promise<number> {
  return new SourcesRepository(ctx.executor).total();
}
