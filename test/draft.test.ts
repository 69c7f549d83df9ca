import type { Driver } from 'neo4j-driver';
import { entitiesOf, seedArticles } from '../bench/draft/seed-eval';
import type { Config } from '../src/config';
import { draftDossier } from '../src/draft/draft-dossier';
import { Gazetteer } from '../src/draft/gazetteer';
import { gazetteerFromGraph } from '../src/draft/graph-gazetteer';
import { ingestSentDossiers } from '../src/ingest/ingest.service';
import { graphCounts, openTestDatabase } from './helpers/database';

let driver: Driver;
let config: Config;
beforeAll(() => {
  ({ driver, config } = openTestDatabase());
});
afterAll(() => driver.close());

describe('the gazetteer read from the graph', () => {
  it('holds the seeded entities and drafts the seed article as its dossier would', async () => {
    const [{ dossier, text }] = seedArticles();
    const fromGraph = await gazetteerFromGraph(driver, config.neo4j.database);
    expect(fromGraph.size).toBe(dossier.entities.length);
    const source = dossier.sources[0];
    const input = { text, lang: 'ar' as const, publishedOn: source.publishedOn, file: 'a.txt' };
    const mentions = (g: Gazetteer) =>
      draftDossier(input, g).entities.map((e) => [e.id, e.evidence]);
    expect(mentions(fromGraph)).toEqual(mentions(new Gazetteer(entitiesOf([dossier]))));
    expect(mentions(fromGraph).length).toBeGreaterThan(20);
  });
});

describe('ingest of a draft', () => {
  it('is refused while drafts remain, and the graph is unchanged', async () => {
    const [{ dossier, text }] = seedArticles();
    const source = dossier.sources[0];
    const draft = draftDossier(
      { text, lang: 'ar', publishedOn: source.publishedOn, file: 'a.txt', dossierId: 'drafted' },
      await gazetteerFromGraph(driver, config.neo4j.database),
    );
    const before = await graphCounts(driver, config);
    const sent = [{ file: 'drafted', data: draft, texts: new Map([['a.txt', text]]) }];
    const refusal = await ingestSentDossiers(driver, sent, {
      database: config.neo4j.database,
    }).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: 'INVALID_DOSSIER' });
    const paths = (refusal as { problems: Array<{ path: string }> }).problems.map((p) => p.path);
    expect(paths).toContain('entities.0.draft');
    expect(paths.some((p) => p.startsWith('drafts.dates.'))).toBe(true);
    expect(await graphCounts(driver, config)).toEqual(before);
  });
});
