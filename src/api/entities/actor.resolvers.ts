import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { LIST_FIRST_ARG } from '../types/pagination';
import type { Context } from '../context';
import { Leadership, Position, Relation, Representation, Role } from '../types/relationship.types';
import { FIELD_WALKS } from '../read/field-walks';
import { resolveWalk } from '../read/walk-field';
import { Country, Issue, Organization } from '../types/entity.types';

// Countries and organisations are both sides of negotiations: the same fields, the same walks.
@Resolver(() => Country)
export class CountryResolver {
  @FieldResolver(() => [Role], { description: 'People holding titles in this country.' })
  officeHolders(
    @Root() country: Country,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, country.id, FIELD_WALKS.Country.officeHolders, { first });
  }

  @FieldResolver(() => [Position], { description: 'Its positions on the issues.' })
  positions(
    @Root() country: Country,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, country.id, FIELD_WALKS.Country.positions, { first });
  }

  @FieldResolver(() => [Representation], { description: 'Delegations acting for it.' })
  delegations(
    @Root() country: Country,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, country.id, FIELD_WALKS.Country.delegations, { first });
  }
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => [Role], { description: 'People holding titles in this organisation.' })
  officeHolders(
    @Root() organization: Organization,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, organization.id, FIELD_WALKS.Organization.officeHolders, { first });
  }

  @FieldResolver(() => [Leadership], { description: 'Who leads the organisation.' })
  leaders(
    @Root() organization: Organization,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, organization.id, FIELD_WALKS.Organization.leaders, { first });
  }

  @FieldResolver(() => [Position], { description: 'Its positions on the issues.' })
  positions(
    @Root() organization: Organization,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, organization.id, FIELD_WALKS.Organization.positions, { first });
  }
}

@Resolver(() => Issue)
export class IssueResolver {
  @FieldResolver(() => [Position], { description: 'Who holds which stance on it.' })
  positions(
    @Root() issue: Issue,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, issue.id, FIELD_WALKS.Issue.positions, { first });
  }

  @FieldResolver(() => [Relation], { description: 'Places, actors and things it concerns.' })
  concerns(
    @Root() issue: Issue,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, issue.id, FIELD_WALKS.Issue.concerns, { first });
  }

  @FieldResolver(() => [Relation], {
    description: 'Events (negotiation rounds, say) at which it is at stake.',
  })
  atStakeIn(
    @Root() issue: Issue,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, issue.id, FIELD_WALKS.Issue.atStakeIn, { first });
  }
}
