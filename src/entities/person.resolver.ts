import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { loadRelations } from '../graph/graph.service';
import { Leadership, Membership, Role } from '../relations/relationship.types';
import { Person } from './entity.types';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => [Role], {
    description: 'Titles the person holds, in organisations or countries.',
  })
  roles(@Root() person: Person, @Ctx() ctx: Context) {
    return loadRelations(ctx, { id: person.id, types: ['HOLDS_ROLE'], direction: 'OUT' }, Role);
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
