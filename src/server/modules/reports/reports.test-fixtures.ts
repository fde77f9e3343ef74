/**
 * The world the report tests act in: the district launches a movement with five indicators,
 * issues a document to its two communes, and gives them report assignments built on it.
 */
import { Client, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { CreateAssignmentBodySchema, CreateDocumentBodySchema } from '../../../contract/documents.js';
import { CreateIndicatorBodySchema, CreateMovementBodySchema } from '../../../contract/reporting.js';
import type { Role } from '../../../contract/roles.js';
import { createAssignment } from '../assignments/assignments.service.js';
import { issueDocument } from '../documents/documents-issue.service.js';
import { createDocument } from '../documents/documents.service.js';
import { createIndicator } from '../movements/indicators.service.js';
import { createMovement } from '../movements/movements.service.js';

export interface ReportingWorld {
  h: Awaited<ReturnType<typeof makeHierarchy>>;
  /** Indicator ids by code. */
  ind: { HO_NGHEO: string; HO_THOAT: string; NUOC_SACH: string; DAT_CHUAN: string; GHI_CHU: string };
  documentId: string;
  movementId: string;
  users: Record<'officer' | 'reporterA' | 'reporterA2' | 'reporterB' | 'viewerA' | 'otherOfficer' | 'otherReporter', { id: string; client: Client }>;
  /** A new assignment to both communes (each test its own, so reports never collide). */
  assign(over?: { dueOn?: string; lockOn?: string | null; attachmentsRequired?: boolean; title?: string }): Promise<string>;
}

/** Rules of the template: an error (escaped poverty ≤ poor households) and a warning (clean water ≥ 50 %). */
export const RULES = [
  { code: 'THOAT_LE_NGHEO', left: 'HO_THOAT', op: 'lte', right: 'HO_NGHEO', severity: 'error', message: null },
  { code: 'NUOC_SACH_THAP', left: 'NUOC_SACH', op: 'gte', right: 50, severity: 'warning', message: 'Tỷ lệ hộ dùng nước sạch dưới 50 %' },
] as const;

export async function buildReportingWorld(t: TestApp): Promise<ReportingWorld> {
  const h = await makeHierarchy(t.ctx);
  const signer = { name: 'Lò Văn Minh', title: 'CHỦ TỊCH', authority: null, onBehalfOf: null };
  const draft = await createDocument(
    t.ctx,
    null,
    CreateDocumentBodySchema.parse({
      direction: 'outgoing',
      docType: 'Công văn',
      ownerUnitId: h.district.id,
      subject: 'Về việc báo cáo kết quả phong trào giảm nghèo năm 2024',
      recipients: [{ unitId: h.communeA.id }, { unitId: h.communeB.id }],
      signer,
    }),
  );
  const issued = await issueDocument(t.ctx, null, draft.id, { version: draft.version, issuedOn: '2024-05-01' });
  const movement = await createMovement(
    t.ctx,
    null,
    CreateMovementBodySchema.parse({
      name: 'Chung tay vì người nghèo',
      kind: 'thematic',
      ownerUnitId: h.district.id,
      startsOn: '2024-01-01',
      scopeUnitIds: [h.communeA.id, h.communeB.id],
    }),
  );
  const indicator = async (code: string, name: string, valueType: string, position: number, required = false) => {
    const rule = valueType === 'percent' ? 'avg' : valueType === 'number' ? 'sum' : 'none';
    const body = CreateIndicatorBodySchema.parse({ code, name, valueType, rule, position, required, unitOfMeasure: '' });
    return (await createIndicator(t.ctx, null, movement.id, body)).id;
  };
  const ind = {
    HO_NGHEO: await indicator('HO_NGHEO', 'Số hộ nghèo đầu năm', 'number', 1, true),
    HO_THOAT: await indicator('HO_THOAT', 'Số hộ thoát nghèo', 'number', 2, true),
    NUOC_SACH: await indicator('NUOC_SACH', 'Tỷ lệ hộ dùng nước sạch', 'percent', 3),
    DAT_CHUAN: await indicator('DAT_CHUAN', 'Đạt chuẩn nông thôn mới', 'boolean', 4),
    GHI_CHU: await indicator('GHI_CHU', 'Ghi chú khác', 'text', 5),
  };
  const user = async (unitId: string, roles: Role[]) => {
    const u = await makeUser(t.ctx, { unitId, roles });
    return { id: u.id, client: await new Client(t.app).signIn(u.username, TEST_PASSWORD) };
  };
  const users = {
    officer: await user(h.district.id, ['officer']),
    reporterA: await user(h.communeA.id, ['reporter']),
    reporterA2: await user(h.communeA.id, ['unit_head']),
    reporterB: await user(h.communeB.id, ['reporter']),
    viewerA: await user(h.communeA.id, ['viewer']),
    otherOfficer: await user(h.otherDistrict.id, ['officer']),
    otherReporter: await user(h.otherCommune.id, ['reporter']),
  };
  let n = 0;
  const assign: ReportingWorld['assign'] = async (over = {}) => {
    n += 1;
    const a = await createAssignment(
      t.ctx,
      null,
      issued.id,
      CreateAssignmentBodySchema.parse({
        title: over.title ?? `Báo cáo kết quả giảm nghèo số ${n}`,
        dueOn: over.dueOn ?? '2024-11-05',
        lockOn: over.lockOn === undefined ? '2024-11-10' : over.lockOn,
        movementId: movement.id,
        period: '2024',
        template: {
          // Not the movement's order: the report follows the template.
          indicatorIds: [ind.DAT_CHUAN, ind.HO_NGHEO, ind.HO_THOAT, ind.NUOC_SACH, ind.GHI_CHU],
          attachmentsRequired: over.attachmentsRequired ?? false,
          rules: RULES,
        },
      }),
    );
    return a.id;
  };
  return { h, ind, documentId: issued.id, movementId: movement.id, users, assign };
}
