import { DossierState } from '../../web/curate/dossier-state';
import { accept, choose, draftEntries, drop, mergeDraft } from '../../web/curate/drafts';

// The page's handling of a draft: what it adds to the dossier, and what accept, drop and a
// chosen candidate do, each one undoable step.
const mark = { by: 'graph', note: 'Matched.' };
const draft = {
  entities: [
    {
      id: 'person:x',
      kind: 'Person',
      names: { en: 'X' },
      evidence: [{ start: 0, end: 1, quote: 'X' }],
      draft: mark,
    },
    {
      id: 'person:y',
      kind: 'Person',
      names: { en: 'Y' },
      evidence: [{ start: 2, end: 3, quote: 'Y' }],
      draft: mark,
    },
  ],
  claims: [
    {
      id: 'claim:x-1',
      speaker: 'person:x',
      evidence: [{ start: 0, end: 9, quote: 'X said Y.' }],
      draft: mark,
    },
  ],
  relationships: [],
  drafts: {
    mentions: [
      { start: 5, end: 6, quote: 'Z', candidates: ['person:z', 'place:z'], note: 'shared' },
    ],
    dates: [
      {
        start: 7,
        end: 12,
        quote: 'today',
        date: { start: '2026-02-04', end: '2026-02-04', precision: 'DAY', note: 'n' },
      },
    ],
  },
};

function dossierWith(
  existing: Record<string, unknown>[] = [],
  claims: Record<string, unknown>[] = [],
) {
  let changes = 0;
  const state = new DossierState(
    { dossier: 'd', sources: [{ id: 'source:d' }], entities: existing, claims },
    () => (changes += 1),
  );
  return { state, changes: () => changes };
}

describe('a draft on the curation page', () => {
  it('adds entities the dossier lacks, every claim under a free id, and the drafts section, in one step', () => {
    const reviewed = { id: 'person:x', kind: 'Person', names: { en: 'X' }, evidence: [] };
    const { state, changes } = dossierWith([reviewed], [{ id: 'claim:x-1' }]);
    expect(mergeDraft(state, structuredClone(draft))).toBe(4);
    expect(changes()).toBe(1);
    expect(state.list('entities').map((e) => [e.id, e.draft !== undefined])).toEqual([
      ['person:x', false],
      ['person:y', true],
    ]);
    expect(state.list('claims').map((c) => c.id)).toEqual(['claim:x-1', 'claim:x-1-2']);
    expect(draftEntries(state.data).map((e) => e.path)).toEqual([
      'entities.1',
      'claims.1',
      'drafts.mentions.0',
      'drafts.dates.0',
    ]);
    state.undo();
    expect(state.list('entities')).toHaveLength(1);
  });

  it('accepts by taking the mark away, drops by deleting, and a chosen candidate gets the span', () => {
    const { state } = dossierWith();
    mergeDraft(state, structuredClone(draft));
    accept(state, 'entities.0');
    drop(state, 'claims.0');
    drop(state, 'drafts.dates.0');
    choose(state, 'drafts.mentions.0', { id: 'place:z', kind: 'Place', names: { en: 'Z' } });
    expect(state.list('entities').map((e) => [e.id, e.draft !== undefined, e.evidence])).toEqual([
      ['person:x', false, [{ start: 0, end: 1, quote: 'X' }]],
      ['person:y', true, [{ start: 2, end: 3, quote: 'Y' }]],
      ['place:z', false, [{ start: 5, end: 6, quote: 'Z' }]],
    ]);
    expect(state.list('claims')).toEqual([]);
    expect(state.data.drafts).toBeUndefined();
    expect(draftEntries(state.data).map((e) => e.path)).toEqual(['entities.1']);
  });
});
