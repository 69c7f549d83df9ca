import { pageOf, pageRequest, type PageArgs } from '../common/pagination';
import type { Context } from '../context';
import { hydrateNode } from '../selection/compiled-answer';
import type { CompiledNode } from '../selection/selection-compiler';
import type { SourceConnection } from './source-connection.type';
import type { Source } from './source.type';
import { SourcesRepository } from './sources.repository';

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
