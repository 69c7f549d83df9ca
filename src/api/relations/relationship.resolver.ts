import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { LANG_ARG } from '../types/lang';
import { LocalizedText } from '../types/localized-text.type';
import { NodeInterface } from '../types/node.interface';
import { EVIDENCE_FIRST_ARG } from '../types/pagination';
import type { Context } from '../context';
import { EntityInterface, Issue, Person } from '../types/entity.types';
import { EventInterface } from '../types/event.types';
import { Evidence } from '../types/evidence.type';
import { Claim } from '../types/claim.type';
import { loadEvidence, loadNode } from '../read/graph.service';
import { localizedValues, pickLocalized } from '../../model/localized-text';
import {
  Leadership,
  Membership,
  Participation,
  Position,
  Relation,
  RelationshipBase,
  Representation,
  Role,
} from '../types/relationship.types';

/** Fields every relationship has: its two ends and its evidence. */
@Resolver(() => RelationshipBase)
export class RelationshipResolver {
  @FieldResolver(() => NodeInterface, {
    nullable: true,
    description: 'Where the relationship starts.',
  })
  from(@Root() edge: RelationshipBase, @Ctx() ctx: Context) {
    return loadNode(ctx, edge.fromId);
  }

  @FieldResolver(() => NodeInterface, {
    nullable: true,
    description: 'Where the relationship ends.',
  })
  to(@Root() edge: RelationshipBase, @Ctx() ctx: Context) {
    return loadNode(ctx, edge.toId);
  }

  @FieldResolver(() => [Evidence], {
    description: 'The source spans that state this relationship.',
  })
  evidence(
    @Root() edge: RelationshipBase,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, EVIDENCE_FIRST_ARG) first?: number,
  ) {
    return loadEvidence(ctx, edge.evidenceIds, first);
  }

  @FieldResolver(() => Claim, {
    nullable: true,
    description:
      'The claim it is known through, when the source has it only from someone (null when the source states it itself).',
  })
  attestedBy(@Root() edge: RelationshipBase, @Ctx() ctx: Context) {
    return edge.attestedById ? loadNode(ctx, edge.attestedById) : null;
  }
}

/** `title(lang)` and `titles`, shared by the relationships that carry a title. */
function titleOf(edge: RelationshipBase, lang: string | undefined) {
  return pickLocalized(edge.props, 'title', lang);
}

@Resolver(() => Role)
export class RoleResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'The person holding the role.' })
  person(@Root() role: Role, @Ctx() ctx: Context) {
    return loadNode(ctx, role.fromId);
  }

  @FieldResolver(() => EntityInterface, {
    nullable: true,
    description: 'The organisation or country the role is in.',
  })
  organization(@Root() role: Role, @Ctx() ctx: Context) {
    return loadNode(ctx, role.toId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The title in one language, with fallbacks.',
  })
  title(@Root() role: Role, @Arg('lang', () => String, LANG_ARG) lang?: string) {
    return titleOf(role, lang);
  }

  @FieldResolver(() => [LocalizedText], { description: 'The title in every language it has.' })
  titles(@Root() role: Role) {
    return localizedValues(role.props, 'title');
  }
}

@Resolver(() => Leadership)
export class LeadershipResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'The person leading.' })
  leader(@Root() edge: Leadership, @Ctx() ctx: Context) {
    return loadNode(ctx, edge.fromId);
  }

  @FieldResolver(() => EntityInterface, {
    nullable: true,
    description: 'The delegation or organisation led.',
  })
  led(@Root() edge: Leadership, @Ctx() ctx: Context) {
    return loadNode(ctx, edge.toId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The title the source gives the leader, with fallbacks.',
  })
  title(@Root() edge: Leadership, @Arg('lang', () => String, LANG_ARG) lang?: string) {
    return titleOf(edge, lang);
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'The person.' })
  member(@Root() edge: Membership, @Ctx() ctx: Context) {
    return loadNode(ctx, edge.fromId);
  }

  @FieldResolver(() => EntityInterface, {
    nullable: true,
    description: 'The delegation or organisation.',
  })
  group(@Root() edge: Membership, @Ctx() ctx: Context) {
    return loadNode(ctx, edge.toId);
  }
}

@Resolver(() => Participation)
export class ParticipationResolver {
  @FieldResolver(() => EntityInterface, { nullable: true, description: 'Who took part.' })
  entity(@Root() edge: Participation, @Ctx() ctx: Context) {
    return loadNode(ctx, edge.fromId);
  }

  @FieldResolver(() => EventInterface, { nullable: true, description: 'The event.' })
  event(@Root() edge: Participation, @Ctx() ctx: Context) {
    return loadNode(ctx, edge.toId);
  }
}

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => EntityInterface, { nullable: true, description: 'Who holds the position.' })
  holder(@Root() edge: Position, @Ctx() ctx: Context) {
    return loadNode(ctx, edge.fromId);
  }

  @FieldResolver(() => Issue, { nullable: true, description: 'The issue.' })
  issue(@Root() edge: Position, @Ctx() ctx: Context) {
    return loadNode(ctx, edge.toId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The position in a sentence, in one language, with fallbacks.',
  })
  summary(@Root() edge: Position, @Arg('lang', () => String, LANG_ARG) lang?: string) {
    return pickLocalized(edge.props, 'summary', lang);
  }
}

@Resolver(() => Representation)
export class RepresentationResolver {
  @FieldResolver(() => EntityInterface, {
    nullable: true,
    description: 'The delegation (or person) acting.',
  })
  delegation(@Root() edge: Representation, @Ctx() ctx: Context) {
    return loadNode(ctx, edge.fromId);
  }

  @FieldResolver(() => EntityInterface, { nullable: true, description: 'The side it acts for.' })
  side(@Root() edge: Representation, @Ctx() ctx: Context) {
    return loadNode(ctx, edge.toId);
  }
}

@Resolver(() => Relation)
export class RelationResolver {
  @FieldResolver(() => NodeInterface, { nullable: true, description: 'The node at the other end.' })
  other(@Root() edge: Relation, @Ctx() ctx: Context) {
    return loadNode(ctx, edge.otherId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Its title in one language (a role, a leadership), with fallbacks.',
  })
  title(@Root() edge: Relation, @Arg('lang', () => String, LANG_ARG) lang?: string) {
    return titleOf(edge, lang);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'For a position: the position in a sentence, with fallbacks.',
  })
  summary(@Root() edge: Relation, @Arg('lang', () => String, LANG_ARG) lang?: string) {
    return pickLocalized(edge.props, 'summary', lang);
  }
}
