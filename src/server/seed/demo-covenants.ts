/**
 * Demo covenants (giao ước thi đua): the district's two blocks and two clusters of 2024 run to the
 * end — signatures, self-scores, one adjustment with its reason, the ranking and the vote, whose
 * result drafts the flag and Bằng khen nominations — and today's provincial cluster open for
 * scoring, two of its four communes already sent. The criteria table follows the 550 / 200 / 200
 * shape of the Gia Lai 2023 block (domain.md §2.2) with the seed dispatch's targets; it is
 * illustrative, like the scores.
 */
import { addEvidenceFile } from '../modules/covenants/covenant-evidence.service.js';
import type { CriterionInput } from '../../contract/covenants.js';
import type { ServiceContext } from '../context.js';
import { adjustScore, getRanking, saveScores, signCovenant, submitScores } from '../modules/covenants/covenant-scores.service.js';
import { castBallot, closeVote, openVote } from '../modules/covenants/covenant-vote.service.js';
import { createCovenant, getCovenant, stepCovenant } from '../modules/covenants/covenants.service.js';

const row = (code: string, name: string, kind: CriterionInput['kind'], maxPoints: number, evidenceRequired = false): CriterionInput => ({
  code,
  name,
  kind,
  maxPoints,
  evidenceRequired,
  indicatorId: null,
});

export const DEMO_CRITERIA: CriterionInput[] = [
  row('1', 'Thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh', 'group', 550),
  row('1.1', 'Giảm tỷ lệ hộ nghèo (chỉ tiêu giảm từ 4 %/năm trở lên)', 'criterion', 150),
  row('1.2', 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến (cấp xã từ 60 %)', 'criterion', 150, true),
  row('1.3', 'Trồng cây xanh, tỷ lệ cây sống; độ che phủ rừng', 'criterion', 100),
  row('1.4', 'Thu ngân sách; quốc phòng, an ninh, trật tự an toàn xã hội', 'criterion', 150),
  row('2', 'Xây dựng Đảng, chính quyền; chấp hành chủ trương, chính sách, pháp luật', 'group', 200),
  row('2.1', 'Cải cách hành chính; kỷ luật, kỷ cương hành chính', 'criterion', 100),
  row('2.2', 'Thực hiện dân chủ ở cơ sở', 'criterion', 100),
  row('3', 'Công tác thi đua, khen thưởng', 'group', 200),
  row('3.1', 'Đăng ký thi đua, ký giao ước đúng hạn', 'criterion', 50),
  row('3.2', 'Báo cáo kết quả thi đua đúng hạn (chậm nhất ngày 05/11)', 'criterion', 100),
  row('3.3', 'Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến', 'criterion', 50),
  row('C', 'Điểm thưởng: mô hình, cách làm mới được cấp trên công nhận', 'bonus', 50),
  row('T', 'Điểm trừ: báo cáo chậm, số liệu sai phải điều chỉnh', 'penalty', 50),
];

function at(ctx: ServiceContext, day: string): ServiceContext {
  return { ...ctx, now: () => new Date(`${day}T09:00:00+07:00`) };
}

/** Deterministic, plausible scores: 80–96 % of each maximum, varying by unit and criterion. */
function scoreOf(unitIndex: number, criterionIndex: number, maxPoints: number, kind: CriterionInput['kind']): number {
  if (kind === 'bonus') return unitIndex % 3 === 0 ? 20 : 0;
  if (kind === 'penalty') return unitIndex % 4 === 1 ? 10 : 0;
  return Math.floor((maxPoints * (80 + ((unitIndex * 7 + criterionIndex * 3) % 17))) / 100);
}

async function scoreAndSend(ctx: ServiceContext, covenantId: string, unitId: string, unitIndex: number): Promise<void> {
  const c = await getCovenant(ctx, null, covenantId);
  await signCovenant(ctx, null, covenantId, unitId);
  const items = c.criteria
    .filter((x) => x.kind !== 'group')
    .map((x, i) => ({ criterionId: x.id, score: scoreOf(unitIndex, i, x.maxPoints, x.kind), evidence: x.evidenceRequired ? 'Báo cáo kết quả giải quyết thủ tục hành chính trên Cổng Dịch vụ công' : null }));
  const sheet = await saveScores(ctx, null, covenantId, unitId, { items, version: null });
  if (ctx.files) {
    const unitName = c.members.find((m) => m.unitId === unitId)?.unitName ?? '';
    for (const x of c.criteria.filter((y) => y.evidenceRequired)) {
      const share = 58 + ((unitIndex * 5) % 30);
      const text = [
        `Trích xuất số liệu Cổng Dịch vụ công — ${unitName}`,
        `Tiêu chí ${x.code}: ${x.name}`,
        `Hồ sơ tiếp nhận trong năm: ${400 + unitIndex * 37}; giải quyết trực tuyến: ${share} %.`,
      ].join('\n');
      await addEvidenceFile(ctx, null, covenantId, unitId, { bytes: Buffer.from(`${text}\n`, 'utf8'), contentType: 'text/plain', name: `Trich xuat Cong DVC - tieu chi ${x.code}.txt`, criterionId: x.id });
    }
  }
  await submitScores(ctx, null, covenantId, unitId, sheet.version!);
}

/** The 2024 covenants of the district's blocks and clusters, each to its vote. */
export async function seedDemoCovenants2024(base: ServiceContext, groupIds: readonly string[]): Promise<void> {
  for (const [g, groupId] of groupIds.entries()) {
    let c = await createCovenant(at(base, '2024-03-15'), null, { groupId, title: 'Giao ước thi đua năm 2024', scoringDeadline: '2024-11-05', criteria: DEMO_CRITERIA, copyFromCovenantId: null });
    c = await stepCovenant(at(base, '2024-03-20'), null, c.id, 'open', c.version);
    for (const [i, m] of c.members.entries()) await scoreAndSend(at(base, '2024-11-04'), c.id, m.unitId, i + g);
    c = await getCovenant(base, null, c.id);
    c = await stepCovenant(at(base, '2024-11-08'), null, c.id, 'close_scoring', c.version);
    if (g === 2) {
      // The cross-check found one self-score above what the evidence supports.
      const second = c.members[1]!;
      const criterion = c.criteria.find((x) => x.code === '1.2')!;
      await adjustScore(at(base, '2024-11-12'), null, c.id, {
        unitId: second.unitId,
        criterionId: criterion.id,
        score: 120,
        reason: 'Đối chiếu Cổng Dịch vụ công: tỷ lệ hồ sơ trực tuyến đạt 58 %, chưa đạt chỉ tiêu 60 % của cấp xã',
      });
    }
    c = await getCovenant(base, null, c.id);
    c = await stepCovenant(at(base, '2024-11-20'), null, c.id, 'close', c.version);

    const ranking = await getRanking(base, null, c.id);
    const leader = ranking.items[0]!;
    const day = at(base, '2024-11-28');
    await openVote(day, null, c.id, { candidateUnitId: leader.unitId, thresholdPercent: 70, ballot: 'secret', version: c.version });
    for (const [i, m] of c.members.entries()) await castBallot(day, null, c.id, m.unitId, i === c.members.length - 1 ? 'abstain' : 'agree');
    const vote = (await getCovenant(day, null, c.id)).vote!;
    await closeVote(day, null, c.id, { version: vote.version, bangKhenUnitIds: g === 2 ? [ranking.items[1]!.unitId] : [] });
  }
}

/**
 * Today's provincial cluster of the new communes: open for scoring until a month from now; Sính
 * Phình and Tủa Thàng have signed and sent, Tủa Chùa (the head) and Sín Chải have not yet.
 */
export async function seedDemoCovenantToday(ctx: ServiceContext, group: { id: string; year: number }, sentUnitIds: readonly string[]): Promise<void> {
  const deadline = new Date(ctx.now().getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  let c = await createCovenant(ctx, null, { groupId: group.id, title: `Giao ước thi đua năm ${group.year}`, scoringDeadline: deadline, criteria: DEMO_CRITERIA, copyFromCovenantId: null });
  c = await stepCovenant(ctx, null, c.id, 'open', c.version);
  for (const [i, unitId] of sentUnitIds.entries()) await scoreAndSend(ctx, c.id, unitId, i + 1);
}
