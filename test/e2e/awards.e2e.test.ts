import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { setUpJourney } from './support/journey.js';

/**
 * The eligibility checker: a commune officer asks whether a civil servant rated "hoàn thành xuất
 * sắc nhiệm vụ" with "Lao động tiên tiến" may be proposed for "Chiến sĩ thi đua cơ sở" today, then
 * sees a discipline period put the case on hold.
 */
const journey = setUpJourney({ viewport: { width: 1440, height: 1100 } });
const page = (): Page => journey.page;

/** Picks an option of an antd Select by typing (accent-free) text and taking the first match. */
async function choose(label: string, text: string) {
  const select = page().getByLabel(label, { exact: true });
  await select.click();
  await select.fill(text);
  await select.press('Enter');
}

async function fillYear(label: string, year: string) {
  const input = page().getByLabel(label, { exact: true });
  await input.fill(year);
  await input.press('Tab');
}

describe('the eligibility checker', () => {
  it('signs in and opens Khen thưởng › Xét điều kiện', async () => {
    await page().goto(journey.server.baseUrl);
    await page().getByLabel('Tên đăng nhập').fill('canbo.thidua');
    await page().getByLabel('Mật khẩu').fill('thidua2024');
    await page().getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page().getByText('Lò Thị Hạnh').first().isVisible(), { timeout: 20_000 }).toBe(true);
    await page().goto(`${journey.server.baseUrl}/khen-thuong/xet-dieu-kien`);
    await expect.poll(() => page().getByRole('button', { name: 'Xét điều kiện' }).isVisible(), { timeout: 20_000 }).toBe(true);
  });

  it('judges a Chiến sĩ thi đua cơ sở case under the decree in force today, with reasons and articles', async () => {
    await choose('Danh hiệu, hình thức khen thưởng', 'chien si thi dua co so');
    const lastYear = String(new Date().getFullYear() - 1);
    await page().getByRole('button', { name: 'Thêm năm xếp loại' }).click();
    await fillYear('Năm xếp loại (dòng 1)', lastYear);
    await choose('Xếp loại (dòng 1)', 'xuat sac');
    await page().getByRole('button', { name: 'Thêm danh hiệu, hình thức' }).click();
    await fillYear('Năm được tặng (dòng 1)', lastYear);
    await choose('Đã được tặng (dòng 1)', 'lao dong tien tien');
    await page().getByRole('button', { name: 'Xét điều kiện' }).click();

    await expect.poll(() => page().getByText('Đủ điều kiện', { exact: true }).first().isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await page().getByText(/Nghị định 152\/2025\/NĐ-CP/).count()).toBeGreaterThan(0);
    expect(await page().getByText('Chủ tịch Ủy ban nhân dân cấp xã').count()).toBeGreaterThan(0);
    expect(await page().getByText(/Điều 23 Luật Thi đua, khen thưởng 2022/).count()).toBeGreaterThan(0);
    await screenshot(page(), 'awards', '01-eligible');
  });

  it('puts the case on hold while a review is pending', async () => {
    await page().getByLabel(/Đang bị thanh tra, kiểm tra, điều tra/).check();
    await page().getByRole('button', { name: 'Xét điều kiện' }).click();
    await expect.poll(() => page().getByText('Tạm chưa xét', { exact: true }).first().isVisible(), { timeout: 20_000 }).toBe(true);
    await screenshot(page(), 'awards', '02-hold');
  });
});
