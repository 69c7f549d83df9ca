import fs from 'node:fs';
import path from 'node:path';
import { entitiesOf, seedArticles } from '../../bench/draft/seed-eval';
import { importBrat } from '../../src/draft/formats/brat';
import { fromPoint, toPoint } from '../../src/draft/formats/offset-units';
import { CodePointText } from '../../src/model/code-point-text';
import { exportWebAnnotation } from '../../src/draft/formats/web-annotation';
import { importWebAnnotation } from '../../src/draft/formats/web-annotation-import';
import { Gazetteer } from '../../src/draft/gazetteer';
import { DossierSchema } from '../../src/ingest/dossier.schema';
import { dossierYaml } from '../../src/ingest/dossier-yaml';
import { validateDossiers } from '../../src/ingest/dossier-validator';

const [{ dossier: seed, text: seedText }] = seedArticles();
const seedSource = seed.sources[0];
const graph = new Gazetteer(entitiesOf([seed]));
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as { code: string; problems: Array<{ path: string; message: string }> };
  }
  throw new Error('not refused');
};

// A text outside the Basic Multilingual Plane: 𝔸 and 😀 are one code point, two UTF-16 units.
const wide = '𝔸𝔹 Umerov met 😀 Peskov in Geneva.';
const wideDossier = DossierSchema.parse({
  dossier: 'wide',
  sources: [
    {
      id: 'source:wide',
      file: 'wide.txt',
      language: 'en',
      publishedOn: '2026-02-04',
      title: { en: 'Wide' },
    },
  ],
  entities: [
    {
      id: 'person:rustem-umerov',
      kind: 'Person',
      names: { en: 'Rustem Umerov' },
      evidence: [{ start: 3, end: 9, quote: 'Umerov' }],
    },
    {
      id: 'person:dmitry-peskov',
      kind: 'Person',
      names: { en: 'Dmitry Peskov' },
      evidence: [{ start: 16, end: 22, quote: 'Peskov' }],
    },
    { id: 'place:geneva', kind: 'Place', names: { en: 'Geneva' } },
  ],
});
const wideSource = {
  text: wide,
  lang: 'en',
  publishedOn: '2026-02-04',
  file: 'wide.txt',
  dossierId: 'wide',
};

describe('offsets', () => {
  it('converts between code points and UTF-16 units past characters outside the BMP', () => {
    const text = new CodePointText(wide);
    expect(toPoint(text, 5, 'utf16')).toBe(3);
    expect(fromPoint(text, 16, 'utf16')).toBe(19);
    expect(toPoint(text, 1, 'utf16')).toBeNull(); // inside 𝔸's surrogate pair
    expect(text.slice(3, 9)).toBe('Umerov');
  });
});

describe('W3C Web Annotation', () => {
  it('round-trips the seed dossier: dossier → Web Annotation → the same dossier', () => {
    const exported = exportWebAnnotation(seed, { texts: new Map([[seedSource.id, seedText]]) });
    const json = JSON.parse(JSON.stringify(exported));
    expect(json.type).toBe('AnnotationCollection');
    const back = importWebAnnotation(json, {
      source: {
        text: seedText,
        lang: 'ar',
        publishedOn: seedSource.publishedOn,
        file: seedSource.file,
        dossierId: seed.dossier,
      },
      known: (id) => graph.entity(id),
    });
    expect(DossierSchema.parse(back)).toEqual(seed);
    expect(dossierYaml(DossierSchema.parse(back))).toBe(dossierYaml(seed));
  });

  it('says its offsets unit, and converts it both ways outside the BMP', () => {
    for (const unit of ['code-points', 'utf16'] as const) {
      const exported = exportWebAnnotation(wideDossier, {
        texts: new Map([['source:wide', wide]]),
        unit,
      });
      const items = (
        exported.first as {
          items: Array<{ target: Array<{ selector: Array<Record<string, number>> }> }>;
        }
      ).items;
      expect(items[1].target[0].selector[1]).toMatchObject(
        unit === 'utf16' ? { start: 19, end: 25 } : { start: 16, end: 22 },
      );
      expect(importWebAnnotation(exported, { source: wideSource, known: () => undefined })).toEqual(
        wideDossier,
      );
    }
  });

  it('reports a wrong offset at its annotation id, and imports nothing', () => {
    const exported = exportWebAnnotation(wideDossier, {
      texts: new Map([['source:wide', wide]]),
      unit: 'utf16',
    });
    // Read as code points, the UTF-16 offsets point two characters too far.
    const error = refusal(() =>
      importWebAnnotation(exported, {
        source: wideSource,
        unit: 'code-points',
        known: () => undefined,
      }),
    );
    expect(error.code).toBe('INVALID_DOSSIER');
    expect(error.problems.map((p) => p.path)).toEqual([
      'urn:parley:dossier:wide:entities.0',
      'urn:parley:dossier:wide:entities.1',
    ]);
    expect(error.problems[1].message).toMatch(/19-25 \(code-points\) reads "kov in", not "Peskov"/);
  });

  it("imports another tool's annotations as drafts: mentions by id or kind, and a linking one", () => {
    const at = (start: number, end: number, exact: string) => ({
      source: 'urn:x:wide',
      selector: [
        { type: 'TextQuoteSelector', exact },
        { type: 'TextPositionSelector', start, end },
      ],
    });
    const page = {
      type: 'AnnotationPage',
      items: [
        {
          id: 'a1',
          type: 'Annotation',
          motivation: 'identifying',
          body: { type: 'SpecificResource', source: 'urn:parley:node:person:rustem-umerov' },
          target: at(5, 11, 'Umerov'),
        },
        {
          id: 'a2',
          type: 'Annotation',
          motivation: 'tagging',
          body: { type: 'TextualBody', value: 'Place', purpose: 'tagging' },
          target: at(29, 35, 'Geneva'),
        },
        {
          id: 'a3',
          type: 'Annotation',
          motivation: 'linking',
          body: [
            { type: 'SpecificResource', source: 'urn:parley:node:person:rustem-umerov' },
            { type: 'SpecificResource', source: 'urn:parley:node:place:geneva' },
            { type: 'TextualBody', value: 'LOCATED_IN', purpose: 'tagging' },
          ],
          target: at(5, 35, 'Umerov met 😀 Peskov in Geneva'),
        },
      ],
    };
    const drafted = importWebAnnotation(page, {
      source: wideSource,
      unit: 'utf16',
      known: (id) =>
        id === 'person:rustem-umerov'
          ? { id, kind: 'Person', names: { en: 'Rustem Umerov' }, aliases: [] }
          : undefined,
    }) as {
      entities: Array<Record<string, unknown>>;
      relationships: Array<Record<string, unknown>>;
    };
    expect(drafted.entities.map((e) => [e.id, e.kind, e.evidence])).toEqual([
      ['person:rustem-umerov', 'Person', [{ start: 3, end: 9, quote: 'Umerov' }]],
      ['place:geneva', 'Place', [{ start: 26, end: 32, quote: 'Geneva' }]],
    ]);
    expect(drafted.relationships[0]).toMatchObject({
      type: 'LOCATED_IN',
      from: 'person:rustem-umerov',
      to: 'place:geneva',
    });
    expect(drafted.entities.every((e) => e.draft)).toBe(true);
  });
});

describe('brat standoff', () => {
  const ann = fs.readFileSync(
    path.join(__dirname, '../fixtures/annotations/seed-first-paragraph.ann'),
    'utf8',
  );
  const source = {
    text: seedText,
    lang: 'ar',
    publishedOn: '2026-02-04',
    file: 'article.txt',
    dossierId: 'brat-seed',
  };

  it("imports a hand-written .ann of the seed's first paragraph with exact spans", () => {
    const drafted = importBrat(ann, source, (id) => graph.entity(id));
    expect(drafted.entities.map((e) => [e.id, e.evidence])).toEqual([
      ['delegation:round-2-ukraine', [{ start: 21, end: 38, quote: 'مفاوضون أوكرانيون' }]],
      ['delegation:round-2-russia', [{ start: 40, end: 43, quote: 'روس' }]],
      ['country:united-states', [{ start: 78, end: 85, quote: 'أمريكية' }]],
    ]);
    // Valid once reviewed: the spans are exact.
    const reviewed = {
      ...drafted,
      drafts: undefined,
      entities: drafted.entities.map(({ draft: _, ...e }) => e),
    };
    expect(() =>
      validateDossiers([
        { file: 'brat', data: reviewed, texts: new Map([['article.txt', seedText]]) },
      ]),
    ).not.toThrow();
  });

  it('reports a wrong offset at its annotation id, and imports nothing', () => {
    const wrong = ann.replace('T2\tDelegation 40 43', 'T2\tDelegation 39 42');
    const error = refusal(() => importBrat(wrong, source, (id) => graph.entity(id)));
    expect(error.code).toBe('INVALID_DOSSIER');
    expect(error.problems).toEqual([
      expect.objectContaining({
        path: 'T2',
        message: expect.stringMatching(/offsets 39-42 read "ورو", not "روس"/),
      }),
    ]);
  });

  it('counts code points, past characters outside the BMP, and reads R lines', () => {
    const drafted = importBrat(
      'T1\tPerson 3 9\tUmerov\nT2\tPlace 26 32\tGeneva\nR1\tLOCATED_IN Arg1:T1 Arg2:T2\n',
      wideSource,
      () => undefined,
    );
    expect(drafted.entities.map((e) => e.evidence)).toEqual([
      [{ start: 3, end: 9, quote: 'Umerov' }],
      [{ start: 26, end: 32, quote: 'Geneva' }],
    ]);
    expect(drafted.relationships).toEqual([
      expect.objectContaining({
        type: 'LOCATED_IN',
        from: 'person:umerov',
        to: 'place:geneva',
        evidence: [{ start: 3, end: 32, quote: 'Umerov met 😀 Peskov in Geneva' }],
      }),
    ]);
  });
});
