// Parley's graph schema. Applied idempotently by `npm run db:schema` and at server start-up.
// One statement per line group, separated by semicolons; every statement uses IF NOT EXISTS, or
// changes only what an older store lacks.

// Identity: every node kind has a unique, stable id.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE;
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
