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
// Instants before any version, between the two, and after both (ISO 8601, UTC).
const instants: { before: string; between: string; after: string } = {
  before: '',
  between: '',
  after: '',
};
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
beforeAll(async () => {
  api = await createTestApi();
  await resetDatabase(api.driver, api.config);
  instants.before = new Date().toISOString();
  await tick();
  for (const [file, next] of [
    [FIRST, 'between'],
    [SEED_DIR, 'after'],
  ] as const) {
    await ingestDossiers(api.driver, [file], {
      database: api.config.neo4j.database,
      by: 'curator',
    });
    await tick();
    instants[next] = new Date().toISOString();
    await tick();
  }
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

describe('the graph as known at an instant', () => {
  const RUSSIA_AS_KNOWN = `query ($at: String!) { asKnownOn(at: $at) {
    at
    russia: node(id: "country:russia") { label labels statedBy retractedNow }
    claim: node(id: "claim:source-zaporizhzhia-largest-plant-in-europe") { label statedBy }
    occupations: relationships(of: "country:russia", first: 100) {
      id type from to properties statedBy retractedNow evidence { id source quote start end }
    }
  } }`;
  const asKnownOn = async (at: string) => (await api.data(RUSSIA_AS_KNOWN, { at })).asKnownOn;
  const crimeaOf = (graph: any) => graph.occupations.find((r: any) => r.id === CRIMEA);

  it('answers between the versions what the first one said, the corrected span included', async () => {
    const graph = await asKnownOn(instants.between);
    expect(graph.at).toBe(instants.between);
    expect(graph.russia).toMatchObject({ labels: ['Country', 'Entity', 'Node'] });
    expect(graph.russia.statedBy).toEqual([`${SEED}@1`]);
    // The claim the corrected version added was not known yet.
    expect(graph.claim).toBeNull();
    const crimea = crimeaOf(graph);
    expect(crimea).toMatchObject({
      type: 'OCCUPIES',
      from: 'country:russia',
      to: 'place:crimea',
      statedBy: [`${SEED}@1`],
      retractedNow: false,
    });
    expect(JSON.parse(crimea.properties).extent).toBe('all of it, taken before the 2022 invasion');
    // The span only the first version cited, retracted now, is evidence as it was then.
    const cited = crimea.evidence.find((e: any) => e.start === 2243 && e.end === 2326);
    expect(cited).toBeDefined();
    const spans = await api.driver.executeQuery(
      'MATCH (e:Retracted {id: $id}) RETURN e.quote AS quote',
      { id: cited.id },
      { database: api.config.neo4j.database },
    );
    expect(spans.records.map((r) => r.get('quote'))).toEqual([cited.quote]);
  });

  it('answers after the correction what current reads answer', async () => {
    const graph = await asKnownOn(instants.after);
    // What the correction left as it was stands on the first version's statement still.
    expect(graph.russia.statedBy).toEqual([`${SEED}@1`]);
    expect(graph.claim.statedBy).toEqual([`${SEED}@2`]);
    const crimea = crimeaOf(graph);
    expect(crimea.statedBy).toEqual([`${SEED}@2`]);
    expect(JSON.parse(crimea.properties).extent).toBeUndefined();
    const { russia } = await api.data(OCCUPATIONS);
    const current = russia.relationsConnection.edges.find((e: any) => e.node.id === CRIMEA).node;
    expect(crimea.evidence.map((e: any) => e.quote)).toEqual(
      current.evidence.map((e: any) => e.quote),
    );
    // Every relationship current reads give Russia is known now, and no other.
    const { entity } = await api.data(`{ entity(id: "country:russia") {
      relationsConnection(first: 100) { edges { node { id } } } } }`);
    expect(graph.occupations.map((r: any) => r.id).sort()).toEqual(
      entity.relationsConnection.edges.map((e: any) => e.node.id).sort(),
    );
  });

  it('knows nothing before the first version, and pages relationships by id', async () => {
    const graph = await asKnownOn(instants.before);
    expect(graph.russia).toBeNull();
    expect(graph.occupations).toEqual([]);
    const now = await asKnownOn(instants.after);
    const ids = now.occupations.map((r: any) => r.id);
    const { asKnownOn: paged } = await api.data(
      `query ($at: String!, $after: ID!) { asKnownOn(at: $at) {
        relationships(of: "country:russia", first: 2, after: $after) { id } } }`,
      { at: instants.after, after: ids[0] },
    );
    expect(paged.relationships.map((r: any) => r.id)).toEqual(ids.slice(1, 3));
  });

  it('takes a calendar day as its end, and refuses an instant without its zone', async () => {
    const day = await asKnownOn('2000-01-01');
    expect(day.at).toBe('2000-01-01T23:59:59.999Z');
    for (const at of ['2026-02-04T12:00:00', '2026-02-30', 'yesterday']) {
      const { errors } = await api.run(RUSSIA_AS_KNOWN, { at });
      expect(errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      expect(errors?.[0].message).toMatch(/"at" must be an ISO 8601 instant/);
    }
  });
});
