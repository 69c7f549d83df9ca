import { EVIDENCE_OF, RAW_STATEMENTS } from '../cypher';

/**
 * @neo4j/graphql 7 typeDefs over Parley's labels and relationship types. Traversals are
 * @relationship fields, which the library compiles into its one statement; evidence lives on
 * relationships as a list of ids, so evidence-bearing fields and the exploration questions are
 * @cypher fields, as a user of the library would write them. Entity types carry the Entity
 * label too, so that the library's MATCH by id uses the unique index on Entity.id.
 */
export const typeDefs = /* GraphQL */ `
  type Quote {
    quote: String!
    start: Int!
    end: Int!
  }
  type Country @node(labels: ["Country", "Entity"]) {
    id: ID!
    name: String
  }
  type Leadership {
    id: ID!
    name: String
    evidence: [Quote!]!
  }
  type Delegation @node(labels: ["Delegation", "Entity"]) {
    id: ID!
    name: String
    sides: [Country!]! @relationship(type: "REPRESENTS", direction: OUT)
    leaders: [Leadership!]!
      @cypher(
        statement: """
        MATCH (p)-[l:LEADS]->(this)
        WITH p, l ORDER BY l.id
        RETURN { id: p.id, name: p.name, evidence: ${EVIDENCE_OF('l')} } AS leader
        """
        columnName: "leader"
      )
  }
  type Event @node {
    id: ID!
    kind: String
    round: Int
    dateStart: String
    sortDate: String
    delegations: [Delegation!]! @relationship(type: "PARTICIPATED_IN", direction: IN)
  }
  type Role {
    title: String
    organization: ID!
    evidence: [Quote!]!
  }
  type Led {
    led: ID!
    name: String
    evidence: [Quote!]!
  }
  type Claim @node {
    id: ID!
    statement_en: String
    dateStart: String
    sortDate: String
    evidence: [Quote!]!
      @cypher(
        statement: """
        MATCH (this)-[l:EVIDENCED_BY]->(e:Evidence) WHERE l.position < 20
        WITH e ORDER BY e.start, e.end
        RETURN e { .quote, .start, .end } AS q
        """
        columnName: "q"
      )
  }
  type Person @node(labels: ["Person", "Entity"]) {
    id: ID!
    name: String
    said: [Claim!]! @relationship(type: "SAID", direction: OUT)
    roles: [Role!]!
      @cypher(
        statement: """
        MATCH (this)-[r:HOLDS_ROLE]->(o)
        WITH r, o ORDER BY r.id LIMIT 20
        RETURN { title: r.title_en, organization: o.id, evidence: ${EVIDENCE_OF('r')} } AS role
        """
        columnName: "role"
      )
    leads: [Led!]!
      @cypher(
        statement: """
        MATCH (this)-[l:LEADS]->(d)
        WITH l, d ORDER BY l.id LIMIT 20
        RETURN { led: d.id, name: d.name, evidence: ${EVIDENCE_OF('l')} } AS led
        """
        columnName: "led"
      )
  }
  type Hit {
    id: ID!
    name: String
    score: Float!
  }
  type Hop {
    id: String
    source: ID!
    target: ID!
    type: String!
    other: ID!
  }
  type Expanded {
    id: ID!
    relations: [Hop!]!
  }
  type Subgraph {
    id: ID!
    first: [Hop!]!
    second: [Expanded!]!
  }
  type PathIds {
    nodes: [ID!]!
    types: [String!]!
  }
  type TimelineItem {
    id: ID!
    kind: String!
    start: String
    precision: String
  }
  type RelationIds {
    id: ID!
    type: String!
    other: ID!
  }
  type SupportedRelation {
    id: ID!
    type: String!
    other: ID!
    sources: Int!
    independent: Int!
    outlets: Int!
  }
  type Query {
    searchEntities(lucene: String!, first: Int!): [Hit!]!
      @cypher(
        statement: """
        ${RAW_STATEMENTS.search.replace('RETURN node.id AS id, node.name AS name, score', 'RETURN { id: node.id, name: node.name, score: score } AS hit')}
        """
        columnName: "hit"
      )
    neighbourhood(id: ID!, limit: Int!, types: [String!]!): Subgraph
      @cypher(
        statement: """
        ${RAW_STATEMENTS.neighbourhood.replace(/RETURN n\.id AS id, first, (COLLECT[\s\S]*) AS second$/, 'RETURN { id: n.id, first: first, second: $1 } AS subgraph')}
        """
        columnName: "subgraph"
      )
    paths(from: ID!, to: ID!, first: Int!, types: [String!]!): [PathIds!]!
      @cypher(
        statement: """
        ${RAW_STATEMENTS.paths.replace(/RETURN (\[x IN nodes[\s\S]*) AS nodes, (\[r IN[\s\S]*) AS types$/, 'RETURN { nodes: $1, types: $2 } AS path')}
        """
        columnName: "path"
      )
    hubRelations(id: ID!, first: Int!, types: [String!]!): [RelationIds!]!
      @cypher(
        statement: """
        ${RAW_STATEMENTS.hubRelations.replace('RETURN r.id AS id, type(r) AS type, m.id AS other', 'RETURN { id: r.id, type: type(r), other: m.id } AS relation')}
        """
        columnName: "relation"
      )
    hubCorroborated(id: ID!, first: Int!, types: [String!]!, min: Int!): [SupportedRelation!]!
      @cypher(
        statement: """
        ${RAW_STATEMENTS.hubCorroborated.replace(/RETURN r\.id AS id, [\s\S]*$/, 'RETURN { id: r.id, type: type(r), other: m.id, sources: r.sourceCount, independent: r.independentCount, outlets: r.outletCount } AS relation')}
        """
        columnName: "relation"
      )
    timeline(id: ID!, first: Int!): [TimelineItem!]!
      @cypher(
        statement: """
        ${RAW_STATEMENTS.timeline.replace(/RETURN x\.id AS id, coalesce\(x\.kind, 'CLAIM'\) AS kind, x\.dateStart AS start, x\.datePrecision AS precision/, "RETURN { id: x.id, kind: coalesce(x.kind, 'CLAIM'), start: x.dateStart, precision: x.datePrecision } AS item")}
        """
        columnName: "item"
      )
  }
`;
