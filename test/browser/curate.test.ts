/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../../src/config';
import { addCuratorToken } from '../../src/api/auth/curator-tokens';
import { annotationsOf } from '../../web/curate/annotations';
import { SEED_DIR, seedDatabase } from '../helpers/database';
import { SEED_DOSSIER } from '../helpers/dossier-fixtures';
import { startTestHttpServer, TestHttpServer } from '../helpers/http-server';
import { launchChromium } from '../helpers/chromium';

// The curation page in a real headless Chromium, against a real server over the seeded graph:
// a source opens in its direction, a selection made with the mouse gets the offsets ingest
// counts, and a saved dossier's evidence is drawn where it says.
jest.setTimeout(180000);

export const SCREENSHOTS = path.join(os.tmpdir(), 'parley-curate-screenshots');
const SEED_SOURCE = 'source:2026-02-04-trilateral-talks-round-2';
const SOURCE_FILE = '../sources/2026-02-04-trilateral-talks-round-2.ar.txt';
const seedText = fs.readFileSync(path.resolve(SEED_DIR, SOURCE_FILE), 'utf8');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-curate-'));
const tokensFile = path.join(dir, 'tokens.json');
const token = addCuratorToken(tokensFile, 'Page Test');

let server: TestHttpServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  execFileSync('node', ['scripts/build-pages.mjs'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startTestHttpServer({
    PARLEY_CURATOR_TOKENS_FILE: tokensFile,
    PARLEY_DOSSIER_DIR: path.join(dir, 'dossiers'),
  });
  await seedDatabase(server.driver, server.config);
  // The seed's dossier, saved to the server's folder as a curator would.
  const saved = await fetch(`${server.url}/api/saved-dossiers/trilateral-talks-round-2`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      dossier: fs.readFileSync(SEED_DOSSIER, 'utf8'),
      sources: { [SOURCE_FILE]: seedText },
    }),
  });
  expect(saved.status).toBe(200);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url)) problems.push(`off the host: ${request.url()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const ready = () =>
  page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20000 });

async function openPage() {
  await page.goto(`${server.url}/curate`);
  await page.waitForFunction(() => document.body.dataset.loaded === 'true', null, {
    timeout: 20000,
  });
}

/**
 * Drags the mouse over the characters [start, end) of the text (code points), from the first
 * one's logical start to the last one's logical end, whatever the direction of the line.
 */
async function dragOver(start: number, end: number) {
  const ends = await page.evaluate(
    ([from, to]) => {
      const el = document.getElementById('text')!;
      const unitAt = (point: number) => {
        // Code points to UTF-16 units, through the text as the page shows it.
        const text = el.textContent ?? '';
        let unit = 0;
        for (let p = 0; p < point; p++) unit += (text.codePointAt(unit) ?? 0) > 0xffff ? 2 : 1;
        return unit;
      };
      const rectOf = (unit: number) => {
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent!.length;
          if (unit < seen + length) {
            const range = document.createRange();
            range.setStart(node, unit - seen);
            range.setEnd(node, unit - seen + 1);
            return range.getBoundingClientRect();
          }
          seen += length;
        }
        throw new Error(`no character at ${unit}`);
      };
      const rtl = getComputedStyle(el).direction === 'rtl';
      // The span in view first, where the mouse can reach it.
      const top = rectOf(unitAt(from)).top;
      if (top < 100 || top > innerHeight - 200)
        document.querySelector('main')!.scrollBy(0, top - 300);
      const first = rectOf(unitAt(from));
      const last = rectOf(unitAt(to) - 1);
      return {
        from: { x: rtl ? first.right - 1 : first.left + 1, y: first.top + first.height / 2 },
        to: { x: rtl ? last.left + 1 : last.right - 1, y: last.top + last.height / 2 },
      };
    },
    [start, end] as const,
  );
  await page.mouse.move(ends.from.x, ends.from.y);
  await page.mouse.down();
  await page.mouse.move((ends.from.x + ends.to.x) / 2, (ends.from.y + ends.to.y) / 2, {
    steps: 4,
  });
  await page.mouse.move(ends.to.x, ends.to.y, { steps: 4 });
  await page.mouse.up();
  const got = await page.evaluate(() => document.getElementById('selected-offsets')?.dataset);
  if (process.env.DEBUG_DRAG) console.log(start, end, JSON.stringify(got), JSON.stringify(ends));
  await page.waitForFunction(
    ([s, e]) => {
      const shown = document.getElementById('selected-offsets');
      return shown?.dataset.start === String(s) && shown?.dataset.end === String(e);
    },
    [start, end] as const,
    { timeout: 5000 },
  );
}

describe('the curation page', () => {
  it('opens a source of the graph right to left, and a selection gets the offsets ingest counts', async () => {
    await openPage();
    expect(await page.title()).toBe('Parley curation');
    await page.selectOption('#graph-sources', SEED_SOURCE);
    await ready();
    const shown = await page.evaluate(() => {
      const el = document.getElementById('text')!;
      return { dir: el.dir, direction: getComputedStyle(el).direction, text: el.textContent };
    });
    expect(shown).toEqual({ dir: 'rtl', direction: 'rtl', text: seedText.normalize('NFC') });
    // Spans the seed's dossier cites, found by their quotes: the page must give the same offsets.
    for (const quote of [
      'وترأس الفريق التفاوضي الروسي',
      'بمشاركة أوكرانيا والولايات المتحدة وروسيا',
    ]) {
      const start = [...seedText.slice(0, seedText.indexOf(quote))].length;
      const end = start + [...quote].length;
      await dragOver(start, end);
      expect(await page.locator('#selected-quote').textContent()).toBe(quote);
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'curate-arabic-selection.png') });
    expect(problems).toEqual([]);
  });

  it('draws every evidence span of a saved dossier where its offsets say, and tells what it is', async () => {
    await openPage();
    await page.selectOption('#saved-dossiers', 'trilateral-talks-round-2');
    await ready();
    const expected = annotationsOf(parse(fs.readFileSync(SEED_DOSSIER, 'utf8')), SEED_SOURCE);
    expect(expected.length).toBeGreaterThan(50);
    expect(await page.locator('#item-list li').count()).toBe(expected.length);
    // Each item, revealed: the marks it outlines hold exactly its quote.
    const drawn = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLButtonElement>('#item-list button')).map(
        (button) => {
          button.click();
          return Array.from(document.querySelectorAll('#text mark.current'))
            .map((mark) => mark.textContent)
            .join('');
        },
      ),
    );
    expect(drawn).toEqual(expected.map((a) => a.quote));
    await page.locator('#text mark').first().hover();
    expect(await page.locator('#hover').textContent()).toMatch(
      /^Evidence of.*event:trilateral-talks-round-2 \(events\.1\.evidence\.0, 17–103\)/s,
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, 'curate-arabic-annotations.png') });
    expect(problems).toEqual([]);
  });

  it('opens a new text of 50,000 Arabic characters ready to annotate in under a second', async () => {
    await openPage();
    let text = '';
    while ([...text].length < 50000) text += `${seedText}\n`;
    text = [...text].slice(0, 50000).join('');
    await page.click('#new-text');
    await page.fill('#new-body', text);
    await page.fill('#new-title', 'A long text');
    await page.fill('#new-language', 'ar');
    await page.fill('#new-published', '2026-02-04');
    const started = Date.now();
    await page.click('#new-open');
    await ready();
    const wallMs = Date.now() - started;
    const readyMs = Number(await page.evaluate(() => document.body.dataset.readyMs));
    console.log(`50,000 Arabic characters: drawn in ${readyMs} ms; click to ready ${wallMs} ms`);
    expect(wallMs).toBeLessThan(1000);
    // Near the end of the text, a selection is still exact.
    const quote = 'وترأس الفريق التفاوضي الروسي';
    const start = [...text.slice(0, text.lastIndexOf(quote))].length;
    expect(start).toBeGreaterThan(45000);
    await dragOver(start, start + [...quote].length);
    expect(await page.locator('#selected-quote').textContent()).toBe(quote);
    expect(problems).toEqual([]);
  });

  it('opens an English text left to right', async () => {
    await openPage();
    const text =
      'Delegations from the three countries met for a second round of talks. ' +
      'The head of one delegation said the talks had been constructive.\n';
    await page.click('#new-text');
    await page.fill('#new-body', text.repeat(3));
    await page.fill('#new-title', 'A second round of talks');
    await page.fill('#new-language', 'en');
    await page.fill('#new-published', '2026-02-05');
    await page.click('#new-open');
    await ready();
    expect(
      await page.evaluate(() => getComputedStyle(document.getElementById('text')!).direction),
    ).toBe('ltr');
    const start = text.indexOf('a second round');
    await dragOver(start, start + 'a second round of talks'.length);
    expect(await page.locator('#selected-quote').textContent()).toBe('a second round of talks');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'curate-english-selection.png') });
    expect(problems).toEqual([]);
  });
});
