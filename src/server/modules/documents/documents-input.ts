/**
 * Checking and shaping what a draft or a registration says: recipients (Kính gửi) against the
 * units and groups the actor may address, citations (căn cứ) matched to registered documents,
 * and the folded search text.
 */
import type { BodySection, RecipientInput, ReferenceInput, Signer } from '../../../contract/documents.js';
import { documentNumberKey, fullDocumentNumber } from '../../../core/document-numbers.js';
import { isValidIsoDate } from '../../../core/dates.js';
import { foldForSearch } from '../../../core/text.js';
import { isWithin } from '../../../core/tree.js';
import type { Db } from '../../db/open.js';
import { canSee, type Actor } from '../../http/actor.js';
import { invalidField } from '../../service-errors.js';
import { listGroups, listMembers } from '../groups/groups.repo.js';
import { findUnitsByIds } from '../units/units.repo.js';
import * as repo from './documents.repo.js';

/** A recipient as stored in documents.recipients: exactly one key. */
export type StoredRecipient = { unitId: string } | { groupId: string } | { text: string };

/** Every string NFC and trimmed (text pasted from Word mixes NFC and NFD). */
export function nfcDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC').trim() as T;
  if (Array.isArray(value)) return value.map(nfcDeep) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfcDeep(v)])) as T;
  }
  return value;
}

export function cleanSigner(signer: Signer | null | undefined): Signer | null {
  if (!signer) return null;
  const s = nfcDeep(signer);
  const orNull = (v: string | null) => (v ? v : null);
  return { name: orNull(s.name), title: orNull(s.title), authority: s.authority, onBehalfOf: orNull(s.onBehalfOf) };
}

export function cleanBody(body: BodySection[]): BodySection[] {
  return nfcDeep(body).map((s) => ({ heading: s.heading || null, paragraphs: s.paragraphs.filter(Boolean) }));
}

/**
 * Recipients the actor may address: units in their scope or above the issuing unit (a report
 * goes up), and clusters/blocks they see. Anything else answers like an unknown id, naming the
 * field, so other districts' units do not leak.
 */
export async function checkRecipients(db: Db, actor: Actor | null, ownerPath: string, input: RecipientInput[]): Promise<StoredRecipient[]> {
  const unitIds = input.flatMap((r) => (r.unitId ? [r.unitId] : []));
  const groupIds = input.flatMap((r) => (r.groupId ? [r.groupId] : []));
  const units = new Map((await findUnitsByIds(db, unitIds)).map((u) => [u.id, u]));
  const groups = new Map((groupIds.length ? await listGroups(db, { ids: groupIds }) : []).map((g) => [g.id, g]));
  const members = await listMembers(db, [...groups.keys()]);
  const out: StoredRecipient[] = [];
  const seen = new Set<string>();
  for (const [i, r] of input.entries()) {
    let stored: StoredRecipient;
    if (r.unitId) {
      const u = units.get(r.unitId);
      if (!u || (actor && !canSee(actor, u.path) && !isWithin(ownerPath, u.path))) {
        throw invalidField(`recipients.${i}.unitId`, `Nơi nhận thứ ${i + 1}: đơn vị không tồn tại hoặc nằm ngoài phạm vi của bạn`);
      }
      if (u.status !== 'active') throw invalidField(`recipients.${i}.unitId`, `Nơi nhận thứ ${i + 1}: đơn vị "${u.name}" đã giải thể, sáp nhập`);
      stored = { unitId: u.id };
    } else if (r.groupId) {
      const g = groups.get(r.groupId);
      const visible =
        g && (!actor || canSee(actor, g.organiserPath) || members.some((m) => m.groupId === g.id && canSee(actor, m.unitPath)));
      if (!visible) throw invalidField(`recipients.${i}.groupId`, `Nơi nhận thứ ${i + 1}: cụm, khối thi đua không tồn tại hoặc nằm ngoài phạm vi của bạn`);
      stored = { groupId: g!.id };
    } else {
      stored = { text: r.text! };
    }
    const key = JSON.stringify(stored);
    if (!seen.has(key)) out.push(stored);
    seen.add(key);
  }
  return out;
}

export interface PreparedReference {
  position: number;
  numberText: string;
  numberKey: string;
  date: string | null;
  kind: string | null;
  issuer: string | null;
  resolvedDocumentId: string | null;
}

/**
 * Citations, each linked to the registered document it cites when exactly one matches its
 * number (and its date, when the citation gives one); the others wait for that document.
 */
export async function prepareReferences(db: Db, documentId: string, refs: ReferenceInput[], field = 'references'): Promise<PreparedReference[]> {
  const clean = nfcDeep(refs).map((r, i) => {
    if (r.date !== null && !isValidIsoDate(r.date)) throw invalidField(`${field}.${i}.date`, `Căn cứ thứ ${i + 1}: ngày không tồn tại`);
    if (!r.number) throw invalidField(`${field}.${i}.number`, `Căn cứ thứ ${i + 1}: thiếu số và ký hiệu`);
    return { ...r, numberKey: documentNumberKey(r.number) };
  });
  const candidates = await repo.findRegisteredByKeys(db, [...new Set(clean.map((r) => r.numberKey))], documentId);
  return clean.map((r, position) => {
    const matches = candidates.filter((c) => c.numberKey === r.numberKey && (r.date === null || c.issuedOn === r.date));
    return {
      position,
      numberText: r.number,
      numberKey: r.numberKey,
      date: r.date,
      kind: r.kind || null,
      issuer: r.issuer || null,
      resolvedDocumentId: matches.length === 1 ? matches[0]!.id : null,
    };
  });
}

/** Diacritic-free text over number, symbol, issuer, subject and body, for `?q=`. */
export function documentSearchText(d: {
  numberText: string | null;
  symbol: string | null;
  issuerName: string | null;
  parentIssuer: string | null;
  subject: string | null;
  body: BodySection[];
}): string {
  return foldForSearch(
    [
      fullDocumentNumber(d.numberText, d.symbol) ?? d.symbol ?? '',
      d.issuerName ?? '',
      d.parentIssuer ?? '',
      d.subject ?? '',
      ...d.body.flatMap((s) => [s.heading ?? '', ...s.paragraphs]),
    ].join(' '),
  );
}

/** The matching key of a registered document's "số/ký hiệu", or null without a number. */
export function numberKeyOf(numberText: string | null, symbol: string | null): string | null {
  const full = fullDocumentNumber(numberText, symbol);
  return full ? documentNumberKey(full) : null;
}
