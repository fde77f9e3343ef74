/** Checks shared by drafting and deciding a nomination: award fit, duplicates, derived columns. */
import type { Award, AwardCode } from '../../../contract/awards.js';
import { AppError } from '../../../contract/errors.js';
import { findAward } from '../../../core/awards/catalogue.js';
import { foldForSearch, vietnameseSortKey } from '../../../core/text.js';
import { invalidField, isUniqueViolation } from '../../service-errors.js';
import { requireUsableAward } from '../awards/local-awards.service.js';
import { personKeys } from '../people/people.service.js';

export type NomineeKind = 'person' | 'collective';

const KIND_LABEL: Record<NomineeKind, string> = { person: 'cá nhân', collective: 'tập thể' };

/**
 * The award must apply to the proposing unit (the law's, or a level's above it) and be one given to
 * this kind of nominee (catalogue `nominee`); else 400 on `field`.
 */
export function requireSuits(code: AwardCode, kind: NomineeKind, unitPath: string, field = 'awardCode'): Award {
  const award = requireUsableAward(code, unitPath, field);
  if (!award.nominee.includes(kind)) throw invalidField(field, `“${award.name}” không xét tặng cho ${KIND_LABEL[kind]}`);
  return award;
}

export function requireMembersFit(kind: NomineeKind, members: unknown): void {
  if (kind === 'person' && members !== null && members !== undefined) throw invalidField('members', 'Số thành viên chỉ dùng khi đề nghị cho tập thể');
}

const LEVEL_RANK: Record<Award['level'], number> = { grassroots: 0, province: 1, national: 2 };

/** Is `lower` an award of the same or a lower level than `proposed`? */
export function isLowerOrEqual(lower: AwardCode, proposed: AwardCode): boolean {
  return LEVEL_RANK[findAward(lower).level] <= LEVEL_RANK[findAward(proposed).level];
}

/** Search text and sort key: people sort by given name (as the people list does), collectives by name. */
export function derivedColumns(kind: NomineeKind, name: string, unitName: string | null, awardCode: AwardCode) {
  return {
    searchText: foldForSearch([name, unitName ?? '', findAward(awardCode).name].join(' ')),
    sortKey: kind === 'person' ? personKeys(name).sortKey : vietnameseSortKey(name),
  };
}

export function duplicateNomination(name: string, awardCode: AwardCode, year: number, reviewingName: string): AppError {
  const msg = `${name} đã có đề nghị “${findAward(awardCode).name}” năm ${year} đang xét tại ${reviewingName}`;
  return new AppError('CONFLICT', msg, { awardCode: msg });
}

const ONCE_KEYS = ['nominations_person_once_key', 'nominations_unit_once_key'];

/** Two writers proposing the same nominee at once: the unique index has the last word. */
export async function guardDuplicate<T>(conflict: () => AppError, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (err) {
    if (ONCE_KEYS.some((k) => isUniqueViolation(err, k))) throw conflict();
    throw err;
  }
}
