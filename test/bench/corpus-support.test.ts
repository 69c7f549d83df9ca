import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../bench/corpus/corpus';
import type { Planted } from '../../bench/corpus/disagreements';
import { ingestDossiers } from '../../src/ingest/ingest.service';
import { relationshipId } from '../../src/ingest/dossier-validator';
import { resetDatabase } from '../helpers/database';
import { createTestApi, TestApi } from '../helpers/api';

// The generated corpus with its outlets, copies and dependent outlets, loaded through the real
// ingest in batches: every relationship's support is what the dossiers say, counted here from
// them with no code of the ingest's, and a hub's corroborated relations are exactly those. The
// disagreements the generator planted are found with all their accounts, and nothing else is.
jest.setTimeout(300000);

let api: TestApi;
type Dossier = {
  dossier: string;
  sources: Array<{ id: string; outlet?: string; copyOf?: { source: string } }>;
  relationships?: Array<{
    id?: string;
    type: string;
    from: string;
    to: string;
    stance?: string;
  }>;
  events?: Array<{ id: string; participants?: Array<{ entity: string; role: string }> }>;
  claims?: Array<{ id: string; speaker?: string; event?: string; subjects?: string[] }>;
  assessments?: { dependentOutlets: Array<{ outlets: string[] }> };
};
let dossiers: Dossier[];
let planted: Planted[];

beforeAll(async () => {
  api = await createTestApi();
  await resetDatabase(api.driver, api.config);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-corpus-support-'));
  generateCorpus(4000, 3, dir);
  planted = JSON.parse(fs.readFileSync(path.join(dir, 'planted.json'), 'utf8'));
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

const run = async (cypher: string) =>
  (await api.driver.executeQuery(cypher, {}, { database: api.config.neo4j.database })).records;

describe('disputes over the generated corpus', () => {
  const EVENT_DISPUTES = `query ($id: ID!) { disputes(id: $id) {
    aspect role event { id }
    accounts { dossier date { start } places { entity { id } } participants { role entity { id } }
               sources { id } }
  } }`;
  /** The dossiers that give an event: every account of it, planted or not. */
  const giving = (event: string) =>
    dossiers.filter((d) => d.events?.some((e) => e.id === event)).map((d) => d.dossier);

  it('plants every kind of disagreement', () => {
    const aspects = planted.map((p) => p.aspect);
    for (const aspect of ['DATE', 'PLACE', 'PARTICIPANTS', 'CHANNEL'])
      expect(aspects).toContain(aspect);
  });

  it('finds every planted date, place and mediator with all the accounts of the event', async () => {
    for (const plant of planted) {
      if (plant.aspect === 'CHANNEL') continue;
      const found = (await api.data(EVENT_DISPUTES, { id: plant.event })).disputes.filter(
        (d: any) =>
          d.event?.id === plant.event &&
          d.aspect === plant.aspect &&
          d.role === (plant.aspect === 'PARTICIPANTS' ? plant.role : null),
      );
      expect(found).toHaveLength(1);
      const accounts = found[0].accounts;
      // The round's first article gives its own value, so every account takes a side.
      expect(accounts.map((a: any) => a.dossier).sort()).toEqual(giving(plant.event).sort());
      const mine = accounts.find((a: any) => a.dossier === plant.dossier);
      if (plant.aspect === 'DATE') expect(mine.date.start).toBe(plant.date);
      else if (plant.aspect === 'PLACE')
        expect(mine.places.map((p: any) => p.entity.id)).toEqual([plant.entity]);
      else
        expect(
          mine.participants.filter((p: any) => p.role === 'MEDIATOR').map((p: any) => p.entity.id),
        ).toEqual([plant.entity]);
      expect(mine.sources.map((s: any) => s.id)).toEqual([
        dossiers.find((d) => d.dossier === plant.dossier)!.sources[0].id,
      ]);
    }
  });

  it('finds every planted channel with every report of the statement', async () => {
    // A statement may be reported again by several articles: its reports are all the claims
    // that planted restatements link to it.
    const reports = (claim: string): string[] => {
      const group = new Set([claim]);
      for (let grown = true; grown;) {
        grown = false;
        for (const p of planted)
          if (p.aspect === 'CHANNEL' && p.claims.some((c) => group.has(c)))
            for (const c of p.claims) if (!group.has(c)) grown = Boolean(group.add(c));
      }
      return [...group].sort();
    };
    for (const plant of planted) {
      if (plant.aspect !== 'CHANNEL') continue;
      const { disputes } = await api.data(
        'query ($id: ID!) { disputes(id: $id) { aspect claims { id channel } } }',
        { id: plant.claims[1] },
      );
      const channel = disputes.filter((d: any) => d.aspect === 'CHANNEL');
      expect(channel).toHaveLength(1);
      expect(channel[0].claims.map((c: any) => c.id).sort()).toEqual(reports(plant.claims[0]));
      const channels = channel[0].claims.map((c: any) => c.channel);
      expect(channels).toContain(plant.channel);
      expect(new Set(channels).size).toBeGreaterThan(1);
    }
  });

  it('marks nothing else as disputed: events, claims and positions', async () => {
    const points = (list: Array<[string, string]>) => {
      const byId = new Map<string, Set<string>>();
      for (const [id, point] of list) byId.set(id, (byId.get(id) ?? new Set()).add(point));
      return Object.fromEntries([...byId].map(([id, set]) => [id, [...set].sort()]));
    };
    const expectedEvents = points(
      planted.flatMap((p): Array<[string, string]> =>
        p.aspect === 'DATE' || p.aspect === 'PLACE'
          ? [[p.event, p.aspect]]
          : p.aspect === 'PARTICIPANTS'
            ? [[p.event, `PARTICIPANTS:${p.role}`]]
            : [],
      ),
    );
    const events = await run(
      'MATCH (e:Event) WHERE e.disputed RETURN e.id AS id, e.disputedPoints AS points',
    );
    expect(
      Object.fromEntries(events.map((r) => [r.get('id'), [...r.get('points')].sort()])),
    ).toEqual(expectedEvents);

    const expectedClaims = [
      ...new Set(planted.flatMap((p) => (p.aspect === 'CHANNEL' ? p.claims : []))),
    ].sort();
    const claims = await run('MATCH (c:Claim) WHERE c.disputed RETURN c.id AS id ORDER BY id');
    expect(claims.map((r) => r.get('id'))).toEqual(expectedClaims);

    // Positions carry no dates here, so they all meet: a holder's position on an issue is
    // disputed when one dossier has it rejecting what another has it demanding, supporting or
    // proposing.
    const stances = new Map<string, Set<string>>();
    for (const d of dossiers)
      for (const r of d.relationships ?? [])
        if (r.type === 'HOLDS_POSITION')
          stances.set(
            `${r.from} ${r.to}`,
            (stances.get(`${r.from} ${r.to}`) ?? new Set()).add(r.stance!),
          );
    const expectedPositions = [...stances]
      .filter(([, set]) => set.has('REJECTS') && set.size > 1)
      .map(([key]) => key)
      .sort();
    const positions = await run(
      `MATCH (h)-[r:HOLDS_POSITION]->(i) WHERE r.disputed
       RETURN DISTINCT h.id + ' ' + i.id AS key ORDER BY key`,
    );
    expect(positions.map((r) => r.get('key'))).toEqual(expectedPositions);
    expect(expectedPositions.length).toBeGreaterThan(0);
  });
});
