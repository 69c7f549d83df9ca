import { ArgsType, Field, Int } from 'type-graphql';
import { MIN_INDEPENDENT_SOURCES_ARG, MIN_SOURCES_ARG, supportFilter } from '../types/support-args';
import { ONLY_STATED_ARG } from '../types/basis.type';
import { NodeKind, ParticipantRole, RelationDirection } from '../types/enums';
import { PageArgs } from '../types/pagination';
import { connectionFor } from './walk-connections';
import type { WalkConnection } from '../types/pagination';
import type { RelationWalk } from '../../graph/relation-pages.repository';
import { Relation } from '../types/relationship.types';
import type { WalkFilter } from '../../model/walks';
import { isoDateArg } from '../types/iso-date';
import { explorableTypes } from './explorable-types';

/** A page of a node's relationships of any type (relationsConnection); see walkConnectionOf. */
export const RelationConnection = connectionFor(Relation).Connection;
export type RelationConnection = WalkConnection<Relation>;

@ArgsType()
export class RelationsPageArgs extends PageArgs {
  @Field(() => [String], {
    nullable: true,
    description: 'Relationship types to keep; all meaningful ones by default.',
  })
  types?: string[];

  @Field(() => RelationDirection, {
    defaultValue: 'BOTH',
    description: 'OUT: relationships it starts; IN: that end at it; BOTH.',
  })
  direction: 'OUT' | 'IN' | 'BOTH' = 'BOTH';

  @Field(() => Boolean, ONLY_STATED_ARG)
  onlyStated = false;

  @Field(() => ParticipantRole, {
    nullable: true,
    description: 'Only participations in this role (as `participants(role:)` keeps them).',
  })
  role?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'ISO date: only roles and other dated relationships the sources say held that day (as `roles(asOf:)` keeps them).',
  })
  asOf?: string;

  @Field(() => NodeKind, {
    nullable: true,
    description: 'Only relationships whose other end is of this kind.',
  })
  otherKind?: string;

  @Field(() => Int, MIN_SOURCES_ARG)
  minSources?: number;

  @Field(() => Int, MIN_INDEPENDENT_SOURCES_ARG)
  minIndependentSources?: number;
}

/**
 * The walk a page of relationships reads, from its arguments: the types (checked against the
 * allow-list), the direction, and the filter a typed list with the same arguments applies, so
 * that any typed list can be read a page at a time. BAD_USER_INPUT names a bad argument.
 */
export function relationsWalk(args: Partial<RelationsPageArgs>): RelationWalk {
  const heldOn = isoDateArg(args.asOf, 'asOf');
  const filter: WalkFilter = {};
  if (args.onlyStated) filter.stated = true;
  if (args.role) filter.role = args.role;
  if (heldOn) filter.heldOn = heldOn;
  if (args.otherKind) filter.otherLabel = args.otherKind;
  Object.assign(filter, supportFilter(args));
  return {
    types: explorableTypes(args.types),
    direction: args.direction ?? 'BOTH',
    filter,
  };
}
