import { describe, expect, it } from 'vitest';
import type { CriterionInput, CriterionKind } from '../../contract/covenants.js';
import { maxTotal, parentCodeOf, validateCriteriaTable } from './criteria-table.js';

function makeItem(code: string, kind: CriterionKind, maxPoints: number, name = `Nội dung ${code}`): CriterionInput {
  return { code, name, kind, maxPoints, evidenceRequired: false, indicatorId: null };
}

/** Shaped like the Gia Lai 2023 block table: contents of 550, 200 and 200 points. */
function giaLai2023(): CriterionInput[] {
  return [
    makeItem('1', 'group', 550, 'Thực hiện nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng, an ninh'),
    makeItem('1.1', 'criterion', 300, 'Hoàn thành các chỉ tiêu kinh tế - xã hội được giao'),
    makeItem('1.2', 'group', 250, 'Quốc phòng, an ninh, trật tự an toàn xã hội'),
    makeItem('1.2.1', 'criterion', 150, 'Hoàn thành chỉ tiêu tuyển quân'),
    makeItem('1.2.2', 'criterion', 100, 'Không để xảy ra điểm nóng về an ninh trật tự'),
    makeItem('2', 'group', 200, 'Thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước; xây dựng hệ thống chính trị'),
    makeItem('2.1', 'criterion', 120, 'Công tác xây dựng Đảng'),
    makeItem('2.2', 'criterion', 80, 'Cải cách hành chính'),
    makeItem('2.3', 'bonus', 10, 'Được khen thưởng đột xuất'),
    makeItem('3', 'group', 200, 'Công tác thi đua, khen thưởng'),
    makeItem('3.1', 'criterion', 100, 'Tổ chức phát động phong trào thi đua'),
    makeItem('3.2', 'criterion', 100, 'Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến'),
    makeItem('T', 'bonus', 20, 'Có mô hình mới, cách làm hay được nhân rộng'),
    makeItem('K', 'penalty', 30, 'Có cán bộ, công chức bị kỷ luật'),
  ];
}

function errorsOf(items: readonly CriterionInput[]) {
  const result = validateCriteriaTable(items);
  if (result.ok) throw new Error('expected the table to be refused');
  return result.errors;
}

describe('parentCodeOf: the tree comes from the codes', () => {
  it.each([
    ['1', null],
    ['1.2', '1'],
    ['A.3.1', 'A.3'],
    ['II.10', 'II'],
  ])('%s sits under %s', (code, parent) => {
    expect(parentCodeOf(code)).toBe(parent);
  });
});

describe('validateCriteriaTable: a valid table', () => {
  it('accepts the 550/200/200 table with nested groups, bonus and penalty rows', () => {
    const result = validateCriteriaTable(giaLai2023());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows.map((r) => [r.code, r.parentCode, r.position])).toEqual([
      ['1', null, 0],
      ['1.1', '1', 1],
      ['1.2', '1', 2],
      ['1.2.1', '1.2', 3],
      ['1.2.2', '1.2', 4],
      ['2', null, 5],
      ['2.1', '2', 6],
      ['2.2', '2', 7],
      ['2.3', '2', 8],
      ['3', null, 9],
      ['3.1', '3', 10],
      ['3.2', '3', 11],
      ['T', null, 12],
      ['K', null, 13],
    ]);
    expect(result.rows[6]).toMatchObject({ name: 'Công tác xây dựng Đảng', kind: 'criterion', maxPoints: 120 });
  });

  it('compares group maxima exactly in hundredths: 0.1 + 0.2 make a group of 0.3', () => {
    const table = [makeItem('A', 'group', 0.3), makeItem('A.1', 'criterion', 0.1), makeItem('A.2', 'criterion', 0.2)];
    expect(validateCriteriaTable(table).ok).toBe(true);
  });

  it('still refuses a group of 0.3 whose criteria add up to 0.2', () => {
    const table = [makeItem('A', 'group', 0.3), makeItem('A.1', 'criterion', 0.1), makeItem('A.2', 'criterion', 0.1)];
    expect(errorsOf(table)).toEqual([{ field: 'criteria.0.maxPoints', message: 'Nhóm A: điểm tối đa 0,3 khác tổng điểm các tiêu chí 0,2' }]);
  });
});

describe('validateCriteriaTable: each rule broken once gives one error on its field', () => {
  it('refuses a repeated code', () => {
    const table = giaLai2023();
    table.splice(8, 0, makeItem('2.2', 'criterion', 80, 'Cải cách hành chính (nhập lại)'));
    expect(errorsOf(table)).toEqual([{ field: 'criteria.8.code', message: 'Mã 2.2 bị trùng với dòng 8' }]);
  });

  it('refuses an item whose group comes after it', () => {
    const table = giaLai2023();
    // Move group 3 below its first criterion.
    const [group3] = table.splice(9, 1);
    table.splice(10, 0, group3 as CriterionInput);
    expect(table.slice(9, 11).map((r) => r.code)).toEqual(['3.1', '3']);
    expect(errorsOf(table)).toEqual([{ field: 'criteria.9.code', message: 'Tiêu chí 3.1: nhóm 3 phải đứng trước các mục của nhóm trong bảng tiêu chí' }]);
  });

  it('refuses an item whose group is missing', () => {
    const table = [...giaLai2023(), makeItem('4.1', 'criterion', 50)];
    expect(errorsOf(table)).toEqual([{ field: 'criteria.14.code', message: 'Tiêu chí 4.1: không có nhóm 4 trong bảng tiêu chí' }]);
  });

  it('refuses children under a criterion', () => {
    const table = giaLai2023();
    table.splice(12, 0, makeItem('3.2.1', 'criterion', 50));
    expect(errorsOf(table)).toEqual([
      {
        field: 'criteria.12.code',
        message: 'Tiêu chí 3.2.1: mục 3.2 là tiêu chí chấm điểm, không có mục con; chỉ nhóm nội dung mới có mục con',
      },
    ]);
  });

  it.each([
    ['bonus', 'T', 'mục điểm thưởng'],
    ['penalty', 'K', 'mục điểm trừ'],
  ])('refuses children under a %s row', (_kind, parent, words) => {
    const table = [...giaLai2023(), makeItem(`${parent}.1`, 'bonus', 5)];
    expect(errorsOf(table)).toEqual([
      { field: 'criteria.14.code', message: `Điểm thưởng ${parent}.1: mục ${parent} là ${words}, không có mục con; chỉ nhóm nội dung mới có mục con` },
    ]);
  });

  it('refuses a group with nothing in it', () => {
    const table = [...giaLai2023(), makeItem('4', 'group', 0, 'Nội dung khác')];
    expect(errorsOf(table)).toEqual([{ field: 'criteria.14.kind', message: 'Nhóm 4: chưa có tiêu chí nào trong nhóm' }]);
  });

  it('refuses a criterion worth 0 points', () => {
    const table = [...giaLai2023(), makeItem('5', 'criterion', 0, 'Tham gia hội thi')];
    expect(errorsOf(table)).toEqual([{ field: 'criteria.14.maxPoints', message: 'Tiêu chí 5: điểm tối đa phải lớn hơn 0' }]);
  });

  it('refuses a group whose maximum is not the sum of its criteria (bonus rows left out)', () => {
    const table = giaLai2023().map((r) => (r.code === '1.1' ? { ...r, maxPoints: 290 } : r));
    expect(errorsOf(table)).toEqual([{ field: 'criteria.0.maxPoints', message: 'Nhóm 1: điểm tối đa 550 khác tổng điểm các tiêu chí 540' }]);
  });

  it('does not count a bonus row toward its group', () => {
    // Group 2 = 120 + 80; adding the bonus 10 in would make it 210.
    const table = giaLai2023().map((r) => (r.code === '2' ? { ...r, maxPoints: 210 } : r));
    expect(errorsOf(table)).toEqual([{ field: 'criteria.5.maxPoints', message: 'Nhóm 2: điểm tối đa 210 khác tổng điểm các tiêu chí 200' }]);
  });

  it('refuses a table without any criterion', () => {
    expect(errorsOf([makeItem('T', 'bonus', 20), makeItem('K', 'penalty', 10)])).toEqual([
      { field: 'criteria', message: 'Bảng tiêu chí phải có ít nhất một tiêu chí chấm điểm' },
    ]);
    expect(errorsOf([])).toEqual([{ field: 'criteria', message: 'Bảng tiêu chí phải có ít nhất một tiêu chí chấm điểm' }]);
  });
});

describe('maxTotal: top-level groups and criteria, bonus excluded', () => {
  it('is 950 for the 550/200/200 table', () => {
    const result = validateCriteriaTable(giaLai2023());
    if (!result.ok) throw new Error('table should be valid');
    expect(maxTotal(result.rows)).toBe(950);
  });

  it('reads stored rows by parentId and sums in hundredths', () => {
    const rows = [
      { kind: 'criterion' as const, maxPoints: 0.1, parentId: null },
      { kind: 'criterion' as const, maxPoints: 0.2, parentId: null },
      { kind: 'criterion' as const, maxPoints: 5, parentId: 'a8f1c7d2-0000-4000-8000-000000000001' },
      { kind: 'bonus' as const, maxPoints: 10, parentId: null },
      { kind: 'penalty' as const, maxPoints: 10, parentId: null },
    ];
    expect(maxTotal(rows)).toBe(0.3);
  });
});
