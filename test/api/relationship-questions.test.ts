import { EXAMPLE_QUERIES } from '../../src/api/playground/example-queries';
import { seedDatabase } from '../helpers/database';
import { createTestApi, TestApi } from '../helpers/api';
import { relayContract } from '../helpers/relay-contract';

let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
  await seedDatabase(api.driver, api.config);
});
afterAll(() => api.close());

const data = (query: string, variables?: Record<string, unknown>) => api.data(query, variables);

describe('relationship questions, answered from the seeded article', () => {
  it('lists the rounds in order with dates, format, mediators, and delegations with their leaders', async () => {
    const { rounds } = await data(`{
      rounds { nodes {
        round format date { start end precision }
        mediators { entity { id } basis { kind } }
        delegations {
          role
          entity { id ... on Delegation { side { side { id } } leaders { leader { name(lang: "ar") } title evidence { quote } } } }
        }
      } }
    }`);
    const summary = rounds.nodes.map((r: any) => ({
      round: r.round,
      format: r.format,
      date: r.date,
      mediators: r.mediators.map((m: any) => `${m.entity.id} ${m.basis.kind}`).sort(),
      delegations: r.delegations.map((d: any) => ({
        side: d.entity.side.map((s: any) => s.side.id),
        role: d.role,
        leaders: d.entity.leaders.map((l: any) => l.leader.name),
      })),
    }));
    expect(summary).toEqual([
      {
        round: 1,
        format: 'TRILATERAL',
        date: { start: '2026-01-23', end: '2026-01-24', precision: 'DAY' },
        // "Trilateral", with two sides named: the third is a reading, and says so.
        mediators: ['country:united-states INFERRED'],
        delegations: [
          { side: ['country:russia'], role: 'PARTY', leaders: ['إيغور كوستيوكوف'] },
          { side: ['country:ukraine'], role: 'PARTY', leaders: ['رستم أوميروف'] },
        ],
      },
      {
        round: 2,
        format: 'TRILATERAL',
        date: { start: '2026-02-04', end: '2026-02-05', precision: 'DAY' },
        mediators: ['country:united-states STATED', 'delegation:round-2-united-states INFERRED'],
        delegations: [
          { side: ['country:russia'], role: 'PARTY', leaders: [] },
          { side: ['country:ukraine'], role: 'PARTY', leaders: ['رستم أوميروف'] },
          { side: ['country:united-states'], role: 'MEDIATOR', leaders: [] },
        ],
      },
    ]);
    const kostyukov = rounds.nodes[0].delegations[0].entity.leaders[0];
    expect(kostyukov.evidence[0].quote).toContain('إيغور كوستيوكوف');
  });

  it("gives a person's roles and the delegations they led, with evidence", async () => {
    const { entity } = await data(`{
      entity(id: "person:rustem-umerov") {
        name
        ... on Person {
          roles { title organization { id } asOf evidence { quote } }
          leads { led { id } title evidence { quote context(width: 10) } }
        }
      }
    }`);
    expect(entity.name).toBe('Rustem Umerov');
    expect(entity.roles.map((r: any) => [r.title, r.organization.id, r.asOf])).toEqual([
      [
        'Secretary of the National Security and Defense Council',
        'organization:nsdc-ukraine',
        '2026-01-23',
      ],
      ['Chief Ukrainian negotiator', 'country:ukraine', '2026-02-04'],
    ]);
    expect(entity.leads.map((l: any) => l.led.id)).toEqual([
      'delegation:round-1-ukraine',
      'delegation:round-2-ukraine',
    ]);
    const context = entity.leads[0].evidence[0].context;
    expect(context).toContain(entity.leads[0].evidence[0].quote);
    expect(context.startsWith('…')).toBe(true);
  });

  it("lists an event's participants with their roles", async () => {
    const { event } = await data(`{
      event(id: "event:russian-invasion-2022") {
        kind date { start end precision }
        participants { role entity { id } evidence { quote } }
        partOf { id }
      }
    }`);
    expect(event.kind).toBe('INVASION');
    expect(event.date).toEqual({ start: '2022-01-01', end: '2022-12-31', precision: 'YEAR' });
    expect(event.participants.map((p: any) => [p.entity.id, p.role])).toEqual([
      ['country:russia', 'ATTACKER'],
      ['country:ukraine', 'TARGET'],
    ]);
    expect(event.partOf.id).toBe('event:russia-ukraine-war');
  });

  it('keeps what is only claimed as a claim: the missile attack is attested by Zelensky', async () => {
    const { event } = await data(`{
      event(id: "event:record-ballistic-missile-attack") {
        date { start end precision }
        attestedBy { mode speaker { id } statement(lang: "en") }
      }
    }`);
    expect(event.date).toEqual({ start: null, end: '2026-02-04', precision: 'UNKNOWN' });
    expect(event.attestedBy).toEqual({
      mode: 'REPORTED',
      speaker: { id: 'person:volodymyr-zelensky' },
      statement: expect.stringContaining('record number of ballistic missiles'),
    });
  });

  it('filters claims by speaker, subject, event and date', async () => {
    const ids = async (args: string) =>
      (await data(`{ claims(${args}) { totalCount nodes { id } } }`)).claims;
    const bySpeaker = await ids('speaker: "person:dmitry-peskov"');
    expect(bySpeaker.nodes.map((c: any) => c.id).sort()).toEqual([
      'claim:peskov-no-information-today',
      'claim:peskov-no-statements-for-now',
    ]);
    expect(bySpeaker.totalCount).toBe(2);
    expect((await ids('subject: "event:energy-infrastructure-truce"')).nodes).toEqual([
      { id: 'claim:zelensky-truce-exploited' },
    ]);
    expect((await ids('event: "event:kremlin-press-conference"')).nodes).toEqual([
      { id: 'claim:peskov-no-statements-for-now' },
    ]);
    expect((await ids('event: "event:trilateral-talks-round-2"')).totalCount).toBe(5);
    expect((await ids('from: "2026-02-05"')).totalCount).toBe(0);
    expect((await ids('speaker: "person:rustem-umerov", to: "2026-02-04"')).totalCount).toBe(2);
  });

  it('finds the same claims from whichever filter anchors the read, in date order', async () => {
    // Every combination of speaker, subject and event that the seed can satisfy, against a plain
    // scan of every claim.
    const { records } = await api.driver.executeQuery(
      `MATCH (s)-[:SAID]->(c:Claim)-[:ABOUT|AT_EVENT]->(x)
       RETURN DISTINCT s.id AS speaker, x.id AS target, x:Event AS isEvent`,
      {},
      { database: api.config.neo4j.database },
    );
    const cases = records.flatMap((r) => {
      const speaker = r.get('speaker');
      const target = r.get('target');
      return [
        { speaker, subject: target, event: null },
        { speaker: null, subject: target, event: r.get('isEvent') ? target : null },
        ...(r.get('isEvent') ? [{ speaker, subject: null, event: target }] : []),
      ];
    });
    expect(cases.length).toBeGreaterThan(10);
    for (const filter of cases) {
      const { records: expected } = await api.driver.executeQuery(
        `MATCH (n:Claim)
         WHERE ($speaker IS NULL OR EXISTS { (:Node {id: $speaker})-[:SAID]->(n) })
           AND ($subject IS NULL OR EXISTS { (n)-[:ABOUT]->(:Node {id: $subject}) })
           AND ($event IS NULL OR EXISTS { (n)-[:AT_EVENT|ABOUT]->(:Event {id: $event}) })
         RETURN n.id AS id ORDER BY coalesce(n.dateStart, n.dateEnd, '9999'), n.id`,
        filter,
        { database: api.config.neo4j.database },
      );
      const { claims } = await data(
        `query ($speaker: ID, $subject: ID, $event: ID) {
          claims(speaker: $speaker, subject: $subject, event: $event, first: 100) {
            totalCount nodes { id } } }`,
        filter,
      );
      const want = expected.map((r) => r.get('id'));
      expect({ filter, ids: claims.nodes.map((c: any) => c.id) }).toEqual({ filter, ids: want });
      expect(claims.totalCount).toBe(want.length);
    }
  });

  it('reports a claim in its own words, with the speaker, channel and a translation', async () => {
    const { claim } = await data(`{
      claim(id: "claim:umerov-new-trilateral-round") {
        mode channel language statement english: statement(lang: "en") speaker { name(lang: "uk") }
        evidence { quote start end source { id language publishedOn } }
      }
    }`);
    expect(claim).toMatchObject({
      mode: 'QUOTED',
      channel: 'Telegram',
      language: 'ar',
      statement: 'جولة جديدة من المفاوضات بصيغة ثلاثية بمشاركة أوكرانيا والولايات المتحدة وروسيا',
      speaker: { name: 'Рустем Умєров' },
    });
    expect(claim.english).toMatch(/^A new round of negotiations/);
    expect(claim.evidence[0].source).toEqual({
      id: 'source:2026-02-04-trilateral-talks-round-2',
      language: 'ar',
      publishedOn: '2026-02-04',
    });
  });

  it('pages through every entity in name order, each once, as Cypher orders them', async () => {
    const { records } = await api.driver.executeQuery(
      'MATCH (n:Entity) RETURN n.id AS id ORDER BY n.name, n.id',
      {},
      { database: api.config.neo4j.database },
    );
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { entities } = await data(
        'query ($after: String) { entities(first: 7, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      ids.push(...entities.nodes.map((n: any) => n.id));
      if (!entities.pageInfo.hasNextPage) break;
      after = entities.pageInfo.endCursor;
    }
    expect(ids.length).toBeGreaterThan(20);
    expect(ids).toEqual(records.map((r) => r.get('id')));
  });

  // Relay's connection contract, for each list and filter (see relayContract).
  describe.each([
    ['entities', '', 'MATCH (n:Entity) RETURN n.id AS id ORDER BY n.name, n.id'],
    [
      'entities',
      'kind: Person',
      "MATCH (n:Entity {kind: 'Person'}) RETURN n.id AS id ORDER BY n.name, n.id",
    ],
    [
      'entities',
      'nameContains: "a"',
      "MATCH (n:Entity) WHERE toLower(n.searchText) CONTAINS 'a' RETURN n.id AS id ORDER BY n.name, n.id",
    ],
    [
      'events',
      '',
      "MATCH (n:Event) RETURN n.id AS id ORDER BY coalesce(n.dateStart, n.dateEnd, '9999'), n.id",
    ],
    [
      'events',
      'from: "2026-01-20"',
      `MATCH (n:Event) WHERE (n.dateStart IS NOT NULL OR n.dateEnd IS NOT NULL)
         AND (n.dateEnd IS NULL OR n.dateEnd >= '2026-01-20')
       RETURN n.id AS id ORDER BY coalesce(n.dateStart, n.dateEnd, '9999'), n.id`,
    ],
    [
      'claims',
      '',
      "MATCH (n:Claim) RETURN n.id AS id ORDER BY coalesce(n.dateStart, n.dateEnd, '9999'), n.id",
    ],
    [
      'claims',
      'event: "event:trilateral-talks-round-2"',
      `MATCH (n:Claim) WHERE EXISTS { (n)-[:AT_EVENT|ABOUT]->(:Event {id: 'event:trilateral-talks-round-2'}) }
       RETURN n.id AS id ORDER BY coalesce(n.dateStart, n.dateEnd, '9999'), n.id`,
    ],
  ])('%s(%s) as a Relay connection', (list, filter, cypher) => {
    relayContract(() => api, list, filter, cypher);
  });

  it('refuses to page both ways at once', async () => {
    const codes = async (query: string) =>
      (await api.run(query)).errors?.map((e) => [e.extensions?.code, e.extensions?.argument]);
    expect(await codes('{ entities(first: 2, last: 2) { nodes { id } } }')).toEqual([
      ['BAD_USER_INPUT', 'first'],
    ]);
    expect(await codes('{ claims(after: "x", before: "y") { nodes { id } } }')).toEqual([
      ['BAD_USER_INPUT', 'after'],
    ]);
    expect(await codes('{ events(last: 101) { nodes { id } } }')).toEqual([
      ['BAD_USER_INPUT', 'last'],
    ]);
    expect(await codes('{ events(last: 2, before: "not a cursor") { nodes { id } } }')).toEqual([
      ['BAD_USER_INPUT', 'before'],
    ]);
  });

  it('pages through entities by kind with cursors, counting only when asked', async () => {
    const page = async (after: string | null) =>
      (
        await data(
          'query ($after: String) { entities(kind: Person, first: 2, after: $after) { nodes { name } pageInfo { hasNextPage endCursor } } }',
          {
            after,
          },
        )
      ).entities;
    const names: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const current = await page(after);
      names.push(...current.nodes.map((n: any) => n.name));
      pages += 1;
      if (!current.pageInfo.hasNextPage) break;
      after = current.pageInfo.endCursor;
    }
    expect(pages).toBe(3);
    expect(names).toEqual([
      'Dmitry Peskov',
      'Donald Trump',
      'Igor Kostyukov',
      'Rustem Umerov',
      'Volodymyr Zelensky',
    ]);

    const without = await api.run('{ entities(kind: Country) { nodes { id } } }');
    const withCount = await api.run('{ entities(kind: Country) { totalCount nodes { id } } }');
    expect(withCount.data.entities.totalCount).toBe(3);
    expect(withCount.extensions?.roundTrips).toBe((without.extensions?.roundTrips as number) + 1);
  });

  it('finds entities by a part of any of their names, in any script', async () => {
    const names = async (q: string) =>
      (await data('query ($q: String) { entities(nameContains: $q) { nodes { id } } }', { q }))
        .entities.nodes;
    expect(await names('Костюков')).toEqual([{ id: 'person:igor-kostyukov' }]);
    expect(await names('زيلينسكي')).toEqual([{ id: 'person:volodymyr-zelensky' }]);
    expect(await names('zelenskyy')).toEqual([{ id: 'person:volodymyr-zelensky' }]);
    // Inside a word, and across two.
    expect(await names('LENSK')).toEqual([{ id: 'person:volodymyr-zelensky' }]);
    expect(await names('myr zel')).toEqual([{ id: 'person:volodymyr-zelensky' }]);
  });

  it('finds by a part of a name exactly what a scan of every name finds', async () => {
    for (const part of ['a', 'ov', 'del', 'us', 'رو', 'ко', 'n d', 'xyzzy']) {
      const needle = part.toLowerCase();
      const { records } = await api.driver.executeQuery(
        `MATCH (n:Entity) WHERE toLower(n.searchText) CONTAINS $needle
         RETURN n.id AS id ORDER BY n.name, n.id`,
        { needle },
        { database: api.config.neo4j.database },
      );
      const { entities } = await data(
        'query ($q: String) { entities(nameContains: $q, first: 100) { totalCount nodes { id } } }',
        { q: part },
      );
      const want = records.map((r) => r.get('id'));
      expect({ part, ids: entities.nodes.map((n: any) => n.id) }).toEqual({ part, ids: want });
      expect(entities.totalCount).toBe(want.length);
    }
  });

  it.each(EXAMPLE_QUERIES.map((example) => [example.title, example.query]))(
    'runs the playground example "%s" without errors',
    async (_title, query) => {
      const result = await api.run(query);
      expect(result.errors).toBeUndefined();
      expect(Object.values(result.data).every((value) => value !== null)).toBe(true);
    },
  );
});
