import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import { Claim } from '../types/claim.type';
import { ParticipantRole, RelationDirection, RelationOrder } from '../types/enums';
import { found } from '../types/found';
import { assertGlobalId } from '../../model/ids';
import { LANG_ARG } from '../types/lang';
import { ONLY_STATED_ARG } from '../types/basis.type';
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
import { aliasesWithBasis, localizedValues, pickLocalized } from '../../model/localized-text';
import { Participation, Relation } from '../types/relationship.types';
import { compiledNodeById, compileSelection, CONNECTION_NODES } from '../read/compiled-roots';
import { FIELD_WALKS } from '../read/field-walks';
import { resolveWalk } from '../read/walk-field';
import { EntitiesArgs } from './entities.args';
import { countEntities, listEntities } from './entities.service';
import { EntityConnection } from '../types/entity-connection.type';
import { EntityInterface } from '../types/entity.types';

/** Fields every entity has, and the entity queries. */
@Resolver(() => EntityInterface)
export class EntityResolver {
  @Query(() => EntityInterface, { description: 'An entity by id; NOT_FOUND when there is none.' })
  async entity(
    @Arg('id', () => ID, {
      description: 'An entity id (`person:…`, `country:…`, `organization:…`, …).',
    })
    id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const node = await compiledNodeById(ctx, assertGlobalId(id), info);
    return found(node instanceof EntityInterface ? node : null, id, 'entity');
  }

  @Query(() => EntityConnection, {
    description: 'Entities by kind and name, by English name, a page at a time.',
  })
  entities(@Args() args: EntitiesArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listEntities(ctx, args, compileSelection(ctx, info, ...CONNECTION_NODES));
  }

  @FieldResolver(() => String, { description: 'The name in one language, with fallbacks.' })
  name(@Root() entity: EntityInterface, @Arg('lang', () => String, LANG_ARG) lang?: string) {
    return pickLocalized(entity.props, 'name', lang) ?? entity.id;
  }

  @FieldResolver(() => [LocalizedText], {
    description: 'The name in every language and script it has.',
  })
  names(@Root() entity: EntityInterface) {
    return localizedValues(entity.props, 'name');
  }

  @FieldResolver(() => [LocalizedText], { description: 'Other spellings and names.' })
  aliases(@Root() entity: EntityInterface) {
    return aliasesWithBasis(entity.props);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'What the sources say it is, in one language, with fallbacks.',
  })
  description(@Root() entity: EntityInterface, @Arg('lang', () => String, LANG_ARG) lang?: string) {
    return pickLocalized(entity.props, 'description', lang);
  }

  @FieldResolver(() => [Evidence], { description: 'Where the sources mention it.' })
  async evidence(
    @Root() entity: EntityInterface,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, EVIDENCE_FIRST_ARG) first?: number,
  ) {
    return loadOwnEvidence(ctx, entity, first);
  }

  @FieldResolver(() => [Relation], {
    description: 'Its relationships of the given types (all meaningful ones by default).',
  })
  relations(
    @Root() entity: EntityInterface,
    @Ctx() ctx: Context,
    @Arg('types', () => [String], {
      nullable: true,
      description: 'Relationship types to keep; all meaningful ones by default.',
    })
    types?: string[],
    @Arg('direction', () => RelationDirection, {
      defaultValue: 'BOTH',
      description: 'OUT: relationships it starts; IN: that end at it; BOTH.',
    })
    direction: 'OUT' | 'IN' | 'BOTH' = 'BOTH',
    @Arg('onlyStated', () => Boolean, ONLY_STATED_ARG) onlyStated = false,
    @Arg('minSources', () => Int, MIN_SOURCES_ARG) minSources?: number,
    @Arg('minIndependentSources', () => Int, MIN_INDEPENDENT_SOURCES_ARG)
    minIndependentSources?: number,
    @Arg('orderBy', () => RelationOrder, ORDER_BY_ARG) orderBy: keyof typeof RelationOrder = 'ID',
    @Arg('first', () => Int, ORDERED_LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, entity.id, FIELD_WALKS.Entity.relations, {
      types,
      direction,
      onlyStated,
      minSources,
      minIndependentSources,
      orderBy,
      first,
    });
  }

  @FieldResolver(() => [Participation], { description: 'Events it took part in, with its role.' })
  participations(
    @Root() entity: EntityInterface,
    @Ctx() ctx: Context,
    @Arg('role', () => ParticipantRole, {
      nullable: true,
      description: 'Only participations in this role.',
    })
    role?: string,
    @Arg('onlyStated', () => Boolean, ONLY_STATED_ARG) onlyStated = false,
    @Arg('minSources', () => Int, MIN_SOURCES_ARG) minSources?: number,
    @Arg('minIndependentSources', () => Int, MIN_INDEPENDENT_SOURCES_ARG)
    minIndependentSources?: number,
    @Arg('orderBy', () => RelationOrder, ORDER_BY_ARG) orderBy: keyof typeof RelationOrder = 'ID',
    @Arg('first', () => Int, ORDERED_LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, entity.id, FIELD_WALKS.Entity.participations, {
      role,
      onlyStated,
      minSources,
      minIndependentSources,
      orderBy,
      first,
    });
  }

  @FieldResolver(() => [Claim], { description: 'Claims it made.' })
  statements(
    @Root() entity: EntityInterface,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, entity.id, FIELD_WALKS.Entity.statements, { first });
  }

  @FieldResolver(() => [Claim], { description: 'Claims about it.' })
  mentionedIn(
    @Root() entity: EntityInterface,
    @Ctx() ctx: Context,
    @Arg('onlyStated', () => Boolean, ONLY_STATED_ARG) onlyStated = false,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, entity.id, FIELD_WALKS.Entity.mentionedIn, { onlyStated, first });
  }

  @FieldResolver(() => Int, {
    description: 'How many relationships it has (evidence links aside).',
  })
  degree(@Root() entity: EntityInterface, @Ctx() ctx: Context) {
    return ctx.loaders.degree.load(entity.id);
  }
}

@Resolver(() => EntityConnection)
export class EntityConnectionResolver {
  @FieldResolver(() => Int, TOTAL_COUNT)
  totalCount(@Root() connection: EntityConnection, @Ctx() ctx: Context) {
    return countEntities(ctx, connection.filter);
  }
}
