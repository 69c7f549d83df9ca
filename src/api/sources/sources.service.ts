import { pageOf, pageRequest, type PageArgs } from '../types/pagination';
import type { Context } from '../context';
import { hydrateNode } from '../read/compiled-answer';
import type { CompiledNode } from '../read/selection-compiler';
import type { SourceConnection } from '../types/source-connection.type';
import type { Source } from '../types/source.type';
import { SourcesRepository } from '../../graph/queries/sources.repository';

export async function listSources(
  ctx: Context,
  args: PageArgs,
  selection: CompiledNode,
): Promise<SourceConnection> {
  const page = pageRequest(args);
  const rows = await new SourcesRepository(ctx.executor).list(page, selection.plan);
  return pageOf(rows, page, (row) => hydrateNode(row, selection) as Source | null);
}

export function countSources(ctx: Context): Promise<number> {
  return new SourcesRepository(ctx.executor).total();
}
