/**
 * The reports of the demo's 2024 cycle, sent and reviewed through the reports service at the
 * instants they would have happened in November 2024 (the service takes the time from ctx.now).
 */
import { SaveReportBodySchema } from '../../contract/reporting.js';
import type { ServiceContext } from '../context.js';
import { orgUnits } from '../db/schema.js';
import type { Actor } from '../http/actor.js';
import { acceptReport, createReport, returnReport, saveReport, submitReport } from '../modules/reports/reports.service.js';
import { demoReportContent, demoTimes, OUTCOMES_2024 } from './demo-reporting-data.js';

const RETURN_COMMENTS: Record<string, string> = {
  PTNMT: 'Đề nghị bổ sung số liệu tỷ lệ cây trồng sống và làm rõ diện tích trồng rừng sản xuất trong năm.',
  LAOXAPHINH: 'Số hộ thoát nghèo chưa khớp với kết quả rà soát hộ nghèo của xã; đề nghị kiểm tra, báo cáo lại.',
};

export async function seedDemoReports(
  ctx: ServiceContext,
  { unitId, assignmentId, indicatorIds, officer }: { unitId: (code: string) => string; assignmentId: string; indicatorIds: Map<string, string>; officer: Actor },
): Promise<void> {
  const unitRows = await ctx.db.select({ id: orgUnits.id, name: orgUnits.name, kind: orgUnits.kind }).from(orgUnits);
  const unitById = new Map(unitRows.map((u) => [u.id, u]));
  const at = (instant: Date): ServiceContext => ({ ...ctx, now: () => instant });

  for (const [suffix, outcome] of Object.entries(OUTCOMES_2024)) {
    if (outcome === 'none') continue;
    const code = `TUACHUA.${suffix}`;
    const unit = unitById.get(unitId(code))!;
    const isCommune = unit.kind === 'commune' || unit.kind === 'township';
    const content = demoReportContent(code, unit.name, isCommune);
    const times = demoTimes(code, outcome);

    const { report } = await createReport(at(times.created), null, { assignmentId, unitId: unit.id });
    const values = Object.fromEntries(Object.entries(content.values).map(([c, v]) => [indicatorIds.get(c)!, v]));
    let current = await saveReport(
      at(times.created),
      null,
      report.id,
      SaveReportBodySchema.parse({ version: report.version, values, narrative: content.narrative, exemplary: content.exemplary }),
    );
    if (outcome === 'draft') continue;
    current = await submitReport(at(times.submitted), null, current.id, current.version, `demo-${suffix}`);
    if (outcome === 'returned') {
      await returnReport(at(times.returned), officer, current.id, { version: current.version, comment: RETURN_COMMENTS[suffix] ?? 'Đề nghị bổ sung số liệu.' });
    } else if (outcome === 'accepted' || outcome === 'accepted_late') {
      await acceptReport(at(times.accepted), officer, current.id, { version: current.version });
    }
  }
}
