import { randomBytes } from 'node:crypto';
import type { Role } from '../../src/contract/roles.js';
import type { UnitKind } from '../../src/contract/units.js';
import type { ServiceContext } from '../../src/server/context.js';
import { createUnit } from '../../src/server/modules/units/units.service.js';
import { createUser } from '../../src/server/modules/users/users.service.js';

export const TEST_PASSWORD = 'mat-khau-thu-nghiem';
const suffix = () => randomBytes(3).toString('hex').toUpperCase();

export async function makeUnit(
  ctx: ServiceContext,
  opts: { name?: string; kind?: UnitKind; parentId?: string | null; code?: string } = {},
) {
  return createUnit(ctx, null, {
    code: opts.code ?? `U${suffix()}`,
    name: opts.name ?? `Đơn vị ${suffix()}`,
    kind: opts.kind ?? 'commune',
    parentId: opts.parentId ?? null,
    illustrative: false,
  });
}

export async function makeUser(
  ctx: ServiceContext,
  opts: { unitId: string; scopeUnitId?: string; roles: Role[]; username?: string },
) {
  return createUser(ctx, null, {
    username: opts.username ?? `user.${suffix().toLowerCase()}`,
    fullName: 'Người Thử Nghiệm',
    password: TEST_PASSWORD,
    unitId: opts.unitId,
    scopeUnitId: opts.scopeUnitId ?? opts.unitId,
    roles: opts.roles,
  });
}

/** A small hierarchy: province → district → two communes, plus a sibling district. */
export async function makeHierarchy(ctx: ServiceContext) {
  const province = await makeUnit(ctx, { name: 'Tỉnh Thử Nghiệm', kind: 'province' });
  const district = await makeUnit(ctx, { name: 'Huyện Tủa Chùa', kind: 'district', parentId: province.id });
  const communeA = await makeUnit(ctx, { name: 'Xã Mường Báng', kind: 'commune', parentId: district.id });
  const communeB = await makeUnit(ctx, { name: 'Xã Đun Nhì', kind: 'commune', parentId: district.id });
  const otherDistrict = await makeUnit(ctx, { name: 'Huyện Khác', kind: 'district', parentId: province.id });
  const otherCommune = await makeUnit(ctx, { name: 'Xã Bên Cạnh', kind: 'commune', parentId: otherDistrict.id });
  return { province, district, communeA, communeB, otherDistrict, otherCommune };
}
