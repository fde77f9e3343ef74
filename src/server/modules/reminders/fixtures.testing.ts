/** Records the reminder and notification tests build on: an issued document and its assignment. */
import { eq } from 'drizzle-orm';
import { CreateAssignmentBodySchema, CreateDocumentBodySchema } from '../../../contract/documents.js';
import type { ReportStatus } from '../../../contract/reporting.js';
import type { ServiceContext } from '../../context.js';
import type { Db } from '../../db/open.js';
import { reports, users } from '../../db/schema.js';
import { createAssignment } from '../assignments/assignments.service.js';
import { issueDocument } from '../documents/documents-issue.service.js';
import { createDocument } from '../documents/documents.service.js';

const signer = { name: 'Lò Văn Ký', title: 'CHỦ TỊCH', authority: null, onBehalfOf: null };

/** An assignment from an issued công văn of `ownerUnitId` to `unitIds`. */
export async function makeAssignment(
  ctx: ServiceContext,
  o: { ownerUnitId: string; unitIds: string[]; title?: string; dueOn: string; lockOn?: string | null; remindDaysBefore?: number | null },
) {
  const draft = await createDocument(
    ctx,
    null,
    CreateDocumentBodySchema.parse({
      direction: 'outgoing',
      docType: 'Công văn',
      ownerUnitId: o.ownerUnitId,
      subject: `Về việc ${o.title ?? 'báo cáo'}`,
      recipients: o.unitIds.map((unitId) => ({ unitId })),
      signer,
    }),
  );
  const issued = await issueDocument(ctx, null, draft.id, { version: draft.version, issuedOn: '2024-05-01' });
  return createAssignment(
    ctx,
    null,
    issued.id,
    CreateAssignmentBodySchema.parse({
      title: o.title ?? 'Báo cáo sơ kết phong trào',
      dueOn: o.dueOn,
      lockOn: o.lockOn ?? null,
      unitIds: o.unitIds,
      remindDaysBefore: o.remindDaysBefore === undefined ? 3 : o.remindDaysBefore,
    }),
  );
}

/** A unit's report in a given state, written directly (the reports module is not needed here). */
export async function setReportStatus(db: Db, assignmentId: string, unitId: string, status: ReportStatus): Promise<void> {
  await db
    .insert(reports)
    .values({ assignmentId, unitId, period: '', status, narrative: {}, exemplary: [], warningComments: {} })
    .onConflictDoUpdate({ target: [reports.assignmentId, reports.unitId, reports.period], set: { status } });
}

export async function setEmail(db: Db, userId: string, email: string | null): Promise<void> {
  await db.update(users).set({ email }).where(eq(users.id, userId));
}

export async function deactivate(db: Db, userId: string): Promise<void> {
  await db.update(users).set({ active: false }).where(eq(users.id, userId));
}
