import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { isoDateArg } from '../common/iso-date';
import type { Context } from '../context';
import { loadRelations } from '../graph/graph.service';
import { Leadership, Membership, Role } from '../relations/relationship.types';
import { Person } from './entity.types';
import { roleHeldOn } from './role-dates';

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
  ) {
    const date = isoDateArg(asOf, 'asOf');
    return loadRelations(
      ctx,
      { id: person.id, types: ['HOLDS_ROLE'], direction: 'OUT' },
      Role,
      (r) => (date === null ? true : roleHeldOn(r.props, date)),
    );
  }

  @FieldResolver(() => [Leadership], {
    description: 'Delegations and organisations the person led.',
  })
  leads(@Root() person: Person, @Ctx() ctx: Context) {
    return loadRelations(ctx, { id: person.id, types: ['LEADS'], direction: 'OUT' }, Leadership);
  }

  @FieldResolver(() => [Membership])
  memberships(@Root() person: Person, @Ctx() ctx: Context) {
    return loadRelations(
      ctx,
      { id: person.id, types: ['MEMBER_OF'], direction: 'OUT' },
      Membership,
    );
  }
}
