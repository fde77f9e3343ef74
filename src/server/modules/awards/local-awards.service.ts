/**
 * Danh mục của địa phương: a level (a province, or any unit whose quy chế says so) adds titles and
 * forms for its subtree, with criteria the rule engine checks, without a code change.
 */
import {
  type Award,
  type CreateLocalAwardBody,
  isBuiltinAwardCode,
  LocalAwardCriteriaSchema,
  type UpdateLocalAwardBody,
} from '../../../contract/awards.js';
import { AppError } from '../../../contract/errors.js';
import { AWARD_CATALOGUE, findAward, isKnownAward, localAwards, registerLocalAwards } from '../../../core/awards/catalogue.js';
import { RULE_SET_PERIODS } from '../../../core/awards/rule-sets.js';
import { isWithin } from '../../../core/tree.js';
import type { ServiceContext } from '../../context.js';
import type { Db } from '../../db/open.js';
import { canSee, requireUnitAccess, type Actor } from '../../http/actor.js';
import { invalidField, isUniqueViolation, staleVersion } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { findUnitRef } from '../nominations/nominations.repo.js';
import * as repo from './local-awards.repo.js';

/** Paths of the owners, kept beside the registry: who may use an entry is decided by them. */
let ownerPaths = new Map<string, string>();

function toAward(row: repo.LocalAwardRow): Award {
  return {
    code: row.code,
    name: row.name,
    kind: row.kind as Award['kind'],
    nominee: row.nominee as Award['nominee'],
    level: row.level as Award['level'],
    category: row.category as Award['category'],
    cashMultiple: row.cashMultiple,
    legalBasis: row.legalBasis,
    // The level's own authority under whichever rule set is in force: its quy chế names one person.
    decidedBy: RULE_SET_PERIODS.map((p) => ({ ruleSet: p.code, validFrom: p.validFrom, validTo: p.validTo, unitLevel: null, authority: row.authority })),
    local: {
      ownerUnitId: row.ownerUnitId,
      ownerUnitName: row.ownerUnitName,
      authority: row.authority,
      validFrom: row.validFrom,
      validTo: row.validTo,
      criteria: LocalAwardCriteriaSchema.parse(row.criteria),
      version: row.version,
    },
  };
}

/** Loads every level's entries into the catalogue the renderers and the rule engine read. */
export async function refreshLocalAwards(db: Db): Promise<void> {
  const rows = await repo.listLocalAwards(db);
  ownerPaths = new Map(rows.map((r) => [r.code, r.ownerUnitPath]));
  registerLocalAwards(rows.map(toAward));
}

/** A local entry applies to its owner and everything under it. */
export function awardAppliesTo(code: string, unitPath: string): boolean {
  const owner = ownerPaths.get(code);
  return owner === undefined || isWithin(unitPath, owner);
}

/**
 * The catalogue a unit may use: the law's entries and the local ones of the unit or a level above
 * it. Without a unit, the actor's: those above its scope and those set inside it.
 */
export async function listAwardsFor(ctx: ServiceContext, actor: Actor, unitId: string | undefined): Promise<Award[]> {
  let visible: (code: string) => boolean;
  if (unitId) {
    const unit = await findUnitRef(ctx.db, unitId);
    requireUnitAccess(actor, 'award:read', unit?.path ?? null);
    visible = (code) => awardAppliesTo(code, unit!.path);
  } else {
    visible = (code) => awardAppliesTo(code, actor.scopePath) || canSee(actor, ownerPaths.get(code) ?? '');
  }
  const locals = localAwards()
    .filter((a) => visible(a.code))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return [...AWARD_CATALOGUE, ...locals];
}

/** Refuses a code the unit may not use: unknown, or a level's entry from outside its path. */
export function requireUsableAward(code: string, unitPath: string, field = 'awardCode'): Award {
  if (!isKnownAward(code) || !awardAppliesTo(code, unitPath)) throw invalidField(field, `Không có danh hiệu, hình thức khen thưởng mã ${code} áp dụng cho đơn vị này`);
  return findAward(code);
}

function checkCriteria(criteria: CreateLocalAwardBody['criteria'], ownerPath: string, ownCode: string): void {
  const chain = criteria.titleChain;
  if (chain && (chain.code === ownCode || !isKnownAward(chain.code) || !awardAppliesTo(chain.code, ownerPath))) {
    throw invalidField('criteria.titleChain.code', `Danh hiệu ${chain.code} không có trong danh mục áp dụng cho cấp này`);
  }
}

const valuesOf = (body: Omit<UpdateLocalAwardBody, 'version'>) => ({
  name: body.name,
  kind: body.kind,
  nominee: body.nominee,
  level: body.level,
  category: body.category,
  cashMultiple: body.cashMultiple,
  legalBasis: body.legalBasis,
  authority: body.authority,
  validFrom: body.validFrom,
  validTo: body.validTo,
  criteria: body.criteria,
});

export async function createLocalAward(ctx: ServiceContext, actor: Actor | null, body: CreateLocalAwardBody): Promise<Award> {
  if (isBuiltinAwardCode(body.code)) throw new AppError('CONFLICT', `Mã ${body.code} là danh hiệu, hình thức của Luật`, { field: 'code' });
  await ctx.db.transaction(async (tx) => {
    await refreshLocalAwards(tx);
    const owner = await findUnitRef(tx, body.ownerUnitId);
    if (actor) requireUnitAccess(actor, 'nomination:review', owner?.path ?? null);
    if (!owner) throw invalidField('ownerUnitId', 'Đơn vị không tồn tại');
    checkCriteria(body.criteria, owner.path, body.code);
    const values = { code: body.code, ownerUnitId: owner.id, ...valuesOf(body) };
    try {
      await repo.insertLocalAward(tx, values);
    } catch (err) {
      if (isUniqueViolation(err)) throw new AppError('CONFLICT', `Mã ${body.code} đã có trong danh mục`, { field: 'code' });
      throw err;
    }
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'local_award.create', entityType: 'local_award', entityId: body.code, before: null, after: values });
  });
  await refreshLocalAwards(ctx.db);
  return findAward(body.code);
}

export async function updateLocalAward(ctx: ServiceContext, actor: Actor | null, code: string, body: UpdateLocalAwardBody): Promise<Award> {
  await ctx.db.transaction(async (tx) => {
    await refreshLocalAwards(tx);
    const current = await repo.findLocalAwardForUpdate(tx, code);
    if (actor) requireUnitAccess(actor, 'nomination:review', current?.ownerUnitPath ?? null, 'Danh hiệu của địa phương');
    if (!current) throw new AppError('NOT_FOUND', 'Danh hiệu của địa phương không tồn tại hoặc nằm ngoài phạm vi của bạn');
    checkCriteria(body.criteria, current.ownerUnitPath, code);
    const values = valuesOf(body);
    if (body.version !== current.version || !(await repo.updateLocalAward(tx, code, body.version, values))) throw staleVersion();
    const { ownerUnitName: _n, ownerUnitPath: _p, createdAt: _c, updatedAt: _u, version: _v, ...before } = current;
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'local_award.update', entityType: 'local_award', entityId: code, before, after: values });
  });
  await refreshLocalAwards(ctx.db);
  return findAward(code);
}

