/**
 * Quỹ thi đua, khen thưởng of a unit: income entered by the officer, payouts written by issued
 * decisions; the year's opening balance, entries and payouts grouped by decision, and its export.
 */
import type { z } from 'zod';
import type { CreateFundIncomeBodySchema, FundEntrySchema, FundSchema } from '../../../contract/decisions.js';
import { formatDateVi, todayInVietnam } from '../../../core/dates.js';
import { formatNumberVi } from '../../../core/reporting/numbers.js';
import type { ServiceContext } from '../../context.js';
import { requireUnitAccess, type Actor } from '../../http/actor.js';
import { buildXlsx } from '../../render/xlsx.js';
import { invalidField } from '../../service-errors.js';
import { appendAudit } from '../audit/audit.service.js';
import { findUnit, type UnitRow } from '../units/units.repo.js';
import * as repo from './fund.repo.js';

type Fund = z.infer<typeof FundSchema>;
type FundEntry = z.infer<typeof FundEntrySchema>;
type CreateFundIncomeBody = z.infer<typeof CreateFundIncomeBodySchema>;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function unitInScope(ctx: ServiceContext, actor: Actor | null, unitId: string, permission: 'award:read' | 'fund:write'): Promise<UnitRow> {
  const unit = await findUnit(ctx.db, unitId);
  if (actor) requireUnitAccess(actor, permission, unit?.path ?? null);
  else if (!unit) throw invalidField('unitId', 'Đơn vị không tồn tại');
  return unit!;
}

function toEntry(e: repo.FundEntryRow): FundEntry {
  return { id: e.id, kind: e.kind as FundEntry['kind'], entryOn: e.entryOn, amount: e.amount, description: e.description, decisionId: e.decisionId, decisionNumber: e.decisionNumber };
}

async function buildFund(ctx: ServiceContext, unitId: string, year: number) {
  const openingBalance = await repo.balanceBefore(ctx.db, unitId, year);
  const rows = await repo.listEntries(ctx.db, unitId, year);
  const income = rows.filter((e) => e.kind === 'income').reduce((s, e) => s + e.amount, 0);
  const payouts = rows.filter((e) => e.kind === 'payout').reduce((s, e) => s + e.amount, 0);
  const byDecision = new Map<string, Fund['byDecision'][number]>();
  for (const e of rows) {
    if (e.kind !== 'payout' || !e.decisionId) continue;
    const d = byDecision.get(e.decisionId) ?? { decisionId: e.decisionId, numberText: e.decisionNumber, issuedOn: e.decisionIssuedOn, awardees: 0, amount: 0 };
    d.awardees += 1;
    d.amount += e.amount;
    byDecision.set(e.decisionId, d);
  }
  return { unitId, year, openingBalance, income, payouts, balance: openingBalance + income - payouts, entries: rows.map(toEntry), byDecision: [...byDecision.values()] };
}

/** The fund of a unit for a year: opening balance (every earlier year), entries, payouts by decision. */
export async function getFund(ctx: ServiceContext, actor: Actor, unitId: string, year: number): Promise<Fund> {
  await unitInScope(ctx, actor, unitId, 'award:read');
  return buildFund(ctx, unitId, year);
}

/** Records income of the fund (nguồn thu, trích lập). */
export async function createIncome(ctx: ServiceContext, actor: Actor | null, body: CreateFundIncomeBody): Promise<FundEntry> {
  if (body.entryOn > todayInVietnam(ctx.now())) throw invalidField('entryOn', 'Ngày ghi sổ không được sau hôm nay');
  const id = await ctx.db.transaction(async (tx) => {
    await unitInScope({ ...ctx, db: tx }, actor, body.unitId, 'fund:write');
    const [newId] = await repo.insertEntries(tx, [
      { unitId: body.unitId, year: Number(body.entryOn.slice(0, 4)), kind: 'income', entryOn: body.entryOn, amount: body.amount, description: body.description, createdBy: actor?.userId ?? null },
    ]);
    await appendAudit(tx, { actorUserId: actor?.userId ?? null, action: 'fund.income', entityType: 'fund_entry', entityId: newId!, after: body });
    return newId!;
  });
  return toEntry((await repo.findEntry(ctx.db, id))!);
}

/** The year's ledger as XLSX: entries with the running balance, then payouts by decision. */
export async function fundXlsx(ctx: ServiceContext, actor: Actor, unitId: string, year: number) {
  const unit = await unitInScope(ctx, actor, unitId, 'award:read');
  const fund = await buildFund(ctx, unitId, year);
  let balance = fund.openingBalance;
  const ledger = fund.entries.map((e, i) => {
    balance += e.kind === 'income' ? e.amount : -e.amount;
    return [i + 1, formatDateVi(e.entryOn), e.description, e.decisionNumber ?? '', e.kind === 'income' ? e.amount : null, e.kind === 'payout' ? e.amount : null, balance];
  });
  const money = '#,##0';
  const bytes = await buildXlsx([
    {
      name: `Sổ quỹ ${year}`,
      preamble: [`Quỹ thi đua, khen thưởng – ${unit.name} – năm ${year}`, `Số dư đầu năm: ${formatNumberVi(fund.openingBalance, 0)} đồng`],
      columns: [
        { header: 'STT', width: 6 },
        { header: 'Ngày', width: 12 },
        { header: 'Nội dung', width: 50 },
        { header: 'Quyết định', width: 18 },
        { header: 'Thu (đồng)', width: 16, numFmt: money },
        { header: 'Chi (đồng)', width: 16, numFmt: money },
        { header: 'Số dư (đồng)', width: 18, numFmt: money },
      ],
      rows: [...ledger, ['', '', 'Cộng', '', fund.income, fund.payouts, fund.balance]],
    },
    {
      name: 'Chi theo quyết định',
      preamble: [`Chi thưởng theo quyết định – ${unit.name} – năm ${year}`],
      columns: [
        { header: 'STT', width: 6 },
        { header: 'Số quyết định', width: 20 },
        { header: 'Ngày', width: 12 },
        { header: 'Số người được khen', width: 20 },
        { header: 'Số tiền (đồng)', width: 18, numFmt: money },
      ],
      rows: fund.byDecision.map((d, i) => [i + 1, d.numberText ?? '', formatDateVi(d.issuedOn), d.awardees, d.amount]),
    },
  ]);
  return { name: `Quỹ thi đua khen thưởng ${year} - ${unit.name}.xlsx`, contentType: XLSX_TYPE, bytes };
}
