import type { Role } from '../../contract/roles.js';
import type { UnitKind } from '../../contract/units.js';
import type { ServiceContext } from '../context.js';
import { createGroup } from '../modules/groups/groups.service.js';
import { createPeople } from '../modules/people/people.service.js';
import { closeUnit, createUnit } from '../modules/units/units.service.js';
import { createUser } from '../modules/users/users.service.js';
import { seedDemoCommendations2024, seedDemoCommendationsToday } from './demo-commendations.js';
import { seedDemoCovenants2024, seedDemoCovenantToday } from './demo-covenants.js';
import { seedDemoDocuments } from './demo-documents.js';
import { seedDemoReporting } from './demo-reporting.js';
import { DEMO_PEOPLE } from './demo-people.js';

/**
 * Demo data: Điện Biên province, Tủa Chùa district as it was in 2024, and the two-tier
 * reality after 01/07/2025. The 2025 composition of the new communes is illustrative, and
 * every person is fictitious.
 */

export const DEMO_PASSWORD = 'thidua2024';

interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
  parent: string | null;
  shortName?: string;
  validFrom?: string;
  illustrative?: boolean;
  note?: string;
}

const D = 'TUACHUA';
const OFFICES: [string, string, string][] = [
  ['PNV', 'Phòng Nội vụ', 'PNV'],
  ['PTCKH', 'Phòng Tài chính – Kế hoạch', 'TC-KH'],
  ['PVHTT', 'Phòng Văn hóa và Thông tin', 'VH-TT'],
  ['PGDDT', 'Phòng Giáo dục và Đào tạo', 'GD&ĐT'],
  ['PNNPTNT', 'Phòng Nông nghiệp và Phát triển nông thôn', 'NN&PTNT'],
  ['PTNMT', 'Phòng Tài nguyên và Môi trường', 'TN&MT'],
  ['PLDTBXH', 'Phòng Lao động – Thương binh và Xã hội', 'LĐ-TB&XH'],
  ['PKTHT', 'Phòng Kinh tế – Hạ tầng', 'KT-HT'],
  ['PYT', 'Phòng Y tế', 'YT'],
  ['PTP', 'Phòng Tư pháp', 'TP'],
  ['PDT', 'Phòng Dân tộc', 'DT'],
  ['TTRA', 'Thanh tra huyện', 'TTr'],
  ['VP', 'Văn phòng HĐND và UBND huyện', 'VP'],
];
const COMMUNES: [string, string][] = [
  ['HUOISO', 'Huổi Só'],
  ['LAOXAPHINH', 'Lao Xả Phình'],
  ['MUONGBANG', 'Mường Báng'],
  ['MUONGDUN', 'Mường Đun'],
  ['SINCHAI', 'Sín Chải'],
  ['SINHPHINH', 'Sính Phình'],
  ['TAPHIN', 'Tả Phìn'],
  ['TASINTHANG', 'Tả Sìn Thàng'],
  ['TRUNGTHU', 'Trung Thu'],
  ['TUATHANG', 'Tủa Thàng'],
  ['XANHE', 'Xá Nhè'],
];
const ILLUSTRATIVE_2025 =
  'Thành phần sáp nhập năm 2025 mang tính minh họa, chưa đối chiếu với nghị quyết sắp xếp đơn vị hành chính.';
/** New commune (from 01/07/2025) → the 2024 units merged into it. Illustrative. */
const MERGERS_2025: [string, string, string[]][] = [
  ['DIENBIEN.XA.TUACHUA', 'Xã Tủa Chùa', [`${D}.TT`, `${D}.MUONGBANG`, `${D}.MUONGDUN`]],
  ['DIENBIEN.XA.SINCHAI', 'Xã Sín Chải', [`${D}.SINCHAI`, `${D}.LAOXAPHINH`, `${D}.TASINTHANG`]],
  ['DIENBIEN.XA.SINHPHINH', 'Xã Sính Phình', [`${D}.SINHPHINH`, `${D}.TRUNGTHU`, `${D}.TAPHIN`]],
  ['DIENBIEN.XA.TUATHANG', 'Xã Tủa Thàng', [`${D}.TUATHANG`, `${D}.HUOISO`, `${D}.XANHE`]],
];

export const DEMO_UNITS: DemoUnit[] = [
  { code: 'DIENBIEN', name: 'Tỉnh Điện Biên', kind: 'province', parent: null },
  { code: 'DIENBIEN.UBND', name: 'Ủy ban nhân dân tỉnh Điện Biên', kind: 'agency', parent: 'DIENBIEN', shortName: 'UBND tỉnh' },
  { code: 'DIENBIEN.SNV', name: 'Sở Nội vụ tỉnh Điện Biên', kind: 'department', parent: 'DIENBIEN', shortName: 'Sở Nội vụ' },
  { code: 'DIENBIEN.SNV.BTDKT', name: 'Ban Thi đua – Khen thưởng', kind: 'office', parent: 'DIENBIEN.SNV', shortName: 'BTĐKT' },
  { code: D, name: 'Huyện Tủa Chùa', kind: 'district', parent: 'DIENBIEN' },
  { code: `${D}.UBND`, name: 'Ủy ban nhân dân huyện Tủa Chùa', kind: 'agency', parent: D, shortName: 'UBND huyện' },
  ...OFFICES.map(([code, name, shortName]) => ({ code: `${D}.${code}`, name, kind: 'office' as const, parent: D, shortName })),
  { code: `${D}.TT`, name: 'Thị trấn Tủa Chùa', kind: 'township', parent: D },
  ...COMMUNES.map(([code, name]) => ({ code: `${D}.${code}`, name: `Xã ${name}`, kind: 'commune' as const, parent: D })),
  ...MERGERS_2025.map(([code, name]) => ({
    code,
    name,
    kind: 'commune' as const,
    parent: 'DIENBIEN',
    validFrom: '2025-07-01',
    illustrative: true,
    note: ILLUSTRATIVE_2025,
  })),
];

interface DemoUser {
  username: string;
  fullName: string;
  unit: string;
  scope?: string;
  roles: Role[];
  label: string;
}

export const DEMO_USERS: DemoUser[] = [
  { username: 'admin', fullName: 'Quản trị hệ thống', unit: 'DIENBIEN.SNV', scope: 'DIENBIEN', roles: ['admin'], label: 'quản trị (toàn tỉnh)' },
  { username: 'canbo.thidua', fullName: 'Lò Thị Hạnh', unit: `${D}.PNV`, scope: D, roles: ['officer'], label: 'cán bộ thi đua, Phòng Nội vụ huyện Tủa Chùa' },
  { username: 'canbo.tinh', fullName: 'Vì Văn Thắng', unit: 'DIENBIEN.SNV.BTDKT', scope: 'DIENBIEN', roles: ['officer'], label: 'cán bộ Ban Thi đua – Khen thưởng, Sở Nội vụ tỉnh' },
  { username: 'baocao.muongbang', fullName: 'Quàng Văn Dũng', unit: `${D}.MUONGBANG`, roles: ['reporter'], label: 'người báo cáo, UBND xã Mường Báng' },
  { username: 'truong.muongbang', fullName: 'Giàng A Sử', unit: `${D}.MUONGBANG`, roles: ['unit_head'], label: 'thủ trưởng, UBND xã Mường Báng' },
  { username: 'hoidong.thanhvien', fullName: 'Đỗ Thị Lan', unit: `${D}.PVHTT`, scope: D, roles: ['council_member'], label: 'thành viên Hội đồng TĐ-KT huyện' },
  { username: 'hoidong.thuky', fullName: 'Nguyễn Thị Ánh', unit: `${D}.PNV`, scope: D, roles: ['council_secretary'], label: 'thư ký Hội đồng TĐ-KT huyện' },
  { username: 'lanhdao.huyen', fullName: 'Trần Văn Bình', unit: `${D}.UBND`, scope: D, roles: ['viewer', 'council_member'], label: 'lãnh đạo huyện (xem báo cáo), Chủ tịch Hội đồng TĐ-KT huyện' },
  { username: 'truong.xatuachua', fullName: 'Lò Văn Xuân', unit: 'DIENBIEN.XA.TUACHUA', roles: ['unit_head', 'council_member'], label: 'Chủ tịch UBND xã Tủa Chùa (từ 2025), Chủ tịch Hội đồng TĐ-KT xã' },
  { username: 'canbo.xatuachua', fullName: 'Giàng Thị Dung', unit: 'DIENBIEN.XA.TUACHUA', roles: ['officer'], label: 'công chức phụ trách thi đua – khen thưởng, UBND xã Tủa Chùa' },
  { username: 'thuky.xatuachua', fullName: 'Tòng Thị Lả', unit: 'DIENBIEN.XA.TUACHUA', roles: ['council_secretary'], label: 'thư ký Hội đồng TĐ-KT xã Tủa Chùa' },
  { username: 'truong.xasinchai', fullName: 'Sùng A Chớ', unit: 'DIENBIEN.XA.SINCHAI', roles: ['unit_head'], label: 'Chủ tịch UBND xã Sín Chải (từ 2025)' },
  { username: 'truong.xasinhphinh', fullName: 'Thào A Lử', unit: 'DIENBIEN.XA.SINHPHINH', roles: ['unit_head'], label: 'Chủ tịch UBND xã Sính Phình (từ 2025)' },
  { username: 'uyvien.xatuachua', fullName: 'Quàng Thị Hoa', unit: 'DIENBIEN.XA.TUACHUA', roles: ['council_member'], label: 'ủy viên Hội đồng TĐ-KT xã Tủa Chùa' },
];

const FICTITIOUS = true;

/** Loads the demo data in one transaction: all of it, or nothing. */
export async function seedDemo(ctx: ServiceContext): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const c: ServiceContext = { ...ctx, db: tx };
    const ids = new Map<string, string>();
    const id = (code: string) => {
      const v = ids.get(code);
      if (!v) throw new Error(`demo: unknown unit ${code}`);
      return v;
    };
    for (const u of DEMO_UNITS) {
      const unit = await createUnit(c, null, {
        code: u.code,
        name: u.name,
        shortName: u.shortName ?? null,
        kind: u.kind,
        parentId: u.parent ? id(u.parent) : null,
        validFrom: u.validFrom ?? null,
        illustrative: u.illustrative ?? false,
        note: u.note ?? null,
      });
      ids.set(u.code, unit.id);
    }

    // Clusters and blocks of the district for 2024.
    const block = (codes: string[]) => codes.map((x) => id(`${D}.${x}`));
    const groups2024 = [
      { name: 'Khối thi đua số 1 – Các cơ quan tổng hợp', kind: 'block' as const, members: block(['VP', 'PNV', 'PTCKH', 'PTP', 'TTRA', 'PDT']), head: `${D}.VP`, deputy: `${D}.PTP` },
      { name: 'Khối thi đua số 2 – Các cơ quan kinh tế, văn hóa – xã hội', kind: 'block' as const, members: block(['PVHTT', 'PGDDT', 'PNNPTNT', 'PTNMT', 'PLDTBXH', 'PKTHT', 'PYT']), head: `${D}.PGDDT`, deputy: `${D}.PYT` },
      { name: 'Cụm thi đua số 1 – Thị trấn và các xã vùng thấp', kind: 'cluster' as const, members: block(['TT', 'MUONGBANG', 'MUONGDUN', 'XANHE', 'TUATHANG', 'HUOISO']), head: `${D}.TT`, deputy: `${D}.MUONGBANG` },
      { name: 'Cụm thi đua số 2 – Các xã vùng cao', kind: 'cluster' as const, members: block(['SINCHAI', 'LAOXAPHINH', 'TASINTHANG', 'SINHPHINH', 'TRUNGTHU', 'TAPHIN']), head: `${D}.SINHPHINH`, deputy: `${D}.TRUNGTHU` },
    ];
    const groupIds2024: string[] = [];
    for (const g of groups2024) {
      const group = await createGroup(c, null, {
        name: g.name,
        kind: g.kind,
        year: 2024,
        organiserUnitId: id(D),
        memberUnitIds: g.members,
        headUnitId: id(g.head),
        deputyUnitId: id(g.deputy),
        note: 'Dữ liệu minh họa',
      });
      groupIds2024.push(group.id);
    }

    await createPeople(
      c,
      null,
      DEMO_PEOPLE.map((p) => ({
        fullName: p.fullName,
        gender: p.gender,
        birthYear: p.birthYear,
        unitId: id(p.unit),
        position: p.position,
        illustrative: FICTITIOUS,
      })),
    );

    for (const u of DEMO_USERS) {
      await createUser(c, null, {
        username: u.username,
        fullName: u.fullName,
        password: DEMO_PASSWORD,
        unitId: id(u.unit),
        scopeUnitId: id(u.scope ?? u.unit),
        roles: u.roles,
      });
    }

    // The 2024 cycle starts from the district's dispatch, while the district still exists.
    const documents = await seedDemoDocuments(c, { unitId: id, groupIds: groupIds2024 });
    await seedDemoReporting(c, { unitId: id, groupIds: groupIds2024, documents });
    await seedDemoCommendations2024(c, { unitId: id });
    await seedDemoCovenants2024(c, groupIds2024);

    // 01/07/2025: districts are abolished; communes merge and report straight to the province.
    for (const [newCode, , oldCodes] of MERGERS_2025) {
      for (const old of oldCodes) {
        const version = 1;
        await closeUnit(c, null, id(old), {
          version,
          closedOn: '2025-07-01',
          event: 'merge',
          successorIds: [id(newCode)],
          note: ILLUSTRATIVE_2025,
        });
      }
    }
    for (const [code] of [...OFFICES, ['UBND']]) {
      await closeUnit(c, null, id(`${D}.${code}`), { version: 1, closedOn: '2025-07-01', event: 'dissolve', successorIds: [], note: 'Chính quyền địa phương hai cấp từ 01/07/2025' });
    }
    await closeUnit(c, null, id(D), { version: 1, closedOn: '2025-07-01', event: 'dissolve', successorIds: [], note: 'Chính quyền địa phương hai cấp từ 01/07/2025: không còn cấp huyện' });

    // A provincial cluster of the new communes, for the current two-tier organisation.
    const provincialCluster = await createGroup(c, null, {
      name: 'Cụm thi đua các xã vùng Tủa Chùa',
      kind: 'cluster',
      year: 2026,
      organiserUnitId: id('DIENBIEN'),
      memberUnitIds: MERGERS_2025.map(([code]) => id(code)),
      headUnitId: id('DIENBIEN.XA.TUACHUA'),
      deputyUnitId: id('DIENBIEN.XA.SINCHAI'),
      note: 'Dữ liệu minh họa',
    });
    await seedDemoCommendationsToday(c, { unitId: id });
    await seedDemoCovenantToday(c, provincialCluster, [id('DIENBIEN.XA.SINHPHINH'), id('DIENBIEN.XA.TUATHANG')]);
  });
}
