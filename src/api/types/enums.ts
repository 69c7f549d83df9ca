import { registerEnumType } from 'type-graphql';
import {
  ASSESSMENT_KINDS,
  BASES,
  CLAIM_MODES,
  COPY_KINDS,
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

/** What each event kind means, for EventKind and TimelineKind. */
export const EVENT_KIND_VALUES: Record<string, { description: string }> = {
  NEGOTIATION_ROUND: { description: 'A numbered round of negotiations between sides.' },
  MEETING: { description: 'A meeting that is not a numbered round.' },
  TRUCE: {
    description: 'An agreed pause in hostilities, whole or partial (attacks on energy, say).',
  },
  ATTACK: { description: 'A military strike or assault.' },
  PRESS_CONFERENCE: {
    description: 'A press conference or briefing at which statements were made.',
  },
  INVASION: { description: 'An invasion of one country by another.' },
  WAR: { description: 'A war or armed conflict as a whole.' },
  DIPLOMATIC_EFFORT: {
    description: 'A sustained diplomatic push (mediation, a settlement drive) over a period.',
  },
};

export const EventKind = enumOf(EVENT_KINDS);
export const ParticipantRole = enumOf(PARTICIPANT_ROLES);
export const DatePrecision = enumOf(DATE_PRECISIONS);
export const ClaimMode = enumOf(CLAIM_MODES);
export const Stance = enumOf(STANCES);
export const NegotiationFormat = enumOf(NEGOTIATION_FORMATS);
export const BasisKind = enumOf(BASES);
export const CopyKind = enumOf(COPY_KINDS);
export const AssessmentKind = enumOf(ASSESSMENT_KINDS);
export const StanceStrength = enumOf(STANCE_STRENGTHS);
export const PositionQualifier = enumOf(POSITION_QUALIFIERS);
export const RelationDirection = enumOf(['OUT', 'IN', 'BOTH'] as const);
export const RelationOrder = enumOf(['ID', 'SUPPORT'] as const);
/** What a node is, as its label says: an entity of a kind, or any entity, event, claim, source. */
export const NODE_KINDS = [...ENTITY_KINDS, 'Entity', 'Event', 'Claim', 'Source'] as const;
export const NodeKind = enumOf(NODE_KINDS);

registerEnumType(EntityKind, {
  name: 'EntityKind',
  description: 'What kind of actor or thing an entity is.',
  valuesConfig: {
    Person: { description: 'A person.' },
    Country: { description: 'A state.' },
    Organization: { description: 'An institution, agency, administration or armed force.' },
    Place: { description: 'A place.' },
    Delegation: { description: 'A negotiating team.' },
    Issue: { description: 'A matter under negotiation.' },
  },
});
registerEnumType(EventKind, {
  name: 'EventKind',
  description: 'What kind of event it is.',
  valuesConfig: EVENT_KIND_VALUES,
});
registerEnumType(NodeKind, {
  name: 'NodeKind',
  description: 'What a node is: an entity of a kind, or any entity, an event, a claim, a source.',
  valuesConfig: {
    Person: { description: 'A person.' },
    Country: { description: 'A state.' },
    Organization: { description: 'An institution, agency, administration or armed force.' },
    Place: { description: 'A place.' },
    Delegation: { description: 'A negotiating team.' },
    Issue: { description: 'A matter under negotiation.' },
    Entity: { description: 'Any entity, of whatever kind.' },
    Event: { description: 'An event.' },
    Claim: { description: 'A claim: what someone said.' },
    Source: { description: 'A source document (a claim the source makes in its own voice).' },
  },
});
registerEnumType(ParticipantRole, {
  name: 'ParticipantRole',
  description: 'The part an entity played in an event.',
  valuesConfig: {
    PARTY: { description: 'A side.' },
    MEDIATOR: { description: 'A go-between.' },
    HOST: { description: 'Where it took place, or who received it.' },
    ATTACKER: { description: 'Who attacked.' },
    TARGET: { description: 'Who was attacked.' },
    SPEAKER: { description: 'Who spoke.' },
    ORGANIZER: { description: 'Who organised it.' },
  },
});
registerEnumType(DatePrecision, {
  name: 'DatePrecision',
  description: 'How exact a date is; UNKNOWN dates may still carry the bounds the source allows.',
  valuesConfig: {
    DAY: { description: 'Exact to the day.' },
    WEEK: { description: 'Known to the week ("last week").' },
    MONTH: { description: 'Known to the month.' },
    YEAR: { description: 'Known to the year.' },
    UNKNOWN: { description: 'Not given; the bounds say only what the source allows.' },
  },
});
registerEnumType(ClaimMode, {
  name: 'ClaimMode',
  description:
    "QUOTED: verbatim in the source; REPORTED: paraphrased; NARRATED: the source's own assessment.",
  valuesConfig: {
    QUOTED: { description: "The speaker's words, verbatim." },
    REPORTED: { description: "The speaker's words, paraphrased by the source." },
    NARRATED: { description: "The source's own statement or assessment." },
  },
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
  valuesConfig: {
    STRONG: { description: 'Insists, flatly rejects, demands as a precondition.' },
    PLAIN: { description: 'Holds it, without more said.' },
    TENTATIVE: { description: 'Is open to it, considers it.' },
  },
});
registerEnumType(PositionQualifier, {
  name: 'PositionQualifier',
  description:
    'What narrows a position: UNILATERAL (only a one-sided step is meant), PRECONDITION (wanted before any agreement), CONDITIONAL, IN_FULL, IN_PART.',
  valuesConfig: {
    UNILATERAL: { description: 'Only a one-sided step is meant.' },
    PRECONDITION: { description: 'Wanted before any agreement.' },
    CONDITIONAL: { description: 'Held on a condition.' },
    IN_FULL: { description: 'All of it (all of a region, say).' },
    IN_PART: { description: 'Part of it.' },
  },
});
registerEnumType(Stance, {
  name: 'Stance',
  description: 'What an actor does about an issue.',
  valuesConfig: {
    DEMANDS: { description: 'Wants it, as a demand on another side.' },
    SUPPORTS: { description: 'Is for it.' },
    REJECTS: { description: 'Is against it.' },
    PROPOSES: { description: 'Puts it forward.' },
  },
});
registerEnumType(NegotiationFormat, {
  name: 'NegotiationFormat',
  description: 'How many sides take part in negotiations.',
  valuesConfig: {
    BILATERAL: { description: 'Two sides.' },
    TRILATERAL: { description: 'Three sides (two and a mediator, say).' },
    MULTILATERAL: { description: 'More than three sides.' },
  },
});
registerEnumType(RelationDirection, {
  name: 'RelationDirection',
  description: 'Which way a relationship runs, seen from a node.',
  valuesConfig: {
    OUT: { description: 'It starts at the node.' },
    IN: { description: 'It ends at the node.' },
    BOTH: { description: 'Either way.' },
  },
});
registerEnumType(RelationOrder, {
  name: 'RelationOrder',
  description: 'The order a list of relationships is given in.',
  valuesConfig: {
    ID: { description: 'Relationship id order.' },
    SUPPORT: {
      description:
        'Most corroborated first: by independent sources, then sources, then relationship id (see `support`).',
    },
  },
});
registerEnumType(CopyKind, {
  name: 'CopyKind',
  description: 'How a source copies another; a copy counts once, with what it copies.',
  valuesConfig: {
    REPRINT: { description: 'Printed again, whole or in part, in the same language.' },
    TRANSLATION: { description: 'Translated into another language.' },
    WIRE: { description: "A wire agency's story, carried by another outlet." },
  },
});
registerEnumType(AssessmentKind, {
  name: 'AssessmentKind',
  description: "What an analyst's assessment grades (the Admiralty code).",
  valuesConfig: {
    RELIABILITY: {
      description: "An outlet's reliability, A (completely reliable) to F (cannot be judged).",
    },
    CREDIBILITY: { description: "A claim's credibility, 1 (confirmed) to 6 (cannot be judged)." },
    DEPENDENCE: { description: 'Outlets declared dependent: their sources count as one voice.' },
  },
});
