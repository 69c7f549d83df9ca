/// <reference lib="dom" />
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { seedDatabase } from '../helpers/database';
import { startTestHttpServer, TestHttpServer } from '../helpers/http-server';
import os from 'node:os';

// The playground in a real headless Chromium, under the Content-Security-Policy every page is
// served with: it loads, runs a query, and the browser reports no violation and no error.
jest.setTimeout(120000);

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = path.join(os.tmpdir(), 'parley-explore-screenshots');

let server: TestHttpServer;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  server = await startTestHttpServer({ NODE_ENV: 'production', PARLEY_INTROSPECTION: 'true' });
  await seedDatabase(server.driver, server.config);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--no-first-run'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  // Reported by the page itself, with the directive, whatever the console says.
  await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as any).reportViolation(`CSP ${event.violatedDirective}: ${event.blockedURI}`),
    ),
  );
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the playground under its Content-Security-Policy', () => {
  it('is served with the policy', async () => {
    const response = await page.goto(`${server.url}/`);
    expect(response!.headers()['content-security-policy']).toMatch(/script-src 'self'/);
  });

  it('renders GraphiQL, runs the first example by keyboard, and shows the answer', async () => {
    await page.waitForSelector('.graphiql-container', { timeout: 30000 });
    await page.locator('.graphiql-query-editor .CodeMirror').first().click();
    await page.keyboard.press('Control+Enter');
    const result = page.locator('.graphiql-response .CodeMirror-code');
    await result.filter({ hasText: '"data"' }).waitFor({ timeout: 20000 });
    expect(await result.textContent()).toMatch(/"data"/);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'playground-csp.png') });
  });

  it('met no CSP violation and no console error', () => {
    expect(problems).toEqual([]);
  });
});
