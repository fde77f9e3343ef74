import { describe, expect, it } from 'vitest';
import { type CrossRule, type ReportInputValue, type ValidationIndicator, type ValueType, unresolvedWarnings, validateReport } from './validation.js';

function makeIndicator(code: string, over: Partial<ValidationIndicator> = {}): ValidationIndicator {
  return { id: `id-${code}`, code, name: code, valueType: 'number', required: false, ...over };
}

function makeRule(over: Partial<CrossRule> = {}): CrossRule {
  return { code: 'R1', left: 'HO_NGHEO_THOAT', op: 'lte', right: 'HO_NGHEO_DAU_NAM', severity: 'error', message: null, ...over };
}

const poorStart = makeIndicator('HO_NGHEO_DAU_NAM', { name: 'Số hộ nghèo đầu năm' });
const poorOut = makeIndicator('HO_NGHEO_THOAT', { name: 'Số hộ thoát nghèo' });
const draft = { forSubmit: false };
const submit = { forSubmit: true };

describe('validateReport: values', () => {
  it.each<[ValueType, ReportInputValue, string | null]>([
    ['number', 12, null],
    ['number', -3.5, null],
    ['number', 0, null],
    ['number', '12', 'wrong_type'],
    ['number', true, 'wrong_type'],
    ['number', Number.NaN, 'not_finite'],
    ['number', Infinity, 'not_finite'],
    ['percent', 0, null],
    ['percent', 100, null],
    ['percent', 57.25, null],
    ['percent', 100.01, 'percent_out_of_range'],
    ['percent', -0.5, 'percent_out_of_range'],
    ['percent', '80%', 'wrong_type'],
    ['percent', Number.NaN, 'not_finite'],
    ['boolean', true, null],
    ['boolean', false, null],
    ['boolean', 1, 'wrong_type'],
    ['boolean', 'có', 'wrong_type'],
    ['text', 'Đã triển khai', null],
    ['text', 'x'.repeat(4000), null],
    ['text', 'x'.repeat(4001), 'text_too_long'],
    ['text', 5, 'wrong_type'],
  ])('%s %j → %s', (valueType, value, code) => {
    const indicator = makeIndicator('CT', { valueType, name: 'Chỉ tiêu thử' });
    const issues = validateReport([indicator], [], { [indicator.id]: value }, submit);
    expect(issues.map((i) => i.code)).toEqual(code ? [code] : []);
    for (const issue of issues) {
      expect(issue).toMatchObject({ severity: 'error', indicatorCode: 'CT', field: 'values.CT' });
      expect(issue.message).toContain('Chỉ tiêu thử');
    }
  });

  it('writes messages in Vietnamese with the figure as people write it', () => {
    const pct = makeIndicator('TL', { valueType: 'percent', name: 'Tỷ lệ hồ sơ trực tuyến' });
    expect(validateReport([pct], [], { [pct.id]: 120.5 }, draft)[0]?.message).toBe('Tỷ lệ hồ sơ trực tuyến phải từ 0 đến 100 % (đang nhập 120,5)');
    const text = makeIndicator('GC', { valueType: 'text', name: 'Ghi chú' });
    expect(validateReport([text], [], { [text.id]: 'a'.repeat(5000) }, draft)[0]?.message).toBe('Ghi chú dài quá 4.000 ký tự (đang có 5.000)');
  });

  it('counts Vietnamese text in characters, however it is encoded', () => {
    const text = makeIndicator('GC', { valueType: 'text' });
    const decomposed = 'ệ'.repeat(4000).normalize('NFD'); // 12 000 UTF-16 units, 4 000 letters
    expect(validateReport([text], [], { [text.id]: decomposed }, draft)).toEqual([]);
    const emoji = '😀'.repeat(4000); // 8 000 UTF-16 units, 4 000 characters
    expect(validateReport([text], [], { [text.id]: emoji }, draft)).toEqual([]);
  });

  describe('required indicators', () => {
    const required = makeIndicator('BB', { required: true, name: 'Tổng số hồ sơ' });

    it.each<[string, Record<string, ReportInputValue>]>([
      ['missing', {}],
      ['null', { 'id-BB': null }],
      ['an empty string', { 'id-BB': '' }],
      ['only spaces', { 'id-BB': '   ' }],
    ])('must be filled in to submit (%s)', (_label, values) => {
      expect(validateReport([required], [], values, submit)).toEqual([
        { code: 'required', severity: 'error', indicatorCode: 'BB', field: 'values.BB', message: 'Chưa nhập Tổng số hồ sơ (bắt buộc)' },
      ]);
      expect(validateReport([required], [], values, draft)).toEqual([]);
    });

    it('accepts 0 and false as answers', () => {
      expect(validateReport([required], [], { 'id-BB': 0 }, submit)).toEqual([]);
      const yesNo = makeIndicator('YN', { required: true, valueType: 'boolean' });
      expect(validateReport([yesNo], [], { 'id-YN': false }, submit)).toEqual([]);
    });

    it('does not read keys inherited from Object.prototype as values', () => {
      const odd = makeIndicator('X', { id: 'constructor', required: true });
      expect(validateReport([odd], [], {}, submit).map((i) => i.code)).toEqual(['required']);
    });
  });

  it('leaves values of indicators not on the form to the caller', () => {
    expect(validateReport([poorStart], [], { 'id-HO_NGHEO_DAU_NAM': 1, stale: 'not a number' }, submit)).toEqual([]);
  });

  it('finds nothing wrong with an empty draft', () => {
    expect(validateReport([poorStart, poorOut], [makeRule()], {}, draft)).toEqual([]);
    expect(validateReport([], [], {}, submit)).toEqual([]);
  });
});

describe('validateReport: cross rules', () => {
  const indicators = [poorStart, poorOut];
  const values = (out: ReportInputValue, start: ReportInputValue) => ({ 'id-HO_NGHEO_THOAT': out, 'id-HO_NGHEO_DAU_NAM': start });

  it('names both indicators and their figures in the default message', () => {
    expect(validateReport(indicators, [makeRule()], values(120, 100), draft)).toEqual([
      {
        code: 'R1',
        severity: 'error',
        indicatorCode: 'HO_NGHEO_THOAT',
        field: 'values.HO_NGHEO_THOAT',
        message: 'Số hộ thoát nghèo (120) phải nhỏ hơn hoặc bằng Số hộ nghèo đầu năm (100)',
      },
    ]);
  });

  it.each<[CrossRule['op'], number, number, boolean]>([
    ['lte', 100, 100, true],
    ['lte', 100.5, 100, false],
    ['lt', 99, 100, true],
    ['lt', 100, 100, false],
    ['gte', 100, 100, true],
    ['gte', 99, 100, false],
    ['gt', 101, 100, true],
    ['gt', 100, 100, false],
    ['eq', 100, 100, true],
    ['eq', 0.1 + 0.2, 0.3, true],
    ['eq', 100, 101, false],
  ])('%s: %d vs %d holds → %s', (op, l, r, ok) => {
    expect(validateReport(indicators, [makeRule({ op })], values(l, r), draft).length).toBe(ok ? 0 : 1);
  });

  it.each<[CrossRule['op'], number, number, string]>([
    ['lt', 100, 100, 'phải nhỏ hơn'],
    ['gte', 99, 100, 'phải lớn hơn hoặc bằng'],
    ['gt', 100, 100, 'phải lớn hơn'],
    ['eq', 99, 100, 'phải bằng'],
  ])('words a failed %s (%d vs %d) as "%s"', (op, l, r, words) => {
    const [issue] = validateReport(indicators, [makeRule({ op })], values(l, r), draft);
    expect(issue?.message).toBe(`Số hộ thoát nghèo (${l}) ${words} Số hộ nghèo đầu năm (${r})`);
  });

  it('compares with a constant', () => {
    const rule = makeRule({ right: 1000, op: 'lte', severity: 'warning', code: 'R_MAX' });
    expect(validateReport(indicators, [rule], values(1500.5, null), draft)).toEqual([
      { code: 'R_MAX', severity: 'warning', indicatorCode: 'HO_NGHEO_THOAT', field: 'values.HO_NGHEO_THOAT', message: 'Số hộ thoát nghèo (1.500,5) phải nhỏ hơn hoặc bằng 1.000' },
    ]);
  });

  it('uses the rule’s own message when it has one', () => {
    const rule = makeRule({ message: 'Số hộ thoát nghèo không thể vượt số hộ nghèo' });
    expect(validateReport(indicators, [rule], values(120, 100), draft)[0]?.message).toBe('Số hộ thoát nghèo không thể vượt số hộ nghèo');
    expect(validateReport(indicators, [makeRule({ message: '  ' })], values(120, 100), draft)[0]?.message).toContain('phải nhỏ hơn hoặc bằng');
  });

  it.each<[string, ReportInputValue, ReportInputValue]>([
    ['left missing', null, 100],
    ['right missing', 120, null],
    ['both missing', null, null],
    ['left not a number', '120', 100],
    ['right not finite', 120, Number.NaN],
  ])('skips silently when %s', (_label, out, start) => {
    const issues = validateReport(indicators, [makeRule()], values(out, start), draft);
    expect(issues.filter((i) => i.code === 'R1')).toEqual([]);
  });

  it('reports a rule that names an unknown indicator', () => {
    const issues = validateReport(indicators, [makeRule({ left: 'KHONG_CO' }), makeRule({ code: 'R2', right: 'CUNG_KHONG' }), makeRule({ code: 'R3', left: 'A', right: 'B' })], values(1, 2), draft);
    expect(issues).toEqual([
      { code: 'rule_unknown_indicator', severity: 'error', indicatorCode: null, field: 'values', message: 'Quy tắc kiểm tra R1 dùng mã chỉ tiêu không có trong biểu mẫu: KHONG_CO' },
      { code: 'rule_unknown_indicator', severity: 'error', indicatorCode: null, field: 'values', message: 'Quy tắc kiểm tra R2 dùng mã chỉ tiêu không có trong biểu mẫu: CUNG_KHONG' },
      { code: 'rule_unknown_indicator', severity: 'error', indicatorCode: null, field: 'values', message: 'Quy tắc kiểm tra R3 dùng mã chỉ tiêu không có trong biểu mẫu: A, B' },
    ]);
  });

  it('lists value problems first, then rules, in their given order', () => {
    const pct = makeIndicator('TL', { valueType: 'percent', required: true });
    const issues = validateReport([pct, ...indicators], [makeRule(), makeRule({ code: 'R0', op: 'gt', right: 500 })], values(120, 100), submit);
    expect(issues.map((i) => i.code)).toEqual(['required', 'R1', 'R0']);
  });
});

describe('unresolvedWarnings', () => {
  const warning = (code: string) => ({ code, severity: 'warning' as const, indicatorCode: 'X', field: 'values.X', message: 'cảnh báo' });
  const error = { code: 'E', severity: 'error' as const, indicatorCode: 'X', field: 'values.X', message: 'lỗi' };

  it('keeps the warnings without a written comment, never the errors', () => {
    const issues = [warning('W1'), warning('W2'), warning('W3'), warning('W4'), error];
    const comments = { W1: 'Do sáp nhập xã, số liệu đầu năm tính theo xã cũ', W2: '   ', W3: '', E: 'giải thích' };
    expect(unresolvedWarnings(issues, comments).map((i) => i.code)).toEqual(['W2', 'W3', 'W4']);
  });

  it('does not treat inherited keys as comments', () => {
    expect(unresolvedWarnings([warning('toString')], {}).map((i) => i.code)).toEqual(['toString']);
  });

  it('has nothing to resolve without warnings', () => {
    expect(unresolvedWarnings([], {})).toEqual([]);
    expect(unresolvedWarnings([error], {})).toEqual([]);
  });
});
