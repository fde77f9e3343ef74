/**
 * The world the nomination tests act in, on 15/12/2024 (NĐ 98/2023 in force, districts still
 * decide grassroots awards): the district and the province have councils, the communes do not;
 * people of Xã Mường Báng with and without a 2024 rating.
 */
import { Client, type TestApp } from '../../../../test/support/app.js';
import { makeHierarchy, makeUser, TEST_PASSWORD } from '../../../../test/support/factories.js';
import type { Role } from '../../../contract/roles.js';
import { councils } from '../../db/schema.js';
import { createRating } from '../award-history/award-history.service.js';
import { createPeople } from '../people/people.service.js';

export const NOW = '2024-12-15T03:00:00Z';

export interface NominationWorld {
  h: Awaited<ReturnType<typeof makeHierarchy>>;
  /** Nguyễn Văn An (Xã Mường Báng), rated HTXSNV in 2024. */
  an: string;
  /** Lò Thị Bình (Xã Mường Báng), no rating yet. */
  binh: string;
  /** Đặng Thu Hà (Xã Đun Nhì), rated HTTNV in 2024. */
  ha: string;
  /** Vàng A Dơ (Xã Bên Cạnh, the sibling district). */
  doOther: string;
  headA: Client;
  reporterA: Client;
  headB: Client;
  officer: Client;
  provinceOfficer: Client;
  otherOfficer: Client;
}

export async function buildNominationWorld(t: TestApp): Promise<NominationWorld> {
  t.ctx.now = () => new Date(NOW);
  const h = await makeHierarchy(t.ctx);
  await t.ctx.db.insert(councils).values([
    { unitId: h.district.id, name: 'Hội đồng Thi đua – Khen thưởng huyện Tủa Chùa' },
    { unitId: h.province.id, name: 'Hội đồng Thi đua – Khen thưởng tỉnh' },
  ]);
  const [an, binh, ha, doOther] = (await createPeople(t.ctx, null, [
    { fullName: 'Nguyễn Văn An', unitId: h.communeA.id, position: 'Công chức Văn phòng – Thống kê', illustrative: false },
    { fullName: 'Lò Thị Bình', unitId: h.communeA.id, position: 'Công chức Tư pháp – Hộ tịch', illustrative: false },
    { fullName: 'Đặng Thu Hà', unitId: h.communeB.id, position: null, illustrative: false },
    { fullName: 'Vàng A Dơ', unitId: h.otherCommune.id, illustrative: false },
  ])) as [string, string, string, string];
  await createRating(t.ctx, null, { personId: an, unitId: null, year: 2024, rating: 'HTXSNV', note: null });
  await createRating(t.ctx, null, { personId: ha, unitId: null, year: 2024, rating: 'HTTNV', note: null });
  const sign = async (unitId: string, roles: Role[]) => new Client(t.app).signIn((await makeUser(t.ctx, { unitId, roles })).username, TEST_PASSWORD);
  return {
    h,
    an,
    binh,
    ha,
    doOther,
    headA: await sign(h.communeA.id, ['unit_head']),
    reporterA: await sign(h.communeA.id, ['reporter']),
    headB: await sign(h.communeB.id, ['unit_head']),
    officer: await sign(h.district.id, ['officer']),
    provinceOfficer: await sign(h.province.id, ['officer']),
    otherOfficer: await sign(h.otherDistrict.id, ['officer']),
  };
}

/** Creates a nomination through the API and answers its body (fails the test on any other status). */
export async function nominate(c: Client, body: Record<string, unknown>) {
  const res = await c.post('/api/nominations', { year: 2024, proposedOn: '2024-12-10', ...body });
  if (res.statusCode !== 201) throw new Error(`nominate: ${res.statusCode} ${res.body}`);
  return res.json();
}
