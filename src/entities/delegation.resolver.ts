import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { loadRelations } from '../graph/graph.service';
import {
  Leadership,
  Membership,
  Participation,
  Representation,
} from '../relations/relationship.types';
import { Delegation } from './entity.types';

@Resolver(() => Delegation)
export class DelegationResolver {
  @FieldResolver(() => [Representation], {
    description: 'The side (country or organisation) it acts for.',
  })
  side(@Root() delegation: Delegation, @Ctx() ctx: Context) {
    return loadRelations(
      ctx,
      { id: delegation.id, types: ['REPRESENTS'], direction: 'OUT' },
      Representation,
    );
  }

  @FieldResolver(() => [Leadership])
  leaders(@Root() delegation: Delegation, @Ctx() ctx: Context) {
    return loadRelations(ctx, { id: delegation.id, types: ['LEADS'], direction: 'IN' }, Leadership);
  }

  @FieldResolver(() => [Membership], { description: 'Members the sources name, leaders aside.' })
  members(@Root() delegation: Delegation, @Ctx() ctx: Context) {
    return loadRelations(
      ctx,
      { id: delegation.id, types: ['MEMBER_OF'], direction: 'IN' },
      Membership,
    );
  }

  @FieldResolver(() => [Participation], { description: 'The rounds and meetings it attended.' })
  attended(@Root() delegation: Delegation, @Ctx() ctx: Context) {
    return loadRelations(
      ctx,
      { id: delegation.id, types: ['PARTICIPATED_IN'], direction: 'OUT' },
      Participation,
    );
  }
}
