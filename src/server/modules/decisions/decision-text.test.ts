import { describe, expect, it } from 'vitest';
import { awardCash } from '../../../core/commendation/base-salary.js';
import { cashMultipleFor, cashOn } from './award-cash.js';
import { articlesSection, decisionReferences, decisionSubject, hasArticles, placeOf, preambleSection, replaceArticles, type TextAwardee } from './decision-text.js';

const district = { name: 'Huyện Tủa Chùa', kind: 'district' };
const office = { name: 'Phòng Nội vụ', kind: 'office' };
const an: TextAwardee = { kind: 'person', name: 'Nguyễn Văn An', nomineePosition: 'Chuyên viên', unitName: 'Xã Mường Báng', awardCode: 'GIAY_KHEN', amount: 710_000 };
const binh: TextAwardee = { kind: 'person', name: 'Lò Thị Bình', nomineePosition: null, unitName: 'Xã Đun Nhì', awardCode: 'GIAY_KHEN', amount: 710_000 };
const collective: TextAwardee = { kind: 'collective', name: 'Xã Đun Nhì', nomineePosition: null, unitName: null, awardCode: 'GIAY_KHEN', amount: 1_410_000 };

describe('cash of an awardee', () => {
  it('is 0.3 × 2,340,000 rounded up to 710,000 đ for an individual Giấy khen (domain.md §1.4)', () => {
    expect(cashMultipleFor('GIAY_KHEN', 'person')).toBe(0.3);
    expect(cashOn(0.3, '2025-01-15')).toBe(710_000);
    expect(awardCash(0.3, 2_340_000)).toBe(710_000);
  });

  it('doubles a form of commendation for a collective: Giấy khen 0.6 × 2,340,000 → 1,410,000 đ', () => {
    expect(cashMultipleFor('GIAY_KHEN', 'collective')).toBe(0.6);
    expect(cashOn(0.6, '2025-01-15')).toBe(1_410_000);
  });

  it("keeps a collective title's own multiple and gives no cash where the catalogue has none", () => {
    expect(cashMultipleFor('TTLDTT', 'collective')).toBe(0.8);
    expect(cashMultipleFor('GIA_DINH_VAN_HOA', 'person')).toBeNull();
    expect(cashOn(null, '2025-01-15')).toBeNull();
  });

  it('follows the base salary of the date: 1,800,000 before 01/07/2024 (NĐ 24/2023) → 540,000 đ', () => {
    expect(cashOn(0.3, '2024-06-30')).toBe(540_000);
    expect(cashOn(0.3, '2024-07-01')).toBe(710_000);
  });
});

describe('the text of the decision (Decree 30, Mẫu 1.2)', () => {
  it('lists each awardee of Điều 1 on a line with position, unit and cash, the last ending "."', () => {
    const s = articlesSection({ owner: district, drafting: office, year: 2024, awardees: [collective, an, binh], baseSalary: 2_340_000 });
    expect(s.heading).toBe('QUYẾT ĐỊNH:');
    expect(s.paragraphs[0]).toBe('Điều 1. Tặng Giấy khen cho 01 tập thể và 02 cá nhân có tên sau, đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2024:');
    expect(s.paragraphs.slice(1, 4)).toEqual([
      '1. Xã Đun Nhì, kèm theo tiền thưởng 1.410.000 đồng;',
      '2. Nguyễn Văn An, Chuyên viên, Xã Mường Báng, kèm theo tiền thưởng 710.000 đồng;',
      '3. Lò Thị Bình, Xã Đun Nhì, kèm theo tiền thưởng 710.000 đồng.',
    ]);
    expect(s.paragraphs[4]).toBe(
      'Điều 2. Tổng số tiền thưởng kèm theo tại Điều 1 là 2.830.000 đồng (tính theo mức lương cơ sở 2.340.000 đồng/tháng), chi từ Quỹ thi đua, khen thưởng của Ủy ban nhân dân huyện Tủa Chùa.',
    );
    expect(s.paragraphs[5]).toMatch(/^Điều 3\. Quyết định này có hiệu lực kể từ ngày ký\. Chánh Văn phòng Ủy ban nhân dân huyện Tủa Chùa, Trưởng phòng Nội vụ, .* các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này\.\/\.$/);
  });

  it('groups several awards under Điều 1, each with its own list', () => {
    const ldtt: TextAwardee = { ...binh, awardCode: 'LDTT' };
    const s = articlesSection({ owner: district, drafting: null, year: 2024, awardees: [an, ldtt], baseSalary: 2_340_000 });
    expect(s.paragraphs.slice(0, 5)).toEqual([
      'Điều 1. Khen thưởng 02 cá nhân đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2024, gồm:',
      '1. Tặng Giấy khen cho 01 cá nhân:',
      '- Nguyễn Văn An, Chuyên viên, Xã Mường Báng, kèm theo tiền thưởng 710.000 đồng.',
      '2. Tặng danh hiệu “Lao động tiên tiến” cho 01 cá nhân:',
      '- Lò Thị Bình, Xã Đun Nhì, kèm theo tiền thưởng 710.000 đồng.',
    ]);
    expect(decisionSubject(2024, [an, ldtt])).toBe('Về việc khen thưởng năm 2024: tặng Giấy khen và danh hiệu “Lao động tiên tiến”');
  });

  it('says so in Điều 2 when no award carries cash', () => {
    const family: TextAwardee = { ...an, awardCode: 'GIA_DINH_VAN_HOA', amount: null };
    const s = articlesSection({ owner: district, drafting: null, year: 2024, awardees: [family], baseSalary: 2_340_000 });
    expect(s.paragraphs.find((p) => p.startsWith('Điều 2.'))).toBe('Điều 2. Các danh hiệu, hình thức khen thưởng tại Điều 1 không kèm theo tiền thưởng.');
  });

  it('cites the Law by date and the decree in force, the minutes, and ends with the proposal', () => {
    const s = preambleSection({ drafting: office, ruleSet: 'ND152_2025', session: { councilName: 'Hội đồng Thi đua – Khen thưởng huyện Tủa Chùa', heldOn: '2025-01-10' } });
    expect(s.paragraphs).toEqual([
      'Căn cứ Luật Thi đua, khen thưởng ngày 15/06/2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14/06/2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng;',
      'Căn cứ Biên bản họp Hội đồng Thi đua – Khen thưởng huyện Tủa Chùa ngày 10/01/2025;',
      'Theo đề nghị của Trưởng phòng Nội vụ.',
    ]);
    expect(decisionReferences('ND98_2023').map((r) => r.number)).toEqual(['06/2022/QH15', '98/2023/NĐ-CP']);
    expect(decisionReferences('ND98_2023')[1]!.date).toBe('2023-12-31');
  });

  it('takes the place from an administrative unit, without its level', () => {
    expect(placeOf(district)).toBe('Tủa Chùa');
    expect(placeOf({ name: 'Xã Mường Báng', kind: 'commune' })).toBe('Mường Báng');
    expect(placeOf(office)).toBeNull();
  });

  it('replaces the articles only where the officer left them as drafted', () => {
    const before = articlesSection({ owner: district, drafting: null, year: 2024, awardees: [an], baseSalary: 2_340_000 });
    const after = articlesSection({ owner: district, drafting: null, year: 2024, awardees: [{ ...an, amount: 540_000 }], baseSalary: 1_800_000 });
    const preamble = preambleSection({ drafting: null, ruleSet: 'ND98_2023', session: null });
    const body = [preamble, before];
    expect(hasArticles(body, before)).toBe(true);
    expect(replaceArticles(body, before, after)).toEqual([preamble, after]);
    const edited = [preamble, { ...before, paragraphs: before.paragraphs.map((p, i) => (i === 1 ? `${p} (sửa)` : p)) }];
    expect(hasArticles(edited, before)).toBe(false);
  });
});
