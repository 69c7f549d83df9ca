import type { Driver } from 'neo4j-driver';
import type { Config } from '../src/config';
import { ingestDossiers } from '../src/ingest/ingest.service';
import { withdrawDossiers } from '../src/ingest/withdraw.service';
import { isAppError } from '../src/errors';
import { graphCounts, resetDatabase } from './helpers/database';
import { createTestApi, errorCodes, TestApi } from './helpers/api';
import { writeDossier } from './helpers/dossier-fixtures';
import { startTestHttpServer, TestHttpServer } from './helpers/http-server';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import {
  DEPENDENT_OUTLETS,
  expectedPositionSupport,
  expectedSupport,
  factId,
  HOLDER,
  ISSUE,
  PLANTED,
  GAZETTEER,
  PLANTED_CHANNEL,
  PLANTED_CONTRADICTION,
  PLANTED_POSITIONS,
  POSITION_ID,
  REPORTS,
  ROUND,
  TRUCE,
  writeAssessments,
  writeReports,
  type FactName,
} from './helpers/multi-source';

// Several outlets report one round: a wire story, a reprint and a translation of it, two papers,
// two broadcasters of one owner. Each fact's support is counted against the ground truth the
// corpus was written from, and follows the graph as dependences are declared and reports are
// withdrawn.
let api: TestApi;
let http: TestHttpServer;
let driver: Driver;
let config: Config;
let corpus: ReturnType<typeof writeReports>;

const FACTS: FactName[] = ['leads', 'member', 'represents', 'role'];

beforeAll(async () => {
  api = await createTestApi();
  http = await startTestHttpServer();
  ({ driver, config } = api);
  await resetDatabase(driver, config);
  corpus = writeReports();
});
afterAll(async () => {
  await api.close();
  await http.close();
});

const ingest = (files: string[]) =>
  ingestDossiers(driver, files, { database: config.neo4j.database, by: 'test-curator' });

/** Every fact's support as the API gives it, by fact. */
async function supportByFact(
  args = '',
): Promise<Record<string, { sources: number; independentSources: number; outlets: number }>> {
  const data = await api.data(
    `{ ana: entity(id: "person:ana-umerova") { ...support }
       bo: entity(id: "person:bo-lindqvist") { ...support }
       blue: entity(id: "delegation:blue") { ...support } }
     fragment support on Entity {
       relations(first: 100${args}) { id support { sources independentSources outlets } } }`,
  );
  const found: Record<string, any> = {};
  for (const entity of Object.values<any>(data))
    for (const r of entity?.relations ?? []) found[r.id] = r.support;
  return Object.fromEntries(
    FACTS.filter((fact) => found[factId(fact)]).map((fact) => [fact, found[factId(fact)]]),
  );
}

/** The statements around a node whose reports disagree on the channel, each as its claims' ids. */
async function channelDisputes(id: string): Promise<string[][]> {
  const data = await api.data(`{ disputes(id: "${id}") { aspect claims { id } } }`);
  return data.disputes
    .filter((d: any) => d.aspect === 'CHANNEL')
    .map((d: any) => d.claims.map((c: any) => c.id).sort());
}

/** The claims declared to contradict around a node, each pair as its ids. */
async function contradictions(id: string): Promise<string[][]> {
  const data = await api.data(`{ disputes(id: "${id}") { aspect claims { id } } }`);
  return data.disputes
    .filter((d: any) => d.aspect === 'CONTRADICTION')
    .map((d: any) => d.claims.map((c: any) => c.id));
}

/** The opposed positions around a node: each dispute's sides, as dossier and stance. */
async function opposedPositions(id: string) {
  const data = await api.data(
    `{ disputes(id: "${id}") { aspect holder { id } issue { id } positions { dossier stance } } }`,
  );
  return data.disputes
    .filter((d: any) => d.aspect === 'POSITION')
    .map((d: any) => ({ holder: d.holder.id, issue: d.issue.id, positions: d.positions }));
}

/** The disputed points around a node, each with the dossiers of its competing accounts. */
async function disputedPoints(id: string) {
  const data = await api.data(
    `{ disputes(id: "${id}") { event { id } aspect role
         accounts { dossier sources { id reliability { grade } } evidence { quote } } } }`,
  );
  const ofEvents = (d: any) => ['DATE', 'PLACE', 'PARTICIPANTS'].includes(d.aspect);
  for (const d of data.disputes.filter(ofEvents)) {
    expect(d.event.id).toBe(ROUND);
    for (const a of d.accounts) expect(a.evidence.length).toBeGreaterThan(0);
  }
  return data.disputes.filter(ofEvents).map((d: any) => ({
    aspect: d.aspect,
    role: d.role,
    dossiers: d.accounts.map((a: any) => a.dossier),
  }));
}

describe('corroboration across overlapping reports', () => {
  it('counts copies with their original and an outlet once', async () => {
    await ingest(corpus.files);
    expect(await supportByFact()).toEqual(expectedSupport(REPORTS, []));
    // The ground truth is not trivial: copies and a second report of an outlet make a difference.
    const truth = expectedSupport(REPORTS, []);
    expect(truth.leads).toEqual({ sources: 4, independentSources: 2, outlets: 3 });
    expect(truth.member).toEqual({ sources: 3, independentSources: 1, outlets: 2 });
  });

  it('keeps each account of an event, and finds exactly the disagreements planted', async () => {
    expect(await disputedPoints('delegation:blue')).toEqual(PLANTED);
    expect(await disputedPoints(ROUND)).toEqual(PLANTED);
    expect(await disputedPoints(TRUCE)).toEqual([]);
    const data = await api.data(
      `{ round: event(id: "${ROUND}") { disputed date { start end precision }
           support { sources independentSources outlets }
           accounts { dossier date { start end precision }
             participants { role entity { id } evidence { quote } }
             sources { id language outlet { id } } evidence { quote } } }
         truce: event(id: "${TRUCE}") { disputed accounts { dossier } } }`,
    );
    expect(data.round.disputed).toBe(true);
    // Six reports; the wire story and its two copies are one voice, the broadcasters not yet
    // declared dependent.
    expect(data.round.support).toEqual({ sources: 6, independentSources: 4, outlets: 5 });
    expect(data.truce).toEqual({
      disputed: false,
      accounts: [{ dossier: 'morning-2' }, { dossier: 'wire-1' }],
    });
    // Every report of the round is an account of it, with its own date, mediator and source.
    const accounts = data.round.accounts;
    expect(accounts.map((a: any) => a.dossier)).toEqual(
      REPORTS.map((r) => r.source.slice('source:'.length)).sort(),
    );
    const evening = accounts.find((a: any) => a.dossier === 'evening-1');
    expect(evening.date).toEqual({ start: '2026-02-05', end: '2026-02-05', precision: 'DAY' });
    expect(evening.sources).toEqual([
      { id: 'source:evening-1', language: 'en', outlet: { id: 'organization:evening-paper' } },
    ]);
    const tv = accounts.find((a: any) => a.dossier === 'tv-one-1');
    expect(tv.participants.find((p: any) => p.role === 'MEDIATOR')).toEqual({
      role: 'MEDIATOR',
      entity: { id: 'country:redland' },
      evidence: [{ quote: 'عقدت الجولة الثانية في هيل تاون مؤخرا بوساطة ريدلاند.' }],
    });
    expect(tv.sources[0].language).toBe('ar');
  });

  it('keeps where each account holds the event, a place within another agreeing with it', async () => {
    const data = await api.data(
      `{ event(id: "${ROUND}") {
           accounts { dossier places { entity { id } evidence { quote } } }
           places(first: 10) { other { id } support { sources } } } }`,
    );
    const where = Object.fromEntries(
      data.event.accounts.map((a: any) => [a.dossier, a.places.map((p: any) => p.entity.id)]),
    );
    expect(where).toEqual({
      'evening-1': ['place:lake-region'],
      'morning-1': ['place:lake-town'],
      'morning-2': ['place:lake-town'],
      'tv-one-1': ['place:hill-town'],
      'tv-two-1': [],
      'wire-1': ['place:lake-town'],
    });
    expect(data.event.accounts.find((a: any) => a.dossier === 'morning-2').places).toEqual([
      {
        entity: { id: 'place:lake-town' },
        evidence: [{ quote: 'عقدت الجولة الثانية في ليك تاون في فبراير بوساطة غرينلاند.' }],
      },
    ]);
    expect(data.event.places.map((p: any) => [p.other.id, p.support.sources]).sort()).toEqual([
      ['place:hill-town', 1],
      ['place:lake-region', 1],
      ['place:lake-town', 3],
    ]);
    // The disputes at a place are those of the events held there.
    expect(await disputedPoints('place:hill-town')).toEqual(PLANTED);
  });

  it('finds the statement whose reports give different channels, with each report', async () => {
    expect(await channelDisputes('person:ana-umerova')).toEqual([PLANTED_CHANNEL]);
    const data = await api.data(
      `{ disputes(id: "person:ana-umerova") { aspect event { id }
           claims { id mode channel language statement evidence { quote source { id } } } } }`,
    );
    const [dispute] = data.disputes;
    expect(dispute.event).toBeNull();
    const byId = Object.fromEntries(dispute.claims.map((c: any) => [c.id, c]));
    expect(byId['claim:evening-1-talks-continue']).toMatchObject({
      mode: 'REPORTED',
      channel: 'press conference',
      evidence: [
        {
          quote: 'Ana Umerova told a press conference that the talks would continue.',
          source: { id: 'source:evening-1' },
        },
      ],
    });
    expect(byId['claim:morning-2-talks-continue']).toMatchObject({
      mode: 'QUOTED',
      channel: 'Telegram',
      language: 'ar',
    });
    // At the round's delegation, only the round's points: the statement is not about it.
    expect(await channelDisputes('delegation:blue')).toEqual([]);
  });

  it('finds the claims a dossier declares contradict, each with its words and source', async () => {
    expect(await contradictions('person:ana-umerova')).toEqual([PLANTED_CONTRADICTION]);
    // From either claim, and from the claim's own id; the undisputed truce has none.
    expect(await contradictions(PLANTED_CONTRADICTION[1])).toEqual([PLANTED_CONTRADICTION]);
    expect(await contradictions(TRUCE)).toEqual([]);
    const data = await api.data(
      `{ over: claim(id: "${PLANTED_CONTRADICTION[0]}") { disputed
           contradicts { other { id } basis { kind } evidence { quote } } }
         wire: claim(id: "${PLANTED_CONTRADICTION[1]}") { disputed contradicts { other { id } } }
         disputes(id: "${PLANTED_CONTRADICTION[0]}") { aspect
           claims { id mode channel statement(lang: "en") evidence { quote source { id } } } } }`,
    );
    expect(data.over).toEqual({
      disputed: true,
      contradicts: [
        {
          other: { id: PLANTED_CONTRADICTION[1] },
          basis: { kind: 'STATED' },
          evidence: [{ quote: 'Ana Umerova said on television that the talks were over.' }],
        },
      ],
    });
    expect(data.wire.contradicts).toEqual([{ other: { id: PLANTED_CONTRADICTION[0] } }]);
    // The wire's report is disputed twice: its channel, and the broadcaster's contradiction.
    expect(data.wire.disputed).toBe(true);
    const [contradiction] = data.disputes.filter((d: any) => d.aspect === 'CONTRADICTION');
    expect(contradiction.claims.map((c: any) => [c.statement, c.evidence[0].source.id])).toEqual([
      ['The talks are over.', 'source:tv-two-1'],
      ['The talks will continue.', 'source:wire-1'],
    ]);
  });

  it('finds opposite positions for times that meet, and only those, with each account', async () => {
    const planted = [{ holder: HOLDER, issue: ISSUE, positions: PLANTED_POSITIONS }];
    expect(await opposedPositions(HOLDER)).toEqual(planted);
    expect(await opposedPositions(ISSUE)).toEqual(planted);
    const data = await api.data(
      `{ disputes(id: "${ISSUE}") { aspect
           positions { dossier relationId stance asOf qualifiers attestedBy { id }
             sources { id language } evidence { quote } } }
         blueland: entity(id: "${HOLDER}") {
           relations(first: 100) { id type disputed support { sources independentSources } } } }`,
    );
    const [dispute] = data.disputes;
    // Four dossiers state the one relationship: the two of December and of a unilateral
    // extension take no side; the other two are kept side by side, each in its own words.
    expect(dispute.positions).toEqual([
      {
        dossier: 'tv-one-1',
        relationId: POSITION_ID,
        stance: 'REJECTS',
        asOf: '2026-02-04',
        qualifiers: [],
        attestedBy: null,
        sources: [{ id: 'source:tv-one-1', language: 'ar' }],
        evidence: [{ quote: 'بلولاند ترفض تمديد الهدنة.' }],
      },
      {
        dossier: 'wire-1',
        relationId: POSITION_ID,
        stance: 'SUPPORTS',
        asOf: '2026-02-04',
        qualifiers: [],
        attestedBy: null,
        sources: [{ id: 'source:wire-1', language: 'en' }],
        evidence: [{ quote: 'Blueland supports extending the truce.' }],
      },
    ]);
    const positions = data.blueland.relations.filter((r: any) => r.type === 'HOLDS_POSITION');
    expect(positions).toEqual([
      {
        id: POSITION_ID,
        type: 'HOLDS_POSITION',
        disputed: true,
        support: (({ sources, independentSources }) => ({ sources, independentSources }))(
          expectedPositionSupport(REPORTS, []),
        ),
      },
    ]);
    expect(
      data.blueland.relations.filter((r: any) => r.type !== 'HOLDS_POSITION' && r.disputed),
    ).toEqual([]);
    // A neighbourhood's edges say so too, whether or not their labels are asked for.
    for (const fields of ['id disputed', 'id label disputed data { disputed }']) {
      const around = await api.data(`{ neighbourhood(id: "${HOLDER}") { edges { ${fields} } } }`);
      expect(around.neighbourhood.edges.filter((e: any) => e.disputed)).toEqual([
        expect.objectContaining({ id: POSITION_ID, disputed: true }),
      ]);
    }
  });

  it('lists each report with its source, what it counts as, and its spans', async () => {
    const data = await api.data(
      `{ entity(id: "person:ana-umerova") {
           relations(types: ["LEADS"]) { support { reports {
             source { id language copyKind copyOf { id } outlet { id name } }
             countsAs evidence { quote start end } } } } } }`,
    );
    const reports = data.entity.relations[0].support.reports;
    expect(reports.map((r: any) => r.source.id).sort()).toEqual(
      ['source:evening-1', 'source:morning-1', 'source:morning-2', 'source:wire-1'].sort(),
    );
    const translation = reports.find((r: any) => r.source.id === 'source:morning-2');
    expect(translation).toMatchObject({
      source: {
        language: 'ar',
        copyKind: 'TRANSLATION',
        copyOf: { id: 'source:wire-1' },
        outlet: { id: 'organization:morning-paper', name: 'Morning Paper' },
      },
      countsAs: 'organization:wire-agency',
      evidence: [{ quote: 'ترأست آنا أوميروفا الوفد الأزرق.', start: 0 }],
    });
    const evening = reports.find((r: any) => r.source.id === 'source:evening-1');
    expect(evening.countsAs).toBe('organization:evening-paper');
    expect(evening.evidence).toEqual([
      { quote: 'Ana Umerova led the blue delegation.', start: 0, end: 36 },
    ]);
  });

  it('counts outlets declared dependent as one voice, wherever they were cited before', async () => {
    const analyst = writeAssessments(corpus.dir, {
      dependentOutlets: [{ outlets: DEPENDENT_OUTLETS, note: 'one owner', by: 'analyst-1' }],
      outlets: [
        {
          outlet: 'organization:wire-agency',
          grade: 'B',
          note: 'usually reliable',
          by: 'analyst-1',
        },
      ],
    });
    await ingest([analyst]);
    expect(await supportByFact()).toEqual(expectedSupport(REPORTS));
    expect((await supportByFact()).role.independentSources).toBe(1);
    const data = await api.data(
      `{ source(id: "source:morning-1") { reliability { grade } }
         wire: entity(id: "organization:wire-agency") {
           ... on Organization { reliability { kind grade note by dossier targets } } } }`,
    );
    // A copy carried by an outlet is graded as that outlet; the wire agency's own grade is its own.
    expect(data.source.reliability).toEqual([]);
    expect(data.wire.reliability).toEqual([
      {
        kind: 'RELIABILITY',
        grade: 'B',
        note: 'usually reliable',
        by: 'analyst-1',
        dossier: 'analyst-notes',
        targets: ['organization:wire-agency'],
      },
    ]);
  });

  it('keeps exactly the facts enough independent sources state', async () => {
    const truth = expectedSupport(REPORTS);
    for (const min of [1, 2, 3]) {
      const kept = Object.keys(await supportByFact(`, minIndependentSources: ${min}`)).sort();
      const expected = FACTS.filter((f) => truth[f].independentSources >= min).sort();
      expect(kept).toEqual(expected);
    }
    expect(Object.keys(await supportByFact(', minSources: 3')).sort()).toEqual(['leads', 'member']);
    // The connection keeps the same, and counts them.
    const page = await api.data(
      `{ entity(id: "delegation:blue") {
           relationsConnection(first: 10, minIndependentSources: 2, types: ["LEADS", "MEMBER_OF", "REPRESENTS"]) {
             totalCount nodes { id } } } }`,
    );
    expect(page.entity.relationsConnection).toEqual({
      totalCount: 2,
      nodes: [{ id: factId('leads') }, { id: factId('represents') }].sort((a, b) =>
        a.id < b.id ? -1 : 1,
      ),
    });
    // The round's participants: every report names the delegation (the wire's three copies, the
    // evening paper, the two broadcasters as one: three voices); the mediators fewer.
    const round = await api.data(
      `{ event(id: "${ROUND}") {
           all: participants { entity { id } role support { sources independentSources outlets } }
           three: participants(minIndependentSources: 3) { entity { id } }
           connection: participantsConnection(minSources: 2) { totalCount } } }`,
    );
    expect(round.event.all).toEqual(
      expect.arrayContaining([
        {
          entity: { id: 'delegation:blue' },
          role: 'PARTY',
          support: { sources: 6, independentSources: 3, outlets: 5 },
        },
        {
          entity: { id: 'country:greenland' },
          role: 'MEDIATOR',
          support: { sources: 4, independentSources: 2, outlets: 3 },
        },
        {
          entity: { id: 'country:redland' },
          role: 'MEDIATOR',
          support: { sources: 1, independentSources: 1, outlets: 1 },
        },
      ]),
    );
    expect(round.event.three).toEqual([{ entity: { id: 'delegation:blue' } }]);
    expect(round.event.connection.totalCount).toBe(2);
    const bad = await api.run(
      '{ entity(id: "delegation:blue") { relations(minSources: -1) { id } } }',
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it('finds in search only what enough sources, or independent ones, state something of', async () => {
    const truth = expectedSupport(REPORTS);
    const found = async (query: string, filter: string) =>
      (
        await api.data(`{ search(query: "${query}", first: 5${filter}) { entity { id } } }`)
      ).search.map((h: any) => h.entity.id);
    // Bo Lindqvist is named in the membership only: the wire story and its two copies, one voice.
    const member = truth.member;
    expect(member.sources).toBeGreaterThan(member.independentSources);
    const bo = 'person:bo-lindqvist';
    expect(await found('Lindqvist', `, minSources: ${member.sources}`)).toEqual([bo]);
    expect(await found('Lindqvist', `, minSources: ${member.sources + 1}`)).toEqual([]);
    expect(
      await found('Lindqvist', `, minIndependentSources: ${member.independentSources}`),
    ).toEqual([bo]);
    expect(
      await found('Lindqvist', `, minIndependentSources: ${member.independentSources + 1}`),
    ).toEqual([]);
    // Redland is the mediator one broadcaster gives; Greenland the one the wire and the evening
    // paper give (the round's participants, counted above).
    expect(await found('Redland', ', minSources: 1')).toEqual(['country:redland']);
    expect(await found('Redland', ', minSources: 2')).toEqual([]);
    expect(await found('Greenland', ', minIndependentSources: 2')).toEqual(['country:greenland']);
    expect(await found('Greenland', ', minIndependentSources: 3')).toEqual([]);
    expect(
      errorCodes(await api.run('{ search(query: "Redland", minSources: -1) { score } }')),
    ).toEqual(['BAD_USER_INPUT']);
  });

  it('sorts a list most corroborated first, compiled or field by field alike', async () => {
    const byField = await createTestApi({ PARLEY_COMPILED_READS: 'false' });
    try {
      const query = `{
        entity(id: "delegation:blue") {
          all: relations(orderBy: SUPPORT, first: 100) { id support { sources independentSources } }
          two: relations(orderBy: SUPPORT, first: 2) { id }
          byId: relations(first: 100) { id } }
        event(id: "${ROUND}") {
          participants(orderBy: SUPPORT, minSources: 1) { id support { sources independentSources } } } }`;
      const [compiled, fieldByField] = await Promise.all([api.data(query), byField.data(query)]);
      expect(fieldByField).toEqual(compiled);
      const bestFirst = (list: any[]) =>
        [...list].sort(
          (a, b) =>
            b.support.independentSources - a.support.independentSources ||
            b.support.sources - a.support.sources ||
            (a.id < b.id ? -1 : 1),
        );
      const { all, two, byId } = compiled.entity;
      expect(all).toEqual(bestFirst(all));
      expect(all.map((r: any) => r.id).sort()).toEqual(byId.map((r: any) => r.id));
      // The order is not the id order: the round, reported six times, comes first.
      expect(all.map((r: any) => r.id)).not.toEqual(byId.map((r: any) => r.id));
      expect(all[0].id).toBe('rel:participated-in:delegation:blue:event:round-2-blue:party');
      expect(two.map((r: any) => r.id)).toEqual(all.slice(0, 2).map((r: any) => r.id));
      const participants = compiled.event.participants;
      expect(participants).toEqual(bestFirst(participants));
      const bad = await api.run(
        '{ entity(id: "delegation:blue") { relations(orderBy: LOUDEST) { id } } }',
      );
      expect(errorCodes(bad)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    } finally {
      await byField.close();
    }
  });

  it('keeps the corroborated in neighbourhoods, paths and exports, which carry the counts', async () => {
    const data = await api.data(
      `{ around: neighbourhood(id: "delegation:blue", minIndependentSources: 2) { edges { id } }
         weak: paths(from: "person:bo-lindqvist", to: "country:blueland") { length }
         strong: paths(from: "person:bo-lindqvist", to: "country:blueland", minIndependentSources: 2) {
           length } }`,
    );
    const participation = 'rel:participated-in:delegation:blue:event:round-2-blue:party';
    expect(data.around.edges.map((e: any) => e.id).sort()).toEqual(
      [factId('leads'), factId('represents'), participation].sort(),
    );
    // Bo's only link is his membership, which the wire story and its copies alone state.
    expect(data.weak.length).toBeGreaterThan(0);
    expect(data.strong).toEqual([]);

    const truth = expectedSupport(REPORTS);
    const gexf = await (
      await fetch(`${http.url}/export/graph.gexf?minIndependentSources=2`)
    ).text();
    const graph = parseGexf(Graph, gexf);
    const exported = Object.fromEntries(graph.mapEdges((edge, attributes) => [edge, attributes]));
    expect(Object.keys(exported).sort()).toEqual(
      [
        ...FACTS.filter((f) => truth[f].independentSources >= 2).map(factId),
        ...(expectedPositionSupport(REPORTS).independentSources >= 2 ? [POSITION_ID] : []),
        participation,
        'rel:participated-in:country:greenland:event:round-2-blue:mediator',
      ].sort(),
    );
    expect(exported[factId('leads')]).toMatchObject({
      sources: truth.leads.sources,
      independentSources: truth.leads.independentSources,
      outlets: truth.leads.outlets,
    });
    expect(graph.getNodeAttributes(ROUND)).toMatchObject({ disputed: 'true', sources: 6 });
    // The position its holder is given opposite stances on, and a contradicted claim.
    expect(exported[POSITION_ID]).toMatchObject({ disputed: 'true' });
    expect(exported[factId('leads')].disputed).toBeUndefined();
    expect(graph.getNodeAttributes(PLANTED_CONTRADICTION[0])).toMatchObject({ disputed: 'true' });
    expect(graph.getNodeAttributes(TRUCE)).toMatchObject({ disputed: 'false' });
    const all = await fetch(`${http.url}/export/edges.csv?minIndependentSources=-1`);
    expect(all.status).toBe(400);
  });

  it('keeps what enough sources state, copies counted, in neighbourhoods, paths and exports', async () => {
    // Copies count among sources: what three sources state, whoever they copy.
    const min = 3;
    const around = await api.data(
      `{ all: neighbourhood(id: "delegation:blue") { edges { id support { sources } } }
         kept: neighbourhood(id: "delegation:blue", minSources: ${min}) { edges { id } } }`,
    );
    const enough = around.all.edges
      .filter((e: any) => e.support.sources >= min)
      .map((e: any) => e.id)
      .sort();
    expect(around.kept.edges.map((e: any) => e.id).sort()).toEqual(enough);
    expect(enough).toContain(factId('member'));
    expect(enough.length).toBeLessThan(around.all.edges.length);
    // Bo's only link, his membership, has as many sources as the wire story's copies give it.
    const member = expectedSupport(REPORTS).member.sources;
    const paths = await api.data(
      `{ enough: paths(from: "person:bo-lindqvist", to: "delegation:blue", minSources: ${member}) { length }
         tooFew: paths(from: "person:bo-lindqvist", to: "delegation:blue", minSources: ${member + 1}) { length } }`,
    );
    expect(paths.enough).toEqual([{ length: 1 }]);
    expect(paths.tooFew).toEqual([]);
    const graph = parseGexf(
      Graph,
      await (await fetch(`${http.url}/export/graph.gexf?minSources=${min}`)).text(),
    );
    expect(graph.size).toBeGreaterThan(0);
    graph.forEachEdge((_e, attributes) =>
      expect(Number(attributes.sources)).toBeGreaterThanOrEqual(min),
    );
    const whole = parseGexf(Graph, await (await fetch(`${http.url}/export/graph.gexf`)).text());
    expect(graph.size).toBe(
      whole.filterEdges((_e, attributes) => Number(attributes.sources) >= min).length,
    );
    const bad = await api.run(
      '{ neighbourhood(id: "delegation:blue", minSources: -1) { nodes { id } } }',
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it('counts again when a report is withdrawn', async () => {
    await withdrawDossiers(driver, ['evening-1'], { database: config.neo4j.database });
    const rest = REPORTS.filter((r) => r.source !== 'source:evening-1');
    expect(await supportByFact()).toEqual(
      Object.fromEntries(Object.entries(expectedSupport(rest)).filter(([, s]) => s.sources > 0)),
    );
    // Without the evening paper, nothing gives the round another date, nor the statement
    // another channel.
    expect(await channelDisputes('person:ana-umerova')).toEqual([]);
    // The evening paper's Lake Region agreed with both towns: the place is disputed as before.
    const [, place, mediator] = PLANTED;
    expect(await disputedPoints(ROUND)).toEqual([
      place,
      { ...mediator, dossiers: mediator.dossiers.filter((d) => d !== 'evening-1') },
    ]);
    // Without the first broadcaster, nothing opposes the wire's position; without the second,
    // nothing contradicts its statement.
    await withdrawDossiers(driver, ['tv-one-1', 'tv-two-1'], {
      database: config.neo4j.database,
    });
    expect(await opposedPositions(HOLDER)).toEqual([]);
    expect(await contradictions('person:ana-umerova')).toEqual([]);
    const after = await api.data(
      `{ claim(id: "${PLANTED_CONTRADICTION[1]}") { disputed }
         entity(id: "${HOLDER}") { relations(first: 100) { type disputed } } }`,
    );
    expect(after.claim.disputed).toBe(false);
    expect(after.entity.relations.filter((r: any) => r.disputed)).toEqual([]);
    await ingest(
      ['source:tv-one-1', 'source:tv-two-1'].map(
        (source) => corpus.files[REPORTS.findIndex((r) => r.source === source)],
      ),
    );
    expect(await opposedPositions(HOLDER)).toHaveLength(1);
    expect(await contradictions('person:ana-umerova')).toEqual([PLANTED_CONTRADICTION]);
    await ingest([corpus.files[REPORTS.findIndex((r) => r.source === 'source:evening-1')]]);
    expect(await disputedPoints(ROUND)).toEqual(PLANTED);
    expect(await channelDisputes('person:ana-umerova')).toEqual([PLANTED_CHANNEL]);
    expect(await supportByFact()).toEqual(expectedSupport(REPORTS));
    const fileOf = (source: string) => corpus.files[REPORTS.findIndex((r) => r.source === source)];
    // Without Hill Town, the places left agree: Lake Town lies in the Lake Region, as the
    // gazetteer says. Without the gazetteer nothing says so, and the event is marked again,
    // though no dossier that states it was touched; the gazetteer back, the mark goes.
    const marked = async () =>
      ((
        await driver.executeQuery(
          'MATCH (e:Event {id: $id}) RETURN e.disputedPoints AS points',
          { id: ROUND },
          { database: config.neo4j.database },
        )
      ).records[0].get('points') ?? []) as string[];
    await withdrawDossiers(driver, ['tv-one-1'], { database: config.neo4j.database });
    expect(await marked()).not.toContain('PLACE');
    await withdrawDossiers(driver, [GAZETTEER], { database: config.neo4j.database });
    expect(await marked()).toContain('PLACE');
    expect((await disputedPoints(ROUND)).find((p: any) => p.aspect === 'PLACE')).toEqual({
      aspect: 'PLACE',
      role: null,
      dossiers: ['evening-1', 'morning-1', 'morning-2', 'wire-1'],
    });
    await ingest([corpus.files.at(-1)!]);
    expect(await marked()).not.toContain('PLACE');
    await ingest([fileOf('source:tv-one-1')]);
    expect(await disputedPoints(ROUND)).toEqual(PLANTED);
  });

  it('refuses a bad outlet, original or contradiction, a circle of copies and a grade given twice', async () => {
    const before = await graphCounts(driver, config);
    const person = corpus.dossierOf('source:evening-1');
    (person as any).dossier = 'bad-outlet';
    (person as any).sources[0].id = 'source:bad-outlet';
    (person as any).sources[0].file = `${corpus.dir}/evening-1.txt`;
    (person as any).sources[0].outlet = 'person:bo-lindqvist';
    const unknown = corpus.dossierOf('source:morning-1');
    (unknown as any).dossier = 'bad-original';
    (unknown as any).sources[0].id = 'source:bad-original';
    (unknown as any).sources[0].file = `${corpus.dir}/morning-1.txt`;
    (unknown as any).sources[0].copyOf = { source: 'source:nowhere', kind: 'REPRINT' };
    const circle = corpus.dossierOf('source:morning-2');
    (circle as any).dossier = 'bad-circle';
    (circle as any).sources[0].file = `${corpus.dir}/morning-2.txt`;
    (circle as any).sources[0].id = 'source:circle';
    (circle as any).sources[0].copyOf = { source: 'source:circle', kind: 'REPRINT' };
    const contradicting = (name: string, contradicts: (own: string) => string) => {
      const dossier = corpus.dossierOf('source:tv-two-1') as any;
      dossier.dossier = name;
      dossier.sources[0].id = `source:${name}`;
      dossier.sources[0].file = `${corpus.dir}/tv-two-1.txt`;
      dossier.claims[0].id = `claim:${name}`;
      dossier.claims[0].contradicts = [contradicts(dossier.claims[0].id)];
      return dossier;
    };
    const notClaim = contradicting('bad-contradiction', () => 'person:ana-umerova');
    const itself = contradicting('self-contradiction', (own) => own);
    const grade = { outlet: 'organization:wire-agency', grade: 'B', by: 'analyst-2' };
    const twice = writeAssessments(
      corpus.dir,
      { outlets: [grade, { ...grade, grade: 'C' }] },
      'twice',
    );
    for (const [dossier, message] of [
      [person, 'person:bo-lindqvist is a Person in the graph; expected Organization'],
      [unknown, 'unknown reference source:nowhere: neither the input nor the graph has it'],
      [circle, 'source:circle is declared a copy of itself'],
      [twice, 'organization:wire-agency is graded twice'],
      [notClaim, 'person:ana-umerova is a Person; expected Claim'],
      [itself, 'a claim does not contradict itself'],
    ] as const) {
      const error = await ingest([
        typeof dossier === 'string' ? dossier : writeDossier(dossier),
      ]).catch((e: unknown) => e);
      expect(isAppError(error) && error.code).toBe('INVALID_DOSSIER');
      expect(JSON.stringify((error as any).problems)).toContain(message);
    }
    expect(await graphCounts(driver, config)).toEqual(before);
  });
});
