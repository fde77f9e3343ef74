import type { z } from 'zod';
import type {
  AwardCode,
  AwardHistory,
  AwardRecordSchema,
  CreateAwardRecordBody,
  CreateDisciplineBody,
  CreateInitiativeBody,
  CreateRatingBody,
  DisciplineRecordSchema,
  EligibilityResult,
  HistoryEligibilityBodySchema,
  InitiativeRecordSchema,
  Rating,
  RatingRecordSchema,
  UpdateRatingBodySchema,
} from '../../../contract/awards.js';
import { AppError } from '../../../contract/errors.js';
import { findAward } from '../../../core/awards/catalogue.js';
import { evaluateEligibility } from '../../../core/awards/eligibility.js';
import { compareVietnamese } from '../../../core/text.js';
import { todayInVietnam } from '../../../core/dates.js';
import type { ServiceContext } from '../../context.js';
import { canSee, requirePermission, requireUnitAccess, type Actor } from '../../http/actor.js';
import { invalidField, isUniqueViolation, staleVersion } from '../../service-errors.js';
import { requireUsableAward } from '../awards/local-awards.service.js';
import { appendAudit } from '../audit/audit.service.js';
import * as repo from './award-history.repo.js';
import { eligibilityInputFromHistory, type StoredHistory } from './history-eligibility.js';

type RatingRecord = z.infer<typeof RatingRecordSchema>;
type InitiativeRecord = z.infer<typeof InitiativeRecordSchema>;
type DisciplineRecord = z.infer<typeof DisciplineRecordSchema>;
type AwardRecord = z.infer<typeof AwardRecordSchema>;
type UpdateRatingBody = z.infer<typeof UpdateRatingBodySchema>;
type HistoryEligibilityBody = z.infer<typeof HistoryEligibilityBodySchema>;

export type SubjectKind = 'person' | 'collective';

/** Whose history: a person (in whatever unit they are now) or a collective (a unit). */
interface Subject {
  kind: SubjectKind;
  id: string;
  name: string;
  unitId: string;
  unitName: string;
  /** The unit that decides who may see and write: the person's current unit, or the unit itself. */
  unitPath: string;
  unitKind: string;
}

const WHAT: Record<SubjectKind, string> = { person: 'Cá nhân', collective: 'Đơn vị' };

async function loadSubject(ctx: ServiceContext, kind: SubjectKind, id: string): Promise<Subject | null> {
  if (kind === 'person') {
    const p = await repo.findPersonSubject(ctx.db, id);
    return p && { kind, id: p.id, name: p.name, unitId: p.unitId, unitName: p.unitName, unitPath: p.unitPath, unitKind: p.unitKind };
  }
  const u = await repo.findUnitSubject(ctx.db, id);
  return u && { kind, id: u.id, name: u.name, unitId: u.id, unitName: u.name, unitPath: u.path, unitKind: u.kind };
}

/** Either the person or the unit a row (or a body) names: the CHECK guarantees exactly one. */
const subjectOf = (row: { personId: string | null; unitId: string | null }): [SubjectKind, string] =>
  row.personId ? ['person', row.personId] : ['collective', row.unitId!];

async function readableSubject(ctx: ServiceContext, actor: Actor, kind: SubjectKind, id: string): Promise<Subject> {
  const subject = await loadSubject(ctx, kind, id);
  requireUnitAccess(actor, 'award:read', subject?.unitPath ?? null, WHAT[kind]);
  return subject!;
}

/** A body naming its subject: one missing or out of scope is an invalid reference (400 on that field). */
async function subjectOfBody(ctx: ServiceContext, actor: Actor | null, body: { personId: string | null; unitId: string | null }): Promise<Subject> {
  if (actor) requirePermission(actor, 'award:write');
  const [kind, id] = subjectOf(body);
  const subject = await loadSubject(ctx, kind, id);
  if (!subject || (actor && !canSee(actor, subject.unitPath))) {
    throw invalidField(kind === 'person' ? 'personId' : 'unitId', `${WHAT[kind]} không tồn tại hoặc nằm ngoài phạm vi của bạn`);
  }
  return subject;
}

/** The subject of a stored record, for changing or removing it: out of scope → 404, no right → 403. */
async function subjectOfRecord(ctx: ServiceContext, actor: Actor | null, row: { personId: string | null; unitId: string | null } | null): Promise<Subject> {
  const subject = row ? await loadSubject(ctx, ...subjectOf(row)) : null;
  if (actor) requireUnitAccess(actor, 'award:write', subject?.unitPath ?? null, 'Bản ghi');
  else if (!subject) throw new AppError('NOT_FOUND', 'Bản ghi không tồn tại');
  return subject!;
}

function requirePastYear(ctx: ServiceContext, year: number): void {
  const current = Number(todayInVietnam(ctx.now()).slice(0, 4));
  if (year > current) throw invalidField('year', `Năm ${year} chưa đến (năm hiện tại là ${current})`);
}

const awardName = (code: string) => findAward(code as AwardCode).name;

function presentRating(r: repo.RatingRow): RatingRecord {
  return { id: r.id, year: r.year, rating: r.rating as Rating, note: r.note, unitId: r.unitId, unitName: r.unitName, version: r.version };
}
function presentInitiative(r: repo.InitiativeRow): InitiativeRecord {
  return { id: r.id, year: r.year, title: r.title, scope: r.scope as InitiativeRecord['scope'], recognisedBy: r.recognisedBy };
}
function presentDiscipline(r: repo.DisciplineRow): DisciplineRecord {
  return { id: r.id, kind: r.kind as DisciplineRecord['kind'], startsOn: r.startsOn, endsOn: r.endsOn, note: r.note };
}
function presentAward(r: repo.AwardRow): AwardRecord {
  return {
    id: r.id,
    awardCode: r.awardCode as AwardCode,
    awardName: awardName(r.awardCode),
    year: r.year,
    decisionNumber: r.decisionNumber,
    decisionDate: r.decisionDate,
    issuer: r.issuer,
    note: r.note,
    unitId: r.unitId,
    unitName: r.unitName,
  };
}

/**
 * A person's records follow the person; a collective's include those of every unit it
 * descends from (the communes a merger absorbed), each carrying the unit it was given to.
 * Discipline and reviews stay with the unit they concern.
 */
async function loadHistory(ctx: ServiceContext, s: Subject) {
  if (s.kind === 'person') {
    const f = { personId: s.id };
    const [ratings, initiatives, discipline, awards] = [
      await repo.listRatings(ctx.db, f),
      await repo.listInitiatives(ctx.db, s.id),
      await repo.listDiscipline(ctx.db, f),
      await repo.listAwards(ctx.db, f),
    ];
    return { ratings, initiatives, discipline, awards };
  }
  const lineage = { unitIds: [s.id, ...(await repo.predecessorIds(ctx.db, s.id))] };
  return {
    ratings: await repo.listRatings(ctx.db, lineage),
    initiatives: [] as repo.InitiativeRow[],
    discipline: await repo.listDiscipline(ctx.db, { unitIds: [s.id] }),
    awards: await repo.listAwards(ctx.db, lineage),
  };
}

export async function getHistory(ctx: ServiceContext, actor: Actor, kind: SubjectKind, id: string): Promise<AwardHistory> {
  const s = await readableSubject(ctx, actor, kind, id);
  const h = await loadHistory(ctx, s);
  return {
    subject: { kind: s.kind, id: s.id, name: s.name, unitId: s.unitId, unitName: s.unitName },
    ratings: h.ratings.map(presentRating),
    initiatives: h.initiatives.map(presentInitiative).sort((a, b) => b.year - a.year || compareVietnamese(a.title, b.title)),
    discipline: h.discipline.map(presentDiscipline),
    awards: h.awards.map(presentAward),
  };
}

/** Judges a nomination from what is stored, as of the proposal date. */
export async function checkEligibility(ctx: ServiceContext, actor: Actor, kind: SubjectKind, id: string, body: HistoryEligibilityBody): Promise<EligibilityResult> {
  const s = await readableSubject(ctx, actor, kind, id);
  requireUsableAward(body.award, s.unitPath, 'award');
  if (kind === 'person' && body.members) throw invalidField('members', 'Số thành viên chỉ dùng khi xét cho tập thể');
  const h = await loadHistory(ctx, s);
  const history: StoredHistory = {
    ratings: h.ratings.map((r) => ({ year: r.year, rating: r.rating as Rating, inherited: kind === 'collective' && r.unitId !== s.id })),
    awards: h.awards.map((a) => ({ year: a.year, awardCode: a.awardCode as AwardCode })),
    initiatives: h.initiatives.map((i) => ({ year: i.year, scope: i.scope as InitiativeRecord['scope'] })),
    discipline: h.discipline.map((d) => ({ kind: d.kind as DisciplineRecord['kind'], startsOn: d.startsOn, endsOn: d.endsOn })),
  };
  const input = eligibilityInputFromHistory({ award: body.award, asOf: body.asOf, nominee: { kind, unitKind: s.unitKind }, members: body.members, history });
  return evaluateEligibility(input);
}

const ratingTaken = (s: Subject, year: number) => {
  const msg = `${s.name} đã có xếp loại năm ${year}`;
  return new AppError('CONFLICT', msg, { year: msg });
};
const awardTaken = (s: Subject, code: string, year: number) => {
  const msg = `${s.name} đã có "${awardName(code)}" năm ${year}`;
  return new AppError('CONFLICT', msg, { awardCode: msg });
};
const RATING_KEYS = ['yearly_ratings_person_key', 'yearly_ratings_unit_key'];
const AWARD_KEYS = ['award_records_person_once_key', 'award_records_unit_once_key'];

/** Two writers adding the same record at once: the unique index has the last word. */
async function guardUnique<T>(keys: string[], conflict: () => AppError, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (keys.some((k) => isUniqueViolation(err, k))) throw conflict();
    throw err;
  }
}

export async function createRating(ctx: ServiceContext, actor: Actor | null, body: CreateRatingBody): Promise<RatingRecord> {
  let subject: Subject | undefined;
  const id = await guardUnique(RATING_KEYS, () => ratingTaken(subject!, body.year), () =>
    ctx.db.transaction(async (tx) => {
      const tctx = { ...ctx, db: tx };
      subject = await subjectOfBody(tctx, actor, body);
      requirePastYear(ctx, body.year);
      if (await repo.ratingExists(tx, body, body.year)) throw ratingTaken(subject, body.year);
      const newId = await repo.insertRating(tx, { personId: body.personId, unitId: body.unitId, year: body.year, rating: body.rating, note: body.note, createdBy: actor?.userId ?? null });
      await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'rating.create', entityType: 'yearly_rating', entityId: newId, after: body });
      return newId;
    }),
  );
  return presentRating((await repo.findRating(ctx.db, id))!);
}

export async function updateRating(ctx: ServiceContext, actor: Actor | null, id: string, body: UpdateRatingBody): Promise<RatingRecord> {
  await ctx.db.transaction(async (tx) => {
    const current = await repo.findRating(tx, id);
    await subjectOfRecord({ ...ctx, db: tx }, actor, current);
    if (current!.version !== body.version) throw staleVersion();
    const ok = await repo.updateRating(tx, id, body.version, { rating: body.rating, note: body.note, updatedAt: ctx.now().toISOString() });
    if (!ok) throw staleVersion();
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'rating.update', entityType: 'yearly_rating', entityId: id, before: presentRating(current!), after: body });
  });
  return presentRating((await repo.findRating(ctx.db, id))!);
}

/** Ratings carry a version: a stale one (when given) refuses the removal like an edit. */
export async function deleteRating(ctx: ServiceContext, actor: Actor | null, id: string, version?: number): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const current = await repo.findRating(tx, id);
    await subjectOfRecord({ ...ctx, db: tx }, actor, current);
    if (version !== undefined && current!.version !== version) throw staleVersion();
    await repo.deleteRating(tx, id);
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'rating.delete', entityType: 'yearly_rating', entityId: id, before: presentRating(current!) });
  });
}

export async function createInitiative(ctx: ServiceContext, actor: Actor | null, body: CreateInitiativeBody): Promise<InitiativeRecord> {
  const id = await ctx.db.transaction(async (tx) => {
    await subjectOfBody({ ...ctx, db: tx }, actor, { personId: body.personId, unitId: null });
    requirePastYear(ctx, body.year);
    const newId = await repo.insertInitiative(tx, { personId: body.personId, year: body.year, title: body.title, scope: body.scope, recognisedBy: body.recognisedBy, createdBy: actor?.userId ?? null });
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'initiative.create', entityType: 'initiative', entityId: newId, after: body });
    return newId;
  });
  return presentInitiative((await repo.findInitiative(ctx.db, id))!);
}

export async function deleteInitiative(ctx: ServiceContext, actor: Actor | null, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const current = await repo.findInitiative(tx, id);
    await subjectOfRecord({ ...ctx, db: tx }, actor, current && { personId: current.personId, unitId: null });
    await repo.deleteInitiative(tx, id);
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'initiative.delete', entityType: 'initiative', entityId: id, before: presentInitiative(current!) });
  });
}

export async function createDiscipline(ctx: ServiceContext, actor: Actor | null, body: CreateDisciplineBody): Promise<DisciplineRecord> {
  const id = await ctx.db.transaction(async (tx) => {
    await subjectOfBody({ ...ctx, db: tx }, actor, body);
    const newId = await repo.insertDiscipline(tx, { personId: body.personId, unitId: body.unitId, kind: body.kind, startsOn: body.startsOn, endsOn: body.endsOn, note: body.note, createdBy: actor?.userId ?? null });
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'discipline.create', entityType: 'discipline_period', entityId: newId, after: body });
    return newId;
  });
  return presentDiscipline((await repo.findDiscipline(ctx.db, id))!);
}

export async function deleteDiscipline(ctx: ServiceContext, actor: Actor | null, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const current = await repo.findDiscipline(tx, id);
    await subjectOfRecord({ ...ctx, db: tx }, actor, current);
    await repo.deleteDiscipline(tx, id);
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'discipline.delete', entityType: 'discipline_period', entityId: id, before: presentDiscipline(current!) });
  });
}

export async function createAwardRecord(ctx: ServiceContext, actor: Actor | null, body: CreateAwardRecordBody): Promise<AwardRecord> {
  let subject: Subject | undefined;
  const id = await guardUnique(AWARD_KEYS, () => awardTaken(subject!, body.awardCode, body.year), () =>
    ctx.db.transaction(async (tx) => {
      subject = await subjectOfBody({ ...ctx, db: tx }, actor, body);
      requireUsableAward(body.awardCode, subject.unitPath);
      requirePastYear(ctx, body.year);
      if (await repo.awardExists(tx, body, body.awardCode, body.year)) throw awardTaken(subject, body.awardCode, body.year);
      const newId = await repo.insertAwardRecord(tx, {
        personId: body.personId,
        unitId: body.unitId,
        awardCode: body.awardCode,
        year: body.year,
        decisionNumber: body.decisionNumber,
        decisionDate: body.decisionDate,
        issuer: body.issuer,
        note: body.note,
        createdBy: actor?.userId ?? null,
      });
      await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'award_record.create', entityType: 'award_record', entityId: newId, after: body });
      return newId;
    }),
  );
  return presentAward((await repo.findAwardRecord(ctx.db, id))!);
}

export async function deleteAwardRecord(ctx: ServiceContext, actor: Actor | null, id: string): Promise<void> {
  await ctx.db.transaction(async (tx) => {
    const current = await repo.findAwardRecord(tx, id);
    await subjectOfRecord({ ...ctx, db: tx }, actor, current);
    await repo.deleteAwardRecord(tx, id);
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'award_record.delete', entityType: 'award_record', entityId: id, before: presentAward(current!) });
  });
}
