import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { ingestDossiers } from '../src/ingest/ingest.service';
import { resetDatabase, SEED_DIR } from './helpers/database';
import { createTestApi, TestApi } from './helpers/api';

// The seed dossier as first written, then its corrected version loaded over it through the
// replace path, as a curator would: the corrections are current answers, what they took out is
// gone from them and kept in history.
const FIRST = path.join(
  PROJECT_ROOT,
  'test',
  'fixtures',
  'dossiers',
  'trilateral-talks-round-2.v1.yaml',
);
const SEED = 'trilateral-talks-round-2';
const CRIMEA = 'rel:occupies:country:russia:place:crimea';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  await resetDatabase(api.driver, api.config);
  for (const file of [FIRST, SEED_DIR])
    await ingestDossiers(api.driver, [file], {
      database: api.config.neo4j.database,
      by: 'curator',
    });
});
afterAll(() => api.close());

const OCCUPATIONS = `{ russia: entity(id: "country:russia") {
  relationsConnection(types: ["OCCUPIES"], direction: OUT, first: 10) {
    edges { node { id ... on Relation { extent } evidence { quote }
      history { addedIn retractedIn retractedBy current statement } } }
  } } }`;

describe('the seed corrected over its first version', () => {
  it("says of Crimea only what the text says, citing the occupation's predicate", async () => {
    const { russia } = await api.data(OCCUPATIONS);
    const byId = new Map(russia.relationsConnection.edges.map((e: any) => [e.node.id, e.node]));
    const crimea: any = byId.get(CRIMEA);
    expect(crimea.extent).toBeNull();
    expect(crimea.evidence.map((e: any) => e.quote)).toEqual([
      'وتحتل روسيا حالياً',
      'بما في ذلك شبه جزيرة القرم',
    ]);
    const donbas: any = byId.get('rel:occupies:country:russia:place:donbas');
    expect(donbas.evidence.map((e: any) => e.quote)).toContain('وتحتل روسيا حالياً');
    // The first version's word on Crimea is history: ended by the second, by the curator.
    expect(crimea.history).toEqual([
      expect.objectContaining({ addedIn: `${SEED}@2`, retractedIn: null, current: true }),
      expect.objectContaining({
        addedIn: `${SEED}@1`,
        retractedIn: `${SEED}@2`,
        retractedBy: 'curator',
        current: false,
        statement: expect.stringContaining('all of it, taken before the 2022 invasion'),
      }),
    ]);
  });

  it('leaves the truce open-ended and lets the US push read either way, with its parties', async () => {
    const { truce, push } = await api.data(`{
      truce: event(id: "event:energy-infrastructure-truce") { date { start end precision note } }
      push: event(id: "event:us-push-for-settlement") {
        date { start end precision note }
        participants { role entity { id } }
      } }`);
    expect(truce.date).toMatchObject({ start: '2026-01-26', end: null, precision: 'WEEK' });
    expect(truce.date.note).toMatch(/does not say how long/);
    expect(push.date).toMatchObject({ start: '2025-01-01', end: '2026-02-04' });
    expect(push.date.note).toMatch(/past year.*last year/s);
    expect(push.participants.map((p: any) => `${p.role} ${p.entity.id}`).sort()).toEqual([
      'MEDIATOR organization:trump-administration',
      'PARTY country:russia',
      'PARTY country:ukraine',
    ]);
  });

  it("states round 2's purpose and the article's own assertions as its claims", async () => {
    const { round, source } = await api.data(`{
      round: event(id: "event:trilateral-talks-round-2") { description evidence(first: 10) { quote } }
      source: node(id: "source:2026-02-04-trilateral-talks-round-2") {
        ... on Source { id } }
      }`);
    expect(round.description).toMatch(/end the raging war/);
    expect(round.evidence.map((e: any) => e.quote)).toContain(
      'كمحاولة لدفع الجهود الهادفة إلى إنهاء الحرب المستعرة',
    );
    expect(source).not.toBeNull();
    const { claims } = await api.data(`{
      claims(speaker: "source:2026-02-04-trilateral-talks-round-2", first: 20) {
        nodes { id mode evidence { quote } }
      } }`);
    const narrated = new Map(claims.nodes.map((c: any) => [c.id, c]));
    for (const [id, quote] of [
      [
        'claim:source-round-1-first-public-direct-talks',
        'وكانت أول مفاوضات علنية مباشرة بين موسكو وكييف',
      ],
      ['claim:source-zaporizhzhia-largest-plant-in-europe', 'وهي أكبر محطة في أوروبا'],
      ['claim:source-fortified-belt-strongest-defence-line', 'أحد أقوى خطوط الدفاع الأوكرانية'],
    ]) {
      const claim: any = narrated.get(id);
      expect(claim.mode).toBe('NARRATED');
      expect(claim.evidence[0].quote).toContain(quote);
    }
  });

  it('marks short names the text uses only within full names as readings, not statements', async () => {
    const { zelensky, crimea, directorate } = await api.data(`{
      zelensky: entity(id: "person:volodymyr-zelensky") { aliases { lang value basis { kind note } } }
      crimea: entity(id: "place:crimea") { aliases { lang value basis { kind } } }
      directorate: entity(id: "organization:russian-general-staff-directorate") {
        names { lang value } aliases { lang value basis { kind } } }
    }`);
    const ar = (entity: any) => entity.aliases.find((a: any) => a.lang === 'ar');
    expect(ar(zelensky)).toMatchObject({ value: 'زيلينسكي', basis: { kind: 'INFERRED' } });
    expect(ar(crimea)).toMatchObject({ value: 'القرم', basis: { kind: 'INFERRED' } });
    const ru = directorate.names.find((n: any) => n.lang === 'ru').value;
    expect(ru).not.toMatch(/Главное/);
    expect(directorate.aliases).toContainEqual({
      lang: 'ru',
      value: 'Главное управление Генерального штаба Вооружённых сил Российской Федерации',
      basis: { kind: 'EXTERNAL' },
    });
  });

  it('links the claims that read round 2 the same way with the same basis', async () => {
    const { round } = await api.data(`{
      round: event(id: "event:trilateral-talks-round-2") {
        relationsConnection(types: ["ABOUT"], direction: IN, first: 20) {
          nodes { basis { kind } ... on Relation { other { id } } }
        } } }`);
    const basisOf = (claim: string) =>
      round.relationsConnection.nodes.find((n: any) => n.other.id === claim).basis.kind;
    expect(basisOf('claim:umerov-new-trilateral-round')).toBe('INFERRED');
    expect(basisOf('claim:tass-source-talks-began')).toBe('INFERRED');
  });

  it('keeps the span only the first version cited out of current answers, on record', async () => {
    const { history } = await api.data(`{ history(id: "${CRIMEA}") { addedIn retractedIn } }`);
    expect(history).toHaveLength(2);
    const spans = await api.driver.executeQuery(
      `MATCH (e {start: 2243, end: 2326}) RETURN labels(e) AS labels, e.retractedIn AS by`,
      {},
      { database: api.config.neo4j.database },
    );
    expect(spans.records.map((r) => r.toObject())).toEqual([
      { labels: ['Retracted'], by: `${SEED}@2` },
    ]);
  });
});
