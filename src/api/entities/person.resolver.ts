import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { LIST_FIRST_ARG } from '../types/pagination';
import type { Context } from '../context';
import { Leadership, Membership, Role } from '../types/relationship.types';
import { FIELD_WALKS } from '../read/field-walks';
import { resolveWalk } from '../read/walk-field';
import { Person } from '../types/entity.types';

const WALK = FIELD_WALKS.Person;

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Role], {
    description:
      'Titles the person holds, in organisations or countries. With asOf, only those the sources say were held on that date: within their validity, or attested on that very date.',
  })
  roles(
    @Root() person: Person,
    @Ctx() ctx: Context,
    @Arg('asOf', () => String, { nullable: true, description: 'ISO date.' }) asOf?: string,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, person.id, WALK.roles, { asOf, first });
  }

  @FieldResolver(() => [Leadership], {
    description: 'Delegations and organisations the person led.',
  })
  leads(
    @Root() person: Person,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, person.id, WALK.leads, { first });
  }

  @FieldResolver(() => [Membership], {
    description: 'Delegations and organisations the person belongs to.',
  })
  memberships(
    @Root() person: Person,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, person.id, WALK.memberships, { first });
  }
}
