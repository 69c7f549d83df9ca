import { GraphQLSchema, isEnumType, isInterfaceType, isObjectType } from 'graphql';
import { CONNECTED_TYPES } from './read/walk-connections';

/**
 * Fields and arguments of a type that implements an interface say what the interface says of
 * them, unless they say more: written once, on the interface, and read on every implementation
 * (TypeGraphQL copies the fields but not their descriptions).
 */
export function inheritDescriptions(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const iface of type.getInterfaces()) {
      const inherited = iface.getFields();
      for (const [name, field] of Object.entries(type.getFields())) {
        const from = inherited[name];
        if (!from) continue;
        field.description ??= from.description;
        for (const arg of field.args) {
          arg.description ??= from.args.find((a) => a.name === arg.name)?.description;
        }
      }
    }
  }
  return schema;
}

const EVENT_KIND_TEXT: Record<string, string> = {
  NEGOTIATION_ROUND: 'A numbered round of negotiations between sides.',
  MEETING: 'A meeting that is not a numbered round.',
  TRUCE: 'An agreed pause in hostilities, whole or partial (attacks on energy, say).',
  ATTACK: 'A military strike or assault.',
  PRESS_CONFERENCE: 'A press conference or briefing at which statements were made.',
  INVASION: 'An invasion of one country by another.',
  WAR: 'A war or armed conflict as a whole.',
  DIPLOMATIC_EFFORT: 'A sustained diplomatic push (mediation, a settlement drive) over a period.',
};

/**
 * Descriptions of the parts of the schema that their decorators leave without one, by schema
 * coordinate (`Type`, `Type.field`, `Type.field(argument)`, `Enum.VALUE`). `npm run lint` checks
 * that every type, field, argument and enum value ends up with a description
 * (@graphql-eslint's require-description over schema/schema.graphql).
 */
// A cursor is opaque: it holds the sort key and id of its row, so a page seeks past it.
const CURSOR = 'Where this item is: pass it as `after` or `before` to page from here.';

const ENTITY_KIND_DESCRIPTIONS = {
  Person: 'A person.',
  Country: 'A state.',
  Organization: 'An institution, agency, administration or armed force.',
  Place: 'A place.',
  Delegation: 'A negotiating team.',
  Issue: 'A matter under negotiation.',
};
// The entity kinds, as values of an enum that has them (EntityKind, NodeKind).
const kindDescriptions = (enumName: string) =>
  Object.fromEntries(
    Object.entries(ENTITY_KIND_DESCRIPTIONS).map(([kind, text]) => [`${enumName}.${kind}`, text]),
  );

const DESCRIPTIONS: Record<string, string> = {
  Query: 'Read-only questions over the graph of sources, actors, events and claims.',
  'Query.claim(id)': 'A claim id, `claim:…`.',
  'Query.entities(kind)': 'Only entities of this kind.',
  'Query.entity(id)': 'An entity id (`person:…`, `country:…`, `organization:…`, …).',
  'Query.event(id)': 'An event id, `event:…`.',
  'Query.events(kind)': 'Only events of this kind.',
  'Query.neighbourhood(depth)': 'Hops from the centre, 1 to 3.',
  'Query.neighbourhood(id)': 'The node at the centre: an entity, event or claim id.',
  'Query.node(id)': 'Any global id.',
  'Query.nodes(ids)': 'Global ids, at most 100.',
  'Query.officeHolders(title)': 'Part of the title, in any language (at most 200 characters).',
  'Query.paths(from)': 'Where the paths start: any entity, event or claim id.',
  'Query.paths(to)': 'Where the paths end.',
  'Query.paths(maxHops)': 'The longest path looked for, 1 to 6 relationships.',
  'Query.paths(types)': 'Relationship types a path may follow; all meaningful ones by default.',
  'Query.search(kinds)': 'Only entities of these kinds.',
  'Query.source(id)': 'A source id, `source:…`.',
  'Query.timeline(involving)': 'Entity ids; entries involving any of them.',
  'Query.timeline(from)': 'ISO date; entries that may overlap it or come after.',
  'Query.timeline(to)': 'ISO date; entries that may overlap it or come before.',
  'Query.timeline(kinds)': 'Only these kinds of entry (event kinds, or CLAIM).',

  'Node.id': 'The global id; its prefix names the kind (`person:`, `event:`, `claim:`, …).',
  'Relationship.id': 'The relationship id, stable across ingests.',
  'Entity.kind': 'What kind of actor or thing it is.',
  'Entity.description': 'What the sources say it is, in one language, with fallbacks.',
  'Entity.participations(role)': 'Only participations in this role.',
  'Entity.relations(direction)': 'OUT: relationships it starts; IN: that end at it; BOTH.',
  'Entity.relations(types)': 'Relationship types to keep; all meaningful ones by default.',
  'Event.kind': 'What kind of event it is.',
  'Event.name': 'The name in one language, with fallbacks.',
  'Event.names': 'The name in every language it has.',
  'Event.description': 'What the sources say of it, in one language, with fallbacks.',
  'Event.date': 'When it happened, as exactly as the sources allow; open ends stay open.',
  'Event.participants(role)': 'Only participants in this role.',

  Person: 'A person named in the sources.',
  Country: 'A state, as a side in negotiations and conflicts.',
  Organization: 'An institution, agency, administration or armed force.',
  Place: 'A place: a region, a city, a plant, a line of defence.',
  'Person.memberships': 'Delegations and organisations the person belongs to.',
  'Delegation.leaders': 'Who led the delegation, with the title the source gives.',
  'Organization.leaders': 'Who leads the organisation.',
  'Organization.positions': 'Its positions on the issues.',

  NegotiationRound: 'A numbered round of negotiations.',
  'NegotiationRound.format': 'Bilateral, trilateral or multilateral, as the sources say.',
  Meeting: EVENT_KIND_TEXT.MEETING,
  Truce: EVENT_KIND_TEXT.TRUCE,
  Attack: EVENT_KIND_TEXT.ATTACK,
  PressConference: EVENT_KIND_TEXT.PRESS_CONFERENCE,
  Invasion: EVENT_KIND_TEXT.INVASION,
  War: EVENT_KIND_TEXT.WAR,
  DiplomaticEffort: EVENT_KIND_TEXT.DIPLOMATIC_EFFORT,

  'Claim.mode': 'How the source gives it: quoted, reported, or as its own assessment.',
  'Claim.date': 'When it was made, as exactly as the source allows.',
  'Evidence.context(width)': 'Code points of context on each side, 0 to 500.',
  'Source.publishedOn': 'The publication date, ISO.',
  'Source.publisher': 'Who published it, when known.',
  'Source.title': 'The title in one language, with fallbacks.',
  'Source.titles': 'The title in every language it has.',

  'Basis.kind': 'STATED, INFERRED or EXTERNAL.',
  'FuzzyDate.start': 'The earliest the source allows (ISO), or null when it gives none.',
  'FuzzyDate.end': 'The latest the source allows (ISO), or null: open, still going on.',
  'FuzzyDate.precision': 'How exact the bounds are.',
  'LocalizedText.lang': 'ISO 639 language code.',
  'LocalizedText.value': 'The text, NFC-normalised.',

  'Role.title': 'The title in one language, with fallbacks.',
  'Role.titles': 'The title in every language it has.',
  'Role.validFrom': 'The first day the sources say the role was held, if they say.',
  'Role.validTo': 'The last day the sources say the role was held, if they say.',
  'Leadership.leader': 'The person leading.',
  'Leadership.title': 'The title the source gives the leader, with fallbacks.',
  Membership: 'A person belonging to a delegation or organisation.',
  'Membership.member': 'The person.',
  'Membership.group': 'The delegation or organisation.',
  'Participation.event': 'The event.',
  'Participation.role': 'The part the entity played.',
  'Position.issue': 'The issue.',
  'Position.stance': 'Demands, supports, rejects or proposes.',
  'Position.summary': 'The position in a sentence, in one language, with fallbacks.',
  'Relation.asOf': 'A date on which the source attests it (roles, occupations).',
  'Relation.extent': 'How far it goes, in the source\'s terms ("about 20%").',
  'Relation.role': 'For a participation: the part played.',
  'Relation.stance': 'For a position: the stance.',
  'Relation.strength': 'For a position: how strongly it is held.',
  'Relation.qualifiers': 'For a position: what narrows it.',
  'Relation.title': 'Its title in one language (a role, a leadership), with fallbacks.',
  'Relation.summary': 'For a position: the position in a sentence, with fallbacks.',

  EntityConnection: 'A page of entities.',
  'EntityConnection.nodes': 'The entities of this page, in order.',
  'EntityConnection.edges': 'The entities of this page, in order, each with its cursor.',
  'EntityConnection.pageInfo': 'Where this page is, and whether there is more.',
  EntityEdge: 'An entity on a page, with its place in the list.',
  'EntityEdge.node': 'The entity.',
  EventConnection: 'A page of events.',
  'EventConnection.nodes': 'The events of this page, in date order.',
  'EventConnection.edges': 'The events of this page, in date order, each with its cursor.',
  'EventConnection.pageInfo': 'Where this page is, and whether there is more.',
  EventEdge: 'An event on a page, with its place in the list.',
  'EventEdge.node': 'The event.',
  NegotiationRoundConnection: 'A page of negotiation rounds.',
  'NegotiationRoundConnection.nodes': 'The rounds of this page, in date order.',
  'NegotiationRoundConnection.edges':
    'The rounds of this page, in date order, each with its cursor.',
  'NegotiationRoundConnection.pageInfo': 'Where this page is, and whether there is more.',
  NegotiationRoundEdge: 'A round on a page, with its place in the list.',
  'NegotiationRoundEdge.node': 'The round.',
  SourceConnection: 'A page of source documents.',
  'SourceConnection.nodes': 'The sources of this page, newest first.',
  'SourceConnection.edges': 'The sources of this page, newest first, each with its cursor.',
  'SourceConnection.pageInfo': 'Where this page is, and whether there is more.',
  SourceEdge: 'A source on a page, with its place in the list.',
  'SourceEdge.node': 'The source document.',
  ClaimConnection: 'A page of claims.',
  'ClaimConnection.nodes': 'The claims of this page, in date order.',
  'ClaimConnection.edges': 'The claims of this page, in date order, each with its cursor.',
  'ClaimConnection.pageInfo': 'Where this page is, and whether there is more.',
  ClaimEdge: 'A claim on a page, with its place in the list.',
  'ClaimEdge.node': 'The claim.',
  EvidenceConnection: 'A page of evidence spans.',
  'EvidenceConnection.nodes': 'The spans of this page, in the order their sources were added.',
  'EvidenceConnection.edges': 'The spans of this page, each with its cursor.',
  'EvidenceConnection.pageInfo': 'Where this page is, and whether there is more.',
  EvidenceEdge: 'A span on a page, with its place in the list.',
  'EvidenceEdge.node': 'The evidence span.',
  'EvidenceEdge.cursor': CURSOR,
  'EntityEdge.cursor': CURSOR,
  'EventEdge.cursor': CURSOR,
  'NegotiationRoundEdge.cursor': CURSOR,
  'SourceEdge.cursor': CURSOR,
  'ClaimEdge.cursor': CURSOR,
  PageInfo: 'Where a page is in its list.',
  'PageInfo.startCursor':
    "The first item's cursor, to pass as `before` for the page before; null when empty.",
  'PageInfo.endCursor':
    "The last item's cursor, to pass as `after` for the next page; null when empty.",
  'PageInfo.hasNextPage':
    'Whether a next page has anything on it. Paging backward: whether this page came before a cursor.',
  'PageInfo.hasPreviousPage':
    'Whether a page before this one has anything on it. Paging forward: whether this page came after a cursor.',

  SearchHit: 'An entity found by a search, with how it matched.',
  'SearchHit.entity': 'The entity found.',
  'SearchHit.matchedBy': 'How its best name matched the query.',
  TimelineEntry: 'An event or a claim on a timeline, with how it involves the entities asked.',
  'TimelineEntry.involvement': 'How each entity asked for is involved.',

  'GraphNode.id': 'The node id (the same as `key` and `data.id`).',
  'GraphNode.label': "A short label: its English name, a claim's statement, or its id.",
  'GraphNode.kind': 'Its entity or event kind, or Claim.',
  'GraphNode.data': 'The node as Cytoscape.js loads it.',
  'GraphNode.attributes': "The node's attributes as graphology imports them.",
  'GraphNodeData.id': 'The node id.',
  'GraphNodeData.label': 'A short label.',
  'GraphEdge.id': 'The relationship id.',
  'GraphEdge.key': 'The relationship id, named as graphology expects.',
  'GraphEdge.source': 'Where it starts.',
  'GraphEdge.target': 'Where it ends.',
  'GraphEdge.type': 'The relationship type.',
  'GraphEdge.label': 'Its title, role or stance, else its type.',
  'GraphEdge.basis': 'Whether the source states it, or it is inferred or known from outside.',
  'GraphEdge.data': 'The edge as Cytoscape.js loads it.',
  'GraphEdge.attributes': "The edge's attributes as graphology imports them.",
  'GraphEdgeData.id': 'The relationship id.',
  'GraphEdgeData.source': 'Where it starts.',
  'GraphEdgeData.target': 'Where it ends.',
  'GraphEdgeData.type': 'The relationship type.',
  'Subgraph.nodes': 'Its nodes, the centre first, then by depth.',
  'Subgraph.edges': 'Its relationships, each between two of its nodes.',

  EventKind: 'What kind of event it is.',
  NegotiationFormat: 'How many sides take part in negotiations.',
  'NegotiationFormat.BILATERAL': 'Two sides.',
  'NegotiationFormat.TRILATERAL': 'Three sides (two and a mediator, say).',
  'NegotiationFormat.MULTILATERAL': 'More than three sides.',
  RelationDirection: 'Which way a relationship runs, seen from a node.',
  'RelationDirection.OUT': 'It starts at the node.',
  'RelationDirection.IN': 'It ends at the node.',
  'RelationDirection.BOTH': 'Either way.',
  Stance: 'What an actor does about an issue.',
  'Stance.DEMANDS': 'Wants it, as a demand on another side.',
  'Stance.SUPPORTS': 'Is for it.',
  'Stance.REJECTS': 'Is against it.',
  'Stance.PROPOSES': 'Puts it forward.',
  'StanceStrength.STRONG': 'Insists, flatly rejects, demands as a precondition.',
  'StanceStrength.PLAIN': 'Holds it, without more said.',
  'StanceStrength.TENTATIVE': 'Is open to it, considers it.',
  'PositionQualifier.UNILATERAL': 'Only a one-sided step is meant.',
  'PositionQualifier.PRECONDITION': 'Wanted before any agreement.',
  'PositionQualifier.CONDITIONAL': 'Held on a condition.',
  'PositionQualifier.IN_FULL': 'All of it (all of a region, say).',
  'PositionQualifier.IN_PART': 'Part of it.',
  'ClaimMode.QUOTED': "The speaker's words, verbatim.",
  'ClaimMode.REPORTED': "The speaker's words, paraphrased by the source.",
  'ClaimMode.NARRATED': "The source's own statement or assessment.",
  'DatePrecision.DAY': 'Exact to the day.',
  'DatePrecision.WEEK': 'Known to the week ("last week").',
  'DatePrecision.MONTH': 'Known to the month.',
  'DatePrecision.YEAR': 'Known to the year.',
  'DatePrecision.UNKNOWN': 'Not given; the bounds say only what the source allows.',
  ...kindDescriptions('EntityKind'),
  ...kindDescriptions('NodeKind'),
  'NodeKind.Entity': 'Any entity, of whatever kind.',
  'NodeKind.Event': 'An event.',
  'NodeKind.Claim': 'A claim: what someone said.',
  'NodeKind.Source': 'A source document (a claim the source makes in its own voice).',
  'ParticipantRole.PARTY': 'A side.',
  'ParticipantRole.MEDIATOR': 'A go-between.',
  'ParticipantRole.HOST': 'Where it took place, or who received it.',
  'ParticipantRole.ATTACKER': 'Who attacked.',
  'ParticipantRole.TARGET': 'Who was attacked.',
  'ParticipantRole.SPEAKER': 'Who spoke.',
  'ParticipantRole.ORGANIZER': 'Who organised it.',
  'MatchKind.EXACT': 'A whole name, as normalised.',
  'MatchKind.PREFIX': 'The start of a name.',
  'MatchKind.WORDS': 'Every word of the query, in a name.',
  'MatchKind.PARTIAL': 'Part of a name.',
  'MatchKind.FUZZY': 'A name within an edit or two.',
  'MatchKind.TRANSLITERATION': 'A spelling in any script with the same consonant key.',
  TimelineKind: 'What a timeline entry is: an event of a kind, or a claim.',
  'TimelineKind.CLAIM': 'A claim.',
  // The connections of relationships, one per relationship object type (see walkConnectionOf).
  ...Object.fromEntries(
    CONNECTED_TYPES.flatMap((name) => [
      [
        `${name}Connection`,
        `A page of ${name === 'Relation' ? 'relationships' : `${name} relationships`}.`,
      ],
      [`${name}Connection.nodes`, 'The relationships of this page, in relationship id order.'],
      [`${name}Connection.edges`, 'The relationships of this page, each with its cursor.'],
      [`${name}Connection.pageInfo`, 'Where this page is, and whether there is more.'],
      [`${name}Edge`, 'A relationship on a page, with its place in the list.'],
      [`${name}Edge.node`, 'The relationship.'],
      [`${name}Edge.cursor`, CURSOR],
    ]),
  ),
  ...Object.fromEntries(
    Object.entries(EVENT_KIND_TEXT).flatMap(([kind, text]) => [
      [`EventKind.${kind}`, text],
      [`TimelineKind.${kind}`, text],
    ]),
  ),
};

/** Fills in the descriptions of DESCRIPTIONS where the schema has none. */
export function describeSchema(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    type.description ??= DESCRIPTIONS[type.name];
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const [name, field] of Object.entries(type.getFields())) {
        field.description ??= DESCRIPTIONS[`${type.name}.${name}`];
        for (const arg of field.args)
          arg.description ??= DESCRIPTIONS[`${type.name}.${name}(${arg.name})`];
      }
    }
    if (isEnumType(type))
      for (const value of type.getValues())
        value.description ??= DESCRIPTIONS[`${type.name}.${value.name}`];
  }
  return inheritDescriptions(schema);
}
