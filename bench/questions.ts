import type { Driver } from 'neo4j-driver';
import { MEANINGFUL_RELATIONSHIP_TYPES, typesPattern } from '../src/model/vocabulary';
import { luceneQuery } from '../src/search-text/lucene-query';

/** Who and what the questions are about, picked from the loaded graph (see pickSubjects). */
export interface Subjects {
  person: string;
  otherPerson: string;
  speaker: string;
  hub: string;
  hubName: string;
  /** The second most connected country. */
  otherHub: string;
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
export type SystemName = 'raw' | 'neo4j-graphql' | 'parley';
export const SYSTEMS: SystemName[] = ['raw', 'neo4j-graphql', 'parley'];
/** A system as a run times it: one of SYSTEMS, or another build of Parley (see --baseline). */
export type RunName = SystemName | 'parley-baseline';

/** One request: a GraphQL operation, or for the raw server a question name and its parameters. */
export interface Request {
  path: string;
  body: Json;
}

/**
 * A question as each system is asked it, and how to read the facts out of each answer: the
 * bench compares these before it times anything, so that every system is timed doing the same
 * work.
 */
export interface Question {
  name: string;
  requests: Record<SystemName, Request>;
  facts: Record<SystemName, (data: Json) => unknown>;
}

/** The independent sources the corroboration question asks for. */
const CORROBORATED = 2;
/** A relationship with its support, as the three systems' answers are compared. */
const supported = (r: Json) =>
  `${r.id}|${r.type}|${r.other}|${Number(r.sources)}/${Number(r.independent)}/${Number(r.outlets)}`;

const gql = (query: string, variables: Json = {}): Request => ({
  path: '/graphql',
  body: { query, variables },
});
const raw = (name: string, params: Json): Request => ({ path: `/${name}`, body: params });
const quotes = (list: Json[]) => list.map((e) => `${e.start}-${e.end}:${e.quote}`).sort();
const byId = <T extends { id: string }>(list: T[]) =>
  [...list].sort((a, b) => a.id.localeCompare(b.id));

const NEIGHBOURHOOD_LIMIT = 10;
const PAGE = 20;

/** Node and edge ids of a depth-2 neighbourhood, from the raw-shaped answer. */
function subgraphFacts(g: Json) {
  const nodes = new Set<string>([g.id]);
  const edges = new Set<string>();
  for (const hop of [...g.first, ...g.second.flatMap((x: Json) => x.relations)]) {
    nodes.add(hop.other);
    edges.add(hop.id);
  }
  return { nodes: [...nodes].sort(), edges: [...edges].sort() };
}

/** Up to 3 shortest paths between two nodes, asked of each system. */
function pathsQuestion(name: string, from: string, to: string): Question {
  const types = [...MEANINGFUL_RELATIONSHIP_TYPES];
  return {
    name,
    requests: {
      raw: raw('paths', { from, to, first: 3, types }),
      'neo4j-graphql': gql(
        `query ($from: ID!, $to: ID!, $types: [String!]!) { paths(from: $from, to: $to, first: 3, types: $types) { nodes types } }`,
        { from, to, types },
      ),
      parley: gql(
        `query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 3) {
          length nodes { id } hops { type } } }`,
        { from, to },
      ),
    },
    facts: {
      raw: (d) => d.map((p: Json) => p.nodes),
      'neo4j-graphql': (d) => d.paths.map((p: Json) => p.nodes),
      parley: (d) => d.paths.map((p: Json) => p.nodes.map((n: Json) => n.id)),
    },
  };
}

export function buildQuestions(s: Subjects): Question[] {
  const types = [...MEANINGFUL_RELATIONSHIP_TYPES];
  const roundFacts = (rounds: Json[], sides: (d: Json) => Json[], leaders: (d: Json) => Json[]) =>
    rounds.map((r) => ({
      id: r.id,
      delegations: byId(r.delegations).map((d: Json) => ({
        id: d.id,
        sides: sides(d)
          .map((x: Json) => x.id)
          .sort(),
        leaders: byId(leaders(d)).map((l: Json) => ({ id: l.id, evidence: quotes(l.evidence) })),
      })),
    }));
  return [
    {
      name: 'rounds',
      requests: {
        raw: raw('rounds', { first: PAGE }),
        'neo4j-graphql': gql(`{ events(where: { kind: { eq: "NEGOTIATION_ROUND" } },
            sort: [{ sortDate: ASC }, { id: ASC }], limit: ${PAGE}) {
          id round delegations { id name sides { id name }
            leaders { id name evidence { quote start end } } } } }`),
        parley:
          gql(`{ rounds(first: ${PAGE}) { nodes { id round delegations { entity { id name ... on Delegation {
            side { side { id name } } leaders { leader { id name } evidence { quote start end } } } } } } } }`),
      },
      facts: {
        raw: (d) =>
          roundFacts(
            d,
            (x) => x.sides,
            (x) => x.leaders,
          ),
        'neo4j-graphql': (d) =>
          roundFacts(
            d.events,
            (x) => x.sides,
            (x) => x.leaders,
          ),
        parley: (d) =>
          roundFacts(
            d.rounds.nodes.map((r: Json) => ({
              ...r,
              delegations: r.delegations.map((p: Json) => p.entity),
            })),
            (x) => x.side.map((y: Json) => y.side),
            (x) => x.leaders.map((l: Json) => ({ ...l.leader, evidence: l.evidence })),
          ),
      },
    },
    {
      name: 'person',
      requests: {
        raw: raw('person', { id: s.person, first: PAGE }),
        'neo4j-graphql': gql(
          `query ($id: ID!) { people(where: { id: { eq: $id } }) { id name
            roles { title organization evidence { quote start end } }
            leads { led name evidence { quote start end } } } }`,
          { id: s.person },
        ),
        parley: gql(
          `query ($id: ID!) { entity(id: $id) { id name ... on Person {
            roles(first: ${PAGE}) { title organization { id } evidence { quote start end } }
            leads(first: ${PAGE}) { led { id name } evidence { quote start end } } } } }`,
          { id: s.person },
        ),
      },
      facts: {
        raw: ([p]) =>
          personFacts(
            p.roles,
            p.leads,
            (r) => r.organization,
            (l) => l.led,
          ),
        'neo4j-graphql': (d) =>
          personFacts(
            d.people[0].roles,
            d.people[0].leads,
            (r) => r.organization,
            (l) => l.led,
          ),
        parley: (d) =>
          personFacts(
            d.entity.roles,
            d.entity.leads,
            (r) => r.organization.id,
            (l) => l.led.id,
          ),
      },
    },
    {
      name: 'claims',
      requests: {
        raw: raw('claims', { speaker: s.speaker, first: PAGE }),
        'neo4j-graphql': gql(
          `query ($id: ID!) { people(where: { id: { eq: $id } }) {
            said(limit: ${PAGE}, sort: [{ sortDate: ASC }, { id: ASC }]) { id statement_en evidence { quote start end } } } }`,
          { id: s.speaker },
        ),
        parley: gql(
          `query ($id: ID!) { claims(speaker: $id, first: ${PAGE}) {
            nodes { id statement(lang: "en") evidence { quote start end } } } }`,
          { id: s.speaker },
        ),
      },
      facts: {
        raw: (d) => d.map((c: Json) => ({ id: c.id, evidence: quotes(c.evidence) })),
        'neo4j-graphql': (d) =>
          d.people[0].said.map((c: Json) => ({ id: c.id, evidence: quotes(c.evidence) })),
        parley: (d) =>
          d.claims.nodes.map((c: Json) => ({ id: c.id, evidence: quotes(c.evidence) })),
      },
    },
    {
      name: 'search',
      requests: {
        raw: raw('search', { lucene: luceneQuery(s.hubName), first: 10 }),
        'neo4j-graphql': gql(
          `query ($lucene: String!) { searchEntities(lucene: $lucene, first: 10) { id name score } }`,
          { lucene: luceneQuery(s.hubName) },
        ),
        parley: gql(
          `query ($q: String!) { search(query: $q, first: 10) { entity { id name } score matchedBy } }`,
          { q: s.hubName },
        ),
      },
      // Parley re-ranks what the index finds; the facts compared are the best hit.
      facts: {
        raw: (d) => d[0]?.id,
        'neo4j-graphql': (d) => d.searchEntities[0]?.id,
        parley: (d) => d.search[0]?.entity.id,
      },
    },
    {
      name: 'neighbourhood',
      requests: {
        raw: raw('neighbourhood', { id: s.hub, limit: NEIGHBOURHOOD_LIMIT, types }),
        'neo4j-graphql': gql(
          `query ($id: ID!, $types: [String!]!) { neighbourhood(id: $id, limit: ${NEIGHBOURHOOD_LIMIT}, types: $types) {
            id first { id source target type other } second { id relations { id source target type other } } } }`,
          { id: s.hub, types },
        ),
        parley: gql(
          `query ($id: ID!) { neighbourhood(id: $id, depth: 2, limitPerNode: ${NEIGHBOURHOOD_LIMIT}, maxNodes: 1000) {
            nodes { id label kind } edges { id source target type } } }`,
          { id: s.hub },
        ),
      },
      facts: {
        raw: ([g]) => subgraphFacts(g),
        'neo4j-graphql': (d) => subgraphFacts(d.neighbourhood),
        parley: (d) => ({
          nodes: d.neighbourhood.nodes.map((n: Json) => n.id).sort(),
          edges: d.neighbourhood.edges.map((e: Json) => e.id).sort(),
        }),
      },
    },
    pathsQuestion('paths', s.person, s.otherPerson),
    pathsQuestion('hub paths', s.hub, s.otherHub),
    {
      name: 'hub relations',
      requests: {
        raw: raw('hubRelations', { id: s.hub, first: PAGE, types }),
        'neo4j-graphql': gql(
          `query ($id: ID!, $types: [String!]!) { hubRelations(id: $id, first: ${PAGE}, types: $types) { id type other } }`,
          { id: s.hub, types },
        ),
        parley: gql(
          `query ($id: ID!) { entity(id: $id) { relationsConnection(first: ${PAGE}) {
            edges { cursor node { id type other { id } } } pageInfo { hasNextPage endCursor } } } }`,
          { id: s.hub },
        ),
      },
      facts: {
        raw: (d) => d.map((r: Json) => `${r.id}|${r.type}|${r.other}`),
        'neo4j-graphql': (d) => d.hubRelations.map((r: Json) => `${r.id}|${r.type}|${r.other}`),
        parley: (d) =>
          d.entity.relationsConnection.edges.map(
            (e: Json) => `${e.node.id}|${e.node.type}|${e.node.other.id}`,
          ),
      },
    },
    {
      name: 'hub corroborated',
      requests: {
        raw: raw('hubCorroborated', { id: s.hub, first: PAGE, types, min: CORROBORATED }),
        'neo4j-graphql': gql(
          `query ($id: ID!, $types: [String!]!) {
            hubCorroborated(id: $id, first: ${PAGE}, types: $types, min: ${CORROBORATED}) {
              id type other sources independent outlets } }`,
          { id: s.hub, types },
        ),
        parley: gql(
          `query ($id: ID!) { entity(id: $id) {
            relationsConnection(first: ${PAGE}, minIndependentSources: ${CORROBORATED}) {
              edges { cursor node { id type other { id }
                support { sources independentSources outlets } } }
              pageInfo { hasNextPage endCursor } } } }`,
          { id: s.hub },
        ),
      },
      facts: {
        raw: (d) => d.map(supported),
        'neo4j-graphql': (d) => d.hubCorroborated.map(supported),
        parley: (d) =>
          d.entity.relationsConnection.edges.map((e: Json) =>
            supported({
              id: e.node.id,
              type: e.node.type,
              other: e.node.other.id,
              sources: e.node.support.sources,
              independent: e.node.support.independentSources,
              outlets: e.node.support.outlets,
            }),
          ),
      },
    },
    {
      name: 'timeline',
      requests: {
        raw: raw('timeline', { id: s.hub, first: PAGE }),
        'neo4j-graphql': gql(
          `query ($id: ID!) { timeline(id: $id, first: ${PAGE}) { id kind start precision } }`,
          { id: s.hub },
        ),
        parley: gql(
          `query ($id: ID!) { timeline(involving: [$id], first: ${PAGE}) {
            kind date { start precision } item { id } } }`,
          { id: s.hub },
        ),
      },
      facts: {
        raw: (d) => d.map((x: Json) => x.id),
        'neo4j-graphql': (d) => d.timeline.map((x: Json) => x.id),
        parley: (d) => d.timeline.map((x: Json) => x.item.id),
      },
    },
  ];
}

function personFacts(
  roles: Json[],
  leads: Json[],
  org: (role: Json) => string,
  led: (lead: Json) => string,
) {
  return {
    roles: roles.map((r) => `${org(r)}|${r.title}|${quotes(r.evidence).join('|')}`).sort(),
    leads: leads.map((l) => `${led(l)}|${quotes(l.evidence).join('|')}`).sort(),
  };
}

/**
 * Cypher that picks the subjects: the two most connected countries, the two busiest negotiators
 * and the busiest speaker.
 */
export const PICK_SUBJECTS = `
  CALL () { MATCH (c:Country) WITH c ORDER BY COUNT { (c)-[:${typesPattern(MEANINGFUL_RELATIONSHIP_TYPES)}]-() } DESC, c.id LIMIT 2
            RETURN collect(c) AS hubs }
  WITH hubs[0] AS c, hubs[1].id AS otherHub
  CALL () { MATCH (p:Person) WITH p ORDER BY COUNT { (p)-[:LEADS]->() } DESC, p.id LIMIT 2
            RETURN collect(p.id) AS leaders }
  CALL () { MATCH (p:Person) RETURN p AS speaker ORDER BY COUNT { (p)-[:SAID]->() } DESC, p.id LIMIT 1 }
  RETURN c.id AS hub, c.name AS hubName, otherHub, leaders, speaker.id AS speaker`;

/** The subjects of the graph a driver reaches, picked by PICK_SUBJECTS. */
export async function pickSubjects(driver: Driver, database: string): Promise<Subjects> {
  const row = (await driver.executeQuery(PICK_SUBJECTS, {}, { database })).records[0];
  const [person, otherPerson] = row.get('leaders') as string[];
  return {
    hub: row.get('hub'),
    hubName: row.get('hubName'),
    otherHub: row.get('otherHub'),
    person,
    otherPerson,
    speaker: row.get('speaker'),
  };
}
