import { fuzzyDateOf } from '../types/fuzzy-date.type';
import { assertGlobalId } from '../../model/ids';
import { isoDateArg } from '../types/iso-date';
import type { Context } from '../context';
import { AppError, ErrorCode } from '../../errors';
import { toNodeModel } from '../read/hydrate';
import { ExplorationRepository } from '../../graph/queries/exploration.repository';
import { boundedInt } from '../types/arguments';
import type { TimelineEntry } from '../types/timeline.types';

export const MAX_TIMELINE = 500;
const MAX_INVOLVING = 20;

export interface TimelineRequest {
  involving: string[];
  from?: string | null;
  to?: string | null;
  kinds?: string[] | null;
  first: number;
}

/** Events and claims involving any of the given entities, in date order. */
export async function timeline(ctx: Context, request: TimelineRequest): Promise<TimelineEntry[]> {
  if (request.involving.length === 0 || request.involving.length > MAX_INVOLVING) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, `"involving" takes 1 to ${MAX_INVOLVING} ids.`, {
      argument: 'involving',
    });
  }
  const ids = [...new Set(request.involving.map((id) => assertGlobalId(id, 'involving')))];
  const first = boundedInt(request.first, 'first', 1, MAX_TIMELINE);
  const kinds = request.kinds && request.kinds.length > 0 ? request.kinds : null;
  const eventKinds = kinds ? kinds.filter((kind) => kind !== 'CLAIM') : null;
  const rows = await new ExplorationRepository(ctx.executor).timeline(
    ids,
    isoDateArg(request.from, 'from'),
    isoDateArg(request.to, 'to'),
    kinds ? eventKinds : null,
    !kinds || kinds.includes('CLAIM'),
    first,
  );
  return rows.map((row) => {
    ctx.loaders.node.prime(row.id, row);
    return {
      date: fuzzyDateOf(row.props),
      kind: row.labels.includes('Claim') ? 'CLAIM' : (row.props.kind as string),
      item: toNodeModel(row)!,
      involvement: row.involvement.map((value) => {
        const split = value.lastIndexOf(':');
        return { entity: value.slice(0, split), how: value.slice(split + 1) };
      }),
    };
  });
}
