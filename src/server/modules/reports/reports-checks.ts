/**
 * What a report's content must satisfy to be saved (types only: a draft may be half done) and to
 * be sent (required figures, cross rules, explained warnings, narrative, attachments). Issues
 * name fields as the request does: `values.<indicator id>`, `narrative.<key>`, `files`.
 */
import type { FieldErrors } from '../../../contract/errors.js';
import type { ReportTemplate, ReportValue, SaveReportBody, ValidationIssue } from '../../../contract/reporting.js';
import { unresolvedWarnings, validateReport, type ValidationIndicator, type ValueType } from '../../../core/reporting/validation.js';
import type { FileRow, IndicatorRow, ValueRow } from './reports.repo.js';

export interface ReportContent {
  template: ReportTemplate;
  /** The template's indicators, in template order. */
  indicators: IndicatorRow[];
  values: Record<string, ReportValue>;
  narrative: Record<string, string>;
  warningComments: Record<string, string>;
  files: FileRow[];
}

const validationIndicators = (rows: IndicatorRow[]): ValidationIndicator[] =>
  rows.map((r) => ({ id: r.id, code: r.code, name: r.name, valueType: r.valueType as ValueType, required: r.required }));

/** The core names an indicator by its code; the API's values are keyed by id. */
function byIdField(indicators: IndicatorRow[]): (issue: ValidationIssue) => ValidationIssue {
  const idOf = new Map(indicators.map((i) => [i.code, i.id]));
  return (issue) => {
    const id = issue.indicatorCode === null ? undefined : idOf.get(issue.indicatorCode);
    return id ? { ...issue, field: `values.${id}` } : issue;
  };
}

/** Stored rows → the values of the form: every template indicator, yes/no stored as 1/0 back to true/false. */
export function valuesFromRows(indicators: IndicatorRow[], rows: ValueRow[]): Record<string, ReportValue> {
  const stored = new Map(rows.map((r) => [r.indicatorId, r]));
  const out: Record<string, ReportValue> = {};
  for (const indicator of indicators) {
    const row = stored.get(indicator.id);
    if (!row) out[indicator.id] = null;
    else if (indicator.valueType === 'text') out[indicator.id] = row.textValue;
    else if (indicator.valueType === 'boolean') out[indicator.id] = row.numValue === null ? null : row.numValue !== 0;
    else out[indicator.id] = row.numValue;
  }
  return out;
}

/** Form values (already checked) → rows to store; blanks are no row at all. */
export function rowsFromValues(reportId: string, indicators: IndicatorRow[], values: Record<string, ReportValue>): ValueRow[] {
  const rows: ValueRow[] = [];
  for (const indicator of indicators) {
    const value = Object.hasOwn(values, indicator.id) ? values[indicator.id] : null;
    if (value === null || value === undefined) continue;
    if (typeof value === 'string') {
      const text = value.normalize('NFC').trim();
      if (text) rows.push({ reportId, indicatorId: indicator.id, numValue: null, textValue: text });
    } else if (typeof value === 'boolean') rows.push({ reportId, indicatorId: indicator.id, numValue: value ? 1 : 0, textValue: null });
    else rows.push({ reportId, indicatorId: indicator.id, numValue: value, textValue: null });
  }
  return rows;
}

/**
 * Why a save is refused, by field; empty when it may be written. Only problems of a value itself
 * block (cross rules wait for the submit, so an autosave halfway through typing is never lost).
 */
export function saveProblems(template: ReportTemplate, indicators: IndicatorRow[], body: SaveReportBody): FieldErrors {
  const fields: FieldErrors = {};
  const onForm = new Set(indicators.map((i) => i.id));
  for (const id of Object.keys(body.values)) {
    if (!onForm.has(id)) fields[`values.${id}`] = 'Chỉ tiêu này không thuộc mẫu báo cáo (biểu mẫu đã thay đổi: hãy tải lại)';
  }
  const typed = validateReport(validationIndicators(indicators), [], pick(body.values, onForm), { forSubmit: false }).map(byIdField(indicators));
  for (const issue of typed) if (issue.severity === 'error') addField(fields, issue.field, issue.message);
  const sections = new Set(template.sections.map((s) => s.key));
  for (const key of Object.keys(body.narrative)) {
    if (!sections.has(key)) fields[`narrative.${key}`] = `Mẫu báo cáo không có mục "${key}"`;
  }
  const rules = new Set(template.rules.map((r) => r.code));
  for (const code of Object.keys(body.warningComments)) {
    if (!rules.has(code)) fields[`warningComments.${code}`] = `Mẫu báo cáo không có quy tắc kiểm tra "${code}"`;
  }
  if (!template.exemplaryList && body.exemplary.length > 0) fields.exemplary = 'Mẫu báo cáo này không có danh sách tập thể, cá nhân tiêu biểu';
  return fields;
}

/**
 * What still stands between the report and sending it: errors, warnings without a written
 * explanation, blank required sections, missing attachments. Empty: it may be sent.
 */
export function submitIssues(c: ReportContent): ValidationIssue[] {
  const all = validateReport(validationIndicators(c.indicators), c.template.rules, c.values, { forSubmit: true }).map(byIdField(c.indicators));
  const issues = [...all.filter((i) => i.severity === 'error'), ...unresolvedWarnings(all, c.warningComments)];
  for (const section of c.template.sections) {
    if (section.required && !c.narrative[section.key]?.trim()) {
      issues.push({ code: 'required', severity: 'error', indicatorCode: null, field: `narrative.${section.key}`, message: `Chưa viết mục "${section.title}" (bắt buộc)` });
    }
  }
  if (c.template.attachmentsRequired && c.files.length === 0) {
    issues.push({ code: 'files_required', severity: 'error', indicatorCode: null, field: 'files', message: 'Báo cáo này phải kèm tệp: hãy đính kèm ít nhất một tệp' });
  }
  return issues;
}

/** The 400 answer's fields for a refused submit: a warning points at the explanation it needs. */
export function submitFields(issues: ValidationIssue[]): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of issues) {
    if (issue.severity === 'warning') addField(fields, `warningComments.${issue.code}`, `Cần giải trình: ${issue.message}`);
    else addField(fields, issue.field, issue.message);
  }
  return fields;
}

/** Stored narrative and comments, limited to what the current template asks for. */
export function onlyKeys(record: unknown, keys: string[]): Record<string, string> {
  const source = (record ?? {}) as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const key of keys) if (typeof source[key] === 'string') out[key] = source[key];
  return out;
}

function pick(values: Record<string, ReportValue>, keys: Set<string>): Record<string, ReportValue> {
  return Object.fromEntries(Object.entries(values).filter(([k]) => keys.has(k)));
}

function addField(fields: FieldErrors, field: string, message: string): void {
  fields[field] = fields[field] ? `${fields[field]}; ${message}` : message;
}
