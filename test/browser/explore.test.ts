/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { PROJECT_ROOT } from '../../src/config';
import { seedDatabase } from '../helpers/database';
import { startTestHttpServer, TestHttpServer } from '../helpers/http-server';

// The explorer in a real headless Chromium (Debian's package; nothing downloads a browser),
// against a real server over the seeded graph.
jest.setTimeout(180000);

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOTS = path.join(os.tmpdir(), 'parley-explore-screenshots');

let server: TestHttpServer;
let browser: Browser;
let page: Page;
const offHost: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  // The page is served from its build, as users get it.
  execFileSync('node', ['scripts/build-explore.mjs'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startTestHttpServer();
  await seedDatabase(server.driver, server.config);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      // WebGL without a GPU: Chromium's software renderer.
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
    ],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith('blob:'))
      offHost.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) consoleErrors.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  // Whatever the console says: anything the page's Content-Security-Policy blocks.
  await page.exposeFunction('reportViolation', (text: string) => consoleErrors.push(text));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as any).reportViolation(`CSP ${event.violatedDirective}: ${event.blockedURI}`),
    ),
  );
  await page.goto(`${server.url}/explore`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const settled = () =>
  page.waitForFunction(() => document.body.dataset.layout === 'settled', null, { timeout: 20000 });

/** Viewport coordinates (in the page) of a graph position, as the renderer draws it now. */
async function onScreen(point: { x: number; y: number }) {
  const box = (await page.locator('#graph').boundingBox())!;
  const xy = await page.evaluate(
    (p) => (window as any).parleyExplorer.renderer.graphToViewport(p),
    point,
  );
  return { x: box.x + xy.x, y: box.y + xy.y };
}

async function nodePosition(id: string) {
  const attributes = await page.evaluate(
    (key) => (window as any).parleyExplorer.graph.getNodeAttributes(key),
    id,
  );
  return onScreen(attributes);
}

/** Waits until the first element matching the selector has text matching the pattern. */
async function waitForText(selector: string, pattern: RegExp | string) {
  const source =
    typeof pattern === 'string' ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : pattern.source;
  await page.waitForFunction(
    ([sel, re]) => new RegExp(re).test(document.querySelector(sel)?.textContent ?? ''),
    [selector, source] as const,
    { timeout: 15000 },
  );
  return (await page.locator(selector).first().textContent()) ?? '';
}

async function pick(input: string, text: string, id: string) {
  await page.fill(input, text);
  const item = page.locator(
    `${input}-suggestions li[data-id="${id}"], ${input} + ul li[data-id="${id}"]`,
  );
  await item.first().click();
}

describe('the explorer', () => {
  it('loads with no console error and no request off the host', async () => {
    await waitForText('#status', 'Search for an actor');
    expect(await page.title()).toBe('Parley explorer');
    expect(consoleErrors).toEqual([]);
    expect(offHost).toEqual([]);
  });

  it('finds a person by an Arabic spelling and shows their neighbourhood', async () => {
    await page.fill('#search', 'أوميروف');
    const suggestion = '#suggestions li[data-id="person:rustem-umerov"]';
    expect(await waitForText(suggestion, /Rustem Umerov/)).toMatch(/^Rustem Umerov · Person$/);
    await page.click(suggestion);
    await page.waitForFunction(() => (window as any).parleyExplorer.graph.order > 3);
    expect(
      await page.evaluate(() =>
        (window as any).parleyExplorer.graph.hasNode('person:rustem-umerov'),
      ),
    ).toBe(true);
    await settled();
    await page.screenshot({ path: path.join(SCREENSHOTS, '1-search.png') });
  });

  it('expands a neighbour when it is clicked', async () => {
    const before = await page.evaluate(() => (window as any).parleyExplorer.graph.order);
    const target = 'delegation:round-1-ukraine';
    const at = await nodePosition(target);
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(
      (id) => (window as any).parleyExplorer.graph.getNodeAttribute(id, 'expanded') === true,
      target,
    );
    const after = await page.evaluate(() => (window as any).parleyExplorer.graph.order);
    expect(after).toBeGreaterThan(before);
    expect(
      await page.evaluate(() =>
        (window as any).parleyExplorer.graph.hasNode('event:trilateral-talks-round-1'),
      ),
    ).toBe(true);
    await settled();
  });

  it('shows the quote of a clicked relationship highlighted in the source text', async () => {
    const edge = await page.evaluate(() => {
      const { graph } = (window as any).parleyExplorer;
      return graph.findEdge(
        (_key: string, a: any, source: string, target: string) =>
          a.type === 'LEADS' &&
          source === 'person:rustem-umerov' &&
          target === 'delegation:round-1-ukraine',
      );
    });
    expect(edge).toBeTruthy();
    const [source, target] = await page.evaluate(
      (key) => (window as any).parleyExplorer.graph.extremities(key),
      edge!,
    );
    const a = await nodePosition(source);
    const b = await nodePosition(target);
    // A point on the edge, away from both nodes.
    await page.mouse.click(a.x + (b.x - a.x) * 0.5, a.y + (b.y - a.y) * 0.5);
    const quote = 'وترأس الوفد الأوكراني سكرتير مجلس الأمن القومي والدفاع رستم أوميروف';
    expect(await waitForText('#evidence mark', quote)).toBe(quote);
    expect(await page.locator('#evidence blockquote').first().getAttribute('lang')).toBe('ar');
    expect(await waitForText('#evidence figcaption', 'characters')).toContain(
      'characters 1191–1258',
    );
    await page.screenshot({ path: path.join(SCREENSHOTS, '2-evidence.png') });
  });

  it('labels nodes in the language chosen', async () => {
    const label = () =>
      page.evaluate(() =>
        (window as any).parleyExplorer.graph.getNodeAttribute('person:rustem-umerov', 'label'),
      );
    await page.selectOption('#lang', 'ar');
    expect(await label()).toBe('رستم أوميروف');
    await page.selectOption('#lang', 'uk');
    expect(await label()).toBe('Рустем Умєров');
    await page.selectOption('#lang', 'en');
    expect(await label()).toBe('Rustem Umerov');
  });

  it('hides events and claims outside the date range, and shows them again', async () => {
    const visibility = (id: string) =>
      page.evaluate(
        (key) => (window as any).parleyExplorer.renderer.getNodeDisplayData(key)?.visibility,
        id,
      );
    const round1 = 'event:trilateral-talks-round-1';
    const claim = 'claim:umerov-new-trilateral-round';
    expect(await visibility(round1)).toBe('visible');
    await page.fill('#date-from', '2026-02-01');
    await page.dispatchEvent('#date-from', 'change');
    await page.waitForFunction((key) => {
      const data = (window as any).parleyExplorer.renderer.getNodeDisplayData(key);
      return data?.visibility === 'hidden';
    }, round1);
    // Round 1 ended on 24 January; Umerov's claim has no start, only an end on 4 February.
    expect(await visibility(claim)).toBe('visible');
    expect(await visibility('person:rustem-umerov')).toBe('visible');
    await page.fill('#date-from', '');
    await page.dispatchEvent('#date-from', 'change');
    await page.waitForFunction((key) => {
      const data = (window as any).parleyExplorer.renderer.getNodeDisplayData(key);
      return data?.visibility === 'visible';
    }, round1);
  });

  it('finds and highlights a path between two actors', async () => {
    await pick('#path-from', 'Kostyukov', 'person:igor-kostyukov');
    await pick('#path-to', 'Zelensky', 'person:volodymyr-zelensky');
    await page.click('#find-path');
    const result = await waitForText('#path-result', 'Volodymyr Zelensky');
    expect(result).toMatch(/^Igor Kostyukov → .+ → Volodymyr Zelensky$/);
    const found = await page.evaluate(() => ({
      nodes: [...(window as any).parleyExplorer.state.pathNodes],
      edges: [...(window as any).parleyExplorer.state.pathEdges].filter((e: string) =>
        (window as any).parleyExplorer.graph.hasEdge(e),
      ),
    }));
    expect(found.nodes.length).toBeGreaterThanOrEqual(3);
    expect(found.edges.length).toBe(found.nodes.length - 1);
    await settled();
    await page.screenshot({ path: pathShot('3-path.png') });
    expect(await page.textContent('#status')).toMatch(
      /^A path of \d+ relationships, highlighted\.$/,
    );
    await page.click('#clear-path');
    // Cleared, the status says what the graph holds again, not the path that was.
    expect(await waitForText('#status', /^\d+ nodes, \d+ relationships\./)).not.toMatch(/path/);
  });

  it('draws the graph: the canvas is not blank', async () => {
    await settled();
    const shot = await page.locator('#graph').screenshot();
    const png = PNG.sync.read(shot);
    let coloured = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
      if (Math.max(r, g, b) - Math.min(r, g, b) > 40) coloured += 1;
    }
    // Coloured pixels (nodes are coloured by kind; the page around them is white and grey).
    expect(coloured).toBeGreaterThan(2000);
    await page.screenshot({ path: pathShot('4-graph.png') });
  });

  it('downloads each export, and each parses back with the counts of the graph it exports', async () => {
    const { json } = await server.post({
      query: `{ neighbourhood(id: "person:rustem-umerov", depth: 2) { nodes { id } edges { id } } }`,
    });
    const expected = {
      nodes: json.data.neighbourhood.nodes.length,
      edges: json.data.neighbourhood.edges.length,
    };
    const read = async (selector: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      return fs.readFileSync((await download.path())!, 'utf8');
    };
    const gexf = parseGexf(Graph, await read('a[data-export="graph.gexf"]'));
    expect({ nodes: gexf.order, edges: gexf.size }).toEqual(expected);
    const graphml = parseGraphml(Graph, await read('a[data-export="graph.graphml"]'));
    expect({ nodes: graphml.order, edges: graphml.size }).toEqual(expected);
    const graphology = new Graph({ multi: true });
    graphology.import(JSON.parse(await read('a[data-export="graph.json"]:not([data-shape])')));
    expect({ nodes: graphology.order, edges: graphology.size }).toEqual(expected);
    const cytoscape = JSON.parse(await read('a[data-shape="cytoscape"]')).elements;
    expect({ nodes: cytoscape.nodes.length, edges: cytoscape.edges.length }).toEqual(expected);
    const nodes: unknown[] = parseCsv(await read('a[data-export="nodes.csv"]'), { columns: true });
    const edges: unknown[] = parseCsv(await read('a[data-export="edges.csv"]'), { columns: true });
    expect({ nodes: nodes.length, edges: edges.length }).toEqual(expected);
  });

  it('links to the playground with a query that reproduces the view, and runs', async () => {
    const href = (await page.getAttribute('#open-playground', 'href'))!;
    const query = new URL(href, server.url).searchParams.get('query')!;
    expect(query).toContain('neighbourhood(id: "person:rustem-umerov"');
    const { json } = await server.post({ query });
    expect(json.errors).toBeUndefined();
    expect(json.data.neighbourhood.nodes.map((n: any) => n.id)).toContain('person:rustem-umerov');
  });

  it('has logged no console error and made no request off the host along the way', () => {
    expect(consoleErrors).toEqual([]);
    expect(offHost).toEqual([]);
  });
});

function pathShot(name: string) {
  return path.join(SCREENSHOTS, name);
}
