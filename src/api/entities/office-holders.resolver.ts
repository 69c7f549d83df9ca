import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { assertGlobalId } from '../../model/ids';
import { isoDateArg } from '../types/iso-date';
import { LIST_FIRST_ARG, listLimit } from '../types/pagination';
import type { Context } from '../context';
import { loadRelations } from '../read/graph.service';
import { Role } from '../types/relationship.types';
import { roleHeldOn, titleMatches } from './role-dates';

@Resolver()
export class OfficeHoldersResolver {
  @Query(() => [Role], {
    description:
      'Who held a title in an organisation or country: "who was Kremlin spokesman on 2026-02-04". `title` matches any part of the title in any language; `on` keeps roles the sources say were held that day.',
  })
  async officeHolders(
    @Ctx() ctx: Context,
    @Arg('organization', () => ID, { description: 'An organisation or country id.' })
    organization: string,
    @Arg('title', () => String, {
      nullable: true,
      description: 'Part of the title, in any language (at most 200 characters).',
    })
    title?: string,
    @Arg('on', () => String, { nullable: true, description: 'ISO date.' }) on?: string,
    @Arg('first', () => Int, LIST_FIRST_ARG) first?: number,
  ): Promise<Role[]> {
    const id = assertGlobalId(organization, 'organization');
    const date = isoDateArg(on, 'on');
    const limit = listLimit(first);
    // The title is matched on normalised text in code, so every role of the organisation is read.
    const roles = await loadRelations(
      ctx,
      { id, types: ['HOLDS_ROLE'], direction: 'IN' },
      Role,
      (r) =>
        (!title || titleMatches(r.props, title.slice(0, 200))) &&
        (date === null || roleHeldOn(r.props, date)),
    );
    return roles.slice(0, limit);
  }
}
