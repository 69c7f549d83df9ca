/**
 * The closed vocabularies of the graph. Labels and relationship types are only ever taken from
 * these lists, so a value from a dossier or a request can never name an arbitrary label or type.
 */
export const ENTITY_KINDS = [
  'Person',
  'Country',
  'Organization',
  'Place',
  'Delegation',
  'Issue',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const EVENT_KINDS = [
  'NEGOTIATION_ROUND',
  'MEETING',
  'TRUCE',
  'ATTACK',
  'PRESS_CONFERENCE',
  'INVASION',
  'WAR',
  'DIPLOMATIC_EFFORT',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const PARTICIPANT_ROLES = [
  'PARTY',
  'MEDIATOR',
  'HOST',
  'ATTACKER',
  'TARGET',
  'SPEAKER',
  'ORGANIZER',
] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const DATE_PRECISIONS = ['DAY', 'WEEK', 'MONTH', 'YEAR', 'UNKNOWN'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const NEGOTIATION_FORMATS = ['BILATERAL', 'TRILATERAL', 'MULTILATERAL'] as const;
/** How a source gives a claim: in the speaker's words, in its own, or as its own assessment. */
export const CLAIM_MODES = ['QUOTED', 'REPORTED', 'NARRATED'] as const;
export const STANCES = ['DEMANDS', 'SUPPORTS', 'REJECTS', 'PROPOSES'] as const;
/** How strongly the source says a position is held ("insists on" is STRONG). */
export const STANCE_STRENGTHS = ['STRONG', 'PLAIN', 'TENTATIVE'] as const;
/** What narrows a position: what is rejected only if unilateral, what is demanded first. */
export const POSITION_QUALIFIERS = [
  'UNILATERAL',
  'PRECONDITION',
  'CONDITIONAL',
  'IN_FULL',
  'IN_PART',
] as const;

/** How a source copies another: reprinted whole, translated, or a wire agency's story carried. */
export const COPY_KINDS = ['REPRINT', 'TRANSLATION', 'WIRE'] as const;
export type CopyKind = (typeof COPY_KINDS)[number];

/**
 * An analyst's grades (the Admiralty code), never a source's words: an outlet's reliability,
 * A (completely reliable) to F (cannot be judged), and a claim's credibility, 1 (confirmed by
 * other sources) to 6 (cannot be judged).
 */
export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const CREDIBILITY_GRADES = ['1', '2', '3', '4', '5', '6'] as const;
/** What an assessment grades: an outlet's reliability, a claim's credibility, or outlets declared dependent. */
export const ASSESSMENT_KINDS = ['RELIABILITY', 'CREDIBILITY', 'DEPENDENCE'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

/**
 * On what a relationship, claim link, participation or alias rests: the quote says it (STATED),
 * it is read from the context (INFERRED, with a note saying from what), or it is knowledge from
 * outside the source (EXTERNAL, with a reference).
 */
export const BASES = ['STATED', 'INFERRED', 'EXTERNAL'] as const;
export type Basis = (typeof BASES)[number];

/**
 * Relationship types a dossier lists, with the kinds each may join (entity kinds, or Event).
 * Event participation and claim links are written from events and claims themselves and are not
 * listed here.
 */
export const RELATIONSHIP_RULES = {
  HOLDS_ROLE: { from: ['Person'], to: ['Organization', 'Country'] },
  LEADS: { from: ['Person'], to: ['Delegation', 'Organization'] },
  MEMBER_OF: { from: ['Person'], to: ['Delegation', 'Organization'] },
  REPRESENTS: { from: ['Delegation', 'Person', 'Organization'], to: ['Country', 'Organization'] },
  PART_OF: { from: ['Organization', 'Place', 'Country'], to: ['Organization', 'Place', 'Country'] },
  LOCATED_IN: { from: ['Place', 'Organization'], to: ['Place', 'Country'] },
  OCCUPIES: { from: ['Country'], to: ['Place', 'Country'] },
  HOLDS_POSITION: { from: ['Country', 'Organization', 'Person', 'Delegation'], to: ['Issue'] },
  CONCERNS: { from: ['Issue'], to: ['Place', 'Country', 'Organization', 'Person'] },
  AT_STAKE_IN: { from: ['Issue'], to: ['Event'] },
  /** Where an event took place, as a source says: a town, a building, a country. */
  HELD_IN: { from: ['Event'], to: ['Place', 'Country'] },
} as const satisfies Record<
  string,
  { from: readonly (EntityKind | 'Event')[]; to: readonly (EntityKind | 'Event')[] }
>;
export type EntityRelationshipType = keyof typeof RELATIONSHIP_RULES;
export const ENTITY_RELATIONSHIP_TYPES = Object.keys(
  RELATIONSHIP_RULES,
) as EntityRelationshipType[];

/** Every relationship type in the graph that carries meaning (and evidence). */
export const MEANINGFUL_RELATIONSHIP_TYPES = [
  ...ENTITY_RELATIONSHIP_TYPES,
  'PARTICIPATED_IN',
  'PART_OF_EVENT',
  'ATTESTED_BY',
  'SAID',
  'ABOUT',
  'AT_EVENT',
  'VIA',
  'SAME_STATEMENT_AS',
  'CONTRADICTS',
] as const;
export type RelationshipType = (typeof MEANINGFUL_RELATIONSHIP_TYPES)[number];

/**
 * The relationship types that join a claim: its speaker (SAID), what it is about, the event it
 * was made at, its channel (VIA), other reports of it, the claims it contradicts, and what is
 * known only through it (ATTESTED_BY). A walk without them never passes through a claim.
 */
export const CLAIM_LINK_TYPES: readonly RelationshipType[] = [
  'SAID',
  'ABOUT',
  'AT_EVENT',
  'VIA',
  'SAME_STATEMENT_AS',
  'CONTRADICTS',
  'ATTESTED_BY',
];

/**
 * How a node (an entity, event or claim) rests on its evidence: `(x)-[:EVIDENCED_BY]->(:Evidence)`,
 * one relationship per span, numbered by `position` in the order sources added them (0, 1, 2 ...),
 * each with its ends' ids. A relationship's own evidence is a list of ids on it. Like IN_SOURCE
 * (a span to its source), it links a fact to where it is written, not one actor to another, so no
 * walk names it.
 */
export const EVIDENCE_LINK = 'EVIDENCED_BY';

/**
 * Beside every meaningful relationship `(a)-[r:T {id}]->(b)`, one `(a)-[:RELATION_KEY]->(b)` with
 * the same `id`, its ends' ids (`startId`, `endId`) and `type` T. Neo4j indexes a relationship
 * property per type, so these keys, all of one type, are what puts every relationship of a node,
 * whatever its type, in one index in id order: a hub's first page of all its relationships is a
 * seek from either end, not a read of the hub (see orderedWalk). A key says nothing of its own;
 * no walk names it, and every statement that reads relationships names its types.
 */
export const RELATION_KEY = 'RELATION_KEY';

const KNOWN_RELATIONSHIP_TYPES = new Set<string>(MEANINGFUL_RELATIONSHIP_TYPES);

/**
 * Relationship types as a Cypher pattern writes them (`A|B`), for statements that put types in
 * the pattern, where Neo4j expands by type. Each is checked against the vocabulary first, so only
 * its own words are ever written into a statement.
 */
export function typesPattern(types: readonly string[]): string {
  for (const type of types) {
    if (!KNOWN_RELATIONSHIP_TYPES.has(type)) throw new Error(`Not a relationship type: ${type}`);
  }
  return types.join('|');
}

/** Id prefixes: the prefix of an id names what it identifies. */
export const ID_PATTERN =
  /^(person|country|organization|place|delegation|issue|event|claim|source):[a-z0-9][a-z0-9-]{0,119}$/;
export const LANG_PATTERN = /^[a-z]{2,3}$/;
