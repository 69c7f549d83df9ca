import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import {
  Leadership,
  Membership,
  Participation,
  Representation,
} from '../relations/relationship.types';
import { FIELD_WALKS } from '../selection/field-walks';
import { resolveWalk } from '../selection/walk-field';
import { Delegation } from './entity.types';

const WALK = FIELD_WALKS.Delegation;

@Resolver(() => Delegation)
export class DelegationResolver {
  @FieldResolver(() => [Representation], {
    description: 'The side (country or organisation) it acts for.',
  })
  side(@Root() delegation: Delegation, @Ctx() ctx: Context) {
    return resolveWalk(ctx, delegation.id, WALK.side);
  }

  @FieldResolver(() => [Leadership])
  leaders(@Root() delegation: Delegation, @Ctx() ctx: Context) {
    return resolveWalk(ctx, delegation.id, WALK.leaders);
  }

  @FieldResolver(() => [Membership], { description: 'Members the sources name, leaders aside.' })
  members(@Root() delegation: Delegation, @Ctx() ctx: Context) {
    return resolveWalk(ctx, delegation.id, WALK.members);
  }

  @FieldResolver(() => [Participation], { description: 'The rounds and meetings it attended.' })
  attended(@Root() delegation: Delegation, @Ctx() ctx: Context) {
    return resolveWalk(ctx, delegation.id, WALK.attended);
  }
}
