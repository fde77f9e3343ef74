/**
 * Demo commendations. 2024 (while the district exists): the district council of Tủa Chùa,
 * year-end nominations of its communes and offices, a council session with its votes, the
 * outcomes, a decision issued with its certificates and fund payouts, a Bằng khen proposal
 * forwarded to the province, and a 2023 paper decision brought in. Today (two-tier government):
 * the council of the new Xã Tủa Chùa, ready for a nomination of this year.
 */
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { CreateAwardRecordBodySchema, CreateInitiativeBodySchema, CreateRatingBodySchema, type AwardCode, type Rating } from '../../contract/awards.js';
import { CreateCouncilBodySchema, CreateSessionBodySchema, type CouncilRoleSchema } from '../../contract/councils.js';
import { CertificateLayoutBodySchema, RecordPastDecisionBodySchema } from '../../contract/decisions.js';
import { CreateNominationBodySchema } from '../../contract/nominations.js';
import type { ServiceContext } from '../context.js';
import { people, users } from '../db/schema.js';
import { createLocalAward } from '../modules/awards/local-awards.service.js';
import { createAwardRecord, createInitiative, createRating } from '../modules/award-history/award-history.service.js';
import { castVotes } from '../modules/councils/council-votes.service.js';
import { closeSession, createSession, openSession } from '../modules/councils/council-sessions.service.js';
import { createCouncil } from '../modules/councils/councils.service.js';
import { createLayout } from '../modules/decisions/certificate-layouts.service.js';
import { issueDecision } from '../modules/decisions/decisions-issue.service.js';
import { recordPastDecision } from '../modules/decisions/decisions-past.service.js';
import { draftDecision } from '../modules/decisions/decisions.service.js';
import { createIncome } from '../modules/fund/fund.service.js';
import { decideOutcome, submitNominations } from '../modules/nominations/nominations-flow.service.js';
import { createNomination } from '../modules/nominations/nominations.service.js';
import { demoActor } from './demo-actors.js';

interface Input {
  unitId: (code: string) => string;
}

/** The demo clock at 09:00 Vietnam time of a day, so "today" in every service is that day. */
function at(ctx: ServiceContext, day: string): ServiceContext {
  return { ...ctx, now: () => new Date(`${day}T09:00:00+07:00`) };
}

async function personId(ctx: ServiceContext, fullName: string, unitId: string): Promise<string> {
  const [row] = await ctx.db.select({ id: people.id }).from(people).where(and(eq(people.fullName, fullName), eq(people.unitId, unitId)));
  if (!row) throw new Error(`demo: no person ${fullName}`);
  return row.id;
}

async function userId(ctx: ServiceContext, username: string): Promise<string> {
  const [row] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!row) throw new Error(`demo: no user ${username}`);
  return row.id;
}

interface MemberSeed {
  fullName: string;
  position: string;
  role: z.infer<typeof CouncilRoleSchema>;
  home: string;
  username?: string;
}

const DISTRICT_COUNCIL: MemberSeed[] = [
  { fullName: 'Trần Văn Bình', position: 'Phó Chủ tịch UBND huyện', role: 'chair', home: 'TUACHUA.UBND', username: 'lanhdao.huyen' },
  { fullName: 'Phạm Quốc Hưng', position: 'Trưởng phòng Nội vụ', role: 'standing_vice_chair', home: 'TUACHUA.PNV' },
  { fullName: 'Đinh Thị Yến', position: 'Chánh Văn phòng HĐND và UBND huyện', role: 'vice_chair', home: 'TUACHUA.VP' },
  { fullName: 'Đỗ Thị Lan', position: 'Trưởng phòng Văn hóa và Thông tin', role: 'member', home: 'TUACHUA.PVHTT', username: 'hoidong.thanhvien' },
  { fullName: 'Cà Văn Thành', position: 'Trưởng phòng Tài chính – Kế hoạch', role: 'member', home: 'TUACHUA.PTCKH' },
  { fullName: 'Lê Văn Đức', position: 'Trưởng phòng Giáo dục và Đào tạo', role: 'member', home: 'TUACHUA.PGDDT' },
  { fullName: 'Trần Thị Ngọc', position: 'Trưởng phòng Lao động – Thương binh và Xã hội', role: 'member', home: 'TUACHUA.PLDTBXH' },
  { fullName: 'Phan Thanh Sơn', position: 'Chánh Thanh tra huyện', role: 'member', home: 'TUACHUA.TTRA' },
  { fullName: 'Nguyễn Thị Ánh', position: 'Chuyên viên Phòng Nội vụ', role: 'secretary', home: 'TUACHUA.PNV', username: 'hoidong.thuky' },
];

const PROVINCE_COUNCIL: MemberSeed[] = [
  { fullName: 'Nguyễn Thị Thanh Tâm', position: 'Trưởng ban Thi đua – Khen thưởng', role: 'standing_vice_chair', home: 'DIENBIEN.SNV.BTDKT' },
  { fullName: 'Vì Văn Thắng', position: 'Chuyên viên Ban Thi đua – Khen thưởng', role: 'secretary', home: 'DIENBIEN.SNV.BTDKT', username: 'canbo.tinh' },
];

const COMMUNE_COUNCIL: MemberSeed[] = [
  { fullName: 'Lò Văn Xuân', position: 'Chủ tịch UBND xã', role: 'chair', home: 'DIENBIEN.XA.TUACHUA', username: 'truong.xatuachua' },
  { fullName: 'Quàng Thị Hoa', position: 'Phó Chủ tịch UBND xã', role: 'vice_chair', home: 'DIENBIEN.XA.TUACHUA', username: 'uyvien.xatuachua' },
  { fullName: 'Lò Văn Pọm', position: 'Chủ tịch Ủy ban MTTQ Việt Nam xã', role: 'member', home: 'DIENBIEN.XA.TUACHUA' },
  { fullName: 'Sùng A Tủa', position: 'Bí thư Đoàn Thanh niên xã', role: 'member', home: 'DIENBIEN.XA.TUACHUA' },
  { fullName: 'Tòng Thị Lả', position: 'Công chức Văn phòng – Nội vụ', role: 'secretary', home: 'DIENBIEN.XA.TUACHUA', username: 'thuky.xatuachua' },
];

async function seedCouncil(ctx: ServiceContext, unitId: Input['unitId'], unit: string, name: string, members: MemberSeed[]) {
  return createCouncil(
    ctx,
    null,
    CreateCouncilBodySchema.parse({
      unitId: unitId(unit),
      name,
      members: await Promise.all(
        members.map(async (m) => ({
          fullName: m.fullName,
          position: m.position,
          role: m.role,
          homeUnitId: unitId(m.home),
          userId: m.username ? await userId(ctx, m.username) : null,
        })),
      ),
    }),
  );
}

async function history(ctx: ServiceContext, subject: { personId: string } | { unitId: string }, ratings: [number, Rating][], awards: [number, AwardCode, string, string][] = []) {
  for (const [year, rating] of ratings) await createRating(ctx, null, CreateRatingBodySchema.parse({ ...subject, year, rating }));
  for (const [year, awardCode, decisionNumber, decisionDate] of awards) {
    await createAwardRecord(ctx, null, CreateAwardRecordBodySchema.parse({ ...subject, year, awardCode, decisionNumber, decisionDate, issuer: 'Chủ tịch UBND xã Mường Báng' }));
  }
}

/** 2024 cycle of the district; run before the district and its communes are closed. */
export async function seedDemoCommendations2024(base: ServiceContext, { unitId }: Input): Promise<void> {
  const ctx = at(base, '2024-12-02');
  const district = await seedCouncil(ctx, unitId, 'TUACHUA', 'Hội đồng Thi đua – Khen thưởng huyện Tủa Chùa', DISTRICT_COUNCIL);
  await seedCouncil(ctx, unitId, 'DIENBIEN', 'Hội đồng Thi đua – Khen thưởng tỉnh Điện Biên', PROVINCE_COUNCIL);

  const en = await personId(ctx, 'Lò Thị Ên', unitId('TUACHUA.MUONGBANG'));
  const dung = await personId(ctx, 'Quàng Văn Dũng', unitId('TUACHUA.MUONGBANG'));
  const ha = await personId(ctx, 'Bùi Thị Thu Hà', unitId('TUACHUA.PGDDT'));
  const mai = await personId(ctx, 'Hoàng Thị Mai', unitId('TUACHUA.PTCKH'));
  const xuan = await personId(ctx, 'Điêu Thị Xuân', unitId('TUACHUA.TT'));

  // The history the rules read: ratings, the LĐTT 2024 titles the commune chairs have already
  // given, initiatives, and the district's 2023 decision entered from paper.
  await history(ctx, { personId: en }, [[2023, 'HTXSNV'], [2024, 'HTXSNV']], [[2024, 'LDTT', '45/QĐ-UBND', '2024-11-29']]);
  await history(ctx, { personId: dung }, [[2024, 'HTTNV']], [[2024, 'LDTT', '45/QĐ-UBND', '2024-11-29']]);
  await history(ctx, { personId: ha }, [[2022, 'HTXSNV'], [2023, 'HTXSNV'], [2024, 'HTXSNV']]);
  await history(ctx, { personId: mai }, [[2024, 'HTTNV']]);
  await history(ctx, { personId: xuan }, [[2024, 'HTXSNV']]);
  await history(ctx, { unitId: unitId('TUACHUA.MUONGBANG') }, [[2023, 'HTTNV'], [2024, 'HTXSNV']]);
  for (const [year, title] of [
    [2023, 'Đổi mới quy trình tiếp nhận hồ sơ trực tuyến tại trường học'],
    [2024, 'Ứng dụng bảng tính theo dõi chất lượng giáo dục vùng cao'],
  ] as const) {
    await createInitiative(ctx, null, CreateInitiativeBodySchema.parse({ personId: ha, year, title, scope: 'co_so', recognisedBy: 'Hội đồng sáng kiến huyện Tủa Chùa' }));
  }
  await recordPastDecision(
    ctx,
    null,
    RecordPastDecisionBodySchema.parse({
      unitId: unitId('TUACHUA'),
      numberText: '1520/QĐ-UBND',
      issuedOn: '2023-12-20',
      issuer: 'Chủ tịch UBND huyện Tủa Chùa',
      year: 2023,
      awardees: [
        { personId: ha, awardCode: 'CSTDCS', achievement: 'Hoàn thành xuất sắc nhiệm vụ năm 2023' },
        { personId: en, awardCode: 'GIAY_KHEN', achievement: 'Có thành tích xuất sắc trong phong trào "Dân vận khéo" năm 2023' },
      ],
    }),
  );

  // Year-end proposals of the communes and offices.
  const head = await demoActor(ctx, 'truong.muongbang');
  const officer = await demoActor(ctx, 'canbo.thidua');
  const report = (achievements: string) => ({
    summary: 'Sinh năm, quê quán, trình độ chuyên môn và quá trình công tác theo hồ sơ cán bộ.',
    achievements,
    priorAwards: '',
  });
  const nominate = async (actor: typeof head | null, body: Record<string, unknown>) =>
    createNomination(at(base, '2024-12-03'), actor, CreateNominationBodySchema.parse({ year: 2024, proposedOn: '2024-12-03', ...body }));
  const enCstdcs = await nominate(head, {
    proposingUnitId: unitId('TUACHUA.MUONGBANG'),
    personId: en,
    awardCode: 'CSTDCS',
    report: report('Hoàn thành xuất sắc nhiệm vụ năm 2024; tổ chức 12 buổi tuyên truyền phòng, chống tảo hôn tại 8 bản; 100% thôn, bản đạt danh hiệu văn hóa.'),
  });
  const dungCstdcs = await nominate(head, {
    proposingUnitId: unitId('TUACHUA.MUONGBANG'),
    personId: dung,
    awardCode: 'CSTDCS',
    report: report('Hoàn thành tốt nhiệm vụ; số hóa 100% hồ sơ một cửa của xã.'),
    justification: 'Đồng chí có sáng kiến số hóa hồ sơ một cửa đang chờ Hội đồng sáng kiến huyện công nhận; xã đề nghị Hội đồng xem xét.',
  });
  const collective = await nominate(head, {
    proposingUnitId: unitId('TUACHUA.MUONGBANG'),
    unitId: unitId('TUACHUA.MUONGBANG'),
    awardCode: 'GIAY_KHEN',
    report: report('Dẫn đầu Cụm thi đua số 1 năm 2024; tỷ lệ hộ nghèo giảm 5,2%; 68% hồ sơ giải quyết trực tuyến.'),
  });
  const maiGk = await nominate(officer, {
    proposingUnitId: unitId('TUACHUA.PTCKH'),
    personId: mai,
    awardCode: 'GIAY_KHEN',
    report: report('Hoàn thành tốt nhiệm vụ kế toán ngân sách năm 2024, quyết toán đúng hạn.'),
  });
  const xuanCstdcs = await nominate(officer, {
    proposingUnitId: unitId('TUACHUA.TT'),
    personId: xuan,
    awardCode: 'CSTDCS',
    report: report('Hoàn thành xuất sắc nhiệm vụ năm 2024.'),
    justification: 'Danh hiệu Lao động tiên tiến năm 2024 đang chờ quyết định của Chủ tịch UBND thị trấn.',
  });
  const haBk = await nominate(officer, {
    proposingUnitId: unitId('TUACHUA.PGDDT'),
    personId: ha,
    awardCode: 'BANG_KHEN_TINH',
    report: report('Hai năm liên tục hoàn thành xuất sắc nhiệm vụ (2023, 2024) với hai sáng kiến được công nhận, áp dụng tại các trường vùng cao của huyện.'),
  });
  const all = [enCstdcs, dungCstdcs, collective, maiGk, xuanCstdcs, haBk];
  await submitNominations(at(base, '2024-12-04'), officer, { items: all.map((n) => ({ id: n.id, version: n.version })) });

  // The council meets on 10/12/2024: 8 of 9 present, the chief inspector votes in writing.
  const thuky = await demoActor(ctx, 'hoidong.thuky');
  const meeting = at(base, '2024-12-10');
  const session = await createSession(
    meeting,
    thuky,
    district.id,
    CreateSessionBodySchema.parse({
      title: 'Phiên họp xét thi đua, khen thưởng năm 2024',
      heldOn: '2024-12-10',
      place: 'Phòng họp UBND huyện Tủa Chùa',
      nominationIds: all.map((n) => n.id),
    }),
  );
  const absent = district.members.find((m) => m.fullName === 'Phan Thanh Sơn')!;
  const opened = await openSession(meeting, thuky, session.id, {
    version: session.version,
    attendance: district.members.map((m) => ({ memberId: m.id, present: m.id !== absent.id, note: m.id === absent.id ? 'Đi công tác, gửi phiếu bằng văn bản' : null })),
  });
  const item = (nominationId: string) => opened.items.find((i) => i.nomination.id === nominationId)!.id;
  // Dũng and Xuân fall short: most members vote against; everyone else is carried.
  const refused = new Set([item(dungCstdcs.id), item(xuanCstdcs.id)]);
  const against = new Set(['Cà Văn Thành', 'Lê Văn Đức', 'Trần Thị Ngọc', 'Phan Thanh Sơn', 'Đinh Thị Yến']);
  for (const m of district.members) {
    await castVotes(meeting, null, session.id, {
      memberId: m.id,
      votes: opened.items.map((i) => ({ itemId: i.id, choice: refused.has(i.id) && against.has(m.fullName) ? 'disagree' : 'agree' })),
    });
  }
  const closed = await closeSession(meeting, thuky, session.id, { version: opened.version });

  const outcomes = at(base, '2024-12-11');
  const current = async (id: string) => closed.items.find((i) => i.nomination.id === id)!.nomination.version;
  for (const n of [enCstdcs, collective, maiGk]) {
    await decideOutcome(outcomes, officer, n.id, { outcome: 'approved', note: null, version: await current(n.id) });
  }
  for (const n of [dungCstdcs, xuanCstdcs]) {
    await decideOutcome(outcomes, officer, n.id, { outcome: 'rejected', note: 'Không đạt tỷ lệ phiếu đồng ý của Hội đồng', version: await current(n.id) });
  }
  await decideOutcome(outcomes, officer, haBk.id, { outcome: 'forwarded', note: 'Vượt thẩm quyền của Chủ tịch UBND huyện: trình Chủ tịch UBND tỉnh', version: await current(haBk.id) });

  // The fund, the decision of 16/12/2024 and a calibrated blank for its certificates.
  await createIncome(at(base, '2024-01-15'), null, { unitId: unitId('TUACHUA'), entryOn: '2024-01-15', amount: 120_000_000, description: 'Trích lập quỹ thi đua, khen thưởng năm 2024 từ dự toán ngân sách huyện' });
  const signer = { name: 'Trần Văn Bình', title: 'PHÓ CHỦ TỊCH', authority: 'KT.' as const, onBehalfOf: 'CHỦ TỊCH' };
  const draft = await draftDecision(at(base, '2024-12-16'), officer, {
    unitId: unitId('TUACHUA'),
    nominationIds: [enCstdcs.id, collective.id, maiGk.id],
    sessionId: session.id,
    draftingUnitId: unitId('TUACHUA.PNV'),
    signer,
    subject: null,
  });
  await issueDecision(at(base, '2024-12-18'), officer, draft.id, { version: draft.version, documentVersion: draft.documentVersion!, issuedOn: '2024-12-18' });
  await createLayout(
    ctx,
    null,
    CertificateLayoutBodySchema.parse({
      unitId: unitId('TUACHUA'),
      name: 'Phôi Giấy khen UBND huyện (A4 ngang)',
      fields: [
        { field: 'name', xMm: 48, yMm: 92, widthMm: 200, fontSize: 22, bold: true },
        { field: 'unit', xMm: 48, yMm: 104, widthMm: 200, fontSize: 14 },
        { field: 'achievement', xMm: 48, yMm: 118, widthMm: 200, fontSize: 14 },
        { field: 'decision', xMm: 30, yMm: 178, widthMm: 110, fontSize: 11, align: 'left' },
        { field: 'placeDate', xMm: 165, yMm: 150, widthMm: 110, fontSize: 13 },
        { field: 'signer', xMm: 165, yMm: 190, widthMm: 110, fontSize: 14, bold: true },
      ],
    }),
  );
}

/** Today's two-tier commune: its council, and the ratings a nomination of this year reads. */
export async function seedDemoCommendationsToday(ctx: ServiceContext, { unitId }: Input): Promise<void> {
  await seedCouncil(ctx, unitId, 'DIENBIEN.XA.TUACHUA', 'Hội đồng Thi đua – Khen thưởng xã Tủa Chùa', COMMUNE_COUNCIL);
  const year = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(ctx.now()));
  const sua = await personId(ctx, 'Lầu Thị Sua', unitId('DIENBIEN.XA.TUACHUA'));
  await history(ctx, { personId: sua }, [[year - 1, 'HTTNV'], [year, 'HTTNV']]);
  await seedProvinceTitle(ctx, unitId('DIENBIEN'));
}

/**
 * A title of the province's own quy chế, to show the local catalogue: illustrative (its name and
 * basis say so), with criteria the rule engine checks like the law's.
 */
async function seedProvinceTitle(ctx: ServiceContext, provinceId: string): Promise<void> {
  await createLocalAward(ctx, null, {
    ownerUnitId: provinceId,
    code: 'DIENBIEN_LAO_DONG_GIOI',
    name: 'Lao động giỏi tỉnh Điện Biên (minh họa)',
    kind: 'title',
    nominee: ['person'],
    level: 'province',
    category: 'lao_dong_tien_tien',
    cashMultiple: 0.5,
    legalBasis: 'Quy chế thi đua, khen thưởng của tỉnh (dữ liệu minh họa)',
    authority: 'Chủ tịch Ủy ban nhân dân tỉnh Điện Biên',
    validFrom: '2025-07-01',
    validTo: null,
    criteria: { minRating: 'HTTNV', ratingYears: 2, titleChain: null, initiativeScope: null },
  });
}
