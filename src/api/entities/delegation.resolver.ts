import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { LIST_FIRST_ARG } from '../types/pagination';
import type { Context } from '../context';
import { Leadership, Membership, Participation, Representation } from '../types/relationship.types';
import { FIELD_WALKS } from '../read/field-walks';
import { resolveWalk } from '../read/walk-field';
import { Delegation } from '../types/entity.types';

const WALK = FIELD_WALKS.Delegation;

@Resolver(() => Delegation)
export class DelegationResolver {
  @FieldResolver(() => [Representation], {
    description: 'The side (country or organisation) it acts for.',
  })
  side(
    @Root() delegation: Delegation,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, delegation.id, WALK.side, { first });
  }

  @FieldResolver(() => [Leadership], {
    description: 'Who led the delegation, with the title the source gives.',
  })
  leaders(
    @Root() delegation: Delegation,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, delegation.id, WALK.leaders, { first });
  }

  @FieldResolver(() => [Membership], { description: 'Members the sources name, leaders aside.' })
  members(
    @Root() delegation: Delegation,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, delegation.id, WALK.members, { first });
  }

  @FieldResolver(() => [Participation], { description: 'The rounds and meetings it attended.' })
  attended(
    @Root() delegation: Delegation,
    @Ctx() ctx: Context,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ) {
    return resolveWalk(ctx, delegation.id, WALK.attended, { first });
  }
}
