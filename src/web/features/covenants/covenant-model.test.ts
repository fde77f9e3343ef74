import { describe, expect, it } from 'vitest';
import type { Criterion, CriterionKind } from '../../../contract/covenants.js';
import {
  criteriaBody,
  criteriaTree,
  defaultCopySource,
  draftTotals,
  editorRowsOf,
  groupsWithoutCovenant,
  importedRowCount,
  indexedFieldErrors,
  isPastDeadline,
  isSheetDirty,
  missingEvidence,
  scoredLines,
  sheetBody,
  sheetDraftOf,
  sheetFieldErrors,
  stepFor,
  suggestNextCode,
} from './covenant-model.js';

function makeCriterion(code: string, kind: CriterionKind, maxPoints: number, parentCode: string | null, position: number): Criterion {
  return {
    id: `id-${code}`,
    parentId: parentCode === null ? null : `id-${parentCode}`,
    position,
    code,
    name: `Nội dung ${code}`,
    kind,
    maxPoints,
    evidenceRequired: false,
    indicatorId: null,
  };
}

// Stored out of print order on purpose: group 2 comes first in the array but second by position.
const table: Criterion[] = [
  makeCriterion('2', 'group', 200, null, 5),
  makeCriterion('2.1', 'criterion', 200, '2', 6),
  makeCriterion('1.2', 'criterion', 30, '1', 2),
  makeCriterion('1', 'group', 100, null, 0),
  makeCriterion('1.1', 'criterion', 70, '1', 1),
  makeCriterion('1.3', 'penalty', 10, '1', 3),
  makeCriterion('T', 'bonus', 20, null, 7),
];

describe('criteriaTree', () => {
  it('puts each group before its rows, children by position, with their depth', () => {
    expect(criteriaTree(table).map((r) => `${r.criterion.code}@${r.depth}`)).toEqual(['1@0', '1.1@1', '1.2@1', '1.3@1', '2@0', '2.1@1', 'T@0']);
  });

  it('keeps a row whose parent is missing, at top level', () => {
    const orphan = { ...makeCriterion('9.1', 'criterion', 5, '9', 1) };
    expect(criteriaTree([makeCriterion('1', 'criterion', 5, null, 0), orphan]).map((r) => [r.criterion.code, r.depth])).toEqual([
      ['1', 0],
      ['9.1', 0],
    ]);
  });

  it('does not hang on a parent loop and still lists every row', () => {
    const a = { ...makeCriterion('A', 'group', 1, null, 0), parentId: 'id-B' };
    const b = { ...makeCriterion('B', 'group', 1, null, 1), parentId: 'id-A' };
    expect(criteriaTree([a, b]).map((r) => r.criterion.code).sort()).toEqual(['A', 'B']);
  });
});

describe('editor rows and body', () => {
  it('round-trips the stored table in print order, normalising codes and points', () => {
    const rows = editorRowsOf(table);
    expect(rows.map((r) => r.code)).toEqual(['1', '1.1', '1.2', '1.3', '2', '2.1', 'T']);
    rows[1] = { ...rows[1]!, code: ' 1.1 ', name: '  Tăng trưởng  ', maxPoints: 70.004 };
    rows[2] = { ...rows[2]!, code: 'a.1', maxPoints: null };
    const body = criteriaBody(rows);
    expect(body[1]).toMatchObject({ code: '1.1', name: 'Tăng trưởng', maxPoints: 70 });
    expect(body[2]).toMatchObject({ code: 'A.1', maxPoints: 0 });
    expect(body).toHaveLength(7);
  });

  it('suggests the next sibling, or the first child of a group', () => {
    expect(suggestNextCode({ code: '1.2', kind: 'criterion' })).toBe('1.3');
    expect(suggestNextCode({ code: '2', kind: 'group' })).toBe('2.1');
    expect(suggestNextCode({ code: 'T', kind: 'bonus' })).toBe('');
    expect(suggestNextCode(undefined)).toBe('');
  });
});

describe('indexedFieldErrors', () => {
  it('maps criteria.3.maxPoints to row 3 and keeps table-wide messages apart', () => {
    const { rows, general } = indexedFieldErrors(
      { 'criteria.3.maxPoints': 'quá lớn', 'criteria.3.code': 'trùng', 'criteria.0': 'dòng lỗi', criteria: 'chưa có tiêu chí', version: 'cũ' },
      'criteria',
    );
    expect(rows.get(3)).toEqual({ maxPoints: 'quá lớn', code: 'trùng' });
    expect(rows.get(0)).toEqual({ row: 'dòng lỗi' });
    expect(rows.has(1)).toBe(false);
    expect(general).toEqual(['chưa có tiêu chí', 'cũ']);
  });

  it('answers nothing for no fields', () => {
    expect(indexedFieldErrors(undefined, 'criteria')).toEqual({ rows: new Map(), general: [] });
  });
});

describe('score sheet', () => {
  const lines = scoredLines(table);

  it('has one line per non-group row, in print order', () => {
    expect(lines.map((c) => c.code)).toEqual(['1.1', '1.2', '1.3', '2.1', 'T']);
  });

  it('builds the PUT body in line order, two decimals, blank evidence as null', () => {
    const draft = { 'id-1.2': { score: 12.345, evidence: '  ' }, 'id-1.1': { score: 60, evidence: ' QĐ 12/QĐ-UBND ' } };
    expect(sheetBody(lines, draft, null)).toEqual({
      items: [
        { criterionId: 'id-1.1', score: 60, evidence: 'QĐ 12/QĐ-UBND' },
        { criterionId: 'id-1.2', score: 12.35, evidence: null },
        { criterionId: 'id-1.3', score: null, evidence: null },
        { criterionId: 'id-2.1', score: null, evidence: null },
        { criterionId: 'id-T', score: null, evidence: null },
      ],
      version: null,
    });
    expect(sheetBody(lines, {}, 4).version).toBe(4);
  });

  it('maps items.1.score back to the line it came from', () => {
    const body = sheetBody(lines, {}, 1);
    const { byCriterion, general } = sheetFieldErrors({ 'items.1.score': 'vượt mức', items: 'chưa chấm 2.1', 'items.99.score': 'lạ' }, body);
    expect(byCriterion.get('id-1.2')).toEqual({ score: 'vượt mức' });
    expect(byCriterion.size).toBe(1);
    expect(general).toEqual(['chưa chấm 2.1', 'lạ']);
  });

  it('totals criteria + bonus − penalty without binary noise', () => {
    const draft = { 'id-1.1': { score: 0.1, evidence: '' }, 'id-1.2': { score: 0.2, evidence: '' }, 'id-1.3': { score: 5, evidence: '' }, 'id-T': { score: 10, evidence: '' } };
    const totals = draftTotals(table, draft);
    expect(totals).toMatchObject({ criteria: 0.3, bonus: 10, penalty: 5, total: 5.3 });
    expect(totals.groupTotals.map((g) => g.points)).toEqual([0.3, 0]);
  });

  it('reads the saved sheet as a draft and notices a change', () => {
    const saved = sheetDraftOf({
      items: [{ criterionId: 'id-1.1', selfScore: 50, evidence: null, files: [], finalScore: 50, adjustments: [] }],
    });
    expect(saved).toEqual({ 'id-1.1': { score: 50, evidence: '' } });
    expect(isSheetDirty(lines, { ...saved }, saved)).toBe(false);
    expect(isSheetDirty(lines, { ...saved, 'id-1.1': { score: 50, evidence: ' ' } }, saved)).toBe(false);
    expect(isSheetDirty(lines, { ...saved, 'id-1.1': { score: 51, evidence: '' } }, saved)).toBe(true);
    expect(isSheetDirty(lines, { ...saved, 'id-T': { score: null, evidence: 'ảnh' } }, saved)).toBe(true);
  });

  it('flags a scored line that needs evidence and has none', () => {
    const needs = lines.map((c) => (c.code === '1.1' || c.code === '1.2' ? { ...c, evidenceRequired: true } : c));
    const draft = { 'id-1.1': { score: 10, evidence: '  ' }, 'id-1.2': { score: 0, evidence: '' }, 'id-2.1': { score: 5, evidence: '' } };
    expect([...missingEvidence(needs, draft)]).toEqual(['id-1.1']);
    expect(missingEvidence(needs, { ...draft, 'id-1.1': { score: 10, evidence: 'QĐ 5' } }).size).toBe(0);
    // An attached file is evidence too.
    expect(missingEvidence(needs, draft, new Set(['id-1.1'])).size).toBe(0);
  });

  it('treats the deadline day itself as on time', () => {
    expect(isPastDeadline('2025-11-05', '2025-11-05')).toBe(false);
    expect(isPastDeadline('2025-11-05', '2025-11-06')).toBe(true);
  });
});

describe('stepFor', () => {
  const base = { canManage: false, canAdjust: false, scoringUnitIds: [] as string[], headUnitId: 'head' };

  it('offers opening to the organiser only', () => {
    expect(stepFor({ ...base, status: 'draft', canManage: true })).toBe('open');
    expect(stepFor({ ...base, status: 'draft', scoringUnitIds: ['head'] })).toBeNull();
  });

  it('offers closing scoring to the organiser or the head unit, not to another member', () => {
    expect(stepFor({ ...base, status: 'scoring', canManage: true })).toBe('close-scoring');
    expect(stepFor({ ...base, status: 'scoring', scoringUnitIds: ['head'] })).toBe('close-scoring');
    expect(stepFor({ ...base, status: 'scoring', scoringUnitIds: ['other'] })).toBeNull();
  });

  it('offers closing in review to those who adjust, nothing once closed', () => {
    expect(stepFor({ ...base, status: 'review', canAdjust: true })).toBe('close');
    expect(stepFor({ ...base, status: 'review' })).toBeNull();
    expect(stepFor({ ...base, status: 'closed', canManage: true })).toBeNull();
  });
});

describe('creating a covenant', () => {
  it('offers only groups without a covenant', () => {
    expect(groupsWithoutCovenant([{ id: 'a' }, { id: 'b' }, { id: 'c' }], [{ groupId: 'b' }]).map((g) => g.id)).toEqual(['a', 'c']);
  });

  it('copies from the same group name in the latest earlier year', () => {
    const covenants = [
      { id: 'x2023', groupName: 'Cụm thi đua số 1', year: 2023 },
      { id: 'x2024', groupName: 'Cụm thi đua số 1 ', year: 2024 },
      { id: 'y2024', groupName: 'Cụm thi đua số 2', year: 2024 },
      { id: 'x2025', groupName: 'Cụm thi đua số 1', year: 2025 },
    ];
    expect(defaultCopySource({ name: 'cụm thi đua số 1', year: 2025 }, covenants)?.id).toBe('x2024');
    expect(defaultCopySource({ name: 'Khối các sở', year: 2025 }, covenants)).toBeNull();
  });
});

describe('importedRowCount', () => {
  it('reads the count from the shapes an import may answer', () => {
    expect(importedRowCount({ criteria: [1, 2, 3] })).toBe(3);
    expect(importedRowCount({ rows: 12 })).toBe(12);
    expect(importedRowCount({ count: 4 })).toBe(4);
    expect(importedRowCount({ created: 5, updated: 2 })).toBe(7);
    expect(importedRowCount({ ok: true })).toBeNull();
    expect(importedRowCount(null)).toBeNull();
  });
});
