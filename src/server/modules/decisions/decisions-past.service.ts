/**
 * Quyết định cũ nhập lại từ giấy: the decision and its awardees entered in one step, so an office
 * can bring its paper history in. No document (it was issued on paper), no fund entries (paid then).
 */
import { randomUUID } from 'node:crypto';
import type { AwardCode } from '../../../contract/awards.js';
import type { Decision, RecordPastDecisionBody } from '../../../contract/decisions.js';
import { AppError } from '../../../contract/errors.js';
import { findAward } from '../../../core/awards/catalogue.js';
import { requireUsableAward } from '../awards/local-awards.service.js';
import { todayInVietnam } from '../../../core/dates.js';
import { isWithin } from '../../../core/tree.js';
import type { ServiceContext } from '../../context.js';
import { requireUnitAccess, type Actor } from '../../http/actor.js';
import { invalidField } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { findUnit, findUnitsByIds } from '../units/units.repo.js';
import { cashMultipleFor } from './award-cash.js';
import { getDecision } from './decisions.service.js';
import * as repo from './decisions.repo.js';

/** Records a past decision with its awardees and their award history, all or nothing. */
export async function recordPastDecision(ctx: ServiceContext, actor: Actor | null, body: RecordPastDecisionBody): Promise<Decision> {
  const id = randomUUID();
  const today = todayInVietnam(ctx.now());
  if (body.issuedOn > today) throw invalidField('issuedOn', 'Ngày ban hành không được sau hôm nay');
  await ctx.db.transaction(async (tx) => {
    const unit = await findUnit(tx, body.unitId);
    if (actor) requireUnitAccess(actor, 'decision:write', unit?.path ?? null);
    else if (!unit) throw invalidField('unitId', 'Đơn vị không tồn tại');
    const people = new Map((await repo.findPeopleWithUnits(tx, body.awardees.flatMap((a) => (a.personId ? [a.personId] : [])))).map((p) => [p.id, p]));
    const units = new Map((await findUnitsByIds(tx, body.awardees.flatMap((a) => (a.unitId ? [a.unitId] : [])))).map((u) => [u.id, u]));
    const seen = new Set<string>();
    const awardees = body.awardees.map((a, position) => {
      const award = requireUsableAward(a.awardCode, unit!.path, `awardees.${position}.awardCode`);
      let subject: { name: string; nomineePosition: string | null; unitName: string | null; kind: 'person' | 'collective' };
      if (a.personId) {
        const p = people.get(a.personId);
        if (!p || !isWithin(p.unitPath, unit!.path)) throw invalidField(`awardees.${position}.personId`, `Người thứ ${position + 1} không tồn tại hoặc không thuộc ${unit!.name}`);
        if (!award.nominee.some((k) => k === 'person' || k === 'household')) {
          throw invalidField(`awardees.${position}.awardCode`, `"${award.name}" không tặng cho cá nhân (${p.fullName})`);
        }
        subject = { name: p.fullName, nomineePosition: p.position, unitName: p.unitName, kind: 'person' };
      } else {
        const u = units.get(a.unitId!);
        if (!u || !isWithin(u.path, unit!.path)) throw invalidField(`awardees.${position}.unitId`, `Tập thể thứ ${position + 1} không tồn tại hoặc không thuộc ${unit!.name}`);
        if (!award.nominee.some((k) => k === 'collective' || k === 'village')) {
          throw invalidField(`awardees.${position}.awardCode`, `"${award.name}" không tặng cho tập thể (${u.name})`);
        }
        subject = { name: u.name, nomineePosition: null, unitName: null, kind: 'collective' };
      }
      const key = `${a.personId ?? a.unitId}:${a.awardCode}`;
      if (seen.has(key)) throw new AppError('CONFLICT', `${subject.name} có hai lần "${award.name}" trong cùng quyết định`, { [`awardees.${position}`]: 'Trùng' });
      seen.add(key);
      return {
        id: randomUUID(),
        decisionId: id,
        position,
        nominationId: null,
        personId: a.personId,
        unitId: a.unitId,
        name: subject.name,
        nomineePosition: subject.nomineePosition,
        unitName: subject.unitName,
        awardCode: a.awardCode,
        achievement: a.achievement,
        cashMultiple: cashMultipleFor(a.awardCode as AwardCode, subject.kind),
        // Paid when the paper decision was issued; the fund of thidua does not pay it again.
        amount: null,
        awardRecordId: null as string | null,
      };
    });
    await repo.insertDecision(tx, {
      id,
      unitId: unit!.id,
      documentId: null,
      numberText: body.numberText,
      issuedOn: body.issuedOn,
      issuer: body.issuer,
      year: body.year,
      status: 'recorded',
      createdBy: actor?.userId ?? null,
    });
    for (const a of awardees) {
      a.awardRecordId = await repo.insertAwardRecordOnce(tx, {
        personId: a.personId,
        unitId: a.unitId,
        awardCode: a.awardCode,
        year: body.year,
        decisionNumber: body.numberText,
        decisionDate: body.issuedOn,
        issuer: body.issuer,
        createdBy: actor?.userId ?? null,
      });
      if (a.awardRecordId === null) {
        throw new AppError('CONFLICT', `${a.name} đã có "${findAward(a.awardCode as AwardCode).name}" năm ${body.year} trong lịch sử khen thưởng`, {
          [`awardees.${a.position}`]: 'Đã có trong lịch sử khen thưởng',
        });
      }
    }
    await repo.insertAwardees(tx, awardees);
    await appendAudit(tx, {
      actorUserId: actor?.userId ?? null,
      action: 'decision.record',
      entityType: 'decision',
      entityId: id,
      after: { ...body, awardRecordIds: awardees.map((a) => a.awardRecordId) },
    });
  });
  return getDecision(ctx, actor, id);
}
