import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { screenshot } from './support/browser.js';
import { setUpJourney } from './support/journey.js';
import { signIn, signOut, visible } from './support/session.js';

/**
 * Today's provincial cluster of the new communes, from self-scoring to the flag: two members score
 * and send their sheets, the head (Xã Tủa Chùa) closes scoring, lowers one score with a written
 * reason and ends the covenant, three members vote their leader, and the leader's nomination for
 * the provincial flag appears among the province's nominations.
 */
const VIEWPORT = { width: 1440, height: 1000 };
const journey = setUpJourney({ viewport: VIEWPORT, acceptDownloads: true });
const page = (): Page => journey.page;
const CLUSTER = 'Cụm thi đua các xã vùng Tủa Chùa';
const others: Page[] = [];
let covenantUrl = '';

afterAll(async () => {
  for (const p of others) await p.context().close();
});

async function openCovenant(p: Page) {
  if (covenantUrl) {
    await p.goto(covenantUrl);
  } else {
    await p.getByRole('menuitem', { name: 'Giao ước thi đua' }).click();
    await p.getByRole('link', { name: CLUSTER }).click();
    covenantUrl = p.url();
  }
  await expect.poll(() => visible(p, 'Bảng tiêu chí'), { timeout: 20_000 }).toBe(true);
}

/** Clicks a button, then the same-named OK of the confirmation it opens. */
async function confirm(p: Page, name: string) {
  await p.getByRole('button', { name, exact: true }).first().click();
  await p.getByRole('dialog').getByRole('button', { name, exact: true }).click();
}

const EVIDENCE_FILE = 'Bao cao DVC truc tuyen 2025.pdf';

/**
 * Signs for the unit, fills its sheet with the points given, gives the evidence criterion 1.2
 * asks for (words, or an attached file), saves and sends it.
 */
async function scoreAndSend(p: Page, scores: Record<string, number>, evidence: 'words' | 'file') {
  await confirm(p, 'Ký giao ước');
  await expect.poll(() => p.getByRole('button', { name: 'Nộp bảng tự chấm' }).isEnabled(), { timeout: 20_000 }).toBe(true);
  for (const [code, score] of Object.entries(scores)) await p.getByLabel(`Điểm tự chấm tiêu chí ${code}`, { exact: true }).fill(String(score));
  if (evidence === 'words') {
    await p.getByLabel('Minh chứng tiêu chí 1.2', { exact: true }).fill('Báo cáo số 45/BC-UBND về giải quyết thủ tục hành chính trực tuyến');
  } else {
    const [chooser] = await Promise.all([p.waitForEvent('filechooser'), p.getByRole('button', { name: 'Đính kèm tệp minh chứng tiêu chí 1.2' }).click()]);
    await chooser.setFiles({ name: EVIDENCE_FILE, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% Báo cáo kết quả giải quyết TTHC trực tuyến\n%%EOF\n') });
    await expect.poll(() => visible(p, `Đã đính kèm ${EVIDENCE_FILE}`), { timeout: 20_000 }).toBe(true);
    // The scores typed before the upload are still there to be saved.
    expect(await p.getByLabel('Điểm tự chấm tiêu chí 1.1', { exact: true }).inputValue()).toBe(`${scores['1.1']},00`);
  }
  await p.getByRole('button', { name: 'Lưu bảng điểm' }).click();
  await expect.poll(() => visible(p, 'Đã lưu bảng điểm'), { timeout: 20_000 }).toBe(true);
  await confirm(p, 'Nộp bảng tự chấm');
  await expect.poll(() => visible(p, /^Đã nộp lúc .*; bảng tự chấm không sửa được nữa\.$/), { timeout: 20_000 }).toBe(true);
}

/** The unit head marks "Đồng ý" for the unit and sends the ballot. */
async function castBallot(p: Page, unit: string) {
  await p.getByRole('radiogroup', { name: `Phiếu của ${unit}` }).getByRole('radio', { name: 'Đồng ý', exact: true }).check();
  await p.getByRole('button', { name: `Gửi phiếu của ${unit}` }).click();
  await expect.poll(() => visible(p, `Đã ghi phiếu của ${unit}`), { timeout: 20_000 }).toBe(true);
}

describe('a cluster’s covenant, from self-scoring to the flag', () => {
  it('Xã Sín Chải signs, scores itself within the bounds, attaches its evidence and sends its sheet', async () => {
    await signIn(page(), journey.server.baseUrl, 'truong.xasinchai', 'Sùng A Chớ');
    await openCovenant(page());
    await scoreAndSend(page(), { '1.1': 130, '1.2': 140, '1.3': 90, '1.4': 130, '2.1': 90, '2.2': 90, '3.1': 45, '3.2': 90, '3.3': 40, C: 0, T: 0 }, 'file');
    await screenshot(page(), 'covenants', '01-sheet-sent');
  });

  it('the head, Xã Tủa Chùa, sends its own sheet and closes scoring', async () => {
    await signOut(page());
    await signIn(page(), journey.server.baseUrl, 'truong.xatuachua', 'Lò Văn Xuân');
    await openCovenant(page());
    await scoreAndSend(page(), { '1.1': 145, '1.2': 150, '1.3': 95, '1.4': 145, '2.1': 95, '2.2': 95, '3.1': 50, '3.2': 100, '3.3': 45, C: 20, T: 0 }, 'words');
    await confirm(page(), 'Khóa chấm điểm');
    await expect.poll(() => visible(page(), 'Đã khóa chấm điểm'), { timeout: 20_000 }).toBe(true);
  });

  it('lowers one of Sín Chải’s scores with a written reason, which the sheet then shows, and ends the covenant', async () => {
    await page().getByLabel('Bảng điểm của đơn vị', { exact: true }).click();
    await page().locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: 'Xã Sín Chải' }).first().click();
    // The head cross-checks the evidence Sín Chải attached.
    await expect.poll(() => visible(page(), new RegExp(`^${EVIDENCE_FILE} \\(1 KB\\)$`)), { timeout: 20_000 }).toBe(true);
    await page().getByRole('button', { name: 'Điều chỉnh tiêu chí 1.2' }).click();
    const dialog = page().getByRole('dialog');
    await dialog.getByLabel('Điểm sau điều chỉnh', { exact: true }).fill('120');
    await dialog.getByLabel('Lý do điều chỉnh', { exact: true }).fill('Đối chiếu Cổng Dịch vụ công: tỷ lệ hồ sơ trực tuyến đạt 58 %, chưa đạt chỉ tiêu');
    await dialog.getByRole('button', { name: 'Lưu điều chỉnh' }).click();
    await expect.poll(() => visible(page(), /tỷ lệ hồ sơ trực tuyến đạt 58 %/), { timeout: 20_000 }).toBe(true);
    await screenshot(page(), 'covenants', '02-adjusted');
    await confirm(page(), 'Kết thúc');
    await expect.poll(() => visible(page(), 'Suy tôn đơn vị dẫn đầu'), { timeout: 20_000 }).toBe(true);
  });

  it('three members vote their leader by secret ballot, and the head closes the vote', async () => {
    await page().getByRole('button', { name: 'Mở biểu quyết suy tôn' }).click();
    await expect.poll(() => visible(page(), 'Phiếu của Xã Tủa Chùa'), { timeout: 20_000 }).toBe(true);
    await castBallot(page(), 'Xã Tủa Chùa');
    for (const [username, fullName, unit] of [
      ['truong.xasinchai', 'Sùng A Chớ', 'Xã Sín Chải'],
      ['truong.xasinhphinh', 'Thào A Lử', 'Xã Sính Phình'],
    ] as const) {
      const member = await journey.browser.newPage({ locale: 'vi-VN', viewport: VIEWPORT });
      others.push(member);
      await signIn(member, journey.server.baseUrl, username, fullName);
      await openCovenant(member);
      await castBallot(member, unit);
    }
    await page().reload();
    await expect.poll(() => visible(page(), '3/4'), { timeout: 20_000 }).toBe(true);
    await page().getByRole('button', { name: 'Kết thúc biểu quyết' }).click();
    await page().getByRole('dialog').getByRole('button', { name: 'Kết thúc biểu quyết' }).click();
    await expect.poll(() => visible(page(), 'Được suy tôn'), { timeout: 20_000 }).toBe(true);
    expect(await visible(page(), /đồng ý 3, không đồng ý 0, không biểu quyết 0; đạt 75 %/)).toBe(true);
    await screenshot(page(), 'covenants', '03-vote');
  });

  it('the leader’s nomination for the provincial flag appears among the province’s nominations', async () => {
    await signOut(page());
    await signIn(page(), journey.server.baseUrl, 'canbo.tinh', 'Vì Văn Thắng');
    await page().getByRole('menuitem', { name: 'Đề nghị khen thưởng' }).click();
    const row = page().getByRole('row').filter({ hasText: 'Xã Tủa Chùa' }).filter({ hasText: 'Cờ thi đua của Ủy ban nhân dân tỉnh' });
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await screenshot(page(), 'covenants', '04-nomination');
  });
});
