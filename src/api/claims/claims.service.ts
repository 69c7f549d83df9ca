import { assertGlobalId } from '../../model/ids';
import { isoDateArg } from '../types/iso-date';
import { type Page, pageRequest } from '../types/pagination';
import type { Context } from '../context';
import { hydratedPage } from '../read/hydrate';
import type { CompiledNode } from '../read/compiled-plan';
import type { ClaimConnection } from '../types/claim-connection.type';
import type { Claim } from '../types/claim.type';
import type { ClaimsArgs } from './claims.args';
import { ClaimFilter, ClaimsRepository } from '../../graph/queries/claims.repository';

const optionalId = (value: string | undefined, argument: string) =>
  value == null ? null : assertGlobalId(value, argument);

export async function listClaims(
  ctx: Context,
  args: ClaimsArgs,
  selection: CompiledNode,
): Promise<ClaimConnection> {
  const page = pageRequest(args);
  const filter: ClaimFilter = {
    speaker: optionalId(args.speaker, 'speaker'),
    subject: optionalId(args.subject, 'subject'),
    event: optionalId(args.event, 'event'),
    from: isoDateArg(args.from, 'from'),
    to: isoDateArg(args.to, 'to'),
  };
  const rows = await new ClaimsRepository(ctx.executor).list(filter, page, selection.plan);
  const found: Page<Claim> = hydratedPage(rows, page, selection);
  return { ...found, filter };
}

export function countClaims(ctx: Context, filter: ClaimFilter): Promise<number> {
  return new ClaimsRepository(ctx.executor).total(filter);
}
