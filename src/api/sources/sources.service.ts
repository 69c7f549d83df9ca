import type { Context } from '../context';
import { toNodeModel } from '../common/models';
import type { Source } from './source.type';
import { SourcesRepository } from './sources.repository';

export async function listSources(ctx: Context): Promise<Source[]> {
  const rows = await new SourcesRepository(ctx.executor).list();
  return rows.map((row) => toNodeModel(row) as Source);
}
