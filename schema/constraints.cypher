// Parley's graph schema. Applied idempotently by `npm run db:schema` and at server start-up.
// One statement per line group, separated by semicolons; every statement uses IF NOT EXISTS, or
// changes only what an older store lacks.

// Identity: every node kind has a unique, stable id.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT assessment_id IF NOT EXISTS FOR (n:Assessment) REQUIRE n.id IS UNIQUE;
// Every node with a global id also carries :Node, so `node(id:)` and relationship walks find any
// node through one index whatever its kind.
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;

// Lookups by kind, date and relationship id.
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
// Entities in name order, of any kind or of one, read a page at a time from the index.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_kind_name IF NOT EXISTS FOR (n:Entity) ON (n.kind, n.name);
CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);
CREATE INDEX event_start IF NOT EXISTS FOR (n:Event) ON (n.dateStart);
CREATE INDEX claim_date IF NOT EXISTS FOR (n:Claim) ON (n.dateStart);
// Events, rounds and claims in date order, and sources newest first, read a page at a time from
// the index. `sortDate` is written at ingest (the start, else the end, else '9999'); stores
// ingested before it existed get it here, once: afterwards these find nothing to set.
CREATE INDEX event_sort_date IF NOT EXISTS FOR (n:Event) ON (n.sortDate);
CREATE INDEX event_kind_sort_date IF NOT EXISTS FOR (n:Event) ON (n.kind, n.sortDate);
CREATE INDEX claim_sort_date IF NOT EXISTS FOR (n:Claim) ON (n.sortDate);
CREATE INDEX source_published IF NOT EXISTS FOR (n:Source) ON (n.publishedOn);
MATCH (n:Event) WHERE n.sortDate IS NULL SET n.sortDate = coalesce(n.dateStart, n.dateEnd, '9999');
MATCH (n:Claim) WHERE n.sortDate IS NULL SET n.sortDate = coalesce(n.dateStart, n.dateEnd, '9999');
CREATE INDEX evidence_source IF NOT EXISTS FOR (n:Evidence) ON (n.sourceId);
CREATE INDEX rel_holds_role_id IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.id);
CREATE INDEX rel_participated_in_id IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.id);

// A node's relationships in id order, a page at a time, from either end: every relationship
// carries its ends' ids (`startId`, `endId`, written at ingest), and each type is indexed on
// them with its id, so a hub's first page reads the page, not the hub (see orderedWalk). Stores
// ingested before the ends were written get them here, once, in batches.
CREATE INDEX rel_holds_role_start IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.startId, r.id);
CREATE INDEX rel_holds_role_end IF NOT EXISTS FOR ()-[r:HOLDS_ROLE]-() ON (r.endId, r.id);
CREATE INDEX rel_leads_start IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.startId, r.id);
CREATE INDEX rel_leads_end IF NOT EXISTS FOR ()-[r:LEADS]-() ON (r.endId, r.id);
CREATE INDEX rel_member_of_start IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.startId, r.id);
CREATE INDEX rel_member_of_end IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() ON (r.endId, r.id);
CREATE INDEX rel_represents_start IF NOT EXISTS FOR ()-[r:REPRESENTS]-() ON (r.startId, r.id);
CREATE INDEX rel_represents_end IF NOT EXISTS FOR ()-[r:REPRESENTS]-() ON (r.endId, r.id);
CREATE INDEX rel_part_of_start IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.startId, r.id);
CREATE INDEX rel_part_of_end IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.endId, r.id);
CREATE INDEX rel_located_in_start IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.startId, r.id);
CREATE INDEX rel_located_in_end IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.endId, r.id);
CREATE INDEX rel_occupies_start IF NOT EXISTS FOR ()-[r:OCCUPIES]-() ON (r.startId, r.id);
CREATE INDEX rel_occupies_end IF NOT EXISTS FOR ()-[r:OCCUPIES]-() ON (r.endId, r.id);
CREATE INDEX rel_holds_position_start IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.startId, r.id);
CREATE INDEX rel_holds_position_end IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.endId, r.id);
CREATE INDEX rel_concerns_start IF NOT EXISTS FOR ()-[r:CONCERNS]-() ON (r.startId, r.id);
CREATE INDEX rel_concerns_end IF NOT EXISTS FOR ()-[r:CONCERNS]-() ON (r.endId, r.id);
CREATE INDEX rel_at_stake_in_start IF NOT EXISTS FOR ()-[r:AT_STAKE_IN]-() ON (r.startId, r.id);
CREATE INDEX rel_at_stake_in_end IF NOT EXISTS FOR ()-[r:AT_STAKE_IN]-() ON (r.endId, r.id);
CREATE INDEX rel_participated_in_start IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.startId, r.id);
CREATE INDEX rel_participated_in_end IF NOT EXISTS FOR ()-[r:PARTICIPATED_IN]-() ON (r.endId, r.id);
CREATE INDEX rel_part_of_event_start IF NOT EXISTS FOR ()-[r:PART_OF_EVENT]-() ON (r.startId, r.id);
CREATE INDEX rel_part_of_event_end IF NOT EXISTS FOR ()-[r:PART_OF_EVENT]-() ON (r.endId, r.id);
CREATE INDEX rel_attested_by_start IF NOT EXISTS FOR ()-[r:ATTESTED_BY]-() ON (r.startId, r.id);
CREATE INDEX rel_attested_by_end IF NOT EXISTS FOR ()-[r:ATTESTED_BY]-() ON (r.endId, r.id);
CREATE INDEX rel_said_start IF NOT EXISTS FOR ()-[r:SAID]-() ON (r.startId, r.id);
CREATE INDEX rel_said_end IF NOT EXISTS FOR ()-[r:SAID]-() ON (r.endId, r.id);
CREATE INDEX rel_about_start IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.startId, r.id);
CREATE INDEX rel_about_end IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.endId, r.id);
CREATE INDEX rel_at_event_start IF NOT EXISTS FOR ()-[r:AT_EVENT]-() ON (r.startId, r.id);
CREATE INDEX rel_at_event_end IF NOT EXISTS FOR ()-[r:AT_EVENT]-() ON (r.endId, r.id);
CREATE INDEX rel_via_start IF NOT EXISTS FOR ()-[r:VIA]-() ON (r.startId, r.id);
CREATE INDEX rel_via_end IF NOT EXISTS FOR ()-[r:VIA]-() ON (r.endId, r.id);
CREATE INDEX rel_same_statement_as_start IF NOT EXISTS FOR ()-[r:SAME_STATEMENT_AS]-() ON (r.startId, r.id);
CREATE INDEX rel_same_statement_as_end IF NOT EXISTS FOR ()-[r:SAME_STATEMENT_AS]-() ON (r.endId, r.id);
CREATE INDEX rel_contradicts_start IF NOT EXISTS FOR ()-[r:CONTRADICTS]-() ON (r.startId, r.id);
CREATE INDEX rel_contradicts_end IF NOT EXISTS FOR ()-[r:CONTRADICTS]-() ON (r.endId, r.id);
CREATE INDEX rel_held_in_start IF NOT EXISTS FOR ()-[r:HELD_IN]-() ON (r.startId, r.id);
CREATE INDEX rel_held_in_end IF NOT EXISTS FOR ()-[r:HELD_IN]-() ON (r.endId, r.id);
// A node's relationships of every type in id order, a page at a time, from either end: beside each
// relationship is its RELATION_KEY (same id, same ends, and its type), written at ingest, and the
// keys, all of one type, are indexed on each end with the id (see orderedWalk). A store loaded
// before keys existed gets them here, once, in batches: the counts (from Neo4j's count store)
// differ only until then, so afterwards this reads nothing.
CREATE INDEX rel_relation_key_start IF NOT EXISTS FOR ()-[k:RELATION_KEY]-() ON (k.startId, k.id);
CREATE INDEX rel_relation_key_end IF NOT EXISTS FOR ()-[k:RELATION_KEY]-() ON (k.endId, k.id);
CALL () { MATCH ()-[k:RELATION_KEY]->() RETURN count(k) AS keys }
CALL () { MATCH ()-[r:HOLDS_ROLE|LEADS|MEMBER_OF|REPRESENTS|PART_OF|LOCATED_IN|OCCUPIES|HOLDS_POSITION|CONCERNS|AT_STAKE_IN|PARTICIPATED_IN|PART_OF_EVENT|ATTESTED_BY|SAID|ABOUT|AT_EVENT|VIA|SAME_STATEMENT_AS|CONTRADICTS|HELD_IN]->() RETURN count(r) AS relationships }
WITH keys, relationships WHERE keys < relationships
MATCH (a)-[r:HOLDS_ROLE|LEADS|MEMBER_OF|REPRESENTS|PART_OF|LOCATED_IN|OCCUPIES|HOLDS_POSITION|CONCERNS|AT_STAKE_IN|PARTICIPATED_IN|PART_OF_EVENT|ATTESTED_BY|SAID|ABOUT|AT_EVENT|VIA|SAME_STATEMENT_AS|CONTRADICTS|HELD_IN]->(b)
WHERE NOT EXISTS { MATCH ()-[k:RELATION_KEY]->() WHERE k.startId = a.id AND k.id = r.id }
CALL (a, r, b) { CREATE (a)-[:RELATION_KEY {id: r.id, startId: a.id, endId: b.id, type: type(r)}]->(b) } IN TRANSACTIONS OF 10000 ROWS;
// A speaker's, subject's or event's claims in date order, a page at a time: each SAID, ABOUT and
// AT_EVENT carries its claim's sortDate (written at ingest, kept when a claim's date changes,
// filled in here for a store loaded before), indexed with the other end's id and the claim's.
CREATE INDEX rel_said_start_date IF NOT EXISTS FOR ()-[r:SAID]-() ON (r.startId, r.sortDate, r.endId);
CREATE INDEX rel_about_end_date IF NOT EXISTS FOR ()-[r:ABOUT]-() ON (r.endId, r.sortDate, r.startId);
CREATE INDEX rel_at_event_end_date IF NOT EXISTS FOR ()-[r:AT_EVENT]-() ON (r.endId, r.sortDate, r.startId);
MATCH (a)-[r:HOLDS_ROLE|LEADS|MEMBER_OF|REPRESENTS|PART_OF|LOCATED_IN|OCCUPIES|HOLDS_POSITION|CONCERNS|AT_STAKE_IN|PARTICIPATED_IN|PART_OF_EVENT|ATTESTED_BY|SAID|ABOUT|AT_EVENT|VIA|SAME_STATEMENT_AS|CONTRADICTS|HELD_IN]->(b) WHERE r.startId IS NULL
CALL (a, r, b) { SET r.startId = a.id, r.endId = b.id } IN TRANSACTIONS OF 10000 ROWS;
MATCH ()-[r:SAID]->(c:Claim) WHERE r.sortDate IS NULL OR r.sortDate <> c.sortDate
CALL (r, c) { SET r.sortDate = c.sortDate } IN TRANSACTIONS OF 10000 ROWS;
MATCH (c:Claim)-[r:ABOUT|AT_EVENT]->() WHERE r.sortDate IS NULL OR r.sortDate <> c.sortDate
CALL (r, c) { SET r.sortDate = c.sortDate } IN TRANSACTIONS OF 10000 ROWS;

// Full-text search over every name and alias in every script (as written and normalised) and over
// their transliteration keys, both written at ingest by src/search/search-text.ts. Normalisation is
// done in Parley, the same way at ingest and at query time, so the analyzer only has to split words
// and lower-case them, alike for Arabic, Latin and Cyrillic.
DROP INDEX entity_names IF EXISTS;
DROP INDEX event_names IF EXISTS;
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Country|Organization|Place|Delegation|Issue) ON EACH [n.searchText, n.searchKeys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };
CREATE FULLTEXT INDEX event_search IF NOT EXISTS
FOR (n:Event) ON EACH [n.searchText, n.searchKeys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-no-stop-words' } };

// A node's evidence (an entity's, an event's, a claim's) is one EVIDENCED_BY link per span,
// numbered by `position` in the order sources added them, read a page at a time from this index
// and counted from the node's degree. A store loaded when the ids were a list on the node has
// them moved onto links here, once, the list removed in the same transaction as its links are
// written: afterwards this finds nothing to move.
CREATE INDEX rel_evidenced_by_start_position IF NOT EXISTS FOR ()-[r:EVIDENCED_BY]-() ON (r.startId, r.position);
MATCH (x) WHERE (x:Entity OR x:Event OR x:Claim) AND x.evidenceIds IS NOT NULL
CALL (x) {
  WITH x, x.evidenceIds AS ids, COUNT { (x)-[:EVIDENCED_BY]->() } AS known
  REMOVE x.evidenceIds
  WITH x, known, COLLECT {
    UNWIND range(0, size(ids) - 1) AS j
    MATCH (e:Evidence {id: ids[j]}) WHERE NOT EXISTS { (x)-[:EVIDENCED_BY]->(e) }
    WITH e, j ORDER BY j
    RETURN e
  } AS fresh
  UNWIND range(0, size(fresh) - 1) AS i
  WITH x, fresh[i] AS e, known + i AS position
  CREATE (x)-[:EVIDENCED_BY {startId: x.id, endId: e.id, position: position}]->(e)
} IN TRANSACTIONS OF 100 ROWS;

// Versions of dossiers, and who states what. Each ingest of a dossier is a version of it; each
// of its statements of an item (a node or a relationship) is a Support record, current until a
// later version stops or changes stating it. Reads of the graph never touch these: what no
// dossier states any more is retracted out of the live graph (below), not filtered at read time.
CREATE INDEX dossier_id IF NOT EXISTS FOR (n:Dossier) ON (n.id);
CREATE INDEX dossier_version_dossier IF NOT EXISTS FOR (n:DossierVersion) ON (n.dossier, n.number);
CREATE INDEX support_dossier IF NOT EXISTS FOR (n:Support) ON (n.dossier, n.current);
CREATE INDEX support_item IF NOT EXISTS FOR (n:Support) ON (n.item, n.current);
CREATE INDEX support_key IF NOT EXISTS FOR (n:Support) ON (n.key, n.current);
// A retracted node keeps its id under the label Retracted instead of its own labels; a retracted
// relationship is kept as a RETRACTED one with its type in `type`. Both are found by id when a
// later version states them again.
CREATE INDEX retracted_id IF NOT EXISTS FOR (n:Retracted) ON (n.id);
CREATE INDEX rel_retracted_id IF NOT EXISTS FOR ()-[r:RETRACTED]-() ON (r.id);
// An item's history: every statement of it, current or ended, and the versions that added and
// ended each.
CREATE INDEX support_item_history IF NOT EXISTS FOR (n:Support) ON (n.item);
CREATE INDEX dossier_version_id IF NOT EXISTS FOR (n:DossierVersion) ON (n.id);
