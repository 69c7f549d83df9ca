import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { assertGlobalId } from '../../model/ids';
import { accountsOf, disputedPoints } from '../../model/accounts';
import { AccountsRepository } from '../../graph/queries/accounts.repository';
import {
  AccountParticipant,
  AccountPlace,
  Dispute,
  EventAccount,
  PositionAccount,
  toEventAccount,
  toPositionAccount,
} from '../types/account.types';
import { opposedPositions, positionAccounts } from '../../model/positions';
import { EntityInterface } from '../types/entity.types';
import { EventInterface } from '../types/event.types';
import { Claim } from '../types/claim.type';
import { Evidence } from '../types/evidence.type';
import { Source } from '../types/source.type';
import { LIST_FIRST_ARG, listLimit, MAX_LIST_SIZE } from '../types/pagination';
import { loadEvidence, loadNode, loadNodes } from '../read/graph.service';
import { toNodeModel } from '../read/hydrate';

/** The sources of spans, each once, in the order of the spans. */
async function sourcesOf(ctx: Context, evidenceIds: string[]): Promise<Source[]> {
  const evidence = await loadEvidence(ctx, evidenceIds, MAX_LIST_SIZE);
  const ids = [...new Set(evidence.map((e) => e.sourceId))];
  const found = await ctx.loaders.source.loadMany(ids);
  return found
    .map((record) => (record instanceof Error ? null : toNodeModel(record)))
    .filter((source): source is Source => source instanceof Source);
}

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

@Resolver(() => Claim)
export class ClaimDisputedResolver {
  @FieldResolver(() => Boolean, {
    description:
      'Whether its reports give different channels, or a dossier declares it contradicted (see `disputes`).',
  })
  disputed(@Root() claim: Claim) {
    return claim.props.disputed === true;
  }
}

@Resolver(() => EventAccount)
export class EventAccountResolver {
  @FieldResolver(() => [Source], { description: 'The sources its spans quote.' })
  sources(@Root() account: EventAccount, @Ctx() ctx: Context) {
    return sourcesOf(ctx, account.evidenceIds);
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

@Resolver(() => AccountPlace)
export class AccountPlaceResolver {
  @FieldResolver(() => EntityInterface, { nullable: true, description: 'The place.' })
  entity(@Root() place: AccountPlace, @Ctx() ctx: Context) {
    return loadNode(ctx, place.entityId);
  }

  @FieldResolver(() => [Evidence], { description: 'The spans that say so.' })
  evidence(@Root() place: AccountPlace, @Ctx() ctx: Context) {
    return loadEvidence(ctx, place.evidenceIds, MAX_LIST_SIZE);
  }
}

@Resolver(() => PositionAccount)
export class PositionAccountResolver {
  @FieldResolver(() => Claim, {
    nullable: true,
    description: 'The claim it is known through, when the source has it only from someone.',
  })
  attestedBy(@Root() account: PositionAccount, @Ctx() ctx: Context) {
    return loadNode(ctx, account.attestedById);
  }

  @FieldResolver(() => [Source], { description: 'The sources its spans quote.' })
  sources(@Root() account: PositionAccount, @Ctx() ctx: Context) {
    return sourcesOf(ctx, account.evidenceIds);
  }

  @FieldResolver(() => [Evidence], { description: 'The spans it rests on, in its own sources.' })
  evidence(@Root() account: PositionAccount, @Ctx() ctx: Context) {
    return loadEvidence(ctx, account.evidenceIds, MAX_LIST_SIZE);
  }
}

/** A dispute with only the fields of its aspect set. */
function dispute(fields: Partial<Dispute> & Pick<Dispute, 'aspect'>): Dispute {
  return Object.assign(new Dispute(), {
    event: null,
    role: null,
    holder: null,
    issue: null,
    accounts: [],
    positions: [],
    claims: [],
    ...fields,
  });
}

@Resolver(() => Dispute)
export class DisputesResolver {
  @Query(() => [Dispute], {
    description:
      'The points on which sources disagree around a node, in date order, each with the competing accounts: at an event, its date and participants and the claims made at it; at an entity, the events it took part in, the claims it made or is the subject of, and its positions (or, at an issue, the positions on it); at a claim, its own.',
  })
  async disputes(
    @Arg('id', () => ID, { description: 'An event, entity or claim id.' }) id: string,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, {
      ...LIST_FIRST_ARG,
      description: 'How many disputed events, claims and positions to look at: 1 to 100.',
    })
    first?: number,
  ): Promise<Dispute[]> {
    const repository = new AccountsRepository(ctx.executor);
    const found = await repository.disputedAt(assertGlobalId(id), listLimit(first));
    const disputes: Dispute[] = [];
    // A statement reported several times, or two claims that contradict, is one point, however
    // many of its claims are here.
    const seen = new Set<string>();
    const once = (ids: string[]) => {
      const key = [...ids].sort().join(' ');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    };
    const claims = async (ids: string[]) =>
      (await loadNodes(ctx, ids)).filter((c): c is Claim => c instanceof Claim);
    for (const item of found) {
      if (item.kind === 'POSITION') {
        const stated = await repository.positions(item.id, item.issue!);
        const sides = opposedPositions(positionAccounts(stated.statements));
        if (sides.length > 0)
          disputes.push(
            dispute({
              aspect: 'POSITION',
              holder: (await loadNode(ctx, item.id)) as EntityInterface | null,
              issue: (await loadNode(ctx, item.issue)) as EntityInterface | null,
              positions: sides.map(toPositionAccount),
            }),
          );
        continue;
      }
      if (item.kind === 'CLAIM') {
        const points = item.points ?? [];
        if (points.includes('CHANNEL')) {
          const group = await repository.statementGroup(item.id);
          if (once(group))
            disputes.push(dispute({ aspect: 'CHANNEL', claims: await claims(group) }));
        }
        if (points.includes('CONTRADICTION'))
          for (const other of await repository.contradicting(item.id))
            if (once([item.id, other]))
              disputes.push(
                dispute({
                  aspect: 'CONTRADICTION',
                  claims: await claims([item.id, other].sort()),
                }),
              );
        continue;
      }
      const event = await loadNode(ctx, item.id);
      if (!(event instanceof EventInterface)) continue;
      const accounts = accountsOf(await ctx.loaders.accounts.load(item.id));
      for (const point of disputedPoints(accounts))
        disputes.push(
          dispute({
            event,
            aspect: point.aspect,
            role: point.role as Dispute['role'],
            accounts: accounts
              .filter((a) => point.dossiers.includes(a.dossier))
              .map(toEventAccount),
          }),
        );
    }
    return disputes;
  }
}
