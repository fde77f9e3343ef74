import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchBrowser } from './browser.js';
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
  afterAll(async () => {
    await closeBrowser?.();
    if (journey.server) await stopServer(journey.server);
  });
  return journey;
}
