import { z } from 'zod';

export const ROLES = [
  'admin',
  'officer',
  'reporter',
  'unit_head',
  'council_member',
  'council_secretary',
  'viewer',
] as const;
/** Vai trò: quản trị, cán bộ thi đua, người báo cáo của đơn vị, thủ trưởng đơn vị, thành viên/thư ký hội đồng, người xem. */
export const RoleSchema = z.enum(ROLES).describe('Vai trò');
export type Role = z.infer<typeof RoleSchema>;

export const PERMISSIONS = [
  'unit:read',
  'unit:write',
  'group:read',
  'group:write',
  'person:read',
  'person:write',
  'user:read',
  'user:write',
  'audit:read',
  'document:read',
  'document:write',
  'document:issue',
  'movement:read',
  'movement:write',
  'report:read',
  'report:write',
  'report:review',
  'registration:write',
  'registration:review',
  'award:read',
  'award:write',
  'nomination:write',
  'nomination:submit',
  'nomination:review',
  'council:manage',
  'council:vote',
  'decision:write',
  'fund:write',
  'covenant:score',
  'covenant:sign',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * What each role may do inside its scope (the subtree of the unit it acts for).
 * Later modules add their permissions here, so the whole matrix stays in one place.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  // Cán bộ thi đua: runs movements, assigns and reviews reports, approves registrations.
  officer: [
    'unit:read', 'unit:write', 'group:read', 'group:write', 'person:read', 'person:write', 'audit:read',
    'document:read', 'document:write', 'document:issue',
    'movement:read', 'movement:write', 'report:read', 'report:write', 'report:review', 'registration:write', 'registration:review',
    'award:read', 'award:write',
    'nomination:write', 'nomination:submit', 'nomination:review', 'council:manage', 'decision:write', 'fund:write',
    'covenant:score', 'covenant:sign',
  ],
  // Văn thư / người báo cáo of a unit: registers documents, fills in and sends the unit's reports and registration; does not sign.
  // Scores the unit's covenant criteria; signing is the head's.
  reporter: ['unit:read', 'group:read', 'person:read', 'document:read', 'document:write', 'movement:read', 'report:read', 'report:write', 'registration:write', 'award:read', 'nomination:write', 'covenant:score'],
  // The head signs for the unit, so may issue its documents and send its reports.
  unit_head: [
    'unit:read', 'group:read', 'person:read', 'person:write', 'document:read', 'document:write', 'document:issue',
    'movement:read', 'report:read', 'report:write', 'registration:write', 'award:read', 'award:write',
    'nomination:write', 'nomination:submit', 'covenant:score', 'covenant:sign',
  ],
  // Votes only in the sessions of a council that lists the user as a member.
  council_member: ['unit:read', 'group:read', 'person:read', 'document:read', 'movement:read', 'report:read', 'award:read', 'council:vote'],
  // Thư ký hội đồng: prepares and runs sessions, records the written votes of absent members.
  council_secretary: ['unit:read', 'group:read', 'person:read', 'document:read', 'movement:read', 'report:read', 'award:read', 'council:vote', 'council:manage'],
  viewer: ['unit:read', 'group:read', 'person:read', 'document:read', 'movement:read', 'report:read', 'award:read'],
};

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((r) => ROLE_PERMISSIONS[r].includes(permission));
}
