import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { found } from '../types/found';
import { assertGlobalId } from '../../model/ids';
import { ONLY_STATED_ARG } from '../types/basis.type';
import { LANG_ARG } from '../types/lang';
import { LocalizedText } from '../types/localized-text.type';
import { NodeInterface } from '../types/node.interface';
import { TOTAL_COUNT, LIST_FIRST_ARG, EVIDENCE_FIRST_ARG } from '../types/pagination';
import type { Context } from '../context';
import { EntityInterface } from '../types/entity.types';
import { EventInterface } from '../types/event.types';
import { Relation } from '../types/relationship.types';
import { Source } from '../types/source.type';
import { Evidence } from '../types/evidence.type';
import { loadOwnEvidence } from '../read/graph.service';
import { localizedValues, pickLocalized } from '../../model/localized-text';
import { compiledNodeById, compileSelection, CONNECTION_NODES } from '../read/compiled-roots';
import { FIELD_WALKS } from '../read/field-walks';
import { resolveWalk } from '../read/walk-field';
import { ClaimConnection } from '../types/claim-connection.type';
import { Claim } from '../types/claim.type';
import { ClaimsArgs } from './claims.args';
import { countClaims, listClaims } from './claims.service';

const WALK = FIELD_WALKS.Claim;

@Resolver(() => Claim)
export class ClaimResolver {
  @Query(() => Claim, { description: 'A claim by id; NOT_FOUND when there is none.' })
  async claim(
    @Arg('id', () => ID, { description: 'A claim id, `claim:…`.' }) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const node = await compiledNodeById(ctx, assertGlobalId(id), info);
    return found(node instanceof Claim ? node : null, id, 'claim');
  }

  @Query(() => ClaimConnection, {
    description: 'Claims by speaker, subject, event and date, in date order.',
  })
  claims(@Args() args: ClaimsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listClaims(ctx, args, compileSelection(ctx, info, ...CONNECTION_NODES));
  }

  @FieldResolver(() => String, {
    description:
      'The statement in one language; by default in the language the source reported it in.',
  })
  statement(@Root() claim: Claim, @Arg('lang', () => String, LANG_ARG) lang?: string) {
    return pickLocalized(claim.props, 'statement', lang ?? claim.language, claim.language) ?? '';
  }

  @FieldResolver(() => [LocalizedText], {
    description: 'The statement in the source language and in translation.',
  })
  statements(@Root() claim: Claim) {
    return localizedValues(claim.props, 'statement');
  }

  @FieldResolver(() => EntityInterface, {
    nullable: true,
    description: 'Who made the claim, when the source names them.',
  })
  speaker(@Root() claim: Claim, @Ctx() ctx: Context) {
    return resolveWalk(ctx, claim.id, WALK.speaker);
  }

  @FieldResolver(() => Source, {
    nullable: true,
    description: 'For a NARRATED claim: the source whose own assessment it is.',
  })
  narratedBy(@Root() claim: Claim, @Ctx() ctx: Context) {
    return resolveWalk(ctx, claim.id, WALK.narratedBy);
  }

  @FieldResolver(() => [Relation], {
    description:
      'Other reports of the same statement (a paraphrase and a quotation of it, say); `other` is the claim.',
  })
  sameStatementAs(
    @Root() claim: Claim,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, claim.id, WALK.sameStatementAs, { first });
  }

  @FieldResolver(() => [Relation], {
    description:
      'Claims it contradicts, or that contradict it, as a dossier declares: both cannot be true. `other` is the claim.',
  })
  contradicts(
    @Root() claim: Claim,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, claim.id, WALK.contradicts, { first });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The speaker as the source describes them.',
  })
  speakerDescription(@Root() claim: Claim, @Arg('lang', () => String, LANG_ARG) lang?: string) {
    return pickLocalized(claim.props, 'speakerDescription', lang);
  }

  @FieldResolver(() => EntityInterface, {
    nullable: true,
    description: 'The outlet or agency that carried it.',
  })
  via(@Root() claim: Claim, @Ctx() ctx: Context) {
    return resolveWalk(ctx, claim.id, WALK.via);
  }

  @FieldResolver(() => EventInterface, {
    nullable: true,
    description: 'The event where it was said.',
  })
  event(@Root() claim: Claim, @Ctx() ctx: Context) {
    return resolveWalk(ctx, claim.id, WALK.event);
  }

  @FieldResolver(() => [NodeInterface], { description: 'Entities and events the claim is about.' })
  subjects(
    @Root() claim: Claim,
    @Ctx() ctx: Context,
    @Arg('onlyStated', () => Boolean, ONLY_STATED_ARG) onlyStated = false,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, claim.id, WALK.subjects, { onlyStated, first });
  }

  @FieldResolver(() => [Evidence], { description: 'Where the source reports the claim.' })
  evidence(
    @Root() claim: Claim,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, EVIDENCE_FIRST_ARG) first?: number,
  ) {
    return loadOwnEvidence(ctx, claim, first);
  }
}

@Resolver(() => ClaimConnection)
export class ClaimConnectionResolver {
  @FieldResolver(() => Int, TOTAL_COUNT)
  totalCount(@Root() connection: ClaimConnection, @Ctx() ctx: Context) {
    return countClaims(ctx, connection.filter);
  }
}
