import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Claim } from '../types/claim.type';
import { ParticipantRole, RelationOrder } from '../types/enums';
import { found } from '../types/found';
import { assertGlobalId } from '../../model/ids';
import { ONLY_STATED_ARG } from '../types/basis.type';
import { LANG_ARG } from '../types/lang';
import { LocalizedText } from '../types/localized-text.type';
import {
  TOTAL_COUNT,
  LIST_FIRST_ARG,
  ORDERED_LIST_FIRST_ARG,
  EVIDENCE_FIRST_ARG,
} from '../types/pagination';
import { MIN_INDEPENDENT_SOURCES_ARG, MIN_SOURCES_ARG, ORDER_BY_ARG } from '../types/support-args';
import type { Context } from '../context';
import { Evidence } from '../types/evidence.type';
import { loadOwnEvidence } from '../read/graph.service';
import { localizedValues, pickLocalized } from '../../model/localized-text';
import { Participation, Relation } from '../types/relationship.types';
import { compiledNodeById, compileSelection, CONNECTION_NODES } from '../read/compiled-roots';
import { FIELD_WALKS } from '../read/field-walks';
import { resolveWalk } from '../read/walk-field';
import { EventConnection, RoundConnection } from '../types/event-connection.type';
import { EventInterface, NegotiationRound } from '../types/event.types';
import { DatedPageArgs, EventsArgs } from './events.args';
import { countEvents, listEvents, listRounds } from './events.service';

const WALK = FIELD_WALKS.Event;

@Resolver(() => EventInterface)
export class EventResolver {
  @Query(() => EventInterface, { description: 'An event by id; NOT_FOUND when there is none.' })
  async event(
    @Arg('id', () => ID, { description: 'An event id, `event:…`.' }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const node = await compiledNodeById(ctx, assertGlobalId(id), info);
    return found(node instanceof EventInterface ? node : null, id, 'event');
  }

  @Query(() => EventConnection, {
    description: 'Events by kind and date, in date order, a page at a time.',
  })
  events(@Args() args: EventsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listEvents(ctx, args, compileSelection(ctx, info, ...CONNECTION_NODES));
  }

  @Query(() => RoundConnection, {
    description: 'Negotiation rounds, in date order, a page at a time.',
  })
  rounds(@Args() args: DatedPageArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listRounds(ctx, args, compileSelection(ctx, info, ...CONNECTION_NODES));
  }

  @FieldResolver(() => String, { description: 'The name in one language, with fallbacks.' })
  name(@Root() event: EventInterface, @Arg('lang', () => String, LANG_ARG) lang?: string) {
    return pickLocalized(event.props, 'name', lang) ?? event.id;
  }

  @FieldResolver(() => [LocalizedText], { description: 'The name in every language it has.' })
  names(@Root() event: EventInterface) {
    return localizedValues(event.props, 'name');
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'What the sources say of it, in one language, with fallbacks.',
  })
  description(@Root() event: EventInterface, @Arg('lang', () => String, LANG_ARG) lang?: string) {
    return pickLocalized(event.props, 'description', lang);
  }

  @FieldResolver(() => [Participation], { description: 'Who took part, and as what.' })
  participants(
    @Root() event: EventInterface,
    @Ctx() ctx: Context,
    @Arg('role', () => ParticipantRole, {
      nullable: true,
      description: 'Only participants in this role.',
    })
    role?: string,
    @Arg('onlyStated', () => Boolean, ONLY_STATED_ARG) onlyStated = false,
    @Arg('minSources', () => Int, MIN_SOURCES_ARG) minSources?: number,
    @Arg('minIndependentSources', () => Int, MIN_INDEPENDENT_SOURCES_ARG)
    minIndependentSources?: number,
    @Arg('orderBy', () => RelationOrder, ORDER_BY_ARG) orderBy: keyof typeof RelationOrder = 'ID',
    @Arg('first', () => Int, ORDERED_LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, event.id, WALK.participants, {
      role,
      onlyStated,
      minSources,
      minIndependentSources,
      orderBy,
      first,
    });
  }

  @FieldResolver(() => [Evidence], { description: 'Where the sources state that it happened.' })
  evidence(
    @Root() event: EventInterface,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, EVIDENCE_FIRST_ARG) first?: number,
  ) {
    return loadOwnEvidence(ctx, event, first);
  }

  @FieldResolver(() => [Claim], { description: 'Claims made at this event.' })
  claims(
    @Root() event: EventInterface,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, event.id, WALK.claims, { first });
  }

  @FieldResolver(() => [Relation], { description: 'Issues at stake in it.' })
  issuesAtStake(
    @Root() event: EventInterface,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, event.id, WALK.issuesAtStake, { first });
  }

  @FieldResolver(() => [Relation], {
    description:
      'Where it took place, as each source says (a town, a building, a country; several when sources differ, see `accounts`). `other` is the place.',
  })
  places(
    @Root() event: EventInterface,
    @Ctx() ctx: Context,
    @Arg('onlyStated', () => Boolean, ONLY_STATED_ARG) onlyStated = false,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, event.id, WALK.places, { onlyStated, first });
  }

  @FieldResolver(() => [Claim], { description: 'Claims about this event.' })
  mentionedIn(
    @Root() event: EventInterface,
    @Ctx() ctx: Context,
    @Arg('onlyStated', () => Boolean, ONLY_STATED_ARG) onlyStated = false,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, event.id, WALK.mentionedIn, { onlyStated, first });
  }

  @FieldResolver(() => Claim, {
    nullable: true,
    description: "Set when the sources know of this event only through someone's claim.",
  })
  attestedBy(@Root() event: EventInterface, @Ctx() ctx: Context) {
    return resolveWalk(ctx, event.id, WALK.attestedBy);
  }

  @FieldResolver(() => EventInterface, {
    nullable: true,
    description: 'The larger event this one is part of.',
  })
  partOf(@Root() event: EventInterface, @Ctx() ctx: Context) {
    return resolveWalk(ctx, event.id, WALK.partOf);
  }
}

@Resolver(() => NegotiationRound)
export class NegotiationRoundResolver {
  @FieldResolver(() => [Participation], { description: 'Who mediated the round.' })
  mediators(
    @Root() round: NegotiationRound,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, round.id, FIELD_WALKS.NegotiationRound.mediators, { first });
  }

  @FieldResolver(() => [Participation], {
    description: 'The delegations at the round, with their roles.',
  })
  delegations(
    @Root() round: NegotiationRound,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, round.id, FIELD_WALKS.NegotiationRound.delegations, { first });
  }
}

@Resolver(() => EventConnection)
export class EventConnectionResolver {
  @FieldResolver(() => Int, TOTAL_COUNT)
  totalCount(@Root() connection: EventConnection, @Ctx() ctx: Context) {
    return countEvents(ctx, connection.filter);
  }
}

@Resolver(() => RoundConnection)
export class RoundConnectionResolver {
  @FieldResolver(() => Int, TOTAL_COUNT)
  totalCount(@Root() connection: RoundConnection, @Ctx() ctx: Context) {
    return countEvents(ctx, connection.filter);
  }
}
