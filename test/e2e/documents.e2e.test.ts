import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzip } from '../../src/server/render/docx/read-docx.testing.js';
import { screenshot } from './support/browser.js';
import { setUpJourney } from './support/journey.js';
import { ROOT } from './support/server.js';

// The seed: a district dispatch pasted as text, with its number and day/month left blank.
const SEED = readFileSync(join(ROOT, '../shared/seeds/000_9cec8085d2253f0e.txt'), 'utf8');
const REPLY_SUBJECT = 'Báo cáo kết quả thực hiện phong trào thi đua chào mừng 70 năm Chiến thắng Điện Biên Phủ';

const journey = setUpJourney({ viewport: { width: 1440, height: 1000 }, acceptDownloads: true });

const heading = () => journey.page.getByRole('heading', { level: 1 });
// antd keeps an invisible listbox for screen readers: click the visible item of the open dropdown.
const option = (title: string) => journey.page.locator(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${title}"]`).first();

/** Types a dd/mm/yyyy date into an antd DatePicker; Tab commits it (Enter would also submit the form). */
async function fillDate(label: string, value: string) {
  const input = journey.page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(value);
  await input.press('Tab');
  await expect.poll(() => input.inputValue()).toBe(value);
}

// The province officer: the demo's district is closed, the province and its new communes are active.
describe('the province officer registers an incoming dispatch, replies to it and issues the reply', () => {
  it('signs in', async () => {
    await journey.page.goto(journey.server.baseUrl);
    await journey.page.getByLabel('Tên đăng nhập').fill('canbo.tinh');
    await journey.page.getByLabel('Mật khẩu').fill('thidua2024');
    await journey.page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => journey.page.getByText('Vì Văn Thắng').first().isVisible(), { timeout: 20_000 }).toBe(true);
  });

  it('pastes the document, analyses it and sees what is missing', async () => {
    await journey.page.goto(`${journey.server.baseUrl}/van-ban`);
    await journey.page.getByRole('button', { name: 'Nhập văn bản' }).click();
    await journey.page.getByLabel('Nội dung văn bản').fill(SEED);
    await screenshot(journey.page, 'documents', '01-pasted');
    await journey.page.getByRole('button', { name: 'Phân tích' }).click();
    const problems = journey.page.getByRole('list', { name: 'Các vấn đề khi đọc văn bản' });
    await problems.waitFor({ timeout: 20_000 });
    await expect.poll(() => problems.getByText('Số văn bản để trống', { exact: false }).count()).toBeGreaterThan(0);
    await expect.poll(() => problems.getByText('để trống ngày hoặc tháng', { exact: false }).count()).toBeGreaterThan(0);
    // The parsed fields are in the form, ready to correct.
    expect(await journey.page.getByLabel('Ký hiệu', { exact: true }).inputValue()).toBe('UBND-NV');
    expect(await journey.page.getByLabel('Trích yếu', { exact: true }).inputValue()).toContain('Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ');
    await screenshot(journey.page, 'documents', '02-analysed');
  });

  it('fills the number and the date, and registers it', async () => {
    await journey.page.getByLabel('Số', { exact: true }).fill('15');
    await fillDate('Ngày ban hành', '26/04/2024');
    await screenshot(journey.page, 'documents', '03-corrected');
    await journey.page.getByRole('button', { name: 'Lưu vào sổ' }).click();
    await expect.poll(() => heading().textContent(), { timeout: 20_000 }).toBe('Công văn 15/UBND-NV');
    expect(await journey.page.getByText('Đã vào sổ').count()).toBeGreaterThan(0);
    // The demo register holds the cited provincial letter, so the citation resolves to a link.
    expect(await journey.page.getByRole('link', { name: /1908\/UBND-KSTT/ }).count()).toBeGreaterThan(0);
    await screenshot(journey.page, 'documents', '04-registered');
  });

  it('drafts a reply citing the document', async () => {
    await journey.page.getByRole('button', { name: 'Soạn văn bản trả lời' }).click();
    await expect.poll(() => heading().textContent(), { timeout: 20_000 }).toBe('Soạn văn bản trả lời');
    const subject = journey.page.getByLabel('Trích yếu', { exact: true });
    expect(await subject.inputValue()).toContain('15/UBND-NV');
    await subject.fill(REPLY_SUBJECT);
    const units = journey.page.getByLabel('Đơn vị nhận', { exact: true });
    await units.click();
    await units.fill('xa tua chua');
    await option('Xã Tủa Chùa').click();
    await journey.page.keyboard.press('Escape');
    await journey.page.getByLabel('Các đoạn (mỗi dòng một đoạn)').fill('Sở Nội vụ báo cáo kết quả thực hiện phong trào thi đua theo đề nghị tại văn bản trên.');
    await journey.page.getByLabel('Quyền hạn ký', { exact: true }).click();
    await option('KT.').click();
    await journey.page.getByLabel('Thay mặt / ký thay cho', { exact: true }).fill('GIÁM ĐỐC');
    await journey.page.getByLabel('Chức vụ', { exact: true }).fill('PHÓ GIÁM ĐỐC');
    await journey.page.getByLabel('Họ và tên', { exact: true }).fill('Lò Văn Minh');
    await screenshot(journey.page, 'documents', '05-reply-form');
    await journey.page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => heading().textContent(), { timeout: 20_000 }).toBe('Công văn (chưa số)');
    expect(await journey.page.getByText('Dự thảo').count()).toBeGreaterThan(0);
    // The citation resolved to the registered document: it is a link.
    expect(await journey.page.getByRole('link', { name: /15\/UBND-NV/ }).count()).toBe(1);
    await screenshot(journey.page, 'documents', '06-draft');
  });

  it('issues the draft, which takes number 01 of the year', async () => {
    await journey.page.getByRole('button', { name: 'Ban hành', exact: true }).click();
    const dialog = journey.page.getByRole('dialog');
    await dialog.waitFor();
    await screenshot(journey.page, 'documents', '07-issue-confirm');
    await dialog.getByRole('button', { name: 'Ban hành' }).click();
    await expect.poll(() => heading().textContent(), { timeout: 20_000 }).toMatch(/^Công văn 01\//);
    expect(await journey.page.getByText('Đã ban hành').count()).toBeGreaterThan(0);
    expect(await journey.page.getByText('Xã Tủa Chùa').count()).toBeGreaterThan(0);
    await screenshot(journey.page, 'documents', '08-issued');
  });

  it('downloads the Word file, which carries the subject', async () => {
    const [download] = await Promise.all([journey.page.waitForEvent('download'), journey.page.getByRole('button', { name: 'Tải Word' }).click()]);
    const bytes = readFileSync(await download.path());
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const xml = unzip(bytes).get('word/document.xml')!.toString('utf8');
    // Runs may split the text: compare with the tags taken out.
    expect(xml.replace(/<[^>]+>/g, '')).toContain(REPLY_SUBJECT);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
  });

  it('finds both documents in the register, with the demo ones, searching without diacritics', async () => {
    await journey.page.goto(`${journey.server.baseUrl}/van-ban`);
    const search = journey.page.getByLabel('Tìm văn bản');
    await search.fill('chien thang dien bien phu');
    await search.press('Enter');
    const table = journey.page.getByRole('table');
    // The demo's provincial letter and district dispatch, and this journey's registration and reply.
    await expect.poll(() => table.getByRole('link').count(), { timeout: 20_000 }).toBe(4);
    expect(await table.getByRole('link', { name: REPLY_SUBJECT }).count()).toBe(1);
    await screenshot(journey.page, 'documents', '09-register');
  });
});
