/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config';
import { ingestDossiers } from '../../src/ingest/ingest.service';
import { resetDatabase } from '../helpers/database';
import { startTestHttpServer, TestHttpServer } from '../helpers/http-server';
import { launchChromium } from '../helpers/chromium';
import {
  DEPENDENT_OUTLETS,
  factId,
  HOLDER,
  PLANTED_CONTRADICTION,
  ROUND,
  writeAssessments,
  writeReports,
} from '../helpers/multi-source';

// The explorer over overlapping reports in English and Arabic, in a real headless Chromium: an
// edge as wide as its independent sources, the disputed round marked, its competing accounts
// side by side in their own languages, and the filters by independent sources, by outlet and by
// reliability grade, as a user sets them.
jest.setTimeout(180000);

const SCREENSHOTS = path.join(os.tmpdir(), 'parley-explore-screenshots');

let server: TestHttpServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  execFileSync('node', ['scripts/build-pages.mjs'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startTestHttpServer();
  await resetDatabase(server.driver, server.config);
  const corpus = writeReports();
  const analyst = writeAssessments(corpus.dir, {
    dependentOutlets: [{ outlets: DEPENDENT_OUTLETS, by: 'analyst-1' }],
    outlets: [
      { outlet: 'organization:wire-agency', grade: 'B', by: 'analyst-1' },
      { outlet: 'organization:evening-paper', grade: 'D', by: 'analyst-1' },
    ],
  });
  await ingestDossiers(server.driver, [...corpus.files, analyst], {
    database: server.config.neo4j.database,
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const explorer = <T>(fn: (x: any) => T) =>
  page.evaluate(`(${fn.toString()})(window.parleyExplorer)`) as Promise<T>;

async function nodePosition(id: string) {
  const box = (await page.locator('#graph').boundingBox())!;
  const xy = await page.evaluate((key) => {
    const x = (window as any).parleyExplorer;
    return x.renderer.graphToViewport(x.graph.getNodeAttributes(key));
  }, id);
  return { x: box.x + xy.x, y: box.y + xy.y };
}

describe('the explorer over many sources', () => {
  it('draws support as width, marks the disputed round and shows its accounts', async () => {
    await page.goto(`${server.url}/explore?focus=delegation:blue`);
    await page.waitForFunction(() => document.body.dataset.restored === 'true');
    await page.waitForFunction(() => document.body.dataset.layout === 'settled', null, {
      timeout: 20000,
    });
    const widths = await explorer((x) =>
      Object.fromEntries(
        x.graph.mapEdges((_edge: string, a: any) => [
          a.type,
          [a.size, a.support.independentSources],
        ]),
      ),
    );
    // LEADS: the wire (with its copies) and the evening paper; MEMBER_OF: the wire alone.
    expect(widths.LEADS[1]).toBe(2);
    expect(widths.MEMBER_OF[1]).toBe(1);
    expect(widths.LEADS[0]).toBeGreaterThan(widths.MEMBER_OF[0]);
    expect(await explorer((x) => x.nodeLabel('event:round-2-blue'))).toMatch(/\(disputed\)$/);

    // The round, clicked with the mouse: its accounts, a dossier each, in English and Arabic.
    const at = await nodePosition(ROUND);
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(() => document.querySelectorAll('.account').length === 6, null, {
      timeout: 15000,
    });
    const accounts = await page.$$eval('.account', (nodes) =>
      nodes.map((n) => ({
        dossier: (n as HTMLElement).dataset.dossier,
        line: n.querySelector('.subtitle')?.textContent,
        langs: Array.from(n.querySelectorAll('blockquote')).map((q) => q.getAttribute('lang')),
      })),
    );
    expect(accounts.find((a) => a.dossier === 'evening-1')).toMatchObject({
      line: expect.stringContaining('2026-02-05'),
      langs: ['en'],
    });
    expect(accounts.find((a) => a.dossier === 'tv-one-1')).toMatchObject({
      line: expect.stringMatching(/held in: Hill Town · .*mediator: Redland/),
      langs: ['ar'],
    });
    // Tall enough to show accounts in both languages: the wire's copies, then the Arabic ones.
    await page.mouse.move(at.x, at.y + 300);
    await page.setViewportSize({ width: 1400, height: 1500 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sources-disputed.png') });
    // With Arabic labels, where the round was held reads in Arabic on the canvas too.
    await page.selectOption('#lang', 'ar');
    const heldIn = await explorer((x) =>
      x.graph
        .filterEdges((_e: string, a: any) => a.type === 'HELD_IN')
        .map((e: string) => x.edgeLabel(e)),
    );
    expect(heldIn.length).toBeGreaterThan(0);
    expect(new Set(heldIn)).toEqual(new Set(['عُقد في']));
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sources-disputed-ar.png') });
    await page.selectOption('#lang', 'en');
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('keeps only what enough independent sources state, as typed, and says so in the link', async () => {
    await page.locator('#min-sources').fill('2');
    await page.locator('#min-sources').press('Enter');
    await page.locator('#min-sources').blur();
    await page.waitForFunction(() => location.search.includes('minSources=2'));
    const weakest = await explorer((x) =>
      Math.min(...x.graph.mapEdges((_e: string, a: any) => a.support.independentSources)),
    );
    expect(weakest).toBeGreaterThanOrEqual(2);
    expect(await explorer((x) => x.graph.edges().length)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('keeps what a shown outlet of the least grade chosen states, and downloads just that', async () => {
    await page.goto(`${server.url}/explore?focus=delegation:blue`);
    await page.waitForFunction(() => document.body.dataset.restored === 'true');
    // What the API says of each relationship's sources: their outlets and those outlets' grades.
    const { neighbourhood } = await (
      await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `{ neighbourhood(id: "delegation:blue", depth: 1, limitPerNode: 50) {
            edges { id support { reports { source { outlet { id } reliability { grade } } } } } } }`,
        }),
      })
    )
      .json()
      .then((body: any) => body.data);
    const reports = new Map<string, Array<{ outlet: string; grades: string[] }>>(
      neighbourhood.edges.map((e: any) => [
        e.id,
        e.support.reports.map((r: any) => ({
          outlet: r.source.outlet?.id ?? 'no-outlet',
          grades: r.source.reliability.map((a: any) => a.grade),
        })),
      ]),
    );
    const ORDER = 'ABCDE';
    const expected = (hidden: string[], least: string | null) =>
      [...reports]
        .filter(([, list]) =>
          list.some(
            (r) =>
              !hidden.includes(r.outlet) &&
              (least === null ||
                (r.grades.some((g) => ORDER.includes(g)) &&
                  Math.max(...r.grades.map((g) => ORDER.indexOf(g))) <= ORDER.indexOf(least))),
          ),
        )
        .map(([id]) => id)
        .sort();
    const shown = async () =>
      (await explorer((x) => x.onScreen().edges.map((e: any) => e.id))).sort();
    expect(await shown()).toEqual([...reports.keys()].sort());

    // Each outlet of the view is offered, with its grade where an analyst gave one.
    const outlets = await page.$$eval('#outlet-filters label', (labels) =>
      labels.map((l) => l.textContent),
    );
    expect(outlets).toEqual(
      expect.arrayContaining(['Wire Agency (B)', 'Evening Paper (D)', 'Morning Paper']),
    );

    // Unticked with the mouse: what only the wire and the paper that carries it state goes.
    for (const name of ['Wire Agency (B)', 'Morning Paper'])
      await page.locator('#outlet-filters label', { hasText: name }).click();
    const hidden = ['organization:wire-agency', 'organization:morning-paper'];
    await page.waitForFunction(() => location.search.includes('hideOutlets='));
    expect(await shown()).toEqual(expected(hidden, null));
    expect(await shown()).not.toContain(factId('member'));
    expect(await shown()).toContain(factId('leads'));
    for (const name of ['Wire Agency (B)', 'Morning Paper'])
      await page.locator('#outlet-filters label', { hasText: name }).click();
    expect(await shown()).toEqual([...reports.keys()].sort());

    // A least grade, chosen with the keyboard: C keeps only the wire's (B), D the evening's too.
    await page.locator('#min-grade').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#min-grade').inputValue()).toBe('C');
    await page.waitForFunction(() => location.search.includes('minGrade=C'));
    expect(await shown()).toEqual(expected([], 'C'));
    expect(await shown()).toContain(factId('member'));
    expect(await shown()).not.toContain(factId('represents'));
    await page.selectOption('#min-grade', 'D');
    expect(await shown()).toEqual(expected([], 'D'));
    expect(await shown()).toContain(factId('represents'));
    await page.selectOption('#min-grade', 'C');
    await page.waitForFunction(() => document.body.dataset.layout === 'settled', null, {
      timeout: 20000,
    });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sources-filter.png') });
    await page.selectOption('#lang', 'ar');
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sources-filter-ar.png') });
    expect(await shown()).toEqual(expected([], 'C'));
    await page.selectOption('#lang', 'en');

    // The download is the view: the relationships the filter keeps, no more.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('a[data-export="graph.json"]:not([data-shape])'),
    ]);
    const exported = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
    expect(exported.edges.map((e: any) => e.key).sort()).toEqual(expected([], 'C'));

    // The link reopens the same view.
    const again = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await again.goto(page.url());
    await again.waitForFunction(() => document.body.dataset.restored === 'true');
    expect(await again.locator('#min-grade').inputValue()).toBe('C');
    expect(
      (
        await again.evaluate(() =>
          (window as any).parleyExplorer.onScreen().edges.map((e: any) => e.id),
        )
      ).sort(),
    ).toEqual(expected([], 'C'));
    await again.close();
    expect(errors).toEqual([]);
  });

  it('draws a position given opposite stances, and a contradicted claim, as disputed', async () => {
    await page.goto(`${server.url}/explore?focus=${HOLDER}`);
    await page.waitForFunction(() => document.body.dataset.restored === 'true');
    const position = await explorer((x) =>
      x.graph
        .edges()
        .map((e: string) => x.graph.getEdgeAttributes(e))
        .find((a: any) => a.type === 'HOLDS_POSITION'),
    );
    // Drawn in the legend's colour for a position sources give opposite stances.
    const legend = await page
      .locator('li', { hasText: 'position given opposite stances' })
      .locator('.line')
      .evaluate((line) => getComputedStyle(line).backgroundColor);
    const rgb = (hex: string) =>
      `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(position).toMatchObject({ disputed: true });
    expect(rgb(position.color)).toBe(legend);
    expect(
      await explorer((x) =>
        x.edgeLabel(x.graph.edges().find((e: string) => x.graph.getEdgeAttribute(e, 'disputed'))),
      ),
    ).toBe('holds position (disputed)');
    await page.waitForFunction(() => document.body.dataset.layout === 'settled', null, {
      timeout: 20000,
    });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sources-position.png') });
    // In Arabic, the edge says the position is disputed in Arabic words too.
    await page.selectOption('#lang', 'ar');
    const arabic = await explorer((x) =>
      x.edgeLabel(x.graph.edges().find((e: string) => x.graph.getEdgeAttribute(e, 'disputed'))),
    );
    expect(arabic).toBe('يتخذ موقفا (روايات متعارضة)');
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'sources-position-ar.png') });
    await page.selectOption('#lang', 'en');
    const other = await explorer((x) =>
      x.graph
        .edges()
        .map((e: string) => x.graph.getEdgeAttributes(e))
        .filter((a: any) => a.type !== 'HOLDS_POSITION' && a.disputed),
    );
    expect(other).toEqual([]);
    await page.goto(`${server.url}/explore?focus=person:ana-umerova`);
    await page.waitForFunction(() => document.body.dataset.restored === 'true');
    const label = await page.evaluate(
      (id) => (window as any).parleyExplorer.nodeLabel(id),
      PLANTED_CONTRADICTION[0],
    );
    expect(label).toMatch(/\(disputed\)$/);
    expect(errors).toEqual([]);
  });
});
