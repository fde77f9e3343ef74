import type { CreatePersonBody, Gender, Person, UpdatePersonBody } from '../../../contract/people.js';
import { foldForSearch, vietnameseSortKey } from '../../../core/text.js';
import type { ServiceContext } from '../../context.js';
import { canSee, requirePermission, requireUnitAccess, type Actor } from '../../http/actor.js';
import { invalidField, staleVersion } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { findUnit } from '../units/units.repo.js';
import * as repo from './people.repo.js';

type PersonRow = NonNullable<Awaited<ReturnType<typeof repo.findPerson>>>;

export function toPerson(row: PersonRow): Person {
  const { unitPath: _unitPath, ...p } = row;
  return { ...p, gender: p.gender as Gender | null };
}

/** Derived columns every write of a person sets. */
export function personKeys(fullName: string) {
  return { searchText: foldForSearch(fullName), sortKey: vietnameseSortKey(lastNameFirst(fullName)) };
}

/** Vietnamese lists sort by given name (the last word), then the full name. */
function lastNameFirst(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return `${words.at(-1) ?? ''} ${fullName}`;
}

/** Lists people of the actor's subtree, optionally of one unit. */
export async function listPeople(
  ctx: ServiceContext,
  actor: Actor,
  query: { q?: string; unitId?: string; includeDescendants: boolean; limit: number; offset: number },
) {
  requirePermission(actor, 'person:read');
  let underPath = actor.scopePath;
  let unitId = query.unitId;
  if (query.unitId) {
    const unit = await findUnit(ctx.db, query.unitId);
    requireUnitAccess(actor, 'person:read', unit?.path ?? null);
    if (query.includeDescendants) {
      underPath = unit!.path;
      unitId = undefined;
    }
  }
  const page = await repo.listPeople(ctx.db, {
    underPath,
    unitId,
    searchFolded: query.q ? foldForSearch(query.q) : undefined,
    limit: query.limit,
    offset: query.offset,
  });
  return { items: page.items.map(toPerson), total: page.total };
}

export async function getPerson(ctx: ServiceContext, actor: Actor, id: string): Promise<Person> {
  const row = await repo.findPerson(ctx.db, id);
  requireUnitAccess(actor, 'person:read', row?.unitPath ?? null, 'Cá nhân');
  return toPerson(row!);
}

async function requireWritableUnit(ctx: ServiceContext, actor: Actor | null, unitId: string) {
  const unit = await findUnit(ctx.db, unitId);
  if (!unit || (actor && !canSee(actor, unit.path))) throw invalidField('unitId', 'Đơn vị không tồn tại hoặc nằm ngoài phạm vi của bạn');
  return unit;
}

/** Adds people (one or an imported batch) in one transaction. */
export async function createPeople(ctx: ServiceContext, actor: Actor | null, bodies: CreatePersonBody[]): Promise<string[]> {
  if (actor) requirePermission(actor, 'person:write');
  return ctx.db.transaction(async (tx) => {
    const units = new Map<string, true>();
    for (const b of bodies) {
      if (!units.has(b.unitId)) {
        await requireWritableUnit({ ...ctx, db: tx }, actor, b.unitId);
        units.set(b.unitId, true);
      }
    }
    const ids = await repo.insertPeople(
      tx,
      bodies.map((b) => ({
        fullName: b.fullName,
        gender: b.gender ?? null,
        birthYear: b.birthYear ?? null,
        unitId: b.unitId,
        position: b.position ?? null,
        illustrative: b.illustrative,
        ...personKeys(b.fullName),
      })),
    );
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: bodies.length === 1 ? 'person.create' : 'person.import',
      entityType: 'person',
      entityId: bodies.length === 1 ? ids[0]! : null,
      after: bodies.length === 1 ? bodies[0] : { count: bodies.length, ids },
    });
    return ids;
  });
}

export async function createPerson(ctx: ServiceContext, actor: Actor, body: CreatePersonBody): Promise<Person> {
  const [id] = await createPeople(ctx, actor, [body]);
  return toPerson((await repo.findPerson(ctx.db, id!))!);
}

/** Edits a person (moving them to another unit keeps their history with them). */
export async function updatePerson(ctx: ServiceContext, actor: Actor, id: string, body: UpdatePersonBody): Promise<Person> {
  await ctx.db.transaction(async (tx) => {
    const current = await repo.findPerson(tx, id);
    requireUnitAccess(actor, 'person:write', current?.unitPath ?? null, 'Cá nhân');
    if (body.unitId) await requireWritableUnit({ ...ctx, db: tx }, actor, body.unitId);
    const { version, ...changes } = body;
    const fullName = changes.fullName ?? current!.fullName;
    const ok = await repo.updatePerson(tx, id, version, { ...changes, ...personKeys(fullName) });
    if (!ok) throw staleVersion();
    await appendAudit(tx, { actorUserId: actor.userId, action: 'person.update', entityType: 'person', entityId: id, before: toPerson(current!), after: changes });
  });
  return toPerson((await repo.findPerson(ctx.db, id))!);
}
