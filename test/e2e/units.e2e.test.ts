import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { setUpJourney } from './support/journey.js';

const journey = setUpJourney();

describe('the emulation officer finds a unit and its members', () => {
  it('signs in as the demo officer', async () => {
    await journey.page.goto(journey.server.baseUrl);
    await journey.page.getByLabel('Tên đăng nhập').fill('canbo.thidua');
    await journey.page.getByLabel('Mật khẩu').fill('thidua2024');
    await screenshot(journey.page, 'units', '01-sign-in');
    await journey.page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => journey.page.getByText('Lò Thị Hạnh').first().isVisible(), { timeout: 20_000 }).toBe(true);
    await screenshot(journey.page, 'units', '02-signed-in');
  });

  it('searches "tua chua" without diacritics', async () => {
    await journey.page.goto(`${journey.server.baseUrl}/don-vi`);
    const search = journey.page.getByLabel('Tìm đơn vị');
    await search.fill('tua chua');
    await search.press('Enter');
    // The table first shows every unit, then the search result: wait for the result itself.
    const table = journey.page.getByRole('table');
    const link = (name: string) => table.getByRole('link', { name, exact: true });
    await expect.poll(() => link('Phòng Nội vụ').count(), { timeout: 20_000 }).toBe(0);
    await link('Huyện Tủa Chùa').waitFor({ timeout: 20_000 });
    expect(await link('Thị trấn Tủa Chùa').count()).toBe(1);
    expect(await link('Ủy ban nhân dân huyện Tủa Chùa').count()).toBe(1);
    // The officer's scope is the old district: the new provincial commune does not appear.
    expect(await link('Xã Tủa Chùa').count()).toBe(0);
    expect(await table.getByRole('link').count()).toBe(3);
    await screenshot(journey.page, 'units', '03-search');
  });

  it('opens the district and sees its member units', async () => {
    await journey.page.getByRole('table').getByRole('link', { name: 'Huyện Tủa Chùa', exact: true }).click();
    await journey.page.getByRole('tab', { name: 'Đơn vị trực thuộc' }).waitFor({ timeout: 20_000 });
    const members = journey.page.getByRole('tabpanel');
    await members.getByText('Phòng Nội vụ', { exact: true }).waitFor({ timeout: 20_000 });
    for (const name of ['Xã Mường Báng', 'Xã Xá Nhè', 'Thị trấn Tủa Chùa']) {
      expect(await members.getByText(name, { exact: true }).count()).toBeGreaterThan(0);
    }
    await screenshot(journey.page, 'units', '04-members');
  });
});
