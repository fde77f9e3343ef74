/**
 * Test data for the board, roll-up and exports: reports go through the reports service
 * (create → save → submit → accept/return), each step at its own clock time, so the timings the
 * board reads are those the service wrote.
 */
import { Client, type TestApp } from '../../../../test/support/app.js';
import { makeUnit, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { CreateAssignmentBodySchema, CreateDocumentBodySchema } from '../../../contract/documents.js';
import { CreateIndicatorBodySchema, CreateMovementBodySchema, type ReportValue } from '../../../contract/reporting.js';
import type { Role } from '../../../contract/roles.js';
import type { ServiceContext } from '../../context.js';
import { reminderLog } from '../../db/schema.js';
import { createAssignment } from '../assignments/assignments.service.js';
import { issueDocument } from '../documents/documents-issue.service.js';
import { createDocument } from '../documents/documents.service.js';
import { createGroup } from '../groups/groups.service.js';
import { createIndicator } from '../movements/indicators.service.js';
import { createMovement } from '../movements/movements.service.js';
import { acceptReport, createReport, returnReport, saveReport, submitReport } from '../reports/reports.service.js';

export const SIGNER = { name: 'Nguyễn Văn An', title: 'CHỦ TỊCH', authority: 'TM.' as const, onBehalfOf: 'ỦY BAN NHÂN DÂN' };

const at = (ctx: ServiceContext, instant: string): ServiceContext => ({ ...ctx, now: () => new Date(instant) });

export interface FiledReport {
  assignmentId: string;
  unitId: string;
  /** By indicator id. */
  values?: Record<string, ReportValue>;
  narrative?: Record<string, string>;
  exemplary?: { kind: 'collective' | 'person'; name: string; position: string | null; achievement: string }[];
  /** Instants of each step; a step without one is not taken. */
  createdAt?: string;
  submittedAt?: string;
  acceptedAt?: string;
  returnedAt?: string;
}

/** A unit's report taken as far as the instants given. */
export async function fileReport(ctx: ServiceContext, r: FiledReport): Promise<string> {
  const created = r.createdAt ?? r.submittedAt ?? '2024-11-01T02:00:00Z';
  const { report } = await createReport(at(ctx, created), null, { assignmentId: r.assignmentId, unitId: r.unitId });
  let saved = await saveReport(at(ctx, created), null, report.id, {
    version: report.version,
    values: r.values ?? {},
    narrative: { ket_qua: 'Đã triển khai phong trào.', ...r.narrative },
    exemplary: r.exemplary ?? [],
    warningComments: {},
  });
  if (r.submittedAt) saved = await submitReport(at(ctx, r.submittedAt), null, report.id, saved.version, null);
  if (r.acceptedAt) saved = await acceptReport(at(ctx, r.acceptedAt), null, report.id, { version: saved.version });
  if (r.returnedAt) await returnReport(at(ctx, r.returnedAt), null, report.id, { version: saved.version, comment: 'Bổ sung số liệu' });
  return report.id;
}

export async function signInAs(t: TestApp, unitId: string, roles: Role[], scopeUnitId?: string): Promise<Client> {
  const u = await makeUser(t.ctx, { unitId, roles, scopeUnitId });
  return new Client(t.app).signIn(u.username, TEST_PASSWORD);
}

/** A document issued by `ownerUnitId`, and a movement of the same owner with the indicators given. */
export async function documentAndMovement(
  ctx: ServiceContext,
  ownerUnitId: string,
  indicators: Record<string, Record<string, unknown> & { denominator?: string }>,
  draftingUnitId: string | null = null,
) {
  const draft = await createDocument(
    ctx,
    null,
    CreateDocumentBodySchema.parse({
      direction: 'outgoing',
      docType: 'Công văn',
      ownerUnitId,
      draftingUnitId,
      subject: 'Về việc báo cáo kết quả phong trào thi đua năm 2024',
      recipients: [{ text: 'Các đơn vị' }],
      signer: SIGNER,
    }),
  );
  const issued = await issueDocument(ctx, null, draft.id, { version: draft.version, issuedOn: '2024-10-21' });
  const movement = await createMovement(
    ctx,
    null,
    CreateMovementBodySchema.parse({ name: 'Phong trào thi đua năm 2024', kind: 'campaign', ownerUnitId, startsOn: '2024-01-01' }),
  );
  const ids: Record<string, string> = {};
  let position = 0;
  for (const [code, { denominator, ...fields }] of Object.entries(indicators)) {
    position += 1;
    const body = CreateIndicatorBodySchema.parse({ code, position, ...fields, denominatorIndicatorId: denominator ? ids[denominator] : null });
    ids[code] = (await createIndicator(ctx, null, movement.id, body)).id;
  }
  return { documentId: issued.id, movementId: movement.id, ind: ids };
}

export async function assign(ctx: ServiceContext, documentId: string, movementId: string, indicatorIds: string[], unitIds: string[], title = 'Báo cáo kết quả thực hiện phong trào thi đua năm 2024') {
  const a = await createAssignment(
    ctx,
    null,
    documentId,
    CreateAssignmentBodySchema.parse({ title, dueOn: '2024-11-05', unitIds, movementId, period: '2024', template: { indicatorIds } }),
  );
  return a.id;
}

/**
 * The province world: Tỉnh → Huyện Tủa Chùa (Mường Báng, Đun Nhì, Sín Chải, Tả Phìn) and Huyện
 * Khác (Bên Cạnh, Xá Nhè, Huổi Só), plus Sở Nội vụ; the province asks all eight for a report due
 * 05/11/2024. Seven indicators, one per roll-up rule, and a text note.
 */
export async function buildProvinceWorld(t: TestApp) {
  const ctx = t.ctx;
  const province = await makeUnit(ctx, { name: 'Tỉnh Thử Nghiệm', kind: 'province' });
  const d1 = await makeUnit(ctx, { name: 'Huyện Tủa Chùa', kind: 'district', parentId: province.id });
  const d2 = await makeUnit(ctx, { name: 'Huyện Khác', kind: 'district', parentId: province.id });
  const commune = (name: string, parentId: string) => makeUnit(ctx, { name, kind: 'commune', parentId });
  const u = {
    province,
    d1,
    d2,
    A: await commune('Xã Mường Báng', d1.id),
    B: await commune('Xã Đun Nhì', d1.id),
    E: await commune('Xã Sín Chải', d1.id),
    G: await commune('Xã Tả Phìn', d1.id),
    C: await commune('Xã Bên Cạnh', d2.id),
    F: await commune('Xã Xá Nhè', d2.id),
    R: await commune('Xã Huổi Só', d2.id),
    S: await makeUnit(ctx, { name: 'Sở Nội vụ', kind: 'department', parentId: province.id }),
  };
  const { documentId, movementId, ind } = await documentAndMovement(ctx, province.id, {
    HO: { name: 'Tổng số hộ', unitOfMeasure: 'hộ', valueType: 'number', rule: 'sum' },
    TY_LE_NGHEO: {
      name: 'Tỷ lệ hộ nghèo',
      unitOfMeasure: '%',
      valueType: 'percent',
      direction: 'down',
      rule: 'avg',
      targets: [
        { level: 'commune', comparator: 'lte', value: 30 },
        { level: 'province', comparator: 'lte', value: 25 },
      ],
    },
    HO_SO: { name: 'Tổng số hồ sơ', unitOfMeasure: 'hồ sơ', valueType: 'number', rule: 'sum' },
    TRUC_TUYEN: {
      name: 'Tỷ lệ hồ sơ xử lý trực tuyến',
      unitOfMeasure: '%',
      valueType: 'percent',
      rule: 'wavg',
      denominator: 'HO_SO',
      targets: [
        { level: 'commune', comparator: 'gte', value: 60 },
        { level: 'district', comparator: 'gte', value: 80 },
        { level: 'all', comparator: 'gte', value: 70 },
      ],
    },
    THAP_NHAT: { name: 'Chỉ số thấp nhất', unitOfMeasure: '', valueType: 'number', rule: 'min' },
    CAO_NHAT: { name: 'Chỉ số cao nhất', unitOfMeasure: '', valueType: 'number', rule: 'max' },
    MOI_NHAT: { name: 'Chỉ số mới nhất', unitOfMeasure: '', valueType: 'number', rule: 'last' },
    KHONG: { name: 'Chỉ số không tổng hợp', unitOfMeasure: '', valueType: 'number', rule: 'none' },
    GHI_CHU: { name: 'Ghi chú', unitOfMeasure: '', valueType: 'text', rule: 'none' },
  });
  const unitIds = [u.A, u.B, u.E, u.G, u.C, u.F, u.R, u.S].map((x) => x.id);
  const assignmentId = await assign(ctx, documentId, movementId, Object.values(ind), unitIds);

  const cluster = await createGroup(ctx, null, {
    name: 'Cụm thi đua số 1',
    kind: 'cluster',
    year: 2024,
    organiserUnitId: province.id,
    memberUnitIds: [u.A.id, u.B.id, u.C.id],
    headUnitId: u.A.id,
    deputyUnitId: null,
  });
  const block = await createGroup(ctx, null, {
    name: 'Khối các sở',
    kind: 'block',
    year: 2024,
    organiserUnitId: province.id,
    memberUnitIds: [u.S.id],
    headUnitId: null,
    deputyUnitId: null,
  });
  // Another year's cluster: not the assignment's, so never on its board.
  await createGroup(ctx, null, {
    name: 'Cụm thi đua năm 2025',
    kind: 'cluster',
    year: 2025,
    organiserUnitId: province.id,
    memberUnitIds: [u.A.id, u.F.id],
    headUnitId: null,
    deputyUnitId: null,
  });

  const values = (v: Record<string, ReportValue>) => Object.fromEntries(Object.entries(v).map(([code, x]) => [ind[code]!, x]));
  // A on time, accepted second; B two days late, accepted last; C accepted first.
  await fileReport(ctx, {
    assignmentId,
    unitId: u.A.id,
    values: values({ HO: 1000, TY_LE_NGHEO: 40, HO_SO: 1000, TRUC_TUYEN: 90, THAP_NHAT: 5, CAO_NHAT: 5, MOI_NHAT: 5, KHONG: 7, GHI_CHU: '=HYPERLINK("http://x","y")' }),
    narrative: {
      ket_qua: `Xã Mường Báng đã tổ chức phát động phong trào đến toàn thể cán bộ và Nhân dân. ${'Các thôn bản đều hưởng ứng tích cực. '.repeat(20)}`,
      ton_tai: 'Hạ tầng mạng ở thôn vùng cao chưa ổn định.',
      de_xuat: 'Đề nghị hỗ trợ cây giống.',
    },
    exemplary: [{ kind: 'person', name: 'Quàng Văn Dũng', position: 'Chủ tịch UBND xã', achievement: 'Vận động 40 hộ thoát nghèo' }],
    submittedAt: '2024-11-04T03:00:00Z',
    acceptedAt: '2024-11-06T03:00:00Z',
  });
  await fileReport(ctx, {
    assignmentId,
    unitId: u.B.id,
    values: values({ HO: 500, TY_LE_NGHEO: 20, HO_SO: 10, TRUC_TUYEN: 10, THAP_NHAT: 3, CAO_NHAT: 9, MOI_NHAT: 9, KHONG: 1 }),
    narrative: { ket_qua: 'Xã Đun Nhì hoàn thành các chỉ tiêu.' },
    submittedAt: '2024-11-07T02:00:00Z',
    acceptedAt: '2024-11-08T03:00:00Z',
  });
  await fileReport(ctx, {
    assignmentId,
    unitId: u.C.id,
    values: values({ HO: 300, TY_LE_NGHEO: 30, HO_SO: 90, TRUC_TUYEN: 50, THAP_NHAT: 8, CAO_NHAT: 1, MOI_NHAT: 2, KHONG: 2 }),
    narrative: { ket_qua: 'Xã Bên Cạnh hoàn thành kế hoạch.' },
    submittedAt: '2024-11-03T03:00:00Z',
    acceptedAt: '2024-11-05T03:00:00Z',
  });
  // E sent on the last evening, not yet accepted; R sent on time, then returned; G only drafted.
  await fileReport(ctx, { assignmentId, unitId: u.E.id, values: values({ HO: 200, MOI_NHAT: 100 }), submittedAt: '2024-11-05T10:00:00Z' });
  await fileReport(ctx, { assignmentId, unitId: u.R.id, values: values({ HO: 50 }), submittedAt: '2024-11-04T03:00:00Z', returnedAt: '2024-11-06T03:00:00Z' });
  await fileReport(ctx, { assignmentId, unitId: u.G.id, values: values({ HO: 999 }), createdAt: '2024-11-02T03:00:00Z' });

  // F was reminded once (and a later attempt failed: not a reminder it got).
  await ctx.db.insert(reminderLog).values([
    { assignmentId, unitId: u.F.id, kind: 'overdue', channel: 'app', recipient: 'baocao.xanhe', status: 'sent', sentAt: '2024-11-10T01:00:00Z' },
    { assignmentId, unitId: u.F.id, kind: 'manual', channel: 'email', recipient: 'xanhe@example.vn', status: 'failed', error: 'timeout', sentAt: '2024-11-12T01:00:00Z' },
  ]);

  return { u, ind, documentId, movementId, assignmentId, clusterId: cluster.id, blockId: block.id };
}
