/** Hội đồng Thi đua – Khen thưởng: the council of a unit, its members and its voting thresholds. */
import type { z } from 'zod';
import { AWARD_CODES, type AwardCode } from '../../../contract/awards.js';
import { localAwards } from '../../../core/awards/catalogue.js';
import { awardAppliesTo, requireUsableAward } from '../awards/local-awards.service.js';
import type {
  AddCouncilMemberBodySchema,
  Council,
  CouncilAccountList,
  CouncilListSchema,
  CouncilMemberSchema,
  CreateCouncilBody,
  Threshold,
  UpdateCouncilBody,
  UpdateCouncilMemberBodySchema,
} from '../../../contract/councils.js';
import { AppError } from '../../../contract/errors.js';
import { defaultThreshold, type ThresholdRule } from '../../../core/commendation/council-vote.js';
import { compareVietnamese, foldForSearch } from '../../../core/text.js';
import { isWithin } from '../../../core/tree.js';
import type { ServiceContext } from '../../context.js';
import type { Db } from '../../db/open.js';
import { canSee, effectivePermissions, requireUnitAccess, type Actor } from '../../http/actor.js';
import { invalidField, isUniqueViolation, staleVersion } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { personKeys } from '../people/people.service.js';
import { councilAccess, requireManage } from './council-access.js';
import * as repo from './councils.repo.js';

type CouncilList = z.infer<typeof CouncilListSchema>;
type CouncilMember = z.infer<typeof CouncilMemberSchema>;
type AddCouncilMemberBody = z.infer<typeof AddCouncilMemberBodySchema>;
type UpdateCouncilMemberBody = z.infer<typeof UpdateCouncilMemberBodySchema>;

/** A member row as the contract shows it. */
export function presentMember(m: repo.MemberRow): CouncilMember {
  return {
    id: m.id,
    userId: m.userId,
    fullName: m.fullName,
    position: m.position,
    role: m.role as CouncilMember['role'],
    homeUnitId: m.homeUnitId,
    homeUnitName: m.homeUnitName,
    active: m.active,
    version: m.version,
  };
}

/**
 * The rule of each award the council may see — the law's and those of its own or a higher level —
 * the council's own row, else the default of domain.md §1.6.
 */
export async function thresholdsOf(db: Db, council: { id: string; unitPath: string }): Promise<Map<AwardCode, ThresholdRule>> {
  const own = new Map((await repo.listThresholds(db, council.id)).map((t) => [t.awardCode, t]));
  const codes = [...AWARD_CODES, ...localAwards().flatMap((a) => (awardAppliesTo(a.code, council.unitPath) ? [a.code] : []))];
  return new Map(
    codes.map((code) => {
      const row = own.get(code);
      const rule: ThresholdRule = row ? { percent: row.percent, denominator: row.denominator as ThresholdRule['denominator'], ballot: row.ballot as ThresholdRule['ballot'] } : defaultThreshold(code);
      return [code, rule];
    }),
  );
}

async function presentCouncil(db: Db, c: repo.CouncilRow, canManage: boolean): Promise<Council> {
  const [members, rules] = [await repo.listMembers(db, c.id), await thresholdsOf(db, c)];
  return {
    id: c.id,
    unitId: c.unitId,
    unitName: c.unitName,
    name: c.name,
    quorumNumerator: c.quorumNumerator,
    quorumDenominator: c.quorumDenominator,
    members: members.map(presentMember),
    thresholds: [...rules].map(([awardCode, r]): Threshold => ({ awardCode, percent: r.percent, denominator: r.denominator, ballot: r.ballot })),
    canManage,
    version: c.version,
  };
}

/** Councils whose unit is in the actor's scope, and those the actor sits on. */
export async function listCouncils(ctx: ServiceContext, actor: Actor): Promise<CouncilList> {
  const rows = await repo.listCouncils(ctx.db, actor.scopePath, actor.userId);
  const manages = effectivePermissions(actor).includes('council:manage');
  return {
    items: rows.map((c) => ({
      id: c.id,
      unitId: c.unitId,
      unitName: c.unitName,
      name: c.name,
      quorumNumerator: c.quorumNumerator,
      quorumDenominator: c.quorumDenominator,
      memberCount: c.memberCount,
      canManage: canSee(actor, c.unitPath) && manages,
      version: c.version,
    })),
  };
}

/** One council with its members and the threshold of every award. */
export async function getCouncil(ctx: ServiceContext, actor: Actor | null, id: string): Promise<Council> {
  const access = await councilAccess(ctx.db, actor, id);
  return presentCouncil(ctx.db, access.council, access.canManage);
}

/** A manager links members to accounts without the users page: only accounts that may sit on this council, found by name. */
const ACCOUNT_LIMIT = 200;
export async function listCouncilAccounts(ctx: ServiceContext, actor: Actor | null, id: string, q: string | undefined): Promise<CouncilAccountList> {
  const access = await councilAccess(ctx.db, actor, id);
  requireManage(access);
  const folded = q ? foldForSearch(q) : '';
  const matches = (await repo.listCouncilAccounts(ctx.db, access.council.unitPath))
    .filter((a) => !folded || foldForSearch(`${a.fullName} ${a.username}`).includes(folded))
    .sort((a, b) => compareVietnamese(personKeys(a.fullName).sortKey, personKeys(b.fullName).sortKey) || compareVietnamese(a.username, b.username));
  return { items: matches.slice(0, ACCOUNT_LIMIT), truncated: matches.length > ACCOUNT_LIMIT };
}

type MemberRefs = { userId?: string | null; homeUnitId?: string | null };

/**
 * A member's account must reach the council's unit: a user whose scope holds it (a district
 * officer on the district council) or who works inside it (a commune chairman). The home unit
 * only has to exist: a member may come from anywhere (Mặt trận, Công đoàn …).
 */
async function checkMemberRefs(db: Db, councilUnitPath: string, inputs: readonly MemberRefs[], field: (i: number, key: string) => string): Promise<void> {
  const userIds = [...new Set(inputs.flatMap((m) => (m.userId ? [m.userId] : [])))];
  const homeIds = [...new Set(inputs.flatMap((m) => (m.homeUnitId ? [m.homeUnitId] : [])))];
  const usersById = new Map((await repo.findUsersWithPaths(db, userIds)).map((u) => [u.id, u]));
  const units = new Set((await repo.findUnits(db, homeIds)).map((u) => u.id));
  const seen = new Set<string>();
  for (const [i, m] of inputs.entries()) {
    if (m.userId) {
      const user = usersById.get(m.userId);
      if (!user || !(isWithin(councilUnitPath, user.scopePath) || isWithin(user.unitPath, councilUnitPath))) {
        throw invalidField(field(i, 'userId'), 'Tài khoản không tồn tại, hoặc không thuộc và không phụ trách đơn vị của hội đồng');
      }
      if (seen.has(m.userId)) throw invalidField(field(i, 'userId'), `Tài khoản của ${user.fullName} đã được gắn cho một thành viên khác`);
      seen.add(m.userId);
    }
    if (m.homeUnitId && !units.has(m.homeUnitId)) throw invalidField(field(i, 'homeUnitId'), 'Đơn vị công tác không tồn tại');
  }
}

const MEMBER_USER_KEY = 'council_members_user_key';
const userTaken = (field: string) => {
  const msg = 'Tài khoản này đã gắn với một thành viên của hội đồng (kể cả thành viên đã thôi: hãy sửa thành viên đó)';
  return new AppError('CONFLICT', msg, { [field]: msg });
};

/** Creates the council of a unit with its first members; a unit has at most one. */
export async function createCouncil(ctx: ServiceContext, actor: Actor | null, body: CreateCouncilBody): Promise<Council> {
  const taken = () => {
    const msg = 'Đơn vị này đã có Hội đồng Thi đua – Khen thưởng';
    return new AppError('CONFLICT', msg, { unitId: msg });
  };
  let id: string;
  try {
    id = await ctx.db.transaction(async (tx) => {
      const [unit] = await repo.findUnits(tx, [body.unitId]);
      if (actor) requireUnitAccess(actor, 'council:manage', unit?.path ?? null);
      else if (!unit) throw invalidField('unitId', 'Đơn vị không tồn tại');
      if (await repo.councilIdOfUnit(tx, body.unitId)) throw taken();
      await checkMemberRefs(tx, unit!.path, body.members, (i, key) => `members.${i}.${key}`);
      const now = ctx.now().toISOString();
      const newId = await repo.insertCouncil(tx, { unitId: body.unitId, name: body.name, quorumNumerator: body.quorumNumerator, quorumDenominator: body.quorumDenominator, createdAt: now, updatedAt: now });
      await repo.insertMembers(tx, body.members.map((m, i) => ({ councilId: newId, ...m, sortOrder: i, createdAt: now })));
      await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'council.create', entityType: 'council', entityId: newId, after: body });
      return newId;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'councils_unit_key')) throw taken();
    throw err;
  }
  return getCouncil(ctx, actor, id);
}

/** Renames the council, changes its quorum or replaces its own thresholds. */
export async function updateCouncil(ctx: ServiceContext, actor: Actor | null, id: string, body: UpdateCouncilBody): Promise<Council> {
  await ctx.db.transaction(async (tx) => {
    const access = await councilAccess(tx, actor, id);
    requireManage(access);
    const c = access.council;
    if (c.version !== body.version) throw staleVersion();
    const numerator = body.quorumNumerator ?? c.quorumNumerator;
    const denominator = body.quorumDenominator ?? c.quorumDenominator;
    if (numerator > denominator) throw invalidField('quorumNumerator', 'Tỷ lệ tối thiểu có mặt không quá 100%');
    const before = { name: c.name, quorumNumerator: c.quorumNumerator, quorumDenominator: c.quorumDenominator, thresholds: await repo.listThresholds(tx, id) };
    if (body.thresholds) {
      const seen = new Set<string>();
      for (const [i, t] of body.thresholds.entries()) {
        if (seen.has(t.awardCode)) throw invalidField(`thresholds.${i}.awardCode`, 'Mỗi hình thức chỉ có một tỷ lệ biểu quyết');
        requireUsableAward(t.awardCode, c.unitPath, `thresholds.${i}.awardCode`);
        seen.add(t.awardCode);
      }
      await repo.replaceThresholds(tx, id, body.thresholds);
    }
    const ok = await repo.updateCouncil(tx, id, body.version, {
      ...(body.name !== undefined ? { name: body.name } : {}),
      quorumNumerator: numerator,
      quorumDenominator: denominator,
      updatedAt: ctx.now().toISOString(),
    });
    if (!ok) throw staleVersion();
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'council.update', entityType: 'council', entityId: id, before, after: body });
  });
  return getCouncil(ctx, actor, id);
}

/** Adds a member at the end of the council's order. */
export async function addMember(ctx: ServiceContext, actor: Actor | null, councilId: string, body: AddCouncilMemberBody): Promise<CouncilMember> {
  let memberId: string;
  try {
    memberId = await ctx.db.transaction(async (tx) => {
      const access = await councilAccess(tx, actor, councilId);
      requireManage(access);
      await checkMemberRefs(tx, access.council.unitPath, [body], (_i, key) => key);
      if (body.userId && (await repo.listMembers(tx, councilId)).some((m) => m.userId === body.userId)) throw userTaken('userId');
      const [newId] = await repo.insertMembers(tx, [{ councilId, ...body, sortOrder: await repo.nextMemberOrder(tx, councilId), createdAt: ctx.now().toISOString() }]);
      await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'council_member.create', entityType: 'council_member', entityId: newId!, after: { councilId, ...body } });
      return newId!;
    });
  } catch (err) {
    if (isUniqueViolation(err, MEMBER_USER_KEY)) throw userTaken('userId');
    throw err;
  }
  return presentMember((await repo.findMember(ctx.db, memberId))!);
}

/** Edits or deactivates a member; members are never deleted because their votes refer to them. */
export async function updateMember(ctx: ServiceContext, actor: Actor | null, councilId: string, memberId: string, body: UpdateCouncilMemberBody): Promise<CouncilMember> {
  try {
    await ctx.db.transaction(async (tx) => {
      const access = await councilAccess(tx, actor, councilId);
      const current = await repo.findMember(tx, memberId);
      if (!current || current.councilId !== councilId) throw new AppError('NOT_FOUND', 'Thành viên không có trong hội đồng này');
      requireManage(access);
      if (current.version !== body.version) throw staleVersion();
      await checkMemberRefs(tx, access.council.unitPath, [body], (_i, key) => key);
      if (body.userId && (await repo.listMembers(tx, councilId)).some((m) => m.userId === body.userId && m.id !== memberId)) throw userTaken('userId');
      const { version, ...set } = body;
      const ok = await repo.updateMember(tx, memberId, version, set);
      if (!ok) throw staleVersion();
      await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'council_member.update', entityType: 'council_member', entityId: memberId, before: presentMember(current), after: body });
    });
  } catch (err) {
    if (isUniqueViolation(err, MEMBER_USER_KEY)) throw userTaken('userId');
    throw err;
  }
  return presentMember((await repo.findMember(ctx.db, memberId))!);
}
