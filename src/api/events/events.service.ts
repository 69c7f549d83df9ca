import { isoDateArg } from '../types/iso-date';
import { type Page, pageRequest } from '../types/pagination';
import type { Context } from '../context';
import { hydratedPage } from '../read/hydrate';
import type { CompiledNode } from '../read/compiled-plan';
import type { EventConnection, RoundConnection } from '../types/event-connection.type';
import type { EventInterface } from '../types/event.types';
import type { DatedPageArgs, EventsArgs } from './events.args';
import { EventFilter, EventsRepository } from '../../graph/queries/events.repository';

export async function listEvents(
  ctx: Context,
  args: EventsArgs,
  selection: CompiledNode,
): Promise<EventConnection> {
  const page = pageRequest(args);
  const filter: EventFilter = {
    kind: args.kind ?? null,
    from: isoDateArg(args.from, 'from'),
    to: isoDateArg(args.to, 'to'),
  };
  const rows = await new EventsRepository(ctx.executor).list(filter, page, selection.plan);
  const found: Page<EventInterface> = hydratedPage(rows, page, selection);
  return { ...found, filter };
}

export function countEvents(ctx: Context, filter: EventFilter): Promise<number> {
  return new EventsRepository(ctx.executor).total(filter);
}

/** Negotiation rounds, a page of events of that kind. */
export function listRounds(
  ctx: Context,
  args: DatedPageArgs,
  selection: CompiledNode,
): Promise<RoundConnection> {
  return listEvents(
    ctx,
    { ...args, kind: 'NEGOTIATION_ROUND' },
    selection,
  ) as Promise<RoundConnection>;
}
