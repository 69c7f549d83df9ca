import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { dossierYaml } from '../../src/ingest/dossier-yaml';
import { validateDossiers } from '../../src/ingest/dossier-validator';
import { SEED_DIR } from '../helpers/database';
import { SEED_DOSSIER } from '../helpers/dossier-fixtures';

const seed = () => parse(fs.readFileSync(SEED_DOSSIER, 'utf8'));

/** The same data with every map's keys in reverse order. */
const reversed = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(reversed)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([key, child]) => [key, reversed(child)]),
        )
      : value;

describe('dossierYaml', () => {
  it('writes the same bytes for the same content, whatever order its keys came in', () => {
    const text = dossierYaml(seed());
    expect(dossierYaml(reversed(seed()))).toBe(text);
    expect(dossierYaml(parse(text))).toBe(text);
  });

  it('keeps the content: the written seed parses back to the same data, and validates', () => {
    const text = dossierYaml(seed());
    expect(parse(text)).toEqual(seed());
    const file = path.join(SEED_DIR, 'written.yaml');
    const source = seed().sources[0].file as string;
    const texts = new Map([[source, fs.readFileSync(path.resolve(SEED_DIR, source), 'utf8')]]);
    const input = validateDossiers([{ file, data: parse(text), texts }], []);
    expect(input.dossiers.map(({ dossier }) => dossier.dossier)).toEqual([
      'trilateral-talks-round-2',
    ]);
  });

  it('puts keys in the order the schema declares them, and languages by name', () => {
    const text = dossierYaml({
      entities: [
        {
          evidence: [{ quote: 'q', end: 2, start: 1 }],
          names: { uk: 'б', ar: 'ا', en: 'a' },
          aliases: [{ basis: { reference: 'r', kind: 'EXTERNAL' }, value: 'v', lang: 'en' }],
          kind: 'Person',
          id: 'person:x',
        },
      ],
      sources: [{ file: 'a.txt', id: 'source:a' }],
      dossier: 'x',
    });
    expect(text).toBe(
      [
        'dossier: x',
        'sources:',
        '  - id: source:a',
        '    file: a.txt',
        'entities:',
        '  - id: person:x',
        '    kind: Person',
        '    names:',
        '      ar: ا',
        '      en: a',
        '      uk: б',
        '    aliases:',
        '      - lang: en',
        '        value: v',
        '        basis:',
        '          kind: EXTERNAL',
        '          reference: r',
        '    evidence:',
        '      - start: 1',
        '        end: 2',
        '        quote: q',
        '',
      ].join('\n'),
    );
  });
});
