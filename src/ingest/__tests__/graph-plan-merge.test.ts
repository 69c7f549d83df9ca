import { EdgeRow, mergeRows, NodeRow } from '../graph-plan';

describe('rows shared by several dossiers of one batch', () => {
  it('become one node row with aliases and evidence unioned and later properties winning', () => {
    const merged = mergeRows<NodeRow>([
      {
        id: 'country:a',
        kind: 'Country',
        props: { name: 'A', name_ar: 'أ' },
        aliases: ['en:Ay'],
        evidenceIds: ['e1', 'e2'],
      },
      { id: 'country:b', kind: 'Country', props: { name: 'B' }, aliases: [], evidenceIds: ['e9'] },
      {
        id: 'country:a',
        kind: 'Country',
        props: { name: 'A2' },
        aliases: ['en:Ay', 'ru:А'],
        evidenceIds: ['e2', 'e3'],
      },
    ]);
    expect(merged).toEqual([
      {
        id: 'country:a',
        kind: 'Country',
        props: { name: 'A2', name_ar: 'أ' },
        aliases: ['en:Ay', 'ru:А'],
        evidenceIds: ['e1', 'e2', 'e3'],
      },
      { id: 'country:b', kind: 'Country', props: { name: 'B' }, aliases: [], evidenceIds: ['e9'] },
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
