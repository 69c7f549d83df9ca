import { Field, ID, InterfaceType, ObjectType } from 'type-graphql';
import { BasisObject } from './basis.type';
import {
  ParticipantRole,
  PositionQualifier,
  RelationDirection,
  Stance,
  StanceStrength,
} from './enums';

/** A relationship between two nodes; every one carries the evidence that states it. */
@InterfaceType('Relationship', {
  description: 'A relationship between two nodes, with the evidence that states it.',
  resolveType: (value: RelationshipBase) => value.typename,
})
export abstract class RelationshipBase {
  @Field(() => ID, { description: 'The relationship id, stable across ingests.' })
  id!: string;

  @Field({ description: 'The relationship type in the graph (HOLDS_ROLE, LEADS, …).' })
  type!: string;

  @Field(() => BasisObject, {
    description: 'Whether the source states it, or it is inferred or known from outside.',
  })
  basis!: BasisObject;

  /** The id of the claim it is known through, if any (see RelationshipResolver.attestedBy). */
  attestedById!: string | null;

  typename!: string;
  fromId!: string;
  toId!: string;
  otherId!: string;
  direction!: 'OUT' | 'IN';
  evidenceIds!: string[];
  props!: Record<string, unknown>;
}

@ObjectType('Role', {
  implements: RelationshipBase,
  description: 'A title a person holds in an organisation or country.',
})
export class Role extends RelationshipBase {
  @Field(() => String, {
    nullable: true,
    description: 'A date on which the source attests the role.',
  })
  asOf!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The first day the sources say the role was held, if they say.',
  })
  validFrom!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The last day the sources say the role was held, if they say.',
  })
  validTo!: string | null;
}

@ObjectType('Leadership', {
  implements: RelationshipBase,
  description: 'A person leading a delegation or organisation.',
})
export class Leadership extends RelationshipBase {}

@ObjectType('Membership', {
  implements: RelationshipBase,
  description: 'A person belonging to a delegation or organisation.',
})
export class Membership extends RelationshipBase {}

@ObjectType('Participation', {
  implements: RelationshipBase,
  description: 'An entity taking part in an event.',
})
export class Participation extends RelationshipBase {
  @Field(() => ParticipantRole, { description: 'The part the entity played.' })
  role!: keyof typeof ParticipantRole;
}

@ObjectType('Position', {
  implements: RelationshipBase,
  description: 'A stance an actor holds on an issue.',
})
export class Position extends RelationshipBase {
  @Field(() => Stance, { description: 'Demands, supports, rejects or proposes.' })
  stance!: keyof typeof Stance;

  @Field(() => StanceStrength, {
    nullable: true,
    description: 'How strongly it is held; null when the source does not say.',
  })
  strength!: keyof typeof StanceStrength | null;

  @Field(() => [PositionQualifier], { description: 'What narrows it.' })
  qualifiers!: Array<keyof typeof PositionQualifier>;

  @Field({
    description:
      'Whether sources give its holder opposite stances on the issue for times that meet (see `disputes`).',
  })
  disputed!: boolean;
}

@ObjectType('Representation', {
  implements: RelationshipBase,
  description: 'A delegation acting for a side.',
})
export class Representation extends RelationshipBase {}

@ObjectType('Relation', {
  implements: RelationshipBase,
  description: 'Any relationship, seen from one of its ends; for exploring.',
})
export class Relation extends RelationshipBase {
  @Field(() => RelationDirection, {
    description: 'OUT when the node it was read from is where it starts.',
  })
  declare direction: 'OUT' | 'IN';

  @Field(() => String, {
    nullable: true,
    description: `How far it goes, in the source's terms ("about 20%").`,
  })
  extent!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A date on which the source attests it (roles, occupations).',
  })
  asOf!: string | null;

  @Field(() => String, { nullable: true, description: 'For a participation: the part played.' })
  role!: string | null;

  @Field(() => String, { nullable: true, description: 'For a position: the stance.' })
  stance!: string | null;

  @Field(() => StanceStrength, {
    nullable: true,
    description: 'For a position: how strongly it is held.',
  })
  strength!: keyof typeof StanceStrength | null;

  @Field(() => [PositionQualifier], { description: 'For a position: what narrows it.' })
  qualifiers!: Array<keyof typeof PositionQualifier>;

  @Field({
    description:
      'For a position: whether sources give its holder opposite stances on the issue for times that meet (see `disputes`); false for any other relationship.',
  })
  disputed!: boolean;
}
