/** Reports as the API answers them. */
import type { z } from 'zod';
import type { Exemplary, Report, ReportStatus, ReportSummarySchema, ReportTemplate, ReportValue, ValidationIssue } from '../../../contract/reporting.js';
import { daysLate } from '../../../core/reporting/deadlines.js';
import { isoInstant } from '../../db/instants.js';
import type { AssignmentRow } from '../assignments/assignments.repo.js';
import { presentIndicator } from '../movements/movements.service.js';
import type { ReportCan } from './reports-access.js';
import { onlyKeys } from './reports-checks.js';
import type * as repo from './reports.repo.js';

export type ReportSummary = z.infer<typeof ReportSummarySchema>;


/** Calendar days the first sending came after the due date; null while never sent. */
export const lateness = (dueOn: string, firstSubmittedAt: string | null) => (firstSubmittedAt === null ? null : daysLate(dueOn, firstSubmittedAt));

export function presentSummary(r: repo.ReportListRow): ReportSummary {
  return {
    id: r.r.id,
    assignmentId: r.r.assignmentId,
    assignmentTitle: r.assignmentTitle,
    unitId: r.r.unitId,
    unitName: r.unitName,
    period: r.r.period,
    status: r.r.status as ReportStatus,
    dueOn: r.dueOn,
    submittedAt: isoInstant(r.r.submittedAt),
    daysLate: lateness(r.dueOn, r.r.firstSubmittedAt),
    version: r.r.version,
  };
}

export interface ReportParts {
  row: repo.ReportRow;
  assignment: AssignmentRow;
  template: ReportTemplate;
  indicators: repo.IndicatorRow[];
  values: Record<string, ReportValue>;
  issues: ValidationIssue[];
  files: repo.FileRow[];
  events: repo.EventRow[];
  can: ReportCan;
}

export function presentReport(p: ReportParts): Report {
  const { row, assignment, template } = p;
  return {
    id: row.id,
    assignmentId: row.assignmentId,
    assignmentTitle: assignment.title,
    movementId: assignment.movementId,
    unitId: row.unitId,
    unitName: row.unitName,
    period: row.period,
    status: row.status as ReportStatus,
    dueOn: assignment.dueOn,
    lockOn: assignment.lockOn,
    indicators: p.indicators.map(presentIndicator),
    template,
    values: p.values,
    narrative: onlyKeys(row.narrative, template.sections.map((s) => s.key)),
    exemplary: (row.exemplary ?? []) as Exemplary[],
    warningComments: onlyKeys(row.warningComments, template.rules.map((r) => r.code)),
    issues: p.issues,
    firstSubmittedAt: isoInstant(row.firstSubmittedAt),
    submittedAt: isoInstant(row.submittedAt),
    daysLate: lateness(assignment.dueOn, row.firstSubmittedAt),
    returnedAt: isoInstant(row.returnedAt),
    returnComment: row.returnComment,
    acceptedAt: isoInstant(row.acceptedAt),
    changesAfterAcceptance: row.changesAfterAcceptance,
    reopened: row.reopened,
    files: p.files.map((f) => ({ id: f.id, name: f.name, contentType: f.contentType, size: f.size, createdAt: new Date(f.createdAt).toISOString() })),
    events: p.events.map((e) => ({ at: new Date(e.at).toISOString(), actorName: e.actorName, action: e.action as Report['events'][number]['action'], comment: e.comment })),
    can: p.can,
    version: row.version,
  };
}
