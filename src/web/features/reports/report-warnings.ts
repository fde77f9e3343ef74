import type { Report, ReportValue, ValidationIssue } from '../../../contract/reporting.js';
import { validateReport } from '../../../core/reporting/validation.js';

/**
 * The warnings (cảnh báo) the figures on screen raise, explained or not, computed here with the
 * server's own rules. The server lists only warnings still without an explanation, so an explained
 * one would vanish from its list (and the box being typed in with it); reviewers need to read them too.
 */
export function warningsFor(report: Report, values: Record<string, ReportValue>): ValidationIssue[] {
  return validateReport(report.indicators, report.template.rules, values, { forSubmit: false }).filter((issue) => issue.severity === 'warning');
}
