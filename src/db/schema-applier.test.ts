import fs from 'node:fs';
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
    // Schema commands say IF (NOT) EXISTS; a backfill sets a property only where it is missing.
    const backfill = /^MATCH \(n:\w+\) WHERE n\.(\w+) IS NULL SET n\.\1 = [^;]+$/;
    for (const statement of statements)
      expect(/IF (NOT )?EXISTS/.test(statement) || backfill.test(statement)).toBe(true);
    expect(statements.filter((statement) => backfill.test(statement))).toHaveLength(2);
  });
});
