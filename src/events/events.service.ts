import { isoDateArg } from '../common/iso-date';
import { pageOf, pageRequest } from '../common/pagination';
import type { Context } from '../context';
import { toNodeModel } from '../graph/models';
import type { NodeRecord } from '../graph/node-record';
import type { EventConnection } from './event-connection.type';
import type { EventInterface, NegotiationRound } from './event.types';
import type { EventsArgs } from './events.args';
import { EventFilter, EventsRepository } from './events.repository';

export async function listEvents(ctx: Context, args: EventsArgs): Promise<EventConnection> {
  const page = pageRequest(args);
  const filter: EventFilter = {
    kind: args.kind ?? null,
    from: isoDateArg(args.from, 'from'),
    to: isoDateArg(args.to, 'to'),
  };
  const rows = await new EventsRepository(ctx.executor).list(filter, page);
  const prime = (row: NodeRecord) => ctx.loaders.node.prime(row.id, row);
  return {
    ...pageOf(rows, page.first, prime, (row) => toNodeModel(row) as EventInterface),
    filter,
  };
}

export function countEvents(ctx: Context, filter: EventFilter): Promise<number> {
  return new EventsRepository(ctx.executor).total(filter);
}

export async function listRounds(ctx: Context): Promise<NegotiationRound[]> {
  const rows = await new EventsRepository(ctx.executor).rounds();
  for (const row of rows) ctx.loaders.node.prime(row.id, row);
  return rows.map((row) => toNodeModel(row) as NegotiationRound);
}
