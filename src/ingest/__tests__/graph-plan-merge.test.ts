import { mergeRows } from '../graph-plan';
import type { EdgeRow, NodeRow } from '../../graph/writes/ingest.repository';
import { aliasBasisEntry, aliasesWithBasis } from '../../model/localized-text';

const external = (alias: string, reference: string) =>
  aliasBasisEntry(alias, { kind: 'EXTERNAL', note: null, reference }) as string;

describe('rows shared by several dossiers of one batch', () => {
  it('become one node row with aliases and evidence unioned and later properties winning', () => {
    const merged = mergeRows<NodeRow>([
      {
        id: 'country:a',
        kind: 'Country',
        props: { name: 'A', name_ar: 'أ' },
        aliases: ['en:Ay', 'en:Bee'],
        aliasBases: [external('en:Ay', 'an atlas'), external('en:Bee', 'a gazetteer')],
        evidenceIds: ['e1', 'e2'],
      },
      {
        id: 'country:b',
        kind: 'Country',
        props: { name: 'B' },
        aliases: [],
        aliasBases: [],
        evidenceIds: ['e9'],
      },
      {
        id: 'country:a',
        kind: 'Country',
        props: { name: 'A2' },
        aliases: ['en:Ay', 'ru:А'],
        aliasBases: [],
        evidenceIds: ['e2', 'e3'],
      },
    ]);
    expect(merged).toEqual([
      {
        id: 'country:a',
        kind: 'Country',
        props: { name: 'A2', name_ar: 'أ' },
        aliases: ['en:Ay', 'en:Bee', 'ru:А'],
        // The later dossier states "Ay" (its alias has no entry), so only "Bee" stays external.
        aliasBases: [external('en:Bee', 'a gazetteer')],
        evidenceIds: ['e1', 'e2', 'e3'],
      },
      {
        id: 'country:b',
        kind: 'Country',
        props: { name: 'B' },
        aliases: [],
        aliasBases: [],
        evidenceIds: ['e9'],
      },
    ]);
    const [a] = merged;
    expect(
      aliasesWithBasis({ aliases: a.aliases, aliasBases: a.aliasBases }).map((a) => [
        a.value,
        a.basis.kind,
        a.basis.reference,
      ]),
    ).toEqual([
      ['Ay', 'STATED', null],
      ['Bee', 'EXTERNAL', 'a gazetteer'],
      ['А', 'STATED', null],
    ]);
  });

  it('become one relationship row per id', () => {
    const row = { type: 'LEADS', from: 'person:x', to: 'delegation:y', props: {} };
    const merged = mergeRows<EdgeRow>([
      { ...row, id: 'rel:1', evidenceIds: ['e1'] },
      { ...row, id: 'rel:2', evidenceIds: ['e5'] },
      { ...row, id: 'rel:1', evidenceIds: ['e2', 'e1'] },
    ]);
    expect(merged.map((r) => [r.id, r.evidenceIds])).toEqual([
      ['rel:1', ['e1', 'e2']],
      ['rel:2', ['e5']],
    ]);
  });
});
