import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { assertGlobalId } from '../../model/ids';
import { accountsOf, disputedPoints } from '../../model/accounts';
import { AccountsRepository } from '../../graph/queries/accounts.repository';
import { AccountParticipant, Dispute, EventAccount, toEventAccount } from '../types/account.types';
import { EntityInterface } from '../types/entity.types';
import { EventInterface } from '../types/event.types';
import { Claim } from '../types/claim.type';
import { Evidence } from '../types/evidence.type';
import { Source } from '../types/source.type';
import { LIST_FIRST_ARG, listLimit, MAX_LIST_SIZE } from '../types/pagination';
import { loadEvidence, loadNode } from '../read/graph.service';
import { toNodeModel } from '../read/hydrate';

/** An event's accounts, a dossier each, as the API answers them. */
async function accountsOfEvent(ctx: Context, id: string): Promise<EventAccount[]> {
  return accountsOf(await ctx.loaders.accounts.load(id)).map(toEventAccount);
}

@Resolver(() => EventInterface)
export class EventAccountsResolver {
  @FieldResolver(() => [EventAccount], {
    description:
      'The event as each dossier gives it (its date, its participants), from its own sources: kept side by side, never merged.',
  })
  accounts(@Root() event: EventInterface, @Ctx() ctx: Context) {
    return accountsOfEvent(ctx, event.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether its accounts disagree on its date or on who took part in a role (see `disputes`).',
  })
  disputed(@Root() event: EventInterface) {
    return event.props.disputed === true;
  }
}

@Resolver(() => EventAccount)
export class EventAccountResolver {
  @FieldResolver(() => [Source], { description: 'The sources its spans quote.' })
  async sources(@Root() account: EventAccount, @Ctx() ctx: Context) {
    const evidence = await loadEvidence(ctx, account.evidenceIds, MAX_LIST_SIZE);
    const ids = [...new Set(evidence.map((e) => e.sourceId))];
    const found = await ctx.loaders.source.loadMany(ids);
    return found
      .map((record) => (record instanceof Error ? null : toNodeModel(record)))
      .filter((source): source is Source => source instanceof Source);
  }

  @FieldResolver(() => [Evidence], { description: 'The spans it rests on, in its own sources.' })
  evidence(@Root() account: EventAccount, @Ctx() ctx: Context) {
    return loadEvidence(ctx, account.evidenceIds, MAX_LIST_SIZE);
  }
}

@Resolver(() => AccountParticipant)
export class AccountParticipantResolver {
  @FieldResolver(() => EntityInterface, { nullable: true, description: 'Who took part.' })
  entity(@Root() participant: AccountParticipant, @Ctx() ctx: Context) {
    return loadNode(ctx, participant.entityId);
  }

  @FieldResolver(() => [Evidence], { description: 'The spans that say so.' })
  evidence(@Root() participant: AccountParticipant, @Ctx() ctx: Context) {
    return loadEvidence(ctx, participant.evidenceIds, MAX_LIST_SIZE);
  }
}

@Resolver(() => Dispute)
export class DisputesResolver {
  @Query(() => [Dispute], {
    description:
      'The points on which accounts disagree around a node: an event, or the events an entity took part in, in date order; each with the competing accounts.',
  })
  async disputes(
    @Arg('id', () => ID, { description: 'An event or entity id.' }) id: string,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, {
      ...LIST_FIRST_ARG,
      description: 'How many disputed events to look at: 1 to 100.',
    })
    first?: number,
  ): Promise<Dispute[]> {
    const repository = new AccountsRepository(ctx.executor);
    const found = await repository.disputedAt(assertGlobalId(id), listLimit(first));
    const disputes: Dispute[] = [];
    // A statement reported several times is one point, however many of its reports are here.
    const statements = new Set<string>();
    for (const { id: item, claim } of found) {
      if (claim) {
        if (statements.has(item)) continue;
        const group = await repository.statementGroup(item);
        group.forEach((c) => statements.add(c));
        const claims = await Promise.all(group.map((c) => loadNode(ctx, c)));
        disputes.push(
          Object.assign(new Dispute(), {
            event: null,
            aspect: 'CHANNEL' as const,
            role: null,
            accounts: [],
            claims: claims.filter((c): c is Claim => c instanceof Claim),
          }),
        );
        continue;
      }
      const event = await loadNode(ctx, item);
      if (!(event instanceof EventInterface)) continue;
      const accounts = accountsOf(await ctx.loaders.accounts.load(item));
      for (const point of disputedPoints(accounts))
        disputes.push(
          Object.assign(new Dispute(), {
            event,
            aspect: point.aspect,
            role: point.role,
            accounts: accounts
              .filter((a) => point.dossiers.includes(a.dossier))
              .map(toEventAccount),
            claims: [],
          }),
        );
    }
    return disputes;
  }
}
