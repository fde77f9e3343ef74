/**
 * Checks on a report's figures before it is saved or submitted: the type of each value, the
 * indicators that must be filled in, and cross rules between indicators ("số hộ thoát nghèo ≤
 * số hộ nghèo đầu năm"). Errors block; a warning may be submitted once it has a written comment.
 */
import { formatNumberVi } from './numbers.js';

/** Số, phần trăm (0–100), có/không, văn bản. */
export type ValueType = 'number' | 'percent' | 'boolean' | 'text';

export interface ValidationIndicator {
  id: string;
  code: string;
  name: string;
  valueType: ValueType;
  required: boolean;
}

/** Quy tắc kiểm tra chéo: left op right, where right is another indicator's code or a constant. */
export interface CrossRule {
  code: string;
  /** Indicator code. */
  left: string;
  op: 'lte' | 'lt' | 'gte' | 'gt' | 'eq';
  /** Indicator code or constant. */
  right: string | number;
  severity: 'error' | 'warning';
  /** Shown instead of the default message when set. */
  message: string | null;
}

export type ReportInputValue = number | boolean | string | null;

export interface ValidationIssue {
  /** A built-in code (see `ISSUE_CODES`) or the cross rule's code. */
  code: string;
  severity: 'error' | 'warning';
  indicatorCode: string | null;
  /** "values.HO_NGHEO_THOAT", or "values" for an issue with no one indicator. */
  field: string;
  /** Vietnamese, names the indicator. */
  message: string;
}

export const ISSUE_CODES = {
  required: 'required',
  wrongType: 'wrong_type',
  notFinite: 'not_finite',
  percentOutOfRange: 'percent_out_of_range',
  textTooLong: 'text_too_long',
  ruleUnknownIndicator: 'rule_unknown_indicator',
} as const;

/** Longest free-text answer, in characters (code points of the NFC text, as the database counts). */
export const MAX_TEXT_LENGTH = 4000;

/** Same tolerance as targets: figures typed as 0.3 and computed as 0.1 + 0.2 are equal. */
const EPSILON = 1e-9;

const OP_WORDS: Record<CrossRule['op'], string> = {
  lte: 'nhỏ hơn hoặc bằng',
  lt: 'nhỏ hơn',
  gte: 'lớn hơn hoặc bằng',
  gt: 'lớn hơn',
  eq: 'bằng',
};

/**
 * Every problem with a report's values (keyed by indicator id), in the order of the indicators,
 * then of the rules. `forSubmit` adds the check that required indicators are filled in: a draft
 * may be saved half done. Values of indicators not in the list are not looked at (whether a
 * stale form's value is refused or dropped is the caller's choice).
 */
export function validateReport(
  indicators: readonly ValidationIndicator[],
  rules: readonly CrossRule[],
  values: Readonly<Record<string, ReportInputValue>>,
  opts: { forSubmit: boolean },
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const indicator of indicators) {
    const value = Object.hasOwn(values, indicator.id) ? values[indicator.id] : undefined;
    if (value === undefined || value === null || isBlankText(value)) {
      if (opts.forSubmit && indicator.required) issues.push(issueFor(indicator, ISSUE_CODES.required, `Chưa nhập ${indicator.name} (bắt buộc)`));
      continue;
    }
    const problem = valueProblem(indicator, value);
    if (problem) issues.push(problem);
  }
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  for (const rule of rules) {
    const issue = checkRule(rule, byCode, values);
    if (issue) issues.push(issue);
  }
  return issues;
}

/** Warnings still without a written comment (keyed by the issue code): they block submission. */
export function unresolvedWarnings(issues: readonly ValidationIssue[], comments: Readonly<Record<string, string>>): ValidationIssue[] {
  return issues.filter((i) => i.severity === 'warning' && !(Object.hasOwn(comments, i.code) && comments[i.code]?.trim()));
}

function valueProblem(indicator: ValidationIndicator, value: number | boolean | string): ValidationIssue | null {
  const name = indicator.name;
  switch (indicator.valueType) {
    case 'number':
    case 'percent': {
      if (typeof value !== 'number') return issueFor(indicator, ISSUE_CODES.wrongType, `${name} phải là số`);
      if (!Number.isFinite(value)) return issueFor(indicator, ISSUE_CODES.notFinite, `${name} không phải là số hợp lệ`);
      if (indicator.valueType === 'percent' && (value < 0 || value > 100)) {
        return issueFor(indicator, ISSUE_CODES.percentOutOfRange, `${name} phải từ 0 đến 100 % (đang nhập ${formatNumberVi(value, 4)})`);
      }
      return null;
    }
    case 'boolean':
      return typeof value === 'boolean' ? null : issueFor(indicator, ISSUE_CODES.wrongType, `${name} phải là Có hoặc Không`);
    case 'text': {
      if (typeof value !== 'string') return issueFor(indicator, ISSUE_CODES.wrongType, `${name} phải là văn bản`);
      const length = [...value.normalize('NFC')].length;
      return length > MAX_TEXT_LENGTH
        ? issueFor(indicator, ISSUE_CODES.textTooLong, `${name} dài quá ${formatNumberVi(MAX_TEXT_LENGTH)} ký tự (đang có ${formatNumberVi(length)})`)
        : null;
    }
  }
}

function checkRule(
  rule: CrossRule,
  byCode: ReadonlyMap<string, ValidationIndicator>,
  values: Readonly<Record<string, ReportInputValue>>,
): ValidationIssue | null {
  const left = byCode.get(rule.left);
  const right = typeof rule.right === 'number' ? rule.right : byCode.get(rule.right);
  const unknown = [left ? null : rule.left, right === undefined ? rule.right : null].filter((c) => c !== null);
  if (left === undefined || right === undefined) {
    return {
      code: ISSUE_CODES.ruleUnknownIndicator,
      severity: 'error',
      indicatorCode: null,
      field: 'values',
      message: `Quy tắc kiểm tra ${rule.code} dùng mã chỉ tiêu không có trong biểu mẫu: ${unknown.join(', ')}`,
    };
  }
  const l = numberOf(values, left.id);
  const r = typeof right === 'number' ? right : numberOf(values, right.id);
  // Missing or mistyped values are reported elsewhere (or may still be blank in a draft).
  if (l === null || r === null || holds(l, rule.op, r)) return null;
  const rightText = typeof right === 'number' ? formatNumberVi(right, 4) : `${right.name} (${formatNumberVi(r, 4)})`;
  const message = rule.message?.trim() || `${left.name} (${formatNumberVi(l, 4)}) phải ${OP_WORDS[rule.op]} ${rightText}`;
  return { code: rule.code, severity: rule.severity, indicatorCode: left.code, field: `values.${left.code}`, message };
}

function holds(l: number, op: CrossRule['op'], r: number): boolean {
  switch (op) {
    case 'lte':
      return l <= r + EPSILON;
    case 'lt':
      return l < r - EPSILON;
    case 'gte':
      return l >= r - EPSILON;
    case 'gt':
      return l > r + EPSILON;
    case 'eq':
      return Math.abs(l - r) <= EPSILON;
  }
}

function numberOf(values: Readonly<Record<string, ReportInputValue>>, id: string): number | null {
  const v = Object.hasOwn(values, id) ? values[id] : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

// A string of spaces is what an emptied form field sends: it is no answer.
function isBlankText(value: number | boolean | string): boolean {
  return typeof value === 'string' && value.trim() === '';
}

function issueFor(indicator: ValidationIndicator, code: string, message: string): ValidationIssue {
  return { code, severity: 'error', indicatorCode: indicator.code, field: `values.${indicator.code}`, message };
}
