/** The forwarding package of a reviewing level and year as one ZIP of DOCX drafts. */
import JSZip from 'jszip';
import type { AwardCode } from '../../../contract/awards.js';
import { AppError } from '../../../contract/errors.js';
import { todayInVietnam } from '../../../core/dates.js';
import type { ServiceContext } from '../../context.js';
import { requireUnitAccess, type Actor } from '../../http/actor.js';
import { renderDocumentDocx } from '../../render/docx/index.js';
import { draftForwardingPackage, type PackageNominee } from './forwarding-package.js';
import * as repo from './nominations.repo.js';

export interface PackageFile {
  name: string;
  contentType: string;
  bytes: Buffer;
}

/** Tờ trình, danh sách and báo cáo thành tích of the nominations this level forwarded in `year`. */
export async function forwardingPackage(ctx: ServiceContext, actor: Actor | null, q: { reviewingUnitId: string; year: number }): Promise<PackageFile> {
  const reviewer = await repo.findUnitRef(ctx.db, q.reviewingUnitId);
  if (actor) requireUnitAccess(actor, 'nomination:review', reviewer?.path ?? null, 'Cấp xét');
  if (!reviewer) throw new AppError('NOT_FOUND', 'Cấp xét không tồn tại');
  const rows = await repo.listForwarded(ctx.db, reviewer.id, q.year);
  if (rows.length === 0) throw new AppError('NOT_FOUND', `${reviewer.name} chưa trình cấp trên đề nghị nào năm ${q.year}`);
  const upper = (await repo.nearestCouncilUnit(ctx.db, reviewer.path, false)) ?? (reviewer.parentId ? await repo.findUnitRef(ctx.db, reviewer.parentId) : null);
  const nominees: PackageNominee[] = rows.map(({ row: n }) => ({
    kind: n.personId ? 'person' : 'collective',
    name: n.nomineeName,
    position: n.nomineePosition,
    unitName: n.nomineeUnitName,
    awardCode: n.awardCode as AwardCode,
    report: { summary: n.reportSummary, achievements: n.reportAchievements, priorAwards: n.reportPriorAwards },
  }));
  const unitOf = (u: repo.UnitRef) => ({ name: u.name, shortName: u.shortName, kind: u.kind });
  const documents = draftForwardingPackage({ reviewer: unitOf(reviewer), recipient: upper ? unitOf(upper) : null, year: q.year, nominees, today: todayInVietnam(ctx.now()) });
  const zip = new JSZip();
  for (const d of documents) zip.file(d.fileName, await renderDocumentDocx(d.document));
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { name: `Hồ sơ trình cấp trên - ${reviewer.name} - ${q.year}.zip`, contentType: 'application/zip', bytes };
}
