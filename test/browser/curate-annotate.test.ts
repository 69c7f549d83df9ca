/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { graphCounts, resetDatabase, SEED_DIR } from '../helpers/database';
import type { TestHttpServer } from '../helpers/http-server';
import {
  CURATE_SCREENSHOTS,
  dragOver,
  startCurateSession,
  type CurateSession,
} from '../helpers/curate-page';

// A curator on an empty database: opens the seed's article, annotates three facts with the
// mouse and the keyboard, saves, ingests, and the API answers those facts with their evidence.
// Every click and key is counted, per fact.
jest.setTimeout(180000);

const SCREENSHOTS = CURATE_SCREENSHOTS;
const SOURCE = path.resolve(SEED_DIR, '../sources/2026-02-04-trilateral-talks-round-2.ar.txt');
const text = fs.readFileSync(SOURCE, 'utf8');

let session: CurateSession;
let server: TestHttpServer;
let page: Page;
let problems: string[];
let dir: string;
let token: string;

beforeAll(async () => {
  session = await startCurateSession();
  ({ server, page, problems, dir, token } = session);
  await resetDatabase(server.driver, server.config);
});

afterAll(() => session?.close());

/** Clicks and keystrokes, counted as a curator makes them. */
let clicks = 0;
let keys = 0;
const click = async (selector: string) => {
  clicks += 1;
  await page.click(selector);
};
const type = async (selector: string, value: string) => {
  await click(selector);
  keys += [...value].length;
  await page.keyboard.type(value);
};
const press = async (key: string) => {
  keys += 1;
  await page.keyboard.press(key);
};
// A menu: one click opens it, one picks.
const choose = async (selector: string, value: string) => {
  clicks += 2;
  await page.selectOption(selector, value);
};

/** Code point offsets of a quote in the source (its first occurrence at or after `from`). */
const spanOf = (quote: string, from = 0) => {
  const at = text.indexOf(quote, [...text].slice(0, from).join('').length);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...quote].length, quote };
};

/** One mouse drag over a span: from its first character's start to its last one's end. */
async function drag(span: { start: number; end: number }) {
  clicks += 1;
  await dragOver(page, span.start, span.end);
}

const checked = () =>
  page.waitForFunction(() => document.body.dataset.problems !== undefined, null, {
    timeout: 10000,
  });
const statusIs = (pattern: RegExp) =>
  page.waitForFunction(
    (source) => new RegExp(source).test(document.getElementById('status')!.textContent ?? ''),
    pattern.source,
    { timeout: 10000 },
  );

const perFact: Record<string, { clicks: number; keys: number }> = {};
async function fact(name: string, steps: () => Promise<void>) {
  const before = { clicks, keys };
  await steps();
  perFact[name] = { clicks: clicks - before.clicks, keys: keys - before.keys };
}

const leading = spanOf('وترأس الوفد الأوكراني سكرتير مجلس الأمن القومي والدفاع رستم أوميروف');
const claim = spanOf(
  'وقال في مؤتمر صحفي: «لا داعي لتوقع أي بيانات في الوقت الراهن، لا نعتزم تقديم أي معلومات»',
);
const round = spanOf('الجولة الأولى من المفاوضات الأمنية الثلاثية عُقدت يومي 23 و24 يناير');

describe('a curator annotating the seed article on an empty database', () => {
  it('opens it, annotates three facts, saves and ingests them, and the API answers them', async () => {
    await page.goto(`${server.url}/curate`);
    await page.waitForFunction(() => document.body.dataset.loaded === 'true');
    await click('#new-text');
    clicks += 1;
    await page.setInputFiles('#new-file', SOURCE);
    await page.waitForFunction(
      () => (document.getElementById('new-body') as HTMLTextAreaElement).value.length > 0,
    );
    await type('#new-title', 'A round of trilateral talks');
    await type('#new-language', 'ar');
    await click('#new-published');
    keys += 8;
    await page.fill('#new-published', '2026-02-04');
    await click('#new-open');
    await page.waitForFunction(() => document.body.dataset.ready === 'true');
    perFact.open = { clicks, keys };

    await fact('Umerov leads the round-1 Ukrainian delegation', async () => {
      await drag(spanOf('رستم أوميروف', leading.start));
      await click('#add-entity');
      await type('#entity-name-en', 'Rustem Umerov');
      await press('Enter');
      await drag(spanOf('الوفد الأوكراني', leading.start));
      await press('e');
      await choose('#entity-kind', 'Delegation');
      await type('#entity-name-en', 'Ukrainian delegation');
      await press('Enter');
      await drag(leading);
      await click('#add-relationship');
      await choose('#rel-type', 'LEADS');
      await click('#rel-form-add');
    });
    await fact("Peskov's press-conference claim", async () => {
      await drag(spanOf('دميتري بيسكوف'));
      await press('e');
      await type('#entity-name-en', 'Dmitry Peskov');
      await press('Enter');
      await drag(claim);
      await press('c');
      await type('#claim-channel', 'press conference');
      await click('#claim-form-add');
    });
    await fact('the first round, on its two days', async () => {
      await drag(round);
      await press('v');
      await type('#event-name-en', 'Trilateral talks, round 1');
      await click('#event-date-start');
      keys += 8;
      await page.fill('#event-date-start', '2026-01-23');
      await click('#event-date-end');
      keys += 8;
      await page.fill('#event-date-end', '2026-01-24');
      await type('#event-round', '1');
      await click('#event-form-add');
    });

    await page.waitForFunction(() => document.body.dataset.problems === '0', null, {
      timeout: 10000,
    });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'curate-annotated.png') });

    // Without a token, and with a wrong one, nothing is written.
    const before = await graphCounts(server.driver, server.config);
    await click('#ingest');
    await statusIs(/needs your curator token/);
    await type('#token', 'parley_000000000000_' + 'A'.repeat(43));
    await click('#ingest');
    await statusIs(/Refused \(401 UNAUTHENTICATED\)/);
    expect(await graphCounts(server.driver, server.config)).toEqual(before);
    expect(fs.existsSync(path.join(dir, 'dossiers'))).toBe(false);

    await page.fill('#token', '');
    await type('#token', token);
    await click('#save');
    await statusIs(/^Saved /);
    await click('#ingest');
    await page.waitForFunction(() => document.body.dataset.ingested !== undefined, null, {
      timeout: 20000,
    });
    const ingested = await page.evaluate(() => document.body.dataset.ingested);
    expect(ingested).toMatch(/^2026-02-04-a-round-of-trilateral-talks@1$/);
    expect(
      fs.readdirSync(path.join(dir, 'dossiers')).filter((name) => name.endsWith('.yaml')),
    ).toEqual(['2026-02-04-a-round-of-trilateral-talks.yaml']);

    const evidence = '{ quote start end source { id } }';
    const { json } = await server.post({
      query: `{
        umerov: entity(id: "person:rustem-umerov") {
          ... on Person { leads { led { id names { lang value } } evidence ${evidence} } }
        }
        claim: node(id: "claim:dmitry-peskov-1") {
          ... on Claim { mode channel speaker { id } statement(lang: "ar") evidence ${evidence} }
        }
        round: node(id: "event:trilateral-talks-round-1") {
          ... on NegotiationRound { round date { start end precision } evidence ${evidence} }
        }
      }`,
    });
    expect(json.errors).toBeUndefined();
    const source = { id: 'source:2026-02-04-a-round-of-trilateral-talks' };
    const exact = (span: { start: number; end: number; quote: string }) => ({ ...span, source });
    expect(json.data.umerov.leads).toEqual([
      {
        led: {
          id: 'delegation:ukrainian-delegation',
          names: expect.arrayContaining([{ lang: 'en', value: 'Ukrainian delegation' }]),
        },
        evidence: [exact(leading)],
      },
    ]);
    expect(json.data.claim).toEqual({
      mode: 'QUOTED',
      channel: 'press conference',
      speaker: { id: 'person:dmitry-peskov' },
      statement: claim.quote,
      evidence: [exact(claim)],
    });
    expect(json.data.round).toEqual({
      round: 1,
      date: { start: '2026-01-23', end: '2026-01-24', precision: 'DAY' },
      evidence: [exact(round)],
    });

    console.log(
      'Clicks and keystrokes per fact:\n' +
        Object.entries(perFact)
          .map(([name, n]) => `  ${name}: ${n.clicks} clicks, ${n.keys} keystrokes`)
          .join('\n'),
    );
    expect(problems).toEqual([]);
  });

  it('shows a problem at its item, refuses to ingest until it is fixed, and undoes', async () => {
    const before = await graphCounts(server.driver, server.config);
    // An event that ends before it starts: a slip of the keyboard the check must catch.
    await drag(spanOf('وكانت أول مفاوضات علنية مباشرة بين موسكو وكييف'));
    await press('v');
    await type('#event-name-en', 'First public direct talks');
    await page.fill('#event-date-start', '2026-01-24');
    await page.fill('#event-date-end', '2026-01-23');
    await click('#event-form-add');
    await page.waitForFunction(() => document.body.dataset.problems === '1', null, {
      timeout: 10000,
    });
    expect(await page.locator('#ingest').isDisabled()).toBe(true);
    const shown = await page.locator('#problems li').textContent();
    expect(shown).toMatch(/^events\.1\.date\.end: /);
    await click('#problems li button');
    expect((await page.locator('#text mark.current').allTextContents()).join('')).toBe(
      'وكانت أول مفاوضات علنية مباشرة بين موسكو وكييف',
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, 'curate-problem.png') });
    await click('#undo');
    await page.waitForFunction(() => document.body.dataset.problems === '0', null, {
      timeout: 10000,
    });
    expect(await page.locator('#ingest').isDisabled()).toBe(false);
    expect(await graphCounts(server.driver, server.config)).toEqual(before);
    await checked();
    expect(problems).toEqual([]);
  });
});
