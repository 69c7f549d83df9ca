import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CodePointText } from '../../src/model/code-point-text';

/**
 * A generated source of one line per fact, written to a fresh folder: a citation of each line
 * (as dossiers give evidence), the dossier's `sources` entry, and a function that writes the
 * dossier beside it and returns its path.
 */
function generatedSource(tag: string, lines: string[]) {
  const text = new CodePointText(lines.join('\n') + '\n');
  // Each line's code-point offset, counted as the lines are joined: searching the text for each
  // quote made a fixture of 4,000 lines take over a minute.
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += [...line].length + 1;
  }
  const cite = (i: number) => {
    const quote = lines[i];
    return [{ quote, start: starts[i], end: starts[i] + [...quote].length }];
  };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `parley-${tag}-`));
  fs.writeFileSync(path.join(dir, 'source.txt'), text.text);
  const source = {
    id: `source:${tag}`,
    file: 'source.txt',
    language: 'en',
    publishedOn: '2026-01-01',
    title: { en: tag },
  };
  const write = (dossier: object) => {
    const file = path.join(dir, `${tag}.json`);
    fs.writeFileSync(file, JSON.stringify(dossier));
    return file;
  };
  return { cite, source, write };
}

/**
 * Generates a source text and a dossier for one negotiation round with `size` delegations, each
 * with a leader who holds a role in the delegation's country. Every fact cites its own line of
 * the generated text, so the fixture passes the same validation as real dossiers.
 */
export function writeFanoutDossier(
  size: number,
  { revised = false }: { revised?: boolean } = {},
): { file: string; eventId: string } {
  const tag = `fanout-${size}`;
  const lines = Array.from(
    { length: size },
    (_, i) => `Delegate ${i} of ${tag} heads delegation ${i} for land ${i}.`,
  );
  const { cite, source, write } = generatedSource(tag, lines);
  const person = (i: number) => `person:${tag}-delegate-${i}`;
  const delegation = (i: number) => `delegation:${tag}-${i}`;
  const country = (i: number) => `country:${tag}-land-${i}`;
  const eventId = `event:${tag}-round`;
  const indices = lines.map((_, i) => i);
  // A revised version renames every delegate and no longer states every other delegate's role.
  const personName = (i: number) => `Delegate ${i} of ${tag}${revised ? ' (revised)' : ''}`;
  const states = (i: number) => !revised || i % 2 === 0;
  const dossier = {
    dossier: tag,
    sources: [source],
    entities: indices.flatMap((i) => [
      { id: person(i), kind: 'Person', names: { en: personName(i) } },
      { id: delegation(i), kind: 'Delegation', names: { en: `Delegation ${i} of ${tag}` } },
      { id: country(i), kind: 'Country', names: { en: `Land ${i} of ${tag}` } },
    ]),
    events: [
      {
        id: eventId,
        kind: 'NEGOTIATION_ROUND',
        names: { en: `Round of ${tag}` },
        round: 1,
        date: { start: '2026-01-01', end: '2026-01-01', precision: 'DAY' },
        participants: indices.map((i) => ({
          entity: delegation(i),
          role: 'PARTY',
          evidence: cite(i),
        })),
        evidence: cite(0),
      },
    ],
    relationships: indices.flatMap((i) => [
      {
        type: 'LEADS',
        from: person(i),
        to: delegation(i),
        title: { en: 'Head' },
        evidence: cite(i),
      },
      { type: 'REPRESENTS', from: delegation(i), to: country(i), evidence: cite(i) },
      ...(states(i)
        ? [
            {
              type: 'HOLDS_ROLE',
              from: person(i),
              to: country(i),
              title: { en: 'Envoy' },
              evidence: cite(i),
            },
          ]
        : []),
    ]),
  };
  const file = write(dossier);
  return { file, eventId };
}

/**
 * Generates a dossier in which one country takes part in `count` meetings of the same day,
 * written (and so created) in descending id order: an index read by date gives them against the
 * order the API promises (by id among equal dates), so a page that ends among them shows whether
 * the ties were sorted.
 */
export function writeTiedEventsDossier(count: number): { file: string; countryId: string } {
  const tag = `tied-${count}`;
  const lines = Array.from({ length: count }, (_, i) => `Meeting ${i} of ${tag} took place.`);
  const { cite, source, write } = generatedSource(tag, lines);
  const countryId = `country:${tag}-land`;
  const ids = Array.from({ length: count }, (_, i) => i).reverse();
  const dossier = {
    dossier: tag,
    sources: [source],
    entities: [{ id: countryId, kind: 'Country', names: { en: `Land of ${tag}` } }],
    events: ids.map((i) => ({
      id: `event:${tag}-meeting-${String(i).padStart(2, '0')}`,
      kind: 'MEETING',
      names: { en: `Meeting ${i} of ${tag}` },
      date: { start: '2026-01-01', end: '2026-01-01', precision: 'DAY' },
      participants: [{ entity: countryId, role: 'PARTY', evidence: cite(i) }],
      evidence: cite(i),
    })),
  };
  const file = write(dossier);
  return { file, countryId };
}
