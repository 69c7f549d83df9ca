/// <reference lib="dom" />
import path from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { graphCounts, seedDatabase } from '../helpers/database';
import {
  CURATE_SCREENSHOTS,
  dragOver,
  startCurateSession,
  type CurateSession,
} from '../helpers/curate-page';

// Draft in the curation page, in Chromium over the seeded graph: the proposals are shown apart,
// accepting one and dropping another change the dossier so, and ingest is refused while any
// draft is left; once every one is reviewed, the dossier is valid.
jest.setTimeout(180000);

const SEED_SOURCE = 'source:2026-02-04-trilateral-talks-round-2';
const DOSSIER = '2026-02-04-trilateral-talks-round-2';

let session: CurateSession;
let page: Page;

beforeAll(async () => {
  session = await startCurateSession();
  page = session.page;
  await seedDatabase(session.server.driver, session.server.config);
});
afterAll(() => session?.close());

const drafts = () => page.evaluate(() => Number(document.body.dataset.drafts ?? -1));
/** Waits for the check's answer: valid (no problem, no draft) or not. */
const checked = (valid: boolean) =>
  page.waitForFunction(
    (wanted) => {
      const shown = document.body.dataset.problems;
      return shown !== undefined && shown !== 'pending' && (shown === '0') === wanted;
    },
    valid,
    { timeout: 15000 },
  );

/** The dossier as saved to the server's folder, parsed. */
async function saved(): Promise<Record<string, Array<Record<string, unknown>>>> {
  await page.click('#save');
  await page.waitForFunction(() => /Saved/.test(document.getElementById('status')!.textContent!));
  const response = await fetch(`${session.server.url}/api/saved-dossiers/${DOSSIER}`);
  return parse(((await response.json()) as { dossier: string }).dossier);
}

describe('Draft on the curation page', () => {
  it('shows the proposals apart; accept, drop and the ingest refused while drafts remain', async () => {
    await page.goto(`${session.server.url}/curate`);
    await page.waitForFunction(() => document.body.dataset.loaded === 'true');
    await page.fill('#token', session.token);
    await page.selectOption('#graph-sources', SEED_SOURCE);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    await page.click('#draft');
    await page.waitForFunction(() => Number(document.body.dataset.drafts ?? 0) > 0);
    await checked(false);
    const proposed = await drafts();
    const listed = await page.locator('#drafts li').allTextContents();
    expect(listed.some((l) => l.includes('person:rustem-umerov'))).toBe(true);
    expect(listed.some((l) => /claim claim:dmitry-peskov-\d by person:dmitry-peskov/.test(l))).toBe(
      true,
    );
    // Drafts are drawn apart on the text, and not listed as problems.
    expect(await page.locator('#text mark[data-draft="true"]').count()).toBeGreaterThan(10);
    expect(await page.locator('#problems li').count()).toBe(0);
    expect(await page.isDisabled('#ingest')).toBe(true);
    await page.screenshot({ path: path.join(CURATE_SCREENSHOTS, 'curate-draft.png') });

    // Accept Umerov; drop Peskov's first claim.
    const umerov = page.locator('#drafts li', {
      hasText: /^Person Rustem Umerov \(person:rustem-umerov\)/,
    });
    await umerov.getByRole('button', { name: /^Accept/ }).click();
    const peskov = page.locator('#drafts li', { hasText: /^claim claim:dmitry-peskov-1 / });
    await peskov.getByRole('button', { name: /^Drop/ }).click();
    expect(await drafts()).toBe(proposed - 2);
    const dossier = await saved();
    const umerovItem = dossier.entities.find((e) => e.id === 'person:rustem-umerov')!;
    expect(umerovItem.draft).toBeUndefined();
    expect((umerovItem.evidence as unknown[]).length).toBe(2);
    expect(dossier.claims.some((c) => c.id === 'claim:dmitry-peskov-1')).toBe(false);
    expect(dossier.claims.find((c) => c.id === 'claim:dmitry-peskov-2')?.draft).toBeDefined();

    // The server refuses it too, and writes nothing.
    const before = await graphCounts(session.server.driver, session.server.config);
    const refused = await fetch(`${session.server.url}/api/dossiers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
      body: JSON.stringify({
        dossier: JSON.stringify(dossier),
        sources: await page.evaluate(() => ({
          [`sources/2026-02-04-trilateral-talks-round-2.txt`]:
            document.getElementById('text')!.textContent!,
        })),
      }),
    });
    expect(refused.status).toBe(422);
    const answer = (await refused.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(answer.errors[0].extensions.code).toBe('INVALID_DOSSIER');
    expect(await graphCounts(session.server.driver, session.server.config)).toEqual(before);

    // An event made from a span with a drafted date starts from that date, and uses it up.
    const text = await page.evaluate(() => document.getElementById('text')!.textContent!);
    const quote = 'الجولة الأولى من المفاوضات الأمنية الثلاثية عُقدت يومي 23 و24 يناير';
    const start = [...text.slice(0, text.indexOf(quote))].length;
    await dragOver(page, start, start + [...quote].length);
    await page.keyboard.press('v');
    expect(await page.inputValue('#event-date-start')).toBe('2026-01-23');
    expect(await page.inputValue('#event-date-end')).toBe('2026-01-24');
    expect(await page.textContent('#event-date-drafted')).toMatch(
      /follows from the publication date/,
    );
    await page.selectOption('#event-kind', 'NEGOTIATION_ROUND');
    await page.fill('#event-name-en', 'Round 1');
    const left = await drafts();
    await page.click('#event-form-add');
    await page.waitForFunction((n) => Number(document.body.dataset.drafts) === n - 1, left);
    const withEvent = await saved();
    expect(withEvent.events[0].date).toMatchObject({
      start: '2026-01-23',
      end: '2026-01-24',
      precision: 'DAY',
      note: expect.stringMatching(/2026 follows from the publication date/),
    });

    // Every proposal reviewed (the rest accepted, dates and shared names dropped): it is valid.
    for (let left = await drafts(); left > 0; left = await drafts()) {
      const first = page.locator('#drafts li').first();
      const acceptable = await first.getByRole('button', { name: /^Accept/ }).count();
      await first.getByRole('button', { name: acceptable ? /^Accept/ : /^Drop/ }).click();
    }
    await checked(true);
    expect(await page.isDisabled('#ingest')).toBe(false);
    expect(session.problems).toEqual([]);
  });

  it('imports a brat file into the open dossier as drafts, and says where a wrong one is wrong', async () => {
    const ann = path.resolve(__dirname, '../fixtures/annotations/seed-first-paragraph.ann');
    await page.goto(`${session.server.url}/curate`);
    await page.waitForFunction(() => document.body.dataset.loaded === 'true');
    await page.selectOption('#graph-sources', SEED_SOURCE);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    await page.click('#import');
    await page.setInputFiles('#import-file', ann);
    await page.waitForFunction(() => Number(document.body.dataset.drafts ?? 0) === 3);
    const listed = await page.locator('#drafts li').allTextContents();
    expect(listed.map((l) => /\(([a-z]+:[a-z0-9-]+)\)/.exec(l)?.[1])).toEqual([
      'delegation:round-2-ukraine',
      'delegation:round-2-russia',
      'country:united-states',
    ]);
    await page.setInputFiles('#import-file', {
      name: 'wrong.ann',
      mimeType: 'text/plain',
      buffer: Buffer.from('T1\tCountry 77 84\tأمريكية\n'),
    });
    await page.waitForFunction(() =>
      /T1: offsets 77-84 read/.test(document.getElementById('status')!.textContent!),
    );
    expect(await drafts()).toBe(3);
    // The refused import's 422 is the only error the browser logged.
    expect(session.problems.filter((p) => !/status of 422/.test(p))).toEqual([]);
  });
});
