/**
 * The consolidated report of an assignment, drafted from its live data: as a DOCX to read or
 * print, or as a draft outgoing document in the owner's register that the officer then edits
 * and issues like any other.
 */
import { CreateOutgoingDocumentBodySchema, type Document, type Signer } from '../../../contract/documents.js';
import { AppError } from '../../../contract/errors.js';
import type { RollupQuery } from '../../../contract/reporting.js';
import { todayInVietnam } from '../../../core/dates.js';
import type { ServiceContext } from '../../context.js';
import type { Actor } from '../../http/actor.js';
import { renderDocumentDocx } from '../../render/docx/index.js';
import type { AssignmentRow } from '../assignments/assignments.repo.js';
import { createDocument } from '../documents/documents.service.js';
import { findUnit } from '../units/units.repo.js';
import { buildBoard, lateOrMissing } from './board.service.js';
import { draftConsolidatedReport, governingCommittee, reportRecipient, toCreateDocumentBody, toParsedDocument, type ConsolidatedDraft, type UnitReportContent } from './consolidated-report.js';
import { fileTitle, type ExportFile } from './exports.service.js';
import { buildRollup, totalCells } from './rollup.service.js';
import { loadTrackedAssignment } from './rollups-access.js';
import * as repo from './rollups.repo.js';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The consolidated report as DOCX (Decree 30 layout, unnumbered draft). */
export async function consolidatedReportDocx(ctx: ServiceContext, actor: Actor | null, id: string, query: RollupQuery): Promise<ExportFile> {
  const row = await loadTrackedAssignment(ctx.db, actor, id, 'manage');
  const { draft } = await draftFor(ctx, row, query);
  return { name: `Báo cáo tổng hợp - ${fileTitle(row.title)}.docx`, contentType: DOCX_TYPE, bytes: await renderDocumentDocx(toParsedDocument(draft)) };
}

/** Stores the consolidated report as a draft "Báo cáo" of the assignment's document owner. */
export async function createConsolidatedReport(ctx: ServiceContext, actor: Actor | null, id: string, query: RollupQuery): Promise<Document> {
  const row = await loadTrackedAssignment(ctx.db, actor, id, 'manage');
  const { draft, draftingUnitId } = await draftFor(ctx, row, query);
  const body = CreateOutgoingDocumentBodySchema.parse(toCreateDocumentBody(draft, row.ownerUnitId, draftingUnitId));
  return createDocument(ctx, actor, body);
}

async function draftFor(ctx: ServiceContext, row: AssignmentRow, query: RollupQuery): Promise<{ draft: ConsolidatedDraft; draftingUnitId: string | null }> {
  const [{ board }, rollupData, source, chain] = await Promise.all([
    buildBoard(ctx, row),
    buildRollup(ctx, row, query),
    repo.findAssignmentDocument(ctx.db, row.documentId),
    repo.findUnitWithAncestors(ctx.db, row.ownerUnitId),
  ]);
  const owner = chain[0];
  if (!source || !owner) throw new AppError('NOT_FOUND', 'Văn bản giao nhiệm vụ không còn trong sổ văn bản');
  const drafting = source.draftingUnitId ? await findUnit(ctx.db, source.draftingUnitId) : null;
  const territory = reportRecipient(chain);
  const recipient = governingCommittee(territory, territory ? await repo.listActiveChildren(ctx.db, territory.id) : []);
  const contents = await repo.listReportContents(ctx.db, [...rollupData.included.values()].map((r) => r.id));
  const reports: UnitReportContent[] = board.rows.flatMap((r) => {
    const report = rollupData.included.get(r.unitId);
    const content = report ? contents.get(report.id) : undefined;
    return content ? [{ unitName: r.unitName, narrative: asTextRecord(content.narrative), exemplary: asExemplary(content.exemplary) }] : [];
  });
  const draft = draftConsolidatedReport({
    assignment: { title: row.title },
    source: {
      docType: source.docType,
      numberText: source.numberText,
      symbol: source.symbol,
      issuedOn: source.issuedOn,
      issuerName: source.issuerName,
      parentIssuer: source.parentIssuer,
      place: source.place,
      signer: (source.signer as Signer | null) ?? null,
    },
    owner,
    draftingUnit: drafting,
    recipient,
    summary: board.summary,
    indicators: rollupData.rollup.indicators,
    totals: totalCells(rollupData),
    dataAsOf: rollupData.rollup.dataAsOf,
    reports,
    late: lateOrMissing(board.rows),
    today: todayInVietnam(ctx.now()),
  });
  // The drafting office of the assignment drafts its report too, unless it has been closed since.
  return { draft, draftingUnitId: drafting?.status === 'active' ? drafting.id : null };
}

// jsonb written by the reports module through the contract; read defensively all the same.
function asTextRecord(value: unknown): Record<string, string> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

function asExemplary(value: unknown): UnitReportContent['exemplary'] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((e: Record<string, unknown>) =>
    e && typeof e.name === 'string'
      ? [
          {
            kind: e.kind === 'person' ? ('person' as const) : ('collective' as const),
            name: e.name,
            position: typeof e.position === 'string' ? e.position : null,
            achievement: typeof e.achievement === 'string' ? e.achievement : '',
          },
        ]
      : [],
  );
}
