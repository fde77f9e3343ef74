import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot } from './support/browser.js';
import { startServer, stopServer, type RunningServer } from './support/server.js';

let server: RunningServer;
let browser: Browser;
let closeBrowser: () => Promise<void>;
let page: Page;

beforeAll(async () => {
  server = await startServer();
  ({ browser, close: closeBrowser } = await launchBrowser());
  page = await browser.newPage({ locale: 'vi-VN', viewport: { width: 1366, height: 900 } });
});
afterAll(async () => {
  await closeBrowser?.();
  if (server) await stopServer(server);
});

describe('the emulation officer finds a unit and its members', () => {
  it('signs in as the demo officer', async () => {
    await page.goto(server.baseUrl);
    await page.getByLabel('Tên đăng nhập').fill('canbo.thidua');
    await page.getByLabel('Mật khẩu').fill('thidua2024');
    await screenshot(page, 'units', '01-sign-in');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.getByText('Lò Thị Hạnh').first().isVisible(), { timeout: 20_000 }).toBe(true);
    await screenshot(page, 'units', '02-signed-in');
  });

  it('searches "tua chua" without diacritics', async () => {
    await page.goto(`${server.baseUrl}/don-vi`);
    const search = page.getByLabel('Tìm đơn vị');
    await search.fill('tua chua');
    await search.press('Enter');
    // The table first shows every unit, then the search result: wait for the result itself.
    const table = page.getByRole('table');
    const link = (name: string) => table.getByRole('link', { name, exact: true });
    await expect.poll(() => link('Phòng Nội vụ').count(), { timeout: 20_000 }).toBe(0);
    await link('Huyện Tủa Chùa').waitFor({ timeout: 20_000 });
    expect(await link('Thị trấn Tủa Chùa').count()).toBe(1);
    expect(await link('Ủy ban nhân dân huyện Tủa Chùa').count()).toBe(1);
    // The officer's scope is the old district: the new provincial commune does not appear.
    expect(await link('Xã Tủa Chùa').count()).toBe(0);
    expect(await table.getByRole('link').count()).toBe(3);
    await screenshot(page, 'units', '03-search');
  });

  it('opens the district and sees its member units', async () => {
    await page.getByRole('table').getByRole('link', { name: 'Huyện Tủa Chùa', exact: true }).click();
    await page.getByRole('tab', { name: 'Đơn vị trực thuộc' }).waitFor({ timeout: 20_000 });
    const members = page.getByRole('tabpanel');
    await members.getByText('Phòng Nội vụ', { exact: true }).waitFor({ timeout: 20_000 });
    for (const name of ['Xã Mường Báng', 'Xã Xá Nhè', 'Thị trấn Tủa Chùa']) {
      expect(await members.getByText(name, { exact: true }).count()).toBeGreaterThan(0);
    }
    await screenshot(page, 'units', '04-members');
  });
});
