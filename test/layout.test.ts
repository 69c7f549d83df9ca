import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

// Cypher is written in one place: src/graph/ holds every statement (src/db/ the executor's and
// the schema's own), so a reader finds what the API asks of Neo4j without reading resolvers.
const SRC = path.join(__dirname, '..', 'src');
const CYPHER_HOMES = ['graph', 'db'].map((dir) => path.join(SRC, dir) + path.sep);
const CYPHER =
  /\b(OPTIONAL MATCH|MATCH|MERGE|UNWIND|RETURN|DETACH DELETE|CREATE|CALL \{|SHOW \w+)\s+\S/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The text of every string and template literal of a file (comments are not literals). */
function literals(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('layout', () => {
  it('finds Cypher where it is (the check can fail)', () => {
    const inGraph = sourceFiles(path.join(SRC, 'graph')).filter((file) =>
      literals(file).some((text) => CYPHER.test(text)),
    );
    expect(inGraph.length).toBeGreaterThan(10);
  });

  it('has no Cypher text outside src/graph/ and src/db/', () => {
    const outside = sourceFiles(SRC)
      .filter((file) => !CYPHER_HOMES.some((home) => file.startsWith(home)))
      .flatMap((file) =>
        literals(file)
          .filter((text) => CYPHER.test(text))
          .map((text) => `${path.relative(SRC, file)}: ${text.slice(0, 60)}`),
      );
    expect(outside).toEqual([]);
  });
});
