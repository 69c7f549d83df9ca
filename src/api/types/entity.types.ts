import { Field, InterfaceType, ObjectType } from 'type-graphql';
import { EntityKind } from './enums';
import { NodeInterface } from './node.interface';

/** An actor or thing the sources speak of. Its fields with arguments live in EntityResolver. */
@InterfaceType('Entity', {
  implements: NodeInterface,
  description:
    'An actor or thing the sources speak of, with its names in every language and script.',
  resolveType: (value: EntityInterface) => value.typename,
})
export abstract class EntityInterface extends NodeInterface {
  @Field(() => EntityKind, { description: 'What kind of actor or thing it is.' })
  kind!: keyof typeof EntityKind;
}

@ObjectType('Person', {
  implements: [NodeInterface, EntityInterface],
  description: 'A person named in the sources.',
})
export class Person extends EntityInterface {}

@ObjectType('Country', {
  implements: [NodeInterface, EntityInterface],
  description: 'A state, as a side in negotiations and conflicts.',
})
export class Country extends EntityInterface {}

@ObjectType('Organization', {
  implements: [NodeInterface, EntityInterface],
  description: 'An institution, agency, administration or armed force.',
})
export class Organization extends EntityInterface {}

@ObjectType('Place', {
  implements: [NodeInterface, EntityInterface],
  description: 'A place: a region, a city, a plant, a line of defence.',
})
export class Place extends EntityInterface {}

@ObjectType('Delegation', {
  implements: [NodeInterface, EntityInterface],
  description: "One side's negotiators at one event.",
})
export class Delegation extends EntityInterface {}

@ObjectType('Issue', {
  implements: [NodeInterface, EntityInterface],
  description: 'A question on the negotiating table, on which sides hold positions.',
})
export class Issue extends EntityInterface {}

export const ENTITY_CLASSES = { Person, Country, Organization, Place, Delegation, Issue } as const;
