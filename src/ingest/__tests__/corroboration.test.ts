import { independenceKeys } from '../corroboration';
import { copyProblems } from '../outside-references';
import type { Dossier } from '../dossier.schema';

const source = (id: string, outlet: string | null, copyOf: string | null = null) => ({
  id,
  outlet,
  copyOf,
});

describe('independenceKeys', () => {
  it('counts a copy as its original, followed to the first that copies none', () => {
    const keys = independenceKeys(
      [
        source('source:wire', 'organization:agency'),
        source('source:reprint', 'organization:paper', 'source:wire'),
        source('source:translation', 'organization:other', 'source:reprint'),
      ],
      [],
    );
    expect([...keys.values()]).toEqual([
      'organization:agency',
      'organization:agency',
      'organization:agency',
    ]);
  });

  it('counts an outlet once, and a group of dependent outlets as its least id', () => {
    const keys = independenceKeys(
      [
        source('source:a', 'organization:tv-b'),
        source('source:b', 'organization:tv-c'),
        source('source:c', 'organization:tv-b'),
        source('source:d', 'organization:paper'),
      ],
      // Two declarations that share an outlet make one group.
      [
        ['organization:tv-c', 'organization:tv-b'],
        ['organization:tv-d', 'organization:tv-c'],
      ],
    );
    expect(Object.fromEntries(keys)).toEqual({
      'source:a': 'organization:tv-b',
      'source:b': 'organization:tv-b',
      'source:c': 'organization:tv-b',
      'source:d': 'organization:paper',
    });
  });

  it('counts a source with no outlet, or copying one the graph lacks, as itself', () => {
    const keys = independenceKeys(
      [
        source('source:plain', null),
        source('source:orphan', null, 'source:withdrawn'),
        source('source:x', null, 'source:y'),
        source('source:y', null, 'source:x'),
      ],
      [],
    );
    expect(keys.get('source:plain')).toBe('source:plain');
    expect(keys.get('source:orphan')).toBe('source:orphan');
    // A circle (only a graph corrected by hand could hold one) stops rather than loops.
    expect(keys.get('source:x')).toBe('source:y');
  });
});

describe('copyProblems', () => {
  const dossier = (sources: Array<{ id: string; copyOf?: string }>) =>
    ({
      dossier: 'd',
      sources: sources.map(({ id, copyOf }) => ({
        id,
        ...(copyOf ? { copyOf: { source: copyOf, kind: 'REPRINT' } } : {}),
      })),
    }) as unknown as Dossier;

  it('refuses a source copying itself, and a circle of copies', () => {
    const problems = copyProblems({
      dossiers: [
        { file: 'f', dossier: dossier([{ id: 'source:self', copyOf: 'source:self' }]) },
        {
          file: 'g',
          dossier: dossier([
            { id: 'source:a', copyOf: 'source:b' },
            { id: 'source:b', copyOf: 'source:a' },
            { id: 'source:c', copyOf: 'source:a' },
          ]),
        },
      ],
    });
    expect(problems.map((p) => `${p.file} ${p.path} ${p.message}`)).toEqual([
      'f sources.0.copyOf.source source:self is declared a copy of itself',
      'g sources.0.copyOf.source the copies of source:a run in a circle (source:a → source:b → source:a)',
      'g sources.1.copyOf.source the copies of source:b run in a circle (source:b → source:a → source:b)',
      'g sources.2.copyOf.source the copies of source:c run in a circle (source:c → source:a → source:b → source:a)',
    ]);
  });

  it('accepts a chain of copies', () => {
    expect(
      copyProblems({
        dossiers: [
          {
            file: 'f',
            dossier: dossier([
              { id: 'source:a' },
              { id: 'source:b', copyOf: 'source:a' },
              { id: 'source:c', copyOf: 'source:b' },
            ]),
          },
        ],
      }),
    ).toEqual([]);
  });
});
