/// <reference lib="dom" />
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { PROJECT_ROOT } from '../../src/config';
import { addCuratorToken } from '../../src/api/auth/curator-tokens';
import { startTestHttpServer, TestHttpServer } from './http-server';
import { launchChromium } from './chromium';

export const CURATE_SCREENSHOTS = path.join(os.tmpdir(), 'parley-curate-screenshots');

/** A server that takes writes, a curator's token, and the curation page's build in Chromium. */
export interface CurateSession {
  dir: string;
  token: string;
  server: TestHttpServer;
  browser: Browser;
  page: Page;
  /** Page errors, console errors (but a refused write's 401) and requests off the host. */
  problems: string[];
  close(): Promise<void>;
}

export async function startCurateSession(): Promise<CurateSession> {
  execFileSync('node', ['scripts/build-pages.mjs'], { cwd: PROJECT_ROOT, stdio: 'ignore' });
  fs.mkdirSync(CURATE_SCREENSHOTS, { recursive: true });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parley-curate-'));
  const tokensFile = path.join(dir, 'tokens.json');
  const token = addCuratorToken(tokensFile, 'Page Test');
  const server = await startTestHttpServer({
    PARLEY_CURATOR_TOKENS_FILE: tokensFile,
    PARLEY_DOSSIER_DIR: path.join(dir, 'dossiers'),
  });
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 401/.test(message.text()))
      problems.push(message.text());
  });
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url)) problems.push(`off the host: ${request.url()}`);
  });
  return {
    dir,
    token,
    server,
    browser,
    page,
    problems,
    async close() {
      await browser.close();
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Drags the mouse over the characters [start, end) of the text (code points), from the first
 * one's logical start to the last one's logical end, whatever the direction of the line, and
 * waits until the page shows that selection's offsets.
 */
export async function dragOver(page: Page, start: number, end: number): Promise<void> {
  const ends = await page.evaluate(
    ([from, to]) => {
      const el = document.getElementById('text')!;
      const unitAt = (point: number) => {
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
      // The span in view first, where the mouse can reach it.
      const top = rectOf(unitAt(from)).top;
      if (top < 100 || top > innerHeight - 200)
        document.querySelector('main')!.scrollBy(0, top - 300);
      const rtl = getComputedStyle(el).direction === 'rtl';
      const [first, last] = [rectOf(unitAt(from)), rectOf(unitAt(to) - 1)];
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
  await page.waitForFunction(
    ([s, e]) => {
      const shown = document.getElementById('selected-offsets');
      return shown?.dataset.start === String(s) && shown?.dataset.end === String(e);
    },
    [start, end] as const,
    { timeout: 5000 },
  );
}
