import type { Driver } from 'neo4j-driver';
import type { Config } from '../src/config';
import { ErrorCode } from '../src/errors';
import { InvalidDossierError } from '../src/ingest/dossier-problem';
import { ingestDossiers } from '../src/ingest/ingest.service';
import {
  graphCounts,
  NOT_MEANINGFUL_TYPES,
  openTestDatabase,
  seedDatabase,
  SEED_DIR,
} from './helpers/database';
import { loadSeedDossier, writeDossier } from './helpers/dossier-fixtures';

let driver: Driver;
let config: Config;

beforeAll(async () => {
  ({ driver, config } = openTestDatabase());
  await seedDatabase(driver, config);
});
afterAll(() => driver.close());

const ingest = (inputs: string[]) =>
  ingestDossiers(driver, inputs, { database: config.neo4j.database });

async function expectRejected(dossier: unknown, expected: RegExp) {
  const before = await graphCounts(driver, config);
  const error = await ingest([writeDossier(dossier)]).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidDossierError);
  const invalid = error as InvalidDossierError;
  expect(invalid.code).toBe(ErrorCode.INVALID_DOSSIER);
  expect(invalid.problems.map((p) => `${p.path}: ${p.message}`).join('\n')).toMatch(expected);
  expect(invalid.problems.every((p) => p.file.endsWith('fixture.json'))).toBe(true);
  expect(await graphCounts(driver, config)).toEqual(before);
}

describe('ingest', () => {
  it('gives the same graph when the seed is ingested twice', async () => {
    const first = await graphCounts(driver, config);
    await ingest([SEED_DIR]);
    expect(await graphCounts(driver, config)).toEqual(first);
    expect(first.nodes.Person).toBe(5);
    expect(first.nodes.Country).toBe(3);
    expect(first.relationships.LEADS).toBe(4);
  });

  it('rejects a quote that does not match its offsets, naming the right ones, and writes nothing', async () => {
    const dossier = loadSeedDossier();
    dossier.entities[0].names.en = 'Ukraine (changed)';
    dossier.relationships[0].evidence[0].start += 2;
    dossier.relationships[0].evidence[0].end += 2;
    await expectRejected(
      dossier,
      /relationships\.0\.evidence\.0\.quote: does not match .* the quote is at \d+-\d+/,
    );
  });

  it('rejects a dangling reference and writes nothing', async () => {
    const dossier = loadSeedDossier();
    dossier.relationships[1].to = 'country:atlantis';
    await expectRejected(dossier, /relationships\.1\.to: unknown reference country:atlantis/);
  });

  it('rejects an impossible date and writes nothing', async () => {
    const dossier = loadSeedDossier();
    dossier.events[0].date.start = '2026-02-30';
    await expectRejected(dossier, /events\.0\.date\.start: 2026-02-30 is not a calendar date/);
  });

  it('rejects a relationship type outside the vocabulary', async () => {
    const dossier = loadSeedDossier();
    dossier.relationships[0].type = 'KNOWS`]->() DETACH DELETE (';
    await expectRejected(dossier, /relationships\.0\.type/);
  });

  it('rejects an INFERRED item without a note and an EXTERNAL one without a reference, by path', async () => {
    const dossier = loadSeedDossier();
    dossier.relationships[0].basis = { kind: 'INFERRED' };
    dossier.events[0].participants[0].basis = { kind: 'EXTERNAL', note: 'no reference' };
    dossier.claims[0].subjects[0] = {
      id: dossier.claims[0].subjects[0],
      basis: { kind: 'GUESSED' },
    };
    const error = (await ingest([writeDossier(dossier)]).catch((e) => e)) as InvalidDossierError;
    const lines = error.problems.map((p) => `${p.path}: ${p.message}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        'relationships.0.basis.note: an INFERRED item needs a note saying what it is read from',
        'events.0.participants.0.basis.reference: an EXTERNAL item needs a reference saying where it is known from',
        expect.stringMatching(/^claims\.0\.subjects\.0/),
      ]),
    );
  });

  it('rejects an alias as STATED when no source of the dossier uses it', async () => {
    const dossier = loadSeedDossier();
    const gru = dossier.entities.findIndex((e: { aliases: Array<{ value: string }> }) =>
      e.aliases.some((a) => a.value === 'GRU'),
    );
    const at = dossier.entities[gru].aliases.findIndex((a: { value: string }) => a.value === 'GRU');
    delete dossier.entities[gru].aliases[at].basis;
    await expectRejected(
      dossier,
      new RegExp(
        `entities\\.${gru}\\.aliases\\.${at}: "GRU" is not in the source; give it basis EXTERNAL`,
      ),
    );
  });

  it('rejects a NARRATED claim that a source of the dossier does not speak', async () => {
    const dossier = loadSeedDossier();
    const narrated = dossier.claims.findIndex((c: { mode: string }) => c.mode === 'NARRATED');
    dossier.claims[narrated].speaker = 'person:dmitry-peskov';
    await expectRejected(
      dossier,
      new RegExp(
        `claims\\.${narrated}\\.speaker: a NARRATED claim is spoken by a source of this dossier`,
      ),
    );
  });

  it('lists every problem of every file at once', async () => {
    const badShape = loadSeedDossier();
    badShape.events[0].date.precision = 'SOMETIME';
    const badReferences = loadSeedDossier();
    badReferences.claims[0].speaker = 'person:nobody';
    badReferences.events[1].participants[0].entity = 'delegation:nobody';
    const files = [writeDossier(badShape), writeDossier(badReferences), '/no/such/dossier.yaml'];
    const error = (await ingest(files).catch((e) => e)) as InvalidDossierError;
    const lines = error.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/fixture\.json: events\.0\.date\.precision: /),
        expect.stringMatching(/fixture\.json: claims\.0\.speaker: unknown reference person:nobody/),
        expect.stringMatching(
          /fixture\.json: events\.1\.participants\.0\.entity: unknown reference delegation:nobody/,
        ),
        '/no/such/dossier.yaml: : cannot read: file not found',
      ]),
    );
  });

  it('refuses an id the graph holds as another kind, naming both dossiers, and writes nothing', async () => {
    const seed = loadSeedDossier();
    const russia = seed.entities.find((e: { id: string }) => e.id === 'country:russia');
    const impostor = {
      dossier: 'russia-as-a-person',
      sources: seed.sources,
      entities: [{ ...russia, kind: 'Person' }],
    };
    await expectRejected(
      impostor,
      /entities\.0\.id: country:russia is already a Country in the graph \(from dossier trilateral-talks-round-2\), not a Person/,
    );
    // Still the country it was, and only that.
    const { records } = await driver.executeQuery(
      'MATCH (n:Node {id: "country:russia"}) RETURN labels(n) AS labels, n.kind AS kind',
      {},
      { database: config.neo4j.database },
    );
    expect(records[0].get('kind')).toBe('Country');
    expect(records[0].get('labels')).not.toContain('Person');
  });

  it('refuses one id as two kinds across the files of one input, naming both files', async () => {
    const seed = loadSeedDossier();
    const russia = seed.entities.find((e: { id: string }) => e.id === 'country:russia');
    const a = writeDossier(
      {
        dossier: 'a-country',
        sources: seed.sources,
        entities: [{ ...russia, id: 'organization:newco' }],
      },
      'a.json',
    );
    const b = writeDossier(
      {
        dossier: 'b-organization',
        sources: seed.sources,
        entities: [{ ...russia, id: 'organization:newco', kind: 'Organization' }],
      },
      'b.json',
    );
    for (const batchSize of [undefined, 1]) {
      const before = await graphCounts(driver, config);
      const error = (await ingestDossiers(driver, [a, b], {
        database: config.neo4j.database,
        batchSize,
      }).catch((e: unknown) => e)) as InvalidDossierError;
      expect(error).toBeInstanceOf(InvalidDossierError);
      expect(error.problems).toEqual([
        expect.objectContaining({
          file: b,
          message: expect.stringMatching(
            /organization:newco is a Country in .*a\.json, not a Organization/,
          ),
        }),
      ]);
      expect(await graphCounts(driver, config)).toEqual(before);
    }
  });

  it('merges an entity named by two dossiers into one node and keeps the evidence of both', async () => {
    const seed = loadSeedDossier();
    const umerov = seed.entities.find((e: { id: string }) => e.id === 'person:rustem-umerov');
    const other = {
      dossier: 'second-mention',
      sources: seed.sources,
      entities: [
        {
          ...umerov,
          aliases: [
            { lang: 'en', value: 'Umerov', basis: { kind: 'EXTERNAL', reference: 'English form' } },
          ],
          evidence: [seed.relationships[2].evidence[0]],
        },
      ],
    };
    await ingest([SEED_DIR, writeDossier(other)]);
    const { records } = await driver.executeQuery(
      'MATCH (p:Person {id: $id}) RETURN count(p) AS n, p.aliases AS aliases, COUNT { (p)-[:EVIDENCED_BY]->() } AS evidence',
      { id: 'person:rustem-umerov' },
      { database: config.neo4j.database },
    );
    expect(records).toHaveLength(1);
    expect(records[0].get('n')).toBe(1);
    expect(records[0].get('aliases')).toEqual(expect.arrayContaining(['ar:أوميروف', 'en:Umerov']));
    expect(records[0].get('evidence')).toBe(2);
    await seedDatabase(driver, config);
  });
});

describe('the seeded graph', () => {
  it('has a unique-id constraint per node kind and the full-text indexes', async () => {
    const { records } = await driver.executeQuery(
      'SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type',
      {},
      {
        database: config.neo4j.database,
      },
    );
    const unique = records
      .filter((r) => r.get('type') === 'UNIQUENESS')
      .map((r) => `${r.get('labelsOrTypes')}.${r.get('properties')}`);
    expect(unique.sort()).toEqual([
      'Assessment.id',
      'Claim.id',
      'Entity.id',
      'Event.id',
      'Evidence.id',
      'Node.id',
      'Source.id',
    ]);
    const indexes = await driver.executeQuery(
      "SHOW INDEXES YIELD name, type WHERE type = 'FULLTEXT' RETURN name",
      {},
      {
        database: config.neo4j.database,
      },
    );
    expect(indexes.records.map((r) => r.get('name')).sort()).toEqual([
      'entity_search',
      'event_search',
    ]);
  });

  it('answers who led the Russian delegation at round 1, with the evidence', async () => {
    const { records } = await driver.executeQuery(
      `MATCH (round:Event {kind: 'NEGOTIATION_ROUND', round: 1})<-[:PARTICIPATED_IN]-(d:Delegation)-[:REPRESENTS]->(:Country {id: 'country:russia'})
       MATCH (leader:Person)-[led:LEADS]->(d)
       MATCH (e:Evidence) WHERE e.id IN led.evidenceIds
       RETURN leader.name_en AS en, leader.name_ar AS ar, e.quote AS quote`,
      {},
      { database: config.neo4j.database },
    );
    expect(records.map((r) => r.toObject())).toEqual([
      {
        en: 'Igor Kostyukov',
        ar: 'إيغور كوستيوكوف',
        quote:
          'وترأس الفريق التفاوضي الروسي رئيس إدارة الأركان العامة في القوات المسلحة الروسية إيغور كوستيوكوف',
      },
    ]);
  });

  it('has evidence on every meaningful relationship, event and claim', async () => {
    const { records } = await driver.executeQuery(
      `CALL { MATCH ()-[r]->() WHERE NOT type(r) IN ${NOT_MEANINGFUL_TYPES} AND size(coalesce(r.evidenceIds, [])) = 0 RETURN count(r) AS bare }
       CALL { MATCH (x) WHERE (x:Event OR x:Claim) AND NOT EXISTS { (x)-[:EVIDENCED_BY]->(:Evidence) } RETURN count(x) AS bareNodes }
       CALL { MATCH ()-[r]->() WHERE NOT type(r) IN ${NOT_MEANINGFUL_TYPES} UNWIND r.evidenceIds AS id
              OPTIONAL MATCH (e:Evidence {id: id}) WITH e WHERE e IS NULL RETURN count(*) AS dangling }
       RETURN bare, bareNodes, dangling`,
      {},
      { database: config.neo4j.database },
    );
    expect(records[0].toObject()).toEqual({ bare: 0, bareNodes: 0, dangling: 0 });
  });

  it('keys every meaningful relationship once, with its id, type and ends, and keys nothing else', async () => {
    const { records } = await driver.executeQuery(
      `CALL { MATCH ()-[r]->() WHERE NOT type(r) IN ${NOT_MEANINGFUL_TYPES} RETURN count(r) AS relationships }
       CALL { MATCH ()-[k:RELATION_KEY]->() RETURN count(k) AS keys }
       CALL { MATCH (a)-[r]->(b) WHERE NOT type(r) IN ${NOT_MEANINGFUL_TYPES}
              AND COUNT { (a)-[k:RELATION_KEY]->(b) WHERE k.id = r.id AND k.type = type(r)
                          AND k.startId = a.id AND k.endId = b.id } <> 1
              RETURN count(r) AS unkeyed }
       RETURN relationships, keys, unkeyed`,
      {},
      { database: config.neo4j.database },
    );
    const { relationships, keys, unkeyed } = records[0].toObject();
    expect(relationships).toBeGreaterThan(50);
    expect({ keys, unkeyed }).toEqual({ keys: relationships, unkeyed: 0 });
  });

  it('stores evidence spans that match their source text at their code-point offsets', async () => {
    const { records } = await driver.executeQuery(
      'MATCH (e:Evidence)-[:IN_SOURCE]->(s:Source) RETURN e.start AS start, e.end AS end, e.quote AS quote, s.text AS text',
      {},
      { database: config.neo4j.database },
    );
    expect(records.length).toBeGreaterThan(50);
    for (const r of records) {
      const points = Array.from(r.get('text') as string);
      expect(points.slice(r.get('start'), r.get('end')).join('')).toBe(r.get('quote'));
    }
  });
});
