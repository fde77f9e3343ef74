/** Spreadsheet exports of an assignment: the roll-up and the raw figures (the issuing side only). */
import type { RollupQuery } from '../../../contract/reporting.js';
import { isoInstant } from '../../db/instants.js';
import type { ServiceContext } from '../../context.js';
import type { Actor } from '../../http/actor.js';
import { CONTENT_TYPES } from '../../render/tabular.js';
import { buildXlsx } from '../../render/xlsx.js';
import { buildBoard } from './board.service.js';
import { buildRollup, templateIndicators } from './rollup.service.js';
import { rollupSheets, valuesSheet } from './rollup-xlsx.js';
import { loadTrackedAssignment } from './rollups-access.js';
import * as repo from './rollups.repo.js';

export interface ExportFile {
  name: string;
  contentType: string;
  bytes: Buffer;
}

/** Only reports that were sent show their figures: a draft is still the unit's own business. */
const SENT_STATUSES = new Set(['submitted', 'returned', 'accepted']);

/** Bảng tổng hợp as XLSX: the tree of the roll-up, then a sheet per Cụm/Khối. */
export async function exportRollupXlsx(ctx: ServiceContext, actor: Actor | null, id: string, query: RollupQuery): Promise<ExportFile> {
  const row = await loadTrackedAssignment(ctx.db, actor, id, 'read');
  const { rollup, groupDetails } = await buildRollup(ctx, row, query);
  return { name: `Tổng hợp số liệu - ${fileTitle(row.title)}.xlsx`, contentType: CONTENT_TYPES.xlsx, bytes: await buildXlsx(rollupSheets(row.title, rollup, groupDetails)) };
}

/** Every unit × indicator with the report's status and timing, as XLSX. */
export async function exportValuesXlsx(ctx: ServiceContext, actor: Actor | null, id: string): Promise<ExportFile> {
  const row = await loadTrackedAssignment(ctx.db, actor, id, 'read');
  const [{ board, units, reportByUnit }, indicators] = await Promise.all([buildBoard(ctx, row), templateIndicators(ctx, row)]);
  const sent = [...reportByUnit.values()].filter((r) => SENT_STATUSES.has(r.status));
  const values = await repo.listReportValues(
    ctx.db,
    sent.map((r) => r.id),
  );
  const reports = new Map(sent.map((r) => [r.unitId, { submittedAt: isoInstant(r.submittedAt), values: new Map<string, { num: number | null; text: string | null }>() }]));
  const unitOfReport = new Map(sent.map((r) => [r.id, r.unitId]));
  for (const v of values) reports.get(unitOfReport.get(v.reportId)!)?.values.set(v.indicatorId, { num: v.numValue, text: v.textValue });
  const sheet = valuesSheet({ indicators, units, rows: new Map(board.rows.map((r) => [r.unitId, r])), reports });
  return { name: `Số liệu các đơn vị - ${fileTitle(row.title)}.xlsx`, contentType: CONTENT_TYPES.xlsx, bytes: await buildXlsx([sheet]) };
}

/** A title short enough for a file name, without the characters file systems refuse. */
export function fileTitle(title: string): string {
  const clean = title.normalize('NFC').replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim();
  if (clean.length <= 80) return clean;
  const cut = clean.slice(0, 80);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
