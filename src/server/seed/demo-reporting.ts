/**
 * The demo's 2024 reporting cycle: the province's movement and the district's movement under it,
 * with the indicators and targets of the seed dispatch; the dispatch's report assignment bound to
 * it; and the reports of the 25 units of the district's blocks and clusters as they stood on
 * 15/11/2024 — accepted, late, returned, drafts, and some never sent.
 */
import { CreateIndicatorBodySchema, CreateMovementBodySchema, ReportTemplateSchema, UpdateAssignmentBodySchema } from '../../contract/reporting.js';
import type { ServiceContext } from '../context.js';
import { orgUnits } from '../db/schema.js';
import { getAssignment, updateAssignment } from '../modules/assignments/assignments.service.js';
import { createIndicator } from '../modules/movements/indicators.service.js';
import { createMovement } from '../modules/movements/movements.service.js';
import { demoActor } from './demo-actors.js';
import type { DemoDocuments } from './demo-documents.js';
import { seedDemoRegistrations } from './demo-registrations.js';
import { INDICATORS_2024, MOVEMENT_2024, PROVINCE_MOVEMENT_2024, RULES_2024 } from './demo-reporting-data.js';
import { seedDemoReports } from './demo-reports.js';

export interface DemoReportingInput {
  unitId: (code: string) => string;
  groupIds: string[];
  documents: DemoDocuments;
}

export async function seedDemoReporting(ctx: ServiceContext, { unitId, groupIds, documents }: DemoReportingInput): Promise<void> {
  const province = await createMovement(
    ctx,
    null,
    CreateMovementBodySchema.parse({
      ...PROVINCE_MOVEMENT_2024,
      ownerUnitId: unitId('DIENBIEN'),
      basisDocumentIds: documents.provincialId ? [documents.provincialId] : [],
    }),
  );
  const movement = await createMovement(
    ctx,
    null,
    CreateMovementBodySchema.parse({
      ...MOVEMENT_2024,
      ownerUnitId: unitId('TUACHUA'),
      parentMovementId: province.id,
      basisDocumentIds: [...(documents.provincialId ? [documents.provincialId] : []), documents.dispatchId],
      scopeGroupIds: groupIds,
    }),
  );

  const ids = new Map<string, string>();
  for (const [position, ind] of INDICATORS_2024.entries()) {
    const created = await createIndicator(
      ctx,
      null,
      movement.id,
      CreateIndicatorBodySchema.parse({
        code: ind.code,
        name: ind.name,
        unitOfMeasure: ind.unitOfMeasure,
        valueType: ind.valueType,
        direction: ind.direction,
        rule: ind.rule,
        denominatorIndicatorId: ind.denominator ? ids.get(ind.denominator) : null,
        baseline: ind.baseline ?? null,
        targets: ind.targets.map((t) => ({ ...t, valueMax: t.valueMax ?? null })),
        position,
        note: ind.note ?? null,
      }),
    );
    ids.set(ind.code, created.id);
  }

  // The dispatch's task becomes the movement's year-end report, in the movement's template.
  const assignment = await getAssignment(ctx, null, documents.assignmentId);
  const updated = await updateAssignment(
    ctx,
    null,
    assignment.id,
    UpdateAssignmentBodySchema.parse({
      title: assignment.title,
      dueOn: assignment.dueOn,
      // No lock date: the demo is walked through long after 2024, and units still send late reports.
      lockOn: null,
      movementId: movement.id,
      period: '2024',
      template: ReportTemplateSchema.parse({ indicatorIds: [...ids.values()], rules: RULES_2024 }),
      remindDaysBefore: 3,
      version: assignment.version,
    }),
  );
  const officer = await demoActor(ctx, 'canbo.thidua');
  const names = await unitNames(ctx);
  await seedDemoRegistrations(ctx, { unitId, unitName: (id) => names.get(id) ?? id, movementId: movement.id, indicatorIds: ids, officer });
  await seedDemoReports(ctx, { unitId, assignmentId: updated.id, indicatorIds: ids, officer });
}

async function unitNames(ctx: ServiceContext): Promise<Map<string, string>> {
  const rows = await ctx.db.select({ id: orgUnits.id, name: orgUnits.name }).from(orgUnits);
  return new Map(rows.map((r) => [r.id, r.name]));
}
