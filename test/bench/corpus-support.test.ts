import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../bench/corpus/corpus';
import { ingestDossiers } from '../../src/ingest/ingest.service';
import { relationshipId } from '../../src/ingest/dossier-validator';
import { resetDatabase } from '../helpers/database';
import { createTestApi, TestApi } from '../helpers/api';

// The generated corpus with its outlets, copies and dependent outlets, loaded through the real
// ingest in batches: every relationship's support is what the dossiers say, counted here from
// them with no code of the ingest's, and a hub's corroborated relations are exactly those.
jest.setTimeout(300000);

let api: TestApi;
type Dossier = {
  dossier: string;
  sources: Array<{ id: string; outlet?: string; copyOf?: { source: string } }>;
  relationships?: Array<{ id?: string; type: string; from: string; to: string }>;
  events?: Array<{ id: string; participants?: Array<{ entity: string; role: string }> }>;
  claims?: Array<{ id: string; speaker?: string; event?: string; subjects?: string[] }>;
  assessments?: { dependentOutlets: Array<{ outlets: string[] }> };
};
let dossiers: Dossier[];

beforeAll(async () => {
  api = await createTestApi();
  await resetDatabase(api.driver, api.config);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-corpus-support-'));
  generateCorpus(4000, 3, dir);
  const folder = path.join(dir, 'dossiers');
  dossiers = fs
    .readdirSync(folder)
    .map((f) => JSON.parse(fs.readFileSync(path.join(folder, f), 'utf8')) as Dossier);
  await ingestDossiers(api.driver, [folder], {
    database: api.config.neo4j.database,
    batchSize: 25,
  });
});
afterAll(() => api.close());

/** Each relationship's sources, independent voices and outlets, from the dossiers alone. */
function groundTruth() {
  const sources = new Map(dossiers.flatMap((d) => d.sources.map((s) => [s.id, s])));
  const group = new Map<string, string>();
  for (const d of dossiers)
    for (const { outlets } of d.assessments?.dependentOutlets ?? [])
      for (const outlet of outlets) group.set(outlet, [...outlets].sort()[0]);
  const voice = (id: string): string => {
    const source = sources.get(id)!;
    if (source.copyOf) return voice(source.copyOf.source);
    return source.outlet ? (group.get(source.outlet) ?? source.outlet) : id;
  };
  // Every relationship a dossier states: its own, its events' participations, its claims' links.
  const stating = new Map<string, Set<string>>();
  const state = (id: string, d: Dossier) =>
    stating.set(id, (stating.get(id) ?? new Set()).add(d.sources[0].id));
  for (const d of dossiers) {
    for (const r of d.relationships ?? []) state(relationshipId(r as never), d);
    for (const e of d.events ?? [])
      for (const p of e.participants ?? [])
        state(`rel:participated-in:${p.entity}:${e.id}:${p.role.toLowerCase()}`, d);
    for (const c of d.claims ?? []) {
      if (c.speaker) state(`rel:said:${c.speaker}:${c.id}`, d);
      if (c.event) state(`rel:at-event:${c.id}:${c.event}`, d);
      for (const s of c.subjects ?? []) state(`rel:about:${c.id}:${s}`, d);
    }
  }
  return new Map(
    [...stating].map(([id, ids]) => [
      id,
      {
        sources: ids.size,
        independent: new Set([...ids].map(voice)).size,
        outlets: new Set([...ids].map((s) => sources.get(s)!.outlet)).size,
      },
    ]),
  );
}

describe('support over the generated corpus', () => {
  it('counts every relationship as its dossiers say: copies and dependent outlets once', async () => {
    const truth = groundTruth();
    const { records } = await api.driver.executeQuery(
      `UNWIND $ids AS id
       MATCH ()-[k:RELATION_KEY {id: id}]->()
       MATCH (a)-[r]->(b) WHERE a = startNode(k) AND b = endNode(k) AND r.id = id AND type(r) = k.type
       RETURN r.id AS id, r.sourceCount AS sources, r.independentCount AS independent,
              r.outletCount AS outlets`,
      { ids: [...truth.keys()] },
      { database: api.config.neo4j.database },
    );
    const stored = new Map(
      records.map((r) => [
        r.get('id'),
        {
          sources: Number(r.get('sources')),
          independent: Number(r.get('independent')),
          outlets: Number(r.get('outlets')),
        },
      ]),
    );
    expect(stored.size).toBe(truth.size);
    expect(Object.fromEntries(stored)).toEqual(Object.fromEntries(truth));
    // The corpus exercises it: copies add sources and no voice, and dependent outlets join.
    const values = [...truth.values()];
    expect(values.some((v) => v.sources > v.independent)).toBe(true);
    expect(values.some((v) => v.independent >= 2)).toBe(true);
    expect(dossiers.some((d) => d.sources[0].copyOf)).toBe(true);
  });

  it("keeps exactly a hub's relations that two independent voices state", async () => {
    const truth = groundTruth();
    const hub = (
      await api.data('{ entities(kind: Country, first: 100) { nodes { id degree } } }')
    ).entities.nodes.sort((a: any, b: any) => b.degree - a.degree)[0].id;
    const kept: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (
        await api.data(
          `query ($id: ID!, $after: String) { entity(id: $id) {
             relationsConnection(first: 100, after: $after, minIndependentSources: 2) {
               nodes { id } pageInfo { hasNextPage endCursor } } } }`,
          { id: hub, after },
        )
      ).entity.relationsConnection;
      kept.push(...page.nodes.map((n: any) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const { records } = await api.driver.executeQuery(
      'MATCH (:Node {id: $hub})-[k:RELATION_KEY]-() RETURN collect(k.id) AS ids',
      { hub },
      { database: api.config.neo4j.database },
    );
    const all: string[] = records[0].get('ids');
    expect(all.filter((id) => !truth.has(id))).toEqual([]);
    const expected = all.filter((id) => truth.get(id)!.independent >= 2).sort();
    expect(kept.sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
  });
});
