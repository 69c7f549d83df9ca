import { registerEnumType } from 'type-graphql';
import {
  BASES,
  CLAIM_MODES,
  DATE_PRECISIONS,
  ENTITY_KINDS,
  EVENT_KINDS,
  NEGOTIATION_FORMATS,
  PARTICIPANT_ROLES,
  POSITION_QUALIFIERS,
  STANCE_STRENGTHS,
  STANCES,
} from '../../model/vocabulary';

/** Builds a GraphQL enum object from one of the graph's closed vocabularies. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const EntityKind = enumOf(ENTITY_KINDS);
export const EventKind = enumOf(EVENT_KINDS);
export const ParticipantRole = enumOf(PARTICIPANT_ROLES);
export const DatePrecision = enumOf(DATE_PRECISIONS);
export const ClaimMode = enumOf(CLAIM_MODES);
export const Stance = enumOf(STANCES);
export const NegotiationFormat = enumOf(NEGOTIATION_FORMATS);
export const BasisKind = enumOf(BASES);
export const StanceStrength = enumOf(STANCE_STRENGTHS);
export const PositionQualifier = enumOf(POSITION_QUALIFIERS);
export const RelationDirection = enumOf(['OUT', 'IN', 'BOTH'] as const);
/** What a node is, as its label says: an entity of a kind, or any entity, event, claim, source. */
export const NODE_KINDS = [...ENTITY_KINDS, 'Entity', 'Event', 'Claim', 'Source'] as const;
export const NodeKind = enumOf(NODE_KINDS);

registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'What kind of actor or thing an entity is.',
});
registerEnumType(EventKind, { name: 'EventKind' });
registerEnumType(NodeKind, {
  name: 'NodeKind',
  description: 'What a node is: an entity of a kind, or any entity, an event, a claim, a source.',
});
registerEnumType(ParticipantRole, {
  name: 'ParticipantRole',
  description: 'The part an entity played in an event.',
});
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How exact a date is; UNKNOWN dates may still carry the bounds the source allows.',
});
registerEnumType(ClaimMode, {
  name: 'ClaimMode',
  description:
    "QUOTED: verbatim in the source; REPORTED: paraphrased; NARRATED: the source's own assessment.",
});
registerEnumType(BasisKind, {
  name: 'BasisKind',
  description: 'On what an item rests.',
  valuesConfig: {
    STATED: { description: 'The quoted span says it.' },
    INFERRED: { description: 'Read from the context; the note says from what.' },
    EXTERNAL: { description: 'Knowledge from outside the sources; the reference says whence.' },
  },
});
registerEnumType(StanceStrength, {
  name: 'StanceStrength',
  description: 'How strongly the source says a position is held ("insists on" is STRONG).',
});
registerEnumType(PositionQualifier, {
  name: 'PositionQualifier',
  description:
    'What narrows a position: UNILATERAL (only a one-sided step is meant), PRECONDITION (wanted before any agreement), CONDITIONAL, IN_FULL, IN_PART.',
});
registerEnumType(Stance, { name: 'Stance' });
registerEnumType(NegotiationFormat, { name: 'NegotiationFormat' });
registerEnumType(RelationDirection, { name: 'RelationDirection' });
