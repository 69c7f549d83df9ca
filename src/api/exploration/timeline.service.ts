import { fuzzyDateOf } from '../types/fuzzy-date.type';
import { assertGlobalId } from '../../model/ids';
import { isoDateArg } from '../types/iso-date';
import type { Context } from '../context';
import { AppError, ErrorCode } from '../../errors';
import { hydrateNode } from '../read/hydrate';
import type { CompiledNode } from '../read/compiled-plan';
import { widenedPlan } from '../read/compiled-roots';
import type { NodePlan } from '../../graph/projection-plan';
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

/**
 * Events and claims involving any of the given entities, in date order, each item read as the
 * compiled selection of `item` says, in the timeline's statement.
 */
export async function timeline(
  ctx: Context,
  request: TimelineRequest,
  item: CompiledNode,
): Promise<TimelineEntry[]> {
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
    'auto',
    // Off, each item is read whole, and each field's resolver answers (see compileSelection).
    ctx.config.compiledReads ? withEntryKeys(item.plan) : undefined,
  );
  return rows.map((row) => {
    if (!ctx.config.compiledReads) ctx.loaders.node.prime(row.id, row);
    return {
      date: fuzzyDateOf(row.props),
      kind: row.labels.includes('Claim') ? 'CLAIM' : (row.props.kind as string),
      item: hydrateNode(row, item)!,
      involvement: row.involvement.map((value) => {
        const split = value.lastIndexOf(':');
        return { entity: value.slice(0, split), how: value.slice(split + 1) };
      }),
    };
  });
}

/** An entry's date and kind, which the timeline reads of each item whatever else it asks. */
const withEntryKeys = (plan: NodePlan) =>
  widenedPlan(plan, ['kind', 'dateStart', 'dateEnd', 'datePrecision', 'dateNote']);
