import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { loadRelations } from '../graph/graph.service';
import {
  Leadership,
  Position,
  Relation,
  Representation,
  Role,
} from '../relations/relationship.types';
import { Country, Issue, Organization } from './entity.types';

// Countries and organisations are both sides of negotiations: the same fields, the same walks.
function officeHolders(id: string, ctx: Context) {
  return loadRelations(ctx, { id, types: ['HOLDS_ROLE'], direction: 'IN' }, Role);
}
function positions(id: string, ctx: Context) {
  return loadRelations(ctx, { id, types: ['HOLDS_POSITION'], direction: 'OUT' }, Position);
}
function representedBy(id: string, ctx: Context) {
  return loadRelations(ctx, { id, types: ['REPRESENTS'], direction: 'IN' }, Representation);
}

@Resolver(() => Country)
export class CountryResolver {
  @FieldResolver(() => [Role], { description: 'People holding titles in this country.' })
  officeHolders(@Root() country: Country, @Ctx() ctx: Context) {
    return officeHolders(country.id, ctx);
  }

  @FieldResolver(() => [Position], { description: 'Its positions on the issues.' })
  positions(@Root() country: Country, @Ctx() ctx: Context) {
    return positions(country.id, ctx);
  }

  @FieldResolver(() => [Representation], { description: 'Delegations acting for it.' })
  delegations(@Root() country: Country, @Ctx() ctx: Context) {
    return representedBy(country.id, ctx);
  }
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @FieldResolver(() => [Role], { description: 'People holding titles in this organisation.' })
  officeHolders(@Root() organization: Organization, @Ctx() ctx: Context) {
    return officeHolders(organization.id, ctx);
  }

  @FieldResolver(() => [Leadership])
  leaders(@Root() organization: Organization, @Ctx() ctx: Context) {
    return loadRelations(
      ctx,
      { id: organization.id, types: ['LEADS'], direction: 'IN' },
      Leadership,
    );
  }

  @FieldResolver(() => [Position])
  positions(@Root() organization: Organization, @Ctx() ctx: Context) {
    return positions(organization.id, ctx);
  }
}

@Resolver(() => Issue)
export class IssueResolver {
  @FieldResolver(() => [Position], { description: 'Who holds which stance on it.' })
  positions(@Root() issue: Issue, @Ctx() ctx: Context) {
    return loadRelations(
      ctx,
      { id: issue.id, types: ['HOLDS_POSITION'], direction: 'IN' },
      Position,
    );
  }

  @FieldResolver(() => [Relation], { description: 'Places, actors and things it concerns.' })
  concerns(@Root() issue: Issue, @Ctx() ctx: Context) {
    return loadRelations(ctx, { id: issue.id, types: ['CONCERNS'], direction: 'OUT' }, Relation);
  }
}
