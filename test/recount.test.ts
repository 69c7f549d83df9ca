import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../src/config';
import { generateCorpus } from '../bench/corpus/corpus';
import { ingestDossiers } from '../src/ingest/ingest.service';
import { recountCorroboration } from '../src/ingest/recount.service';
import { openTestDatabase, resetDatabase } from './helpers/database';
import { DEPENDENT_OUTLETS, writeAssessments, writeReports } from './helpers/multi-source';

// A store loaded before support and disputes were written at ingest holds none of them: the
// recount writes what loading the same dossiers afresh gives. Tested by loading overlapping
// reports (with an analyst's dependences and a gazetteer) and a generated corpus with planted
// disagreements, taking every count and mark away, and counting again.
jest.setTimeout(180000);

let driver: Driver;
let config: Config;

beforeAll(async () => {
  ({ driver, config } = openTestDatabase());
  await resetDatabase(driver, config);
  const corpus = writeReports();
  const analyst = writeAssessments(corpus.dir, {
    dependentOutlets: [{ outlets: DEPENDENT_OUTLETS, by: 'analyst-1' }],
    outlets: [{ outlet: 'organization:wire-agency', grade: 'B', by: 'analyst-1' }],
  });
  const generated = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-recount-'));
  generateCorpus(1500, 5, generated);
  const database = config.neo4j.database;
  await ingestDossiers(driver, [...corpus.files, analyst], { database });
  await ingestDossiers(driver, [path.join(generated, 'dossiers')], { database, batchSize: 20 });
});
afterAll(() => driver.close());

const run = async (cypher: string) =>
  (await driver.executeQuery(cypher, {}, { database: config.neo4j.database })).records;

const COUNTED = [
  'supportSources',
  'sourceCount',
  'independentCount',
  'outletCount',
  'disputed',
  'disputedPoints',
];

/** Every count and mark the recount writes, by what carries it. */
async function written() {
  const props = (x: string) => `[k IN ${JSON.stringify(COUNTED)} | [k, ${x}[k]]]`;
  const [facts, relationships, sources] = await Promise.all([
    run(`MATCH (x:Node) WHERE x:Event OR x:Claim RETURN x.id AS id, ${props('x')} AS props`),
    run(`MATCH ()-[k:RELATION_KEY]->() MATCH (a)-[r]->(b) WHERE a.id = k.startId AND b.id = k.endId
           AND type(r) = k.type AND r.id = k.id
         RETURN r.id AS id, ${props('r')} AS props`),
    run('MATCH (s:Source) RETURN s.id AS id, [["independenceKey", s.independenceKey]] AS props'),
  ]);
  // A fact's sources are a set: collected in no set order, compared sorted.
  const sorted = (props: Array<[string, unknown]>) =>
    props.map(([k, v]): [string, unknown] => [k, Array.isArray(v) ? [...v].sort() : v]);
  const byId = (records: typeof facts): Record<string, Array<[string, unknown]>> =>
    Object.fromEntries(records.map((r) => [r.get('id'), sorted(r.get('props'))]).sort());
  return { facts: byId(facts), relationships: byId(relationships), sources: byId(sources) };
}

describe('counting support and disputes again over a whole store', () => {
  it('writes what a fresh load wrote, a page at a time, and changes nothing when run again', async () => {
    const fresh = await written();
    // The load has something to count: disputed events, claims and positions, and support.
    const marked = (props: Array<[string, unknown]>) =>
      props.some(([k, v]) => k === 'disputed' && v === true);
    expect(Object.values(fresh.facts).filter(marked).length).toBeGreaterThan(3);
    expect(Object.values(fresh.relationships).filter(marked).length).toBeGreaterThan(0);

    // A store from before: none of it.
    const list = JSON.stringify(COUNTED);
    await run(`MATCH (x:Node) WHERE x:Event OR x:Claim
               FOREACH (k IN ${list} | SET x[k] = null)`);
    await run(`MATCH ()-[r]->() WHERE r.sourceCount IS NOT NULL OR r.disputed IS NOT NULL
               FOREACH (k IN ${list} | SET r[k] = null)`);
    await run('MATCH (s:Source) SET s.independenceKey = null');
    expect(await written()).not.toEqual(fresh);

    const report = await recountCorroboration(driver, {
      database: config.neo4j.database,
      pageSize: 250,
    });
    expect(report.transactions).toBeGreaterThan(2);
    expect(await written()).toEqual(fresh);
    await recountCorroboration(driver, { database: config.neo4j.database });
    expect(await written()).toEqual(fresh);
  });
});
