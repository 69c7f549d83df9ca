import { isoDateArg } from '../common/iso-date';
import { pageOf, pageRequest } from '../common/pagination';
import type { Context } from '../context';
import { hydrateAll } from '../selection/compiled-roots';
import { hydrateNode } from '../selection/compiled-answer';
import type { CompiledNode } from '../selection/selection-compiler';
import type { EventConnection } from './event-connection.type';
import type { EventInterface, NegotiationRound } from './event.types';
import type { EventsArgs } from './events.args';
import { EventFilter, EventsRepository } from './events.repository';

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
  return {
    ...pageOf(rows, page, (row) => hydrateNode(row, selection) as EventInterface | null),
    filter,
  };
}

export function countEvents(ctx: Context, filter: EventFilter): Promise<number> {
  return new EventsRepository(ctx.executor).total(filter);
}

export async function listRounds(
  ctx: Context,
  selection: CompiledNode,
): Promise<NegotiationRound[]> {
  const rows = await new EventsRepository(ctx.executor).rounds(selection.plan);
  return hydrateAll(rows, selection) as NegotiationRound[];
}
