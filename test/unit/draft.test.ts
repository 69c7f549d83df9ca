import { claimScore } from '../../bench/draft/draft-key';
import { entitiesOf, seedArticles } from '../../bench/draft/seed-eval';
import { validateDossiers } from '../../src/ingest/dossier-validator';
import { InvalidDossierError } from '../../src/ingest/dossier-problem';
import { DRAFT_PATH } from '../../src/model/draft-path';
import { findDates } from '../../src/draft/dates';
import { draftDossier } from '../../src/draft/draft-dossier';
import { DraftText } from '../../src/draft/draft-text';
import { Gazetteer } from '../../src/draft/gazetteer';
import { findMentions } from '../../src/draft/mentions';
import { arabicForms, slavicStem } from '../../src/draft/word-forms';

const entity = (
  id: string,
  kind: string,
  names: Record<string, string>,
  aliases: string[] = [],
) => ({
  id,
  kind,
  names,
  aliases: aliases.map((value) => ({ lang: 'en', value })),
});

describe('word forms', () => {
  it('takes attached Arabic prefixes off, and puts back the article after ل', () => {
    expect(arabicForms('والولايات')).toContain('الولايات');
    expect(arabicForms('لاوكرانيا')).toContain('اوكرانيا');
    expect(arabicForms('للكرملين')).toContain('الكرملين');
  });
  it('gives Russian case forms one stem', () => {
    expect(slavicStem('россии')).toBe(slavicStem('россия'));
    expect(slavicStem('зеленского')).toBe(slavicStem('зеленский'));
  });
});

describe('mentions', () => {
  const gazetteer = new Gazetteer([
    entity('person:donald-trump', 'Person', { en: 'Donald Trump' }, ['Trump']),
    entity('organization:trump-administration', 'Organization', { en: 'Trump administration' }),
    entity('person:john-smith', 'Person', { en: 'John Smith' }),
    entity('person:john-smith-2', 'Person', { en: 'John Smith' }),
    entity('country:united-states', 'Country', { en: 'United States' }, ['US']),
  ]);
  it('takes the longest name first, and lists an ambiguous one instead of guessing', () => {
    const text = new DraftText('The Trump administration and John Smith met us in the US.');
    const found = findMentions(text, gazetteer).map((m) => [text.cite(m).quote, m.ids]);
    expect(found).toEqual([
      ['Trump administration', ['organization:trump-administration']],
      ['John Smith', ['person:john-smith', 'person:john-smith-2']],
      ['US', ['country:united-states']],
    ]);
  });
  it('finds a name shared by coordination, head first or head last', () => {
    const shared = new Gazetteer([
      entity('delegation:ua', 'Delegation', {
        ar: 'مفاوضون أوكرانيون',
        en: 'Ukrainian negotiators',
      }),
      entity('delegation:ru', 'Delegation', { ar: 'مفاوضون روس', en: 'Russian negotiators' }),
    ]);
    for (const written of [
      'شرع مفاوضون أوكرانيون وروس في جولة',
      'Ukrainian and Russian negotiators met',
    ]) {
      const text = new DraftText(written);
      const found = findMentions(text, shared).map((m) => [text.cite(m).quote, m.ids[0]]);
      expect(found).toEqual(
        written.startsWith('U')
          ? [
              ['Ukrainian', 'delegation:ua'],
              ['Russian negotiators', 'delegation:ru'],
            ]
          : [
              ['مفاوضون أوكرانيون', 'delegation:ua'],
              ['روس', 'delegation:ru'],
            ],
      );
    }
  });

  it('counts offsets in code points, past characters outside the BMP', () => {
    const text = new DraftText('𝔸𝔹 Donald Trump');
    const [m] = findMentions(text, gazetteer);
    expect(text.cite(m)).toEqual({ start: 3, end: 15, quote: 'Donald Trump' });
  });
});

describe('dates', () => {
  const dates = (lang: 'ar' | 'en' | 'ru' | 'uk', written: string) =>
    findDates(new DraftText(written), lang, '2026-02-04').map((d) => d.date);
  it('resolves relative and partial dates against the publication date', () => {
    expect(dates('ar', 'اليوم (الأربعاء)')[0]).toMatchObject({
      start: '2026-02-04',
      end: '2026-02-04',
    });
    expect(dates('ar', 'الأسبوع الماضي')[0]).toMatchObject({
      start: '2026-01-26',
      end: '2026-02-01',
      precision: 'WEEK',
    });
    expect(dates('en', 'on 23 and 24 January')[0]).toMatchObject({
      start: '2026-01-23',
      end: '2026-01-24',
      precision: 'DAY',
    });
    expect(dates('en', 'in December')).toEqual([]);
    expect(dates('ru', 'в среду')[0]).toMatchObject({ start: '2026-02-04' });
    expect(dates('uk', 'з 2022 року')[0]).toEqual(
      expect.objectContaining({ start: '2022-01-01', precision: 'YEAR' }),
    );
    expect(dates('uk', 'з 2022 року')[0].end).toBeUndefined();
  });
});

describe('new names and claims in English', () => {
  const gazetteer = new Gazetteer([
    entity('organization:tass', 'Organization', { en: 'TASS' }),
    entity('person:rustem-umerov', 'Person', { en: 'Rustem Umerov' }),
  ]);
  const draft = (text: string) =>
    draftDossier({ text, lang: 'en', publishedOn: '2026-02-04', file: 'a.txt' }, gazetteer);
  const proposed = (text: string) =>
    draft(text)
      .entities.filter((e) => !gazetteer.entity(e.id as string))
      .map((e) => [e.id, (e.evidence as Array<{ quote: string }>).map((q) => q.quote)]);

  it('proposes a name after a title once, even at the start of a sentence', () => {
    expect(proposed('Negotiator Olena Kovalenko attended. President Zelensky spoke.')).toEqual([
      ['person:olena-kovalenko', ['Olena Kovalenko']],
      ['person:zelensky', ['Zelensky']],
    ]);
  });

  it('proposes no kind for a short acronym', () => {
    expect(proposed('They held US-mediated talks with EU envoys.')).toEqual([]);
  });

  it('reads "…, according to X." as what X says, whatever X is', () => {
    const [claim] = draft(
      'Rustem Umerov led the delegation, according to TASS. The U.S. envoy J. Smith came later.',
    ).claims;
    expect(claim).toMatchObject({
      speaker: 'organization:tass',
      mode: 'REPORTED',
      statement: { en: 'Rustem Umerov led the delegation' },
      evidence: [{ start: 0, quote: 'Rustem Umerov led the delegation, according to TASS.' }],
    });
  });
});

describe('a draft of the seed article', () => {
  const [{ dossier, text }] = seedArticles();
  const source = dossier.sources[0];
  const input = { text, lang: 'ar' as const, publishedOn: source.publishedOn, file: 'article.txt' };
  const texts = new Map([['article.txt', text]]);

  it('finds every reported or quoted claim with its speaker', () => {
    const draft = draftDossier(input, new Gazetteer(entitiesOf([dossier])));
    const key = dossier.claims
      .filter((c) => c.mode !== 'NARRATED')
      .map((c) => ({ speaker: c.speaker?.id, via: c.via?.id, evidence: c.evidence }));
    expect(claimScore(draft.claims, key)).toMatchObject({ found: key.length, correct: key.length });
  });

  it('is refused by validation only for its drafts, and valid once every one is accepted', () => {
    for (const gazetteer of [new Gazetteer(entitiesOf([dossier])), new Gazetteer([])]) {
      const draft = draftDossier(input, gazetteer);
      let problems: Array<{ path: string }> = [];
      try {
        validateDossiers([{ file: 'draft', data: draft, texts }]);
      } catch (error) {
        problems = (error as InvalidDossierError).problems;
      }
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.filter((p) => !DRAFT_PATH.test(p.path))).toEqual([]);
      const accepted = structuredClone(draft) as unknown as Record<
        string,
        Array<Record<string, unknown>>
      >;
      for (const list of ['entities', 'claims', 'relationships'])
        for (const item of accepted[list]) delete item.draft;
      delete accepted.drafts;
      expect(() => validateDossiers([{ file: 'draft', data: accepted, texts }])).not.toThrow();
    }
  });
});
