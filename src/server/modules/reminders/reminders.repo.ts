import { and, between, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/open.js';
import { assignments, assignmentUnits, orgUnits, reminderLog, reports } from '../../db/schema.js';

export type ReminderLogInsert = typeof reminderLog.$inferInsert;

/** Assignments with automatic reminders whose due date lies in [fromIso, toIso]. */
export async function listAssignmentsWithReminders(db: Db, fromIso: string, toIso: string) {
  return db
    .select({
      id: assignments.id,
      title: assignments.title,
      dueOn: assignments.dueOn,
      lockOn: assignments.lockOn,
      remindDaysBefore: assignments.remindDaysBefore,
    })
    .from(assignments)
    .where(and(isNotNull(assignments.remindDaysBefore), between(assignments.dueOn, fromIso, toIso)))
    .orderBy(assignments.dueOn, assignments.id);
}

/**
 * The assignment's units with whether each has reported: a report sent (submitted or accepted).
 * A draft, a returned report or none at all is "not reported" and gets reminders.
 */
export async function listAssignmentUnitsWithReportState(db: Db, assignmentId: string) {
  return db
    .select({
      unitId: orgUnits.id,
      unitName: orgUnits.name,
      reported: sql<boolean>`exists (select 1 from ${reports} r where r.assignment_id = ${assignmentUnits.assignmentId}
                                  and r.unit_id = ${assignmentUnits.unitId} and r.status in ('submitted', 'accepted'))`,
    })
    .from(assignmentUnits)
    .innerJoin(orgUnits, eq(orgUnits.id, assignmentUnits.unitId))
    .where(eq(assignmentUnits.assignmentId, assignmentId))
    .orderBy(sql`${orgUnits.sortKey} collate "C"`);
}

/**
 * Claims an automatic reminder: the insert succeeds only for the first claimant of
 * (assignment, unit, kind, channel, recipient) — reminder_log_once_key — and returns its id;
 * every later or concurrent claimant gets null and must not send.
 */
export async function claimReminder(db: Db, values: ReminderLogInsert): Promise<string | null> {
  const rows = await db.insert(reminderLog).values(values).onConflictDoNothing().returning({ id: reminderLog.id });
  return rows[0]?.id ?? null;
}

export async function insertReminderLog(db: Db, values: ReminderLogInsert[]): Promise<void> {
  if (values.length > 0) await db.insert(reminderLog).values(values);
}

export async function markReminderFailed(db: Db, id: string, error: string): Promise<void> {
  await db.update(reminderLog).set({ status: 'failed', error }).where(eq(reminderLog.id, id));
}

/** An assignment's reminders, newest first, with the units' names. */
export async function listReminderLog(db: Db, assignmentId: string, limit: number) {
  return db
    .select({
      unitId: reminderLog.unitId,
      unitName: orgUnits.name,
      kind: reminderLog.kind,
      channel: reminderLog.channel,
      recipient: reminderLog.recipient,
      status: reminderLog.status,
      error: reminderLog.error,
      sentAt: reminderLog.sentAt,
    })
    .from(reminderLog)
    .innerJoin(orgUnits, eq(orgUnits.id, reminderLog.unitId))
    .where(eq(reminderLog.assignmentId, assignmentId))
    .orderBy(desc(reminderLog.sentAt), sql`${orgUnits.sortKey} collate "C"`, reminderLog.channel, reminderLog.recipient)
    .limit(limit);
}
