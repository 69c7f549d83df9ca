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
    for (const statement of statements) expect(statement).toMatch(/IF (NOT )?EXISTS/);
  });
});
