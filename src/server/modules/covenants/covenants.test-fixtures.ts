/**
 * The world the covenant tests act in: the district organises a cluster of its two communes for
 * 2024 (Xã Mường Báng is the head unit), with the users each side acts through.
 */
import { Client, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import type { Role } from '../../../contract/roles.js';
import { createGroup } from '../groups/groups.service.js';

export async function buildClusterWorld(t: TestApp) {
  t.ctx.now = () => new Date('2024-10-20T03:00:00Z');
  const h = await makeHierarchy(t.ctx);
  const sign = async (unitId: string, roles: Role[]) => new Client(t.app).signIn((await makeUser(t.ctx, { unitId, roles })).username, TEST_PASSWORD);
  const group = await createGroup(t.ctx, null, {
    name: 'Cụm thi đua các xã vùng cao',
    kind: 'cluster',
    year: 2024,
    organiserUnitId: h.district.id,
    memberUnitIds: [h.communeA.id, h.communeB.id],
    headUnitId: h.communeA.id,
    deputyUnitId: h.communeB.id,
  });
  return {
    h,
    groupId: group.id,
    /** The district's emulation officer: organises the cluster. */
    officer: await sign(h.district.id, ['officer']),
    /** The head of Xã Mường Báng, the cluster's head unit. */
    headA: await sign(h.communeA.id, ['unit_head']),
    reporterA: await sign(h.communeA.id, ['reporter']),
    headB: await sign(h.communeB.id, ['unit_head']),
    reporterB: await sign(h.communeB.id, ['reporter']),
    otherOfficer: await sign(h.otherDistrict.id, ['officer']),
  };
}

/** A table like Gia Lai 2023 (550 / 200 / 200), smaller inside, with a bonus and a penalty item. */
export const TABLE = [
  { code: '1', name: 'Thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh', kind: 'group', maxPoints: 550 },
  { code: '1.1', name: 'Tỷ lệ hộ nghèo giảm', kind: 'criterion', maxPoints: 300 },
  { code: '1.2', name: 'Hồ sơ giải quyết trực tuyến', kind: 'criterion', maxPoints: 250, evidenceRequired: true },
  { code: '2', name: 'Công tác xây dựng Đảng, chính quyền', kind: 'group', maxPoints: 200 },
  { code: '2.1', name: 'Chấp hành pháp luật', kind: 'criterion', maxPoints: 200 },
  { code: '3', name: 'Công tác thi đua, khen thưởng', kind: 'group', maxPoints: 200 },
  { code: '3.1', name: 'Báo cáo đúng hạn', kind: 'criterion', maxPoints: 200 },
  { code: 'C', name: 'Điểm thưởng: mô hình mới', kind: 'bonus', maxPoints: 50 },
  { code: 'T', name: 'Điểm trừ: báo cáo chậm', kind: 'penalty', maxPoints: 30 },
];
