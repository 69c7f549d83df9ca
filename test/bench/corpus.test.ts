import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../bench/corpus/corpus';
import { listDossierFiles, readDossiers } from '../../src/ingest/dossier-loader';
import { validateDossiers } from '../../src/ingest/dossier-validator';
import { buildGraphPlan } from '../../src/ingest/graph-plan';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'parley-corpus-'));

describe('the generated corpus', () => {
  const dir = tmp();
  const manifest = generateCorpus(3000, 7, dir);
  const files = listDossierFiles([path.join(dir, 'dossiers')]);
  const { dossiers, problems } = readDossiers(files);
  const plan = buildGraphPlan(validateDossiers(dossiers, problems));

  it('passes the real validator: every evidence span is exact in its source text', () => {
    expect(problems).toEqual([]);
    expect(plan.sources).toHaveLength(manifest.sources);
    expect(plan.evidence.length).toBe(manifest.evidence);
  });

  it('holds in each dossier every entity it names, as a load of one file at a time needs', () => {
    // A larger corpus, so that planted disagreements meet (another mediator and a restatement
    // in one article, say): only a claim's other reports may be in a dossier loaded before.
    const big = tmp();
    const { planted } = generateCorpus(20000, 11, big);
    expect(planted.PARTICIPANTS).toBeGreaterThan(10);
    for (const file of listDossierFiles([path.join(big, 'dossiers')])) {
      const alone = readDossiers([file]);
      expect(() => validateDossiers(alone.dossiers, alone.problems)).not.toThrow();
    }
  });

  it('has at least the nodes asked for, counted as ingest creates them', () => {
    const nodes =
      plan.sources.length +
      plan.evidence.length +
      plan.entities.length +
      plan.events.length +
      plan.claims.length +
      plan.assessments.length;
    expect(nodes).toBe(manifest.nodes);
    expect(plan.assessments).toHaveLength(manifest.assessments);
    expect(nodes).toBeGreaterThanOrEqual(3000);
  });

  it('is written in Arabic, English, Russian and Ukrainian, with names in every script', () => {
    expect(Object.keys(manifest.languages).sort()).toEqual(['ar', 'en', 'ru', 'uk']);
    const person = plan.entities.find((e) => e.kind === 'Person')!;
    expect(person.props).toEqual(
      expect.objectContaining({
        name_ar: expect.stringMatching(/^[\u0600-\u06ff ]+$/),
        name_ru: expect.stringMatching(/^[А-яЁё ]+$/),
        name_uk: expect.stringMatching(/^[А-яІіЇїЄєҐґ ]+$/),
        name_en: expect.stringMatching(/^[A-Za-z ]+$/),
      }),
    );
  });

  it('has hubs and a long tail: the top country is in most sources, most people in one', () => {
    const sourcesOf = new Map<string, Set<string>>();
    for (const { dossier } of dossiers.map((d) => ({ dossier: d.data as any }))) {
      for (const e of dossier.entities)
        sourcesOf.set(e.id, (sourcesOf.get(e.id) ?? new Set()).add(dossier.sources[0].id));
    }
    const countries = [...sourcesOf].filter(([id]) => id.startsWith('country:'));
    const top = Math.max(...countries.map(([, s]) => s.size));
    expect(top / manifest.sources).toBeGreaterThan(0.3);
    const people = [...sourcesOf].filter(([id]) => id.startsWith('person:'));
    const once = people.filter(([, s]) => s.size === 1).length;
    expect(once / people.length).toBeGreaterThan(0.5);
  });

  it('is the same for the same size and seed, and differs for another seed', () => {
    const again = tmp();
    generateCorpus(3000, 7, again);
    const other = tmp();
    generateCorpus(3000, 8, other);
    const read = (d: string, f: string) => fs.readFileSync(path.join(d, 'dossiers', f), 'utf8');
    const names = fs.readdirSync(path.join(dir, 'dossiers'));
    expect(fs.readdirSync(path.join(again, 'dossiers'))).toEqual(names);
    for (const name of names) expect(read(again, name)).toBe(read(dir, name));
    expect(read(other, names[0])).not.toBe(read(dir, names[0]));
  });
});
