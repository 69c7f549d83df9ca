/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { PROJECT_ROOT } from '../../src/config';
import { seedDatabase } from '../helpers/database';
import { startTestHttpServer, TestHttpServer } from '../helpers/http-server';
import { launchChromium } from '../helpers/chromium';

// The explorer in a real headless Chromium (Debian's package; nothing downloads a browser),
// against a real server over the seeded graph.
jest.setTimeout(180000);

export const SCREENSHOTS = path.join(os.tmpdir(), 'parley-explore-screenshots');

let server: TestHttpServer;
let browser: Browser;
let page: Page;
const offHost: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  // The page is served from its build, as users get it.
  execFileSync('node', ['scripts/build-pages.mjs'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startTestHttpServer();
  await seedDatabase(server.driver, server.config);
  browser = await launchChromium();
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
  await page.goto(`${server.url}/explore?focus=person:rustem-umerov`);
  await restored(page);
});

/** Waits until the page has opened the view its address describes. */
const restored = (p: Page) =>
  p.waitForFunction(() => document.body.dataset.restored === 'true', null, { timeout: 30000 });

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
    await waitForText('#status', /^\d+ nodes, \d+ relationships/);
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
      page.evaluate(() => (window as any).parleyExplorer.nodeLabel('person:rustem-umerov'));
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
    // The k shortest paths are listed, shortest first.
    const listed = await page.locator('#path-list li').allTextContents();
    expect(listed.length).toBeGreaterThan(1);
    expect(listed[0]).toBe(result);
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
      /^\d+ path\(s\) found; path 1 of \d+ relationships, highlighted\.$/,
    );
    // The second path, chosen from the list, is the one highlighted.
    await page.locator('#path-list li').nth(1).click();
    const second = await page.evaluate(() => [...(window as any).parleyExplorer.state.pathNodes]);
    expect(second.join(' ')).not.toBe(found.nodes.join(' '));
    // Left out of claims: no path goes through one.
    await page.check('#avoid-claims');
    // The new search's own answer is awaited: on a fast machine the status may already have
    // moved past 'Finding paths …' when it is read, and the old path's status must not count.
    const avoiding = page.waitForResponse((r) => {
      const body = r.request().postData() ?? '';
      return body.includes('query Paths') && body.includes('"types":[');
    });
    await page.click('#find-path');
    await avoiding;
    await waitForText('#status', /path\(s\) found; path 1 of/);
    const paths = await page.evaluate(() => (window as any).parleyExplorer.state.paths);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.flatMap((p: any) => p.nodes).some((n: string) => n.startsWith('claim:'))).toBe(
      false,
    );
    await page.uncheck('#avoid-claims');
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

  it('downloads exactly the view: two expansions and a date range, in every format', async () => {
    const expansions: Array<[string, string]> = [
      ['Russia', 'country:russia'],
      ['Ukrainian negotiators', 'delegation:round-2-ukraine'],
    ];
    for (const [text, id] of expansions) {
      await pick('#search', text, id);
      await page.waitForFunction(
        (key) => (window as any).parleyExplorer.graph.getNodeAttribute(key, 'expanded') === true,
        id,
      );
    }
    await page.fill('#date-from', '2026-02-01');
    await page.dispatchEvent('#date-from', 'change');
    await settled();
    const view = await page.evaluate(() => (window as any).parleyExplorer.onScreen());
    const all = await page.evaluate(() => (window as any).parleyExplorer.graph.order);
    expect(view.nodes.length).toBeLessThan(all);
    const ids = (graph: Graph) => ({ nodes: graph.nodes().sort(), edges: graph.edges().sort() });
    const expected = {
      nodes: [...view.nodes].sort(),
      edges: view.edges.map((e: any) => e.id).sort(),
    };
    const read = async (selector: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      expect(download.suggestedFilename()).toMatch(
        new RegExp(`^parley-view-${view.nodes.length}-nodes-${view.edges.length}-relationships`),
      );
      return fs.readFileSync((await download.path())!, 'utf8');
    };
    expect(ids(parseGexf(Graph, await read('a[data-export="graph.gexf"]')))).toEqual(expected);
    expect(ids(parseGraphml(Graph, await read('a[data-export="graph.graphml"]')))).toEqual(
      expected,
    );
    const graphology = new Graph({ multi: true });
    graphology.import(JSON.parse(await read('a[data-export="graph.json"]:not([data-shape])')));
    expect(ids(graphology)).toEqual(expected);
    const cytoscape = JSON.parse(await read('a[data-shape="cytoscape"]')).elements;
    expect({
      nodes: cytoscape.nodes.map((n: any) => n.data.id).sort(),
      edges: cytoscape.edges.map((e: any) => e.data.id).sort(),
    }).toEqual(expected);
    const nodes: any[] = parseCsv(await read('a[data-export="nodes.csv"]'), {
      columns: true,
      bom: true,
    });
    const edges: any[] = parseCsv(await read('a[data-export="edges.csv"]'), {
      columns: true,
      bom: true,
    });
    expect({ nodes: nodes.map((n) => n.Id).sort(), edges: edges.map((e) => e.Id).sort() }).toEqual(
      expected,
    );
    await page.fill('#date-from', '');
    await page.dispatchEvent('#date-from', 'change');
  });

  it('links to the playground with a query that reproduces the view, and runs', async () => {
    const href = (await page.getAttribute('#open-playground', 'href'))!;
    const query = new URL(href, server.url).searchParams.get('query')!;
    expect(query).toContain('neighbourhood(id: "person:rustem-umerov"');
    const { json } = await server.post({ query });
    expect(json.errors).toBeUndefined();
    expect(json.data.neighbourhood.nodes.map((n: any) => n.id)).toContain('person:rustem-umerov');
  });

  it('draws Arabic labels shaped and in logical order, as the browser renders the text', async () => {
    const russia = 'country:russia';
    await pick('#search', 'Russia', russia);
    await settled();
    await page.selectOption('#lang', 'ar');
    await page.waitForFunction(
      (key) => (window as any).parleyExplorer.labels.drawn.some((d: any) => d.key === key),
      russia,
    );
    const drawn = await page.evaluate(() => (window as any).parleyExplorer.labels.drawn);
    // No Latin fallback for a node that has an Arabic name.
    const arabicNamed = await page.evaluate(() => {
      const { graph } = (window as any).parleyExplorer;
      return graph.filterNodes((_n: string, a: any) => a.names.ar !== undefined);
    });
    for (const label of drawn.filter((d: any) => arabicNamed.includes(d.key)))
      expect(label).toMatchObject({
        direction: 'rtl',
        text: expect.stringMatching(/^[^A-Za-z]+$/),
      });
    const label = drawn.find((d: any) => d.key === russia);
    expect(label.text).toBe('روسيا');
    // The label layer's pixels for Russia, against the same text rendered by the DOM (and
    // against the text in reverse, unjoined, as per-glyph drawing would give it).
    const crop = await page.evaluate((box) => {
      const canvas = (window as any).parleyExplorer.labels.canvas as HTMLCanvasElement;
      const ratio = canvas.width / canvas.clientWidth;
      const out = document.createElement('canvas');
      out.width = Math.ceil(box.width * ratio);
      out.height = Math.ceil(box.height * ratio);
      out
        .getContext('2d')!
        .drawImage(
          canvas,
          box.x * ratio,
          box.y * ratio,
          out.width,
          out.height,
          0,
          0,
          out.width,
          out.height,
        );
      return out.toDataURL('image/png');
    }, label.box);
    const reference = async (text: string) => {
      const handle = await page.evaluateHandle(
        ([t, box]) => {
          const div = document.createElement('div');
          div.textContent = t;
          div.dir = 'rtl';
          Object.assign(div.style, {
            position: 'fixed',
            left: '0px',
            top: '0px',
            zIndex: '99999',
            background: '#fff',
            color: '#222',
            font: '12px system-ui, sans-serif',
            lineHeight: `${box.height}px`,
            width: `${box.width}px`,
            height: `${box.height}px`,
            paddingLeft: '2px',
            textAlign: 'left',
            whiteSpace: 'nowrap',
            direction: 'rtl',
            unicodeBidi: 'isolate',
          });
          document.body.append(div);
          return div;
        },
        [text, label.box] as const,
      );
      const png = await (handle as any).screenshot();
      await handle.evaluate((div: any) => div.remove());
      return png as Buffer;
    };
    // Ink: pixels darker than halfway between the image's darkest and white (canvas and DOM
    // anti-alias alike in shape but not in weight).
    const mask = (png: PNG) => {
      const lum: number[] = [];
      for (let i = 0; i < png.data.length; i += 4) {
        const alpha = png.data[i + 3] / 255;
        const grey = png.data[i] * 0.3 + png.data[i + 1] * 0.59 + png.data[i + 2] * 0.11;
        lum.push(grey * alpha + 255 * (1 - alpha));
      }
      const threshold = (Math.min(...lum) + 255) / 2;
      const ink: Array<[number, number]> = [];
      lum.forEach((l, i) => {
        if (l < threshold) ink.push([i % png.width, Math.floor(i / png.width)]);
      });
      return ink;
    };
    /** How much of each mask's ink (aligned on its top-left corner of ink) lies within a pixel of the other's: the lesser. */
    const similarity = (a: Array<[number, number]>, b: Array<[number, number]>) => {
      const shift = (m: Array<[number, number]>) => {
        const minX = Math.min(...m.map((p) => p[0]));
        const minY = Math.min(...m.map((p) => p[1]));
        return m.map(([x, y]) => [x - minX, y - minY] as [number, number]);
      };
      const [sa, sb] = [shift(a), shift(b)];
      const near = (from: Array<[number, number]>, to: Array<[number, number]>) => {
        const set = new Set(to.map(([x, y]) => `${x},${y}`));
        const hit = from.filter(([x, y]) =>
          [-1, 0, 1].some((dx) => [-1, 0, 1].some((dy) => set.has(`${x + dx},${y + dy}`))),
        );
        return hit.length / from.length;
      };
      return Math.min(near(sa, sb), near(sb, sa));
    };
    const ratio = await page.evaluate(() => window.devicePixelRatio);
    expect(ratio).toBe(1);
    const cropPng = Buffer.from(crop.split(',')[1], 'base64');
    const domPng = await reference('روسيا');
    fs.writeFileSync(pathShot('russia-canvas.png'), cropPng);
    fs.writeFileSync(pathShot('russia-dom.png'), domPng);
    const drawnInk = mask(PNG.sync.read(cropPng));
    const domInk = mask(PNG.sync.read(domPng));
    const mirroredInk = mask(PNG.sync.read(await reference([...'روسيا'].reverse().join('\u200c'))));
    expect(drawnInk.length).toBeGreaterThan(20);
    const same = similarity(drawnInk, domInk);
    const mirrored = similarity(drawnInk, mirroredInk);
    console.log(
      `Russia's label against the DOM: ${same.toFixed(2)}; against the mirror: ${mirrored.toFixed(2)}`,
    );
    expect(same).toBeGreaterThan(0.85);
    expect(same).toBeGreaterThan(mirrored + 0.2);
    await page.screenshot({ path: pathShot('5-arabic.png') });
    await page.selectOption('#lang', 'en');
  });

  it("lists everything a person said, with their quotes, and opens each row's evidence", async () => {
    await pick('#search', 'Peskov', 'person:dmitry-peskov');
    const { json } = await server.post({
      query: `{ claims(speaker: "person:dmitry-peskov", first: 100) { nodes { id evidence { quote } } } }`,
    });
    const claims = json.data.claims.nodes;
    expect(claims.length).toBeGreaterThan(1);
    await page.waitForFunction(
      (n) => document.querySelectorAll('#list [data-list="said"] li').length === n,
      claims.length,
    );
    const listed = await page
      .locator('#list [data-list="said"] li')
      .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.id));
    expect([...listed].sort()).toEqual(claims.map((c: any) => c.id).sort());
    for (const claim of claims) {
      await page.click(`#list [data-list="said"] li[data-id="${claim.id}"]`);
      expect(await waitForText('#evidence mark', claim.evidence[0].quote)).toBe(
        claim.evidence[0].quote,
      );
    }
    await page.screenshot({ path: pathShot('6-list.png') });
  });

  it('picks a suggestion with the keyboard, and says when nothing matches', async () => {
    await page.fill('#search', 'Zelensky');
    await page.waitForSelector('#suggestions li[data-id]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      () => (window as any).parleyExplorer.state.selected?.key === 'person:volodymyr-zelensky',
    );
    await page.fill('#search', 'Peskxyz');
    expect(await waitForText('#suggestions .no-match', 'No match')).toBe(
      'No match for "Peskxyz". Nearest names:',
    );
    expect(await page.locator('#suggestions li[data-id]').first().getAttribute('data-id')).toBe(
      'person:dmitry-peskov',
    );
    await page.keyboard.press('Escape');
  });

  it('is a permalink: the address reopens the same view', async () => {
    await page.selectOption('#lang', 'uk');
    await page.fill('#date-to', '2026-02-04');
    await page.dispatchEvent('#date-to', 'change');
    await page.locator('#type-filters input[data-value="LEADS"]').uncheck();
    await settled();
    const link = page.url();
    const before = await page.evaluate(() => (window as any).parleyExplorer.onScreen());
    const again = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await again.goto(link);
      await restored(again);
      const after = await again.evaluate(() => (window as any).parleyExplorer.onScreen());
      expect([...after.nodes].sort()).toEqual([...before.nodes].sort());
      expect(after.edges.map((e: any) => e.id).sort()).toEqual(
        before.edges.map((e: any) => e.id).sort(),
      );
      expect(await again.inputValue('#lang')).toBe('uk');
      expect(await again.isChecked('#type-filters input[data-value="LEADS"]')).toBe(false);
      expect(
        await again.evaluate(() => (window as any).parleyExplorer.state.selected?.key ?? null),
      ).toBe(await page.evaluate(() => (window as any).parleyExplorer.state.selected?.key ?? null));
    } finally {
      await again.close();
    }
    await page.locator('#type-filters input[data-value="LEADS"]').check();
    await page.selectOption('#lang', 'en');
  });

  it('opens on an overview: the whole graph, when it is small', async () => {
    const overview = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    try {
      await overview.goto(`${server.url}/explore`);
      await restored(overview);
      const order = await overview.evaluate(() => (window as any).parleyExplorer.graph.order);
      const { json } = await server.post({
        query: `{ entities(first: 1) { totalCount } events(first: 100) { totalCount } claims(first: 100) { totalCount } }`,
      });
      expect(order).toBe(
        json.data.entities.totalCount + json.data.events.totalCount + json.data.claims.totalCount,
      );
      expect(overview.url()).toContain('overview=1');
      await overview.screenshot({ path: pathShot('7-overview.png') });
    } finally {
      await overview.close();
    }
  });

  it('has logged no console error and made no request off the host along the way', () => {
    expect(consoleErrors).toEqual([]);
    expect(offHost).toEqual([]);
  });
});

function pathShot(name: string) {
  return path.join(SCREENSHOTS, name);
}
