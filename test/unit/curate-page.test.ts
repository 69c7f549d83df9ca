import { CodePointText } from '../../src/model/code-point-text';
import { annotationsOf, segmentsOf } from '../../web/curate/annotations';
import { DossierState } from '../../web/curate/dossier-state';

describe('the curation page: offsets in code points', () => {
  it('counts a pair of UTF-16 units as one character, as ingest does', () => {
    const text = 'a😀b — بـ𝔸c';
    const points = new CodePointText(text);
    expect(points.length).toBe([...text].length);
    // Every code point offset maps to a unit offset and back.
    for (let p = 0; p <= points.length; p++) expect(points.point(points.unit(p))).toBe(p);
    expect(points.slice(1, 3)).toBe('😀b');
    expect(points.point(text.indexOf('b'))).toBe(2);
    expect(points.point(text.indexOf('c'))).toBe([...text].indexOf('c'));
  });

  it('is the identity on a text with no pair', () => {
    const points = new CodePointText('بمشاركة أوكرانيا');
    expect([points.point(5), points.unit(5), points.length]).toEqual([5, 5, 16]);
  });
});

describe('the curation page: what is drawn', () => {
  const dossier = {
    dossier: 'd',
    sources: [{ id: 'source:a' }, { id: 'source:b' }],
    entities: [{ id: 'person:x', kind: 'Person', evidence: [{ start: 2, end: 6, quote: 'cdef' }] }],
    relationships: [
      {
        type: 'LEADS',
        from: 'person:x',
        to: 'delegation:y',
        evidence: [
          { source: 'source:b', start: 0, end: 1, quote: 'z' },
          { start: 4, end: 9, quote: 'efghi' },
        ],
      },
    ],
    events: [
      {
        id: 'event:e',
        participants: [{ entity: { id: 'person:x' }, role: 'PARTY', evidence: [{ start: 0 }] }],
      },
    ],
  };

  it('finds the spans in one source (a span naming none is in the first), skipping what is incomplete', () => {
    expect(
      annotationsOf(dossier, 'source:a').map((a) => [a.start, a.end, a.path, a.label]),
    ).toEqual([
      [2, 6, 'entities.0.evidence.0', 'Person person:x'],
      [4, 9, 'relationships.0.evidence.1', 'LEADS person:x → delegation:y'],
    ]);
    expect(annotationsOf(dossier, 'source:b').map((a) => a.path)).toEqual([
      'relationships.0.evidence.0',
    ]);
  });

  it('cuts the text where spans begin and end, each piece knowing what covers it', () => {
    const spans = annotationsOf(dossier, 'source:a');
    expect(segmentsOf(10, spans).map((s) => [s.start, s.end, s.covering.length])).toEqual([
      [0, 2, 0],
      [2, 4, 1],
      [4, 6, 2],
      [6, 9, 1],
      [9, 10, 0],
    ]);
  });
});

describe('the curation page: taking a span out', () => {
  const span = (start: number) => ({ start, end: start + 1, quote: 'x' });
  const fresh = () =>
    new DossierState(
      {
        entities: [{ id: 'person:x', evidence: [span(0)] }],
        events: [
          {
            id: 'event:e',
            evidence: [span(1)],
            participants: [{ entity: 'person:x', evidence: [span(2)] }],
          },
        ],
        relationships: [{ type: 'LEADS', evidence: [span(3), span(4)] }, { evidence: [span(5)] }],
      },
      () => undefined,
    );

  it('takes an item with it when the span was its only evidence, but never an entity', () => {
    const state = fresh();
    state.removeSpan('relationships.1.evidence.0');
    state.removeSpan('relationships.0.evidence.0');
    state.removeSpan('events.0.participants.0.evidence.0');
    state.removeSpan('entities.0.evidence.0');
    expect(state.data).toEqual({
      entities: [{ id: 'person:x', evidence: [] }],
      events: [{ id: 'event:e', evidence: [span(1)], participants: [] }],
      relationships: [{ type: 'LEADS', evidence: [span(4)] }],
    });
    for (let i = 0; i < 4; i++) state.undo();
    expect(state.data).toEqual(fresh().data);
  });
});
