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
