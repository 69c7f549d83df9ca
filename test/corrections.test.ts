import type { Driver } from 'neo4j-driver';
import type { Config } from '../src/config';
import { ingestDossiers } from '../src/ingest/ingest.service';
import { withdrawDossiers } from '../src/ingest/withdraw.service';
import { graphCounts, resetDatabase, SEED_DIR } from './helpers/database';
import { createTestApi, TestApi } from './helpers/api';
import { startTestHttpServer, TestHttpServer } from './helpers/http-server';
import { loadSeedDossier, writeDossier } from './helpers/dossier-fixtures';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';

// A dossier loaded again in a corrected version: what the correction took out is gone from every
// current read and kept on record; what another dossier still states stays.
let api: TestApi;
let http: TestHttpServer;
let driver: Driver;
let config: Config;

const SEED_ID = 'trilateral-talks-round-2';
const DONBAS = 'place:donbas';
// Labels of the record of versions, which grows with each one.
const BOOKKEEPING = ['Support', 'DossierVersion', 'Dossier'];
const OCCUPIES_DONBAS = 'rel:occupies:country:russia:place:donbas';

beforeAll(async () => {
  api = await createTestApi();
  http = await startTestHttpServer();
  ({ driver, config } = api);
});
afterAll(async () => {
  await api.close();
  await http.close();
});

const ingest = (files: string[]) =>
  ingestDossiers(driver, files, { database: config.neo4j.database, by: 'test-curator' });

async function cypher<T = any>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(query, params, {
    database: config.neo4j.database,
  });
  return records.map((r) => r.toObject() as T);
}

/** The seed dossier without Donbas: its entity, and every relationship and link that names it. */
function seedWithoutDonbas(): Record<string, any> {
  const dossier = loadSeedDossier();
  dossier.entities = dossier.entities.filter((e: any) => e.id !== DONBAS);
  dossier.relationships = dossier.relationships.filter(
    (r: any) => r.from !== DONBAS && r.to !== DONBAS,
  );
  for (const event of dossier.events)
    event.participants = event.participants.filter((p: any) => p.entity !== DONBAS);
  for (const claim of dossier.claims)
    claim.subjects = claim.subjects.filter((s: any) => (s.id ?? s) !== DONBAS);
  return dossier;
}

/** Everything a reader would see of Russia, Donbas and the war, through the API. */
async function currentView() {
  const data = await api.data(
    `{ russia: entity(id: "country:russia") {
         degree relationsConnection(first: 100) { totalCount nodes { id } }
       }
       donbas: node(id: "${DONBAS}") { id }
       places: entities(kind: Place, first: 100) { totalCount nodes { id } }
       hits: search(query: "دونباس", first: 20) { entity { id } }
       latin: search(query: "Donbass", first: 20) { entity { id } }
       around: neighbourhood(id: "country:russia", depth: 1, maxNodes: 300) {
         nodes { id } edges { id }
       }
     }`,
  );
  // A path to Donbas from Crimea (through Ukraine or Russia), or the error naming it unknown.
  const paths = await api.run(
    `{ paths(from: "place:crimea", to: "${DONBAS}", maxHops: 3) { nodes { id } } }`,
  );
  const gexf = await (await fetch(`${http.url}/export/graph.gexf`)).text();
  const graph = parseGexf(Graph, gexf);
  return {
    degree: data.russia.degree,
    totalCount: data.russia.relationsConnection.totalCount,
    relationIds: data.russia.relationsConnection.nodes.map((n: any) => n.id),
    donbas: data.donbas,
    places: data.places.totalCount,
    placeIds: data.places.nodes.map((n: any) => n.id),
    hits: [...data.hits, ...data.latin].map((h: any) => h.entity.id),
    around: [...data.around.nodes, ...data.around.edges].map((x: any) => x.id),
    paths: paths.data?.paths.length ?? paths.errors?.map((e) => e.extensions?.code),
    exportHasDonbas: graph.hasNode(DONBAS),
    exportHasOccupation: graph.someEdge((edge) => edge === OCCUPIES_DONBAS),
    exportSize: { nodes: graph.order, edges: graph.size },
  };
}

describe('a dossier corrected by a new version of it', () => {
  let before: Awaited<ReturnType<typeof currentView>>;
  let after: Awaited<ReturnType<typeof currentView>>;
  let seedCounts: Awaited<ReturnType<typeof graphCounts>>;
  // An instant between the first version and the correction.
  let between: string;

  beforeAll(async () => {
    await resetDatabase(driver, config);
    await ingest([SEED_DIR]);
    seedCounts = await graphCounts(driver, config);
    before = await currentView();
    between = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const report = await ingest([writeDossier(seedWithoutDonbas(), 'corrected.json')]);
    expect(report.versions.versions).toEqual([`${SEED_ID}@2`]);
    after = await currentView();
  });

  it('was answering about Donbas before', () => {
    expect(before.donbas).toEqual({ id: DONBAS });
    expect(before.relationIds).toContain(OCCUPIES_DONBAS);
    expect(before.hits).toContain(DONBAS);
    expect(before.around).toEqual(expect.arrayContaining([DONBAS, OCCUPIES_DONBAS]));
    expect(before.paths).toBeGreaterThan(0);
    expect(before.exportHasDonbas && before.exportHasOccupation).toBe(true);
  });

  it('answers without it in every read, and its counts agree', () => {
    expect(after.donbas).toBeNull();
    expect(after.relationIds).not.toContain(OCCUPIES_DONBAS);
    expect(after.degree).toBe(before.degree - 1);
    expect(after.totalCount).toBe(after.degree);
    expect(after.totalCount).toBe(after.relationIds.length);
    expect(after.places).toBe(before.places - 1);
    expect(after.placeIds).not.toContain(DONBAS);
    expect(after.hits).not.toContain(DONBAS);
    expect(after.around).not.toEqual(expect.arrayContaining([DONBAS]));
    expect(after.around).not.toEqual(expect.arrayContaining([OCCUPIES_DONBAS]));
    expect(after.paths).toBe(0);
    expect(after.exportHasDonbas || after.exportHasOccupation).toBe(false);
    // Donbas, its two relationships, and nothing else.
    expect(after.exportSize).toEqual({
      nodes: before.exportSize.nodes - 1,
      edges: before.exportSize.edges - 2,
    });
  });

  it('keeps what it took out on record, retracted by the new version', async () => {
    const [node] = await cypher(
      `MATCH (x:Retracted {id: $id}) RETURN labels(x) AS labels, x.retractedLabels AS was,
         x.retractedIn AS by, x.name_en AS name`,
      { id: DONBAS },
    );
    expect(node).toEqual({
      labels: ['Retracted'],
      was: expect.arrayContaining(['Node', 'Entity', 'Place']),
      by: `${SEED_ID}@2`,
      name: 'Donbas',
    });
    const edges = await cypher(
      `MATCH (a)-[z:RETRACTED]->(b) RETURN z.id AS id, z.type AS type, z.extent AS extent,
         a.id AS from, b.id AS to, z.retractedIn AS by ORDER BY id`,
    );
    expect(edges).toEqual([
      expect.objectContaining({
        id: OCCUPIES_DONBAS,
        type: 'OCCUPIES',
        from: 'country:russia',
        to: DONBAS,
        by: `${SEED_ID}@2`,
      }),
      expect.objectContaining({ id: 'rel:part-of:place:donbas:country:ukraine', type: 'PART_OF' }),
    ]);
    const support = await cypher(
      `MATCH (s:Support {item: $id}) RETURN s.dossier AS dossier, s.addedIn AS added,
         s.retractedIn AS retracted, s.current AS current`,
      { id: OCCUPIES_DONBAS },
    );
    expect(support).toEqual([
      { dossier: SEED_ID, added: `${SEED_ID}@1`, retracted: `${SEED_ID}@2`, current: false },
    ]);
    const { history } = await api.data(
      `{ history(id: "${DONBAS}") { dossier addedIn retractedIn retractedBy current } }`,
    );
    expect(history).toEqual([
      {
        dossier: SEED_ID,
        addedIn: `${SEED_ID}@1`,
        retractedIn: `${SEED_ID}@2`,
        retractedBy: 'test-curator',
        current: false,
      },
    ]);
    const versions = await cypher(
      `MATCH (v:DossierVersion {dossier: $id}) RETURN v.number AS n, v.by AS by ORDER BY n`,
      { id: SEED_ID },
    );
    expect(versions).toEqual([
      { n: 1, by: 'test-curator' },
      { n: 2, by: 'test-curator' },
    ]);
  });

  it('is answered as it was known before the correction, and not as known after it', async () => {
    const KNOWN = `query ($at: String!) { asKnownOn(at: $at) {
      donbas: node(id: "${DONBAS}") { label retractedNow statedBy evidence { quote } }
      relationships(of: "${DONBAS}") { id type from to retractedNow evidence { quote } }
    } }`;
    const then = (await api.data(KNOWN, { at: between })).asKnownOn;
    expect(then.donbas).toMatchObject({
      label: 'Donbas',
      retractedNow: true,
      statedBy: [`${SEED_ID}@1`],
    });
    expect(then.donbas.evidence.length).toBeGreaterThan(0);
    expect(then.relationships.map((r: any) => [r.id, r.type, r.retractedNow])).toEqual([
      [OCCUPIES_DONBAS, 'OCCUPIES', true],
      ['rel:part-of:place:donbas:country:ukraine', 'PART_OF', true],
    ]);
    expect(then.relationships[0]).toMatchObject({ from: 'country:russia', to: DONBAS });
    expect(then.relationships[0].evidence.length).toBeGreaterThan(0);
    const now = (await api.data(KNOWN, { at: new Date().toISOString() })).asKnownOn;
    expect(now).toEqual({ donbas: null, relationships: [] });
  });

  it('changes nothing when the same version is loaded again', async () => {
    const counts = await graphCounts(driver, config);
    const props = await cypher(
      'MATCH (n) RETURN count(n) AS n, sum(size(keys(n))) AS keys, collect(n.id) AS ids',
    );
    const report = await ingest([writeDossier(seedWithoutDonbas(), 'again.json')]);
    expect(report.versions).toMatchObject({ versions: [], unchanged: [SEED_ID] });
    expect(await graphCounts(driver, config)).toEqual(counts);
    expect(
      await cypher(
        'MATCH (n) RETURN count(n) AS n, sum(size(keys(n))) AS keys, collect(n.id) AS ids',
      ),
    ).toEqual(props);
  });

  it('puts it back when a later version states it again', async () => {
    const live = (counts: Awaited<ReturnType<typeof graphCounts>>) => ({
      nodes: Object.entries(counts.nodes).filter(([label]) => !BOOKKEEPING.includes(label)),
      relationships: counts.relationships,
    });
    const report = await ingest([SEED_DIR]);
    expect(report.versions.versions).toEqual([`${SEED_ID}@3`]);
    expect(await currentView()).toEqual(before);
    expect(await cypher('MATCH (x:Retracted) RETURN x.id AS id')).toEqual([]);
    expect(await cypher('MATCH ()-[z:RETRACTED]->() RETURN z.id AS id')).toEqual([]);
    expect(live(await graphCounts(driver, config))).toEqual(live(seedCounts));
  });
});

describe('an item two dossiers state', () => {
  const SECOND = 'second-report';

  /** Another dossier on the same article that states Donbas and its part of Ukraine. */
  function secondReport(): Record<string, any> {
    const seed = loadSeedDossier();
    return {
      dossier: SECOND,
      sources: seed.sources,
      entities: seed.entities.filter((e: any) => e.id === DONBAS || e.id === 'country:ukraine'),
      relationships: seed.relationships.filter(
        (r: any) => r.from === DONBAS && r.to === 'country:ukraine',
      ),
    };
  }

  it('survives the correction of one, and goes with the withdrawal of the other', async () => {
    await resetDatabase(driver, config);
    await ingest([SEED_DIR, writeDossier(secondReport(), 'second.json')]);
    await ingest([writeDossier(seedWithoutDonbas(), 'corrected.json')]);
    let view = await currentView();
    expect(view.donbas).toEqual({ id: DONBAS });
    expect(view.relationIds).not.toContain(OCCUPIES_DONBAS);
    expect(view.exportHasDonbas).toBe(true);
    expect(view.hits).toContain(DONBAS);

    const report = await withdrawDossiers(driver, [SECOND], {
      database: config.neo4j.database,
      by: 'test-curator',
    });
    expect(report.versions).toEqual([`${SECOND}@2`]);
    view = await currentView();
    expect(view.donbas).toBeNull();
    expect(view.exportHasDonbas).toBe(false);
    expect(view.hits).not.toContain(DONBAS);
    // Ukraine is still stated by the seed's dossier.
    expect((await api.data('{ node(id: "country:ukraine") { id } }')).node).not.toBeNull();
  });

  it('refuses to withdraw a dossier the graph does not hold, and changes nothing', async () => {
    const counts = await graphCounts(driver, config);
    const error = await withdrawDossiers(driver, ['no-such-dossier'], {
      database: config.neo4j.database,
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'NOT_FOUND' });
    expect(await graphCounts(driver, config)).toEqual(counts);
  });
});
