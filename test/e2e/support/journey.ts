import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { ARTIFACTS, launchBrowser } from './browser.js';
import { startServer, stopServer, type RunningServer } from './server.js';

export interface Journey {
  server: RunningServer;
  browser: Browser;
  page: Page;
}

/**
 * One journey per test file: a real `thidua serve` on its own copy of the demo embedded database,
 * and one Vietnamese-locale page of Debian's chromium, both closed after the file.
 */
export function setUpJourney(pageOptions: BrowserContextOptions = {}): Journey {
  const journey = {} as Journey;
  let closeBrowser: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    journey.server = await startServer({ template: inject('demoDataDir') });
    const launched = await launchBrowser();
    journey.browser = launched.browser;
    closeBrowser = launched.close;
    journey.page = await journey.browser.newPage({ locale: 'vi-VN', viewport: { width: 1366, height: 900 }, ...pageOptions });
  });
  // A failed step leaves a picture of every open page, to read what the user would have seen.
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail' || !journey.browser) return;
    const dir = join(ARTIFACTS, 'failures');
    mkdirSync(dir, { recursive: true });
    const pages = journey.browser.contexts().flatMap((c) => c.pages());
    for (const [i, page] of pages.entries()) {
      const path = join(dir, `${task.file.name.replace(/\W+/g, '-')}-${task.name.replace(/\W+/g, '-').slice(0, 80)}-${i + 1}.png`);
      await page.screenshot({ path, fullPage: true }).then(
        () => console.error(`Ảnh màn hình khi lỗi: ${path}`),
        () => undefined,
      );
    }
  });
  afterAll(async () => {
    await closeBrowser?.();
    if (journey.server) await stopServer(journey.server);
  });
  return journey;
}
