import { createTestApi, TestApi } from '../helpers/api';
import { seedDatabase } from '../helpers/database';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  await seedDatabase(api.driver, api.config);
});
afterAll(() => api.close());

const EVENTS = `query ($from: String, $to: String) {
  events(from: $from, to: $to, first: 100) { nodes { id date { start end precision } } }
}`;
const ids = (result: any) => result.events.nodes.map((e: any) => e.id);

describe('open-ended dates', () => {
  it('keeps an ongoing event open: the war has a start and no end', async () => {
    const { event } = await api.data(
      `{ event(id: "event:russia-ukraine-war") { date { start end precision } } }`,
    );
    expect(event.date).toEqual({ start: '2022-01-01', end: null, precision: 'YEAR' });
  });

  it('puts an ongoing event in every window from its start on', async () => {
    for (const from of ['2022-06-01', '2026-01-01', '2030-01-01'])
      expect(ids(await api.data(EVENTS, { from }))).toContain('event:russia-ukraine-war');
    expect(ids(await api.data(EVENTS, { to: '2021-12-31' }))).not.toContain(
      'event:russia-ukraine-war',
    );
    // A closed event stays inside its bounds.
    expect(ids(await api.data(EVENTS, { from: '2026-03-01' }))).not.toContain(
      'event:trilateral-talks-round-2',
    );
  });

  it('keeps an event known only to have happened before a date in every window up to it', async () => {
    const before = ids(await api.data(EVENTS, { to: '2025-01-01' }));
    expect(before).toContain('event:record-ballistic-missile-attack');
    expect(ids(await api.data(EVENTS, { from: '2026-03-01' }))).not.toContain(
      'event:record-ballistic-missile-attack',
    );
  });

  it("shows an ongoing event in an actor's timeline of a later window, in date order", async () => {
    const { timeline } = await api.data(
      `{ timeline(involving: ["country:ukraine"], from: "2026-01-01") { item { id } date { start end } } }`,
    );
    const order = timeline.map((e: any) => e.item.id);
    expect(order[0]).toBe('event:russia-ukraine-war');
    expect(order).toContain('event:trilateral-talks-round-2');
  });
});
