import fs from 'node:fs';
import { MEANINGFUL_RELATIONSHIP_TYPES } from '../model/vocabulary';
import { SCHEMA_FILE, splitCypherScript } from './schema-applier';

describe('splitCypherScript', () => {
  it('splits statements and drops comment lines', () => {
    expect(
      splitCypherScript('// a comment\nCREATE INDEX a;\nCREATE INDEX b\nFOR (n) ON (n.x);\n'),
    ).toEqual(['CREATE INDEX a', 'CREATE INDEX b\nFOR (n) ON (n.x)']);
  });

  it('finds only idempotent statements in the schema file', () => {
    const statements = splitCypherScript(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    expect(statements.length).toBeGreaterThan(5);
    // Schema commands say IF (NOT) EXISTS; a backfill sets a property only where it is missing
    // (the relationships' ends in batches, a 1e6 store having hundreds of thousands).
    const backfill = /^MATCH \(n:\w+\) WHERE n\.(\w+) IS NULL SET n\.\1 = [^;]+$/;
    const ends =
      /^MATCH \(a\)-\[r:[A-Z_|]+\]->\(b\) WHERE r\.startId IS NULL\nCALL \(a, r, b\) \{ SET r\.startId = a\.id, r\.endId = b\.id \} IN TRANSACTIONS OF \d+ ROWS$/;
    // A claim's SAID, ABOUT and AT_EVENT carry its sortDate: set where it is missing or differs.
    const saidDates =
      /^MATCH \(\)-\[r:SAID\]->\(c:Claim\) WHERE r\.sortDate IS NULL OR r\.sortDate <> c\.sortDate\nCALL \(r, c\) \{ SET r\.sortDate = c\.sortDate \} IN TRANSACTIONS OF \d+ ROWS$/;
    const linkDates =
      /^MATCH \(c:Claim\)-\[r:ABOUT\|AT_EVENT\]->\(\) WHERE r\.sortDate IS NULL OR r\.sortDate <> c\.sortDate\nCALL \(r, c\) \{ SET r\.sortDate = c\.sortDate \} IN TRANSACTIONS OF \d+ ROWS$/;
    // A node's evidence ids, once a list on it, become links: only where the list is still there,
    // removed in the same transaction as its links are written.
    const evidenceLinks =
      /^MATCH \(x\) WHERE \(x:Entity OR x:Event OR x:Claim\) AND x\.evidenceIds IS NOT NULL\nCALL \(x\) \{[^;]*REMOVE x\.evidenceIds[^;]*\} IN TRANSACTIONS OF \d+ ROWS$/;
    // Every relationship gets its RELATION_KEY: only while the count store says some lack one, and
    // then only those.
    const keys =
      /^CALL \(\) \{ MATCH \(\)-\[k:RELATION_KEY\]->\(\) RETURN count\(k\) AS keys \}\n[^;]*WHERE keys < relationships\n[^;]*WHERE NOT EXISTS \{[^;]*\}\nCALL \(a, r, b\) \{ CREATE [^;]*\} IN TRANSACTIONS OF \d+ ROWS$/;
    const backfills = statements.filter(
      (s) =>
        backfill.test(s) ||
        ends.test(s) ||
        saidDates.test(s) ||
        linkDates.test(s) ||
        evidenceLinks.test(s) ||
        keys.test(s),
    );
    for (const statement of statements)
      expect(/IF (NOT )?EXISTS/.test(statement) || backfills.includes(statement)).toBe(true);
    expect(backfills).toHaveLength(7);
  });

  it('indexes every relationship type on each end with its id, and backfills the ends of each', () => {
    const statements = splitCypherScript(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    const ends = statements.find((s) => s.includes('r.startId IS NULL'));
    const keys = statements.find((s) => s.includes('CREATE (a)-[:RELATION_KEY'));
    for (const type of MEANINGFUL_RELATIONSHIP_TYPES) {
      for (const end of ['startId', 'endId'])
        expect(statements).toContain(
          `CREATE INDEX rel_${type.toLowerCase()}_${end.slice(0, -2)} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.${end}, r.id)`,
        );
      expect(ends).toMatch(new RegExp(`[:|]${type}[|\\]]`));
      // Counted and keyed, each of them.
      const lines = keys!.split('\n').filter((line) => line.includes(')-[r:'));
      expect(lines).toHaveLength(2);
      for (const part of lines) expect(part).toMatch(new RegExp(`[:|]${type}[|\\]]`));
    }
  });
});
