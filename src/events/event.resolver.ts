import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Claim } from '../claims/claim.type';
import { ParticipantRole } from '../common/enums';
import { found } from '../common/found';
import { assertGlobalId } from '../common/ids';
import { LANG_ARG } from '../common/lang';
import { LocalizedText } from '../common/localized-text.type';
import type { Context } from '../context';
import { Evidence } from '../evidence/evidence.type';
import { loadEvidence, loadNode, loadRelated, loadRelations } from '../graph/graph.service';
import { localizedValues, pickLocalized } from '../graph/node-record';
import { Participation } from '../relations/relationship.types';
import { EventConnection } from './event-connection.type';
import { EventInterface, NegotiationRound } from './event.types';
import { EventsArgs } from './events.args';
import { countEvents, listEvents, listRounds } from './events.service';

const participantsOf = (
  ctx: Context,
  id: string,
  keep: (role: unknown, labels: string[]) => boolean,
) =>
  loadRelations(ctx, { id, types: ['PARTICIPATED_IN'], direction: 'IN' }, Participation, (r) =>
    keep(r.props.role, r.other.labels),
  );

@Resolver(() => EventInterface)
export class EventResolver {
  @Query(() => EventInterface, { description: 'An event by id; NOT_FOUND when there is none.' })
  async event(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    const node = await loadNode(ctx, assertGlobalId(id));
    return found(node instanceof EventInterface ? node : null, id, 'event');
  }

  @Query(() => EventConnection, {
    description: 'Events by kind and date, in date order, a page at a time.',
  })
  events(@Args() args: EventsArgs, @Ctx() ctx: Context) {
    return listEvents(ctx, args);
  }

  @Query(() => [NegotiationRound], { description: 'Every negotiation round, in order.' })
  rounds(@Ctx() ctx: Context) {
    return listRounds(ctx);
  }

  @FieldResolver(() => String)
  name(@Root() event: EventInterface, @Arg('lang', () => String, LANG_ARG) lang?: string) {
    return pickLocalized(event.props, 'name', lang) ?? event.id;
  }

  @FieldResolver(() => [LocalizedText])
  names(@Root() event: EventInterface) {
    return localizedValues(event.props, 'name');
  }

  @FieldResolver(() => String, { nullable: true })
  description(@Root() event: EventInterface, @Arg('lang', () => String, LANG_ARG) lang?: string) {
    return pickLocalized(event.props, 'description', lang);
  }

  @FieldResolver(() => [Participation], { description: 'Who took part, and as what.' })
  participants(
    @Root() event: EventInterface,
    @Ctx() ctx: Context,
    @Arg('role', () => ParticipantRole, { nullable: true }) role?: string,
  ) {
    return participantsOf(ctx, event.id, (r) => !role || r === role);
  }

  @FieldResolver(() => [Evidence], { description: 'Where the sources state that it happened.' })
  evidence(@Root() event: EventInterface, @Ctx() ctx: Context) {
    return loadEvidence(ctx, event.props.evidenceIds as string[]);
  }

  @FieldResolver(() => [Claim], { description: 'Claims made at this event.' })
  claims(@Root() event: EventInterface, @Ctx() ctx: Context) {
    return loadRelated(ctx, { id: event.id, types: ['AT_EVENT'], direction: 'IN' });
  }

  @FieldResolver(() => [Claim], { description: 'Claims about this event.' })
  mentionedIn(@Root() event: EventInterface, @Ctx() ctx: Context) {
    return loadRelated(ctx, { id: event.id, types: ['ABOUT'], direction: 'IN' });
  }

  @FieldResolver(() => Claim, {
    nullable: true,
    description: "Set when the sources know of this event only through someone's claim.",
  })
  async attestedBy(@Root() event: EventInterface, @Ctx() ctx: Context) {
    return (
      (await loadRelated(ctx, { id: event.id, types: ['ATTESTED_BY'], direction: 'OUT' }))[0] ??
      null
    );
  }

  @FieldResolver(() => EventInterface, {
    nullable: true,
    description: 'The larger event this one is part of.',
  })
  async partOf(@Root() event: EventInterface, @Ctx() ctx: Context) {
    return (
      (await loadRelated(ctx, { id: event.id, types: ['PART_OF_EVENT'], direction: 'OUT' }))[0] ??
      null
    );
  }
}

@Resolver(() => NegotiationRound)
export class NegotiationRoundResolver {
  @FieldResolver(() => [Participation], { description: 'Who mediated the round.' })
  mediators(@Root() round: NegotiationRound, @Ctx() ctx: Context) {
    return participantsOf(ctx, round.id, (role) => role === 'MEDIATOR');
  }

  @FieldResolver(() => [Participation], {
    description: 'The delegations at the round, with their roles.',
  })
  delegations(@Root() round: NegotiationRound, @Ctx() ctx: Context) {
    return participantsOf(ctx, round.id, (_role, labels) => labels.includes('Delegation'));
  }
}

@Resolver(() => EventConnection)
export class EventConnectionResolver {
  @FieldResolver(() => Int, {
    description: 'The size of the whole set; counted only when asked for.',
  })
  totalCount(@Root() connection: EventConnection, @Ctx() ctx: Context) {
    return countEvents(ctx, connection.filter);
  }
}
