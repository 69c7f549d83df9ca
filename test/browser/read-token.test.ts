/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config';
import { addCuratorToken } from '../../src/api/auth/curator-tokens';
import { seedDatabase } from '../helpers/database';
import { codesOf, startTestHttpServer, TestHttpServer } from '../helpers/http-server';
import { launchChromium } from '../helpers/chromium';

// A deployment that sets a read token: every read needs it (or a curator token); the pages stay
// open and ask for it once.
jest.setTimeout(120000);

const READ_TOKEN = 'read-token-of-this-deployment';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-read-'));
const tokensFile = path.join(dir, 'tokens.json');
const curator = addCuratorToken(tokensFile, 'Reader And Writer');
let server: TestHttpServer;
let browser: Browser;

beforeAll(async () => {
  execFileSync('node', ['scripts/build-pages.mjs'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  server = await startTestHttpServer({
    PARLEY_READ_TOKEN: READ_TOKEN,
    PARLEY_CURATOR_TOKENS_FILE: tokensFile,
  });
  await seedDatabase(server.driver, server.config);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const query = { query: '{ entities(first: 1) { nodes { id } } }' };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('a read token', () => {
  it('is needed by every read: GraphQL, exports and the dossier API', async () => {
    for (const headers of [{}, bearer('wrong-token-of-this-deployment')]) {
      const answer = await server.post(query, headers);
      expect({ status: answer.status, codes: codesOf(answer.json) }).toEqual({
        status: 401,
        codes: ['UNAUTHENTICATED'],
      });
      for (const url of ['/export/nodes.csv', '/api/saved-dossiers']) {
        const response = await fetch(`${server.url}${url}`, { headers });
        expect(response.status).toBe(401);
        expect(codesOf(await response.json())).toEqual(['UNAUTHENTICATED']);
      }
    }
    // GraphQL through the app's other route (a GET) too.
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent(query.query)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(401);
  });

  it('lets the read token and a curator token read, and leaves the pages and health open', async () => {
    for (const token of [READ_TOKEN, curator]) {
      const answer = await server.post(query, bearer(token));
      expect(answer.status).toBe(200);
      expect(answer.json.data.entities.nodes).toHaveLength(1);
      expect(
        (await fetch(`${server.url}/export/nodes.csv`, { headers: bearer(token) })).status,
      ).toBe(200);
    }
    for (const page of ['/', '/explore', '/curate', '/health/live', '/explore/assets/explore.js'])
      expect((await fetch(`${server.url}${page}`)).status).toBe(200);
  });

  it('is asked for once by the explorer and the curation page, then sent with every request', async () => {
    const page = await browser.newPage();
    const prompts: string[] = [];
    page.on('dialog', (dialog) => {
      prompts.push(dialog.message());
      void dialog.accept(READ_TOKEN);
    });
    await page.goto(`${server.url}/explore`);
    await page.waitForFunction(
      () => /^\d+ nodes/.test(document.getElementById('status')!.textContent ?? ''),
      null,
      {
        timeout: 30000,
      },
    );
    await page.goto(`${server.url}/curate`);
    await page.waitForFunction(() => document.body.dataset.loaded === 'true', null, {
      timeout: 20000,
    });
    expect(await page.locator('#graph-sources option').count()).toBe(2);
    // Asked once: the token is kept for the tab's session, across both pages.
    expect(prompts).toEqual(['This server needs a token to read. Your read token:']);
    await page.close();
  });
});
