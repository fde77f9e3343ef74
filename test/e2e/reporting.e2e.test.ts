import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { unzip } from '../../src/server/render/docx/read-docx.testing.js';
import { screenshot } from './support/browser.js';
import { setUpJourney } from './support/journey.js';
import { signIn } from './support/session.js';

/**
 * The seed's reporting cycle: the district officer follows the dispatch's report request, the
 * commune reporter of Mường Báng fills in and sends, the officer returns it, the reporter
 * corrects and resends, the officer accepts; the figures appear on the dashboard and in the
 * roll-up, and the Excel and Word exports carry them.
 */
const journey = setUpJourney({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });
const ASSIGNMENT = 'Báo cáo kết quả thực hiện các phong trào thi đua chào mừng Kỷ niệm 70 năm';
const RETURN_COMMENT = 'Tỷ lệ hồ sơ xử lý trên môi trường mạng chưa khớp sổ theo dõi của xã, đề nghị kiểm tra lại.';
const NARRATIVE = 'Xã Mường Báng tổ chức phát động phong trào đến 100% thôn, bản; trồng mới 4.200 cây hoa ban dọc tuyến đường liên xã.';

let reporter: Page;
let assignmentUrl = '';
let reportUrl = '';

/** Types into an antd InputNumber labelled with the indicator's name. */
async function fillNumber(page: Page, label: string, value: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(value);
  await input.press('Tab');
}

async function waitSaved(page: Page) {
  await expect.poll(() => page.getByText(/Đã lưu lúc/).first().isVisible(), { timeout: 20_000 }).toBe(true);
}

const tile = (title: string) =>
  journey.page.locator('.ant-statistic').filter({ has: journey.page.locator('.ant-statistic-title', { hasText: title }) }).locator('.ant-statistic-content-value');

describe('the reporting cycle of the seed dispatch', () => {
  it('the district officer opens the report request and sees who has not reported', async () => {
    await signIn(journey.page, journey.server.baseUrl, 'canbo.thidua', 'Lò Thị Hạnh');
    await journey.page.goto(`${journey.server.baseUrl}/nhiem-vu`);
    await journey.page.getByRole('link', { name: new RegExp(ASSIGNMENT) }).first().click();
    await expect.poll(() => journey.page.getByRole('tab', { name: 'Tổng quan' }).isVisible(), { timeout: 20_000 }).toBe(true);
    assignmentUrl = journey.page.url().split('?')[0]!;
    await expect.poll(() => tile('Phải báo cáo').textContent(), { timeout: 20_000 }).toBe('25');
    expect(await tile('Đã gửi').textContent()).toBe('20');
    await screenshot(journey.page, 'reporting', '01-dashboard-before');

    await journey.page.getByRole('tab', { name: 'Theo dõi' }).click();
    const row = journey.page.getByRole('row').filter({ hasText: 'Xã Mường Báng' });
    await expect.poll(() => row.getByText('Chưa lập').isVisible(), { timeout: 20_000 }).toBe(true);
  });

  it('the commune reporter fills in the report and sends it', async () => {
    reporter = await journey.browser.newPage({ locale: 'vi-VN', viewport: { width: 1440, height: 1000 } });
    await signIn(reporter, journey.server.baseUrl, 'baocao.muongbang', 'Quàng Văn Dũng');
    await reporter.goto(`${journey.server.baseUrl}/bao-cao`);
    await reporter.getByRole('button', { name: 'Lập báo cáo' }).first().click();
    await expect.poll(() => reporter.getByLabel('Tổng số hộ trên địa bàn', { exact: true }).isVisible(), { timeout: 20_000 }).toBe(true);
    reportUrl = reporter.url();

    await fillNumber(reporter, 'Tổng số hộ trên địa bàn', '1250');
    await fillNumber(reporter, 'Số hộ nghèo đầu năm (chuẩn đa chiều)', '486');
    await fillNumber(reporter, 'Số hộ thoát nghèo trong năm', '57');
    await fillNumber(reporter, 'Mức giảm tỷ lệ hộ nghèo trong năm', '4,6');
    await fillNumber(reporter, 'Tổng số hồ sơ công việc', '1840');
    await fillNumber(reporter, 'Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng', '58');
    await fillNumber(reporter, 'Số cây xanh trồng mới', '4200');
    await fillNumber(reporter, 'Tỷ lệ cây trồng sống', '91,5');
    await reporter.getByLabel('Kết quả thực hiện', { exact: true }).fill(NARRATIVE);
    await waitSaved(reporter);
    await screenshot(reporter, 'reporting', '02-report-filled');

    await reporter.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect.poll(() => reporter.getByText('Đã gửi', { exact: true }).first().isVisible(), { timeout: 20_000 }).toBe(true);
    // Sent long after 05/11/2024: accepted, and marked late.
    await expect.poll(() => reporter.getByText(/Trễ \d+ ngày/).first().isVisible()).toBe(true);
  });

  it('the officer returns it with a comment', async () => {
    await journey.page.goto(reportUrl);
    await journey.page.getByRole('button', { name: 'Trả lại' }).click();
    await journey.page.getByRole('dialog').getByRole('textbox').fill(RETURN_COMMENT);
    await journey.page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
    await expect.poll(() => journey.page.getByText('Bị trả lại', { exact: true }).first().isVisible(), { timeout: 20_000 }).toBe(true);
  });

  it('the reporter reads the comment, corrects the figure and sends again', async () => {
    await reporter.reload();
    await expect.poll(() => reporter.getByText(RETURN_COMMENT).first().isVisible(), { timeout: 20_000 }).toBe(true);
    await fillNumber(reporter, 'Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng', '64,5');
    await waitSaved(reporter);
    await reporter.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await expect.poll(() => reporter.getByText('Đã gửi', { exact: true }).first().isVisible(), { timeout: 20_000 }).toBe(true);
    await screenshot(reporter, 'reporting', '03-resent');
  });

  it('the officer accepts it', async () => {
    await journey.page.goto(reportUrl);
    await journey.page.getByRole('button', { name: 'Tiếp nhận' }).click();
    await expect.poll(() => journey.page.getByText('Đã tiếp nhận', { exact: true }).first().isVisible(), { timeout: 20_000 }).toBe(true);
  });

  it('the dashboard and the roll-up show the new figures', async () => {
    await journey.page.goto(assignmentUrl);
    await expect.poll(() => tile('Đã gửi').textContent(), { timeout: 20_000 }).toBe('21');
    await screenshot(journey.page, 'reporting', '04-dashboard-after');

    // Within the 2024 boundaries Mường Báng is its own row under the district.
    await journey.page.goto(`${assignmentUrl}?tab=tong-hop&ngay=2024-11-15`);
    const row = journey.page.getByRole('row').filter({ hasText: 'Xã Mường Báng' }).first();
    await expect.poll(() => row.textContent(), { timeout: 20_000 }).toContain('64,5');
    await screenshot(journey.page, 'reporting', '05-rollup');
  });

  it('downloads the Excel roll-up and the Word consolidated report, which carry the figures', async () => {
    const [xlsx] = await Promise.all([journey.page.waitForEvent('download'), journey.page.getByRole('button', { name: 'Tải Excel tổng hợp' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(await xlsx.path()) as unknown as ArrayBuffer);
    const cells: unknown[] = [];
    book.worksheets[0]!.eachRow((r) => {
      if (JSON.stringify(r.values).includes('Xã Mường Báng')) cells.push(...(r.values as unknown[]));
    });
    expect(cells).toContain(64.5);

    const [docx] = await Promise.all([journey.page.waitForEvent('download'), journey.page.getByRole('button', { name: 'Tải báo cáo tổng hợp (Word)' }).click()]);
    expect(docx.suggestedFilename()).toMatch(/\.docx$/);
    // Runs may split the text: compare with the tags taken out.
    const text = unzip(readFileSync(await docx.path())).get('word/document.xml')!.toString('utf8').replace(/<[^>]+>/g, '');
    expect(text).toContain('Xã Mường Báng');
    expect(text).toContain('trồng mới 4.200 cây hoa ban');
  });
});
