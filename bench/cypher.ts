/**
 * The hand-written Cypher of the raw-Cypher floor: one parameterised statement per question,
 * returning exactly what the question asks for. The @neo4j/graphql typeDefs reuse the evidence
 * pattern in their @cypher fields.
 */
import { MEANINGFUL_RELATIONSHIP_TYPES } from '../src/model/vocabulary';

/**
 * Evidence spans of a relationship `x`, by the ids it carries: the first 20, as Parley's
 * evidence lists give by default, so that every system reads the same spans of a hub.
 */
export const EVIDENCE_OF = (x: string) =>
  `COLLECT { UNWIND coalesce(${x}.evidenceIds, [])[..20] AS eid MATCH (e:Evidence {id: eid})
     RETURN e { .quote, .start, .end } ORDER BY e.start, e.end }`;

/** The same for a node `x`, by its evidence links' positions (the first 20). */
export const NODE_EVIDENCE_OF = (x: string) =>
  `COLLECT { MATCH (${x})-[l:EVIDENCED_BY]->(e:Evidence) WHERE l.position < 20
     RETURN e { .quote, .start, .end } ORDER BY e.start, e.end }`;

// The types a question may walk, in the pattern: a node's evidence links (EVIDENCED_BY, tens of
// thousands on a hub) are relationships too, and a pattern without types would expand them.
const WALKED = MEANINGFUL_RELATIONSHIP_TYPES.join('|');

const NEIGHBOURS = (n: string) => `COLLECT {
    MATCH (${n})-[r:${WALKED}]-(m:Node) WHERE type(r) IN $types AND m <> ${n}
    WITH r, m ORDER BY r.id LIMIT toInteger($limit)
    RETURN { id: r.id, source: startNode(r).id, target: endNode(r).id, type: type(r), other: m.id }
  }`;

export const RAW_STATEMENTS: Record<string, string> = {
  rounds: `MATCH (r:Event) WHERE r.kind = 'NEGOTIATION_ROUND' AND r.sortDate IS NOT NULL
    WITH r ORDER BY r.kind, r.sortDate, r.id LIMIT toInteger($first)
    RETURN r.id AS id, r.round AS round, r.dateStart AS start, COLLECT {
      MATCH (d:Delegation)-[:PARTICIPATED_IN]->(r)
      RETURN d { .id, .name,
        sides: COLLECT { MATCH (d)-[:REPRESENTS]->(s) RETURN s { .id, .name } ORDER BY s.id },
        leaders: COLLECT { MATCH (p)-[l:LEADS]->(d)
          RETURN { id: p.id, name: p.name, evidence: ${EVIDENCE_OF('l')} } ORDER BY l.id }
      } ORDER BY d.id
    } AS delegations`,

  person: `MATCH (p:Entity:Person {id: $id})
    RETURN p.id AS id, p.name AS name,
      COLLECT { MATCH (p)-[r:HOLDS_ROLE]->(o)
        RETURN { title: r.title_en, organization: o.id, evidence: ${EVIDENCE_OF('r')} }
        ORDER BY r.id LIMIT toInteger($first) } AS roles,
      COLLECT { MATCH (p)-[l:LEADS]->(d)
        RETURN { led: d.id, name: d.name, evidence: ${EVIDENCE_OF('l')} }
        ORDER BY l.id LIMIT toInteger($first) } AS leads`,

  claims: `MATCH (:Node {id: $speaker})-[:SAID]->(c:Claim)
    WITH c ORDER BY c.sortDate, c.id LIMIT toInteger($first)
    RETURN c.id AS id, c.statement_en AS statement, ${NODE_EVIDENCE_OF('c')} AS evidence`,

  search: `CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
    WITH node, score LIMIT toInteger($first)
    RETURN node.id AS id, node.name AS name, score`,

  neighbourhood: `MATCH (n:Node {id: $id})
    WITH n, ${NEIGHBOURS('n')} AS first
    RETURN n.id AS id, first, COLLECT {
      UNWIND first AS f WITH DISTINCT f.other AS other
      MATCH (x:Node {id: other})
      RETURN { id: x.id, relations: ${NEIGHBOURS('x')} }
    } AS second`,

  paths: `MATCH (a:Node {id: $from}), (b:Node {id: $to})
    MATCH p = allShortestPaths((a)-[rs:${WALKED}*1..4]-(b)) WHERE all(r IN rs WHERE type(r) IN $types)
    WITH p ORDER BY size([x IN nodes(p) WHERE x:Claim]), [x IN nodes(p) | x.id]
    LIMIT toInteger($first)
    RETURN [x IN nodes(p) | x.id] AS nodes, [r IN relationships(p) | type(r)] AS types`,

  hubRelations: `MATCH (n:Node {id: $id})-[r:${WALKED}]-(m) WHERE type(r) IN $types
    WITH r, m ORDER BY r.id LIMIT toInteger($first)
    RETURN r.id AS id, type(r) AS type, m.id AS other`,

  // A hub's first relationships that two independent sources state, with their support: the
  // counts Parley writes at ingest, read as stored.
  hubCorroborated: `MATCH (n:Node {id: $id})-[r:${WALKED}]-(m) WHERE type(r) IN $types
      AND r.independentCount >= $min
    WITH r, m ORDER BY r.id LIMIT toInteger($first)
    RETURN r.id AS id, type(r) AS type, m.id AS other, r.sourceCount AS sources,
           r.independentCount AS independent, r.outletCount AS outlets`,

  timeline: `MATCH (e:Entity {id: $id})
    CALL (e) {
      MATCH (e)-[:PARTICIPATED_IN]->(x:Event) RETURN x
      UNION
      MATCH (e)<-[:REPRESENTS]-(:Delegation)-[:PARTICIPATED_IN]->(x:Event) RETURN x
      UNION
      MATCH (e)-[:LEADS|MEMBER_OF]->(:Delegation)-[:PARTICIPATED_IN]->(x:Event) RETURN x
      UNION
      MATCH (e)-[:SAID]->(x:Claim) RETURN x
      UNION
      MATCH (x:Claim)-[:ABOUT]->(e) RETURN x
    }
    WITH DISTINCT x
    RETURN x.id AS id, coalesce(x.kind, 'CLAIM') AS kind, x.dateStart AS start, x.datePrecision AS precision
    ORDER BY coalesce(x.dateStart, x.dateEnd, '9999-12-31'), coalesce(x.dateEnd, '9999-12-31') DESC, x.id
    LIMIT toInteger($first)`,
};
