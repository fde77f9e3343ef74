/**
 * What each awardee's Giấy khen says, from the decision: who awards (the head of the issuing
 * body), the award, the awardee, the achievement, the decision's number and date, the place and
 * date, and the signer. Pure.
 */
import type { AwardCode } from '../../../contract/awards.js';
import type { Signer } from '../../../contract/documents.js';
import { findAward } from '../../../core/awards/catalogue.js';
import { formatDateVi } from '../../../core/dates.js';
import { defaultIssuerName } from '../../../core/document-numbers.js';
import { formatPlaceDateLine, signerAuthorityLines } from '../../render/docx/index.js';
import { headTitleOf } from '../../render/docx/signer.js';
import type { CertificateText } from '../../render/certificate/model.js';
import { isAdministrative, lowerFirst } from './decision-text.js';

export interface CertificateSource {
  decision: { numberText: string | null; issuedOn: string | null; issuer: string | null; year: number };
  unit: { name: string; kind: string };
  /** The issued document (its issuer as printed, its signer); null for a decision entered from paper. */
  document: { issuerName: string | null; signer: Signer | null } | null;
  place: string | null;
}

export interface CertificateAwardee {
  name: string;
  nomineePosition: string | null;
  unitName: string | null;
  awardCode: string;
  achievement: string | null;
}

const upper = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toUpperCase();

/** "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA": the head's title (a deputy signs for the head) and the body. */
function authorityLine(src: CertificateSource): string {
  if (!src.document) return upper(src.decision.issuer ?? defaultIssuerName(src.unit));
  const body = upper(src.document.issuerName ?? defaultIssuerName(src.unit));
  const title = src.document.signer?.title ? upper(src.document.signer.title).replace(/^QUYỀN\s+/u, '') : null;
  const head = title ? (headTitleOf(title) ?? title) : isAdministrative(src.unit.kind) ? 'CHỦ TỊCH' : 'THỦ TRƯỞNG';
  return `${head} ${body}`;
}

function headingLines(code: string): string[] {
  const award = findAward(code as AwardCode);
  if (code === 'GIAY_KHEN') return ['TẶNG', 'GIẤY KHEN'];
  return award.kind === 'title' ? ['TẶNG DANH HIỆU', upper(award.name)] : ['TẶNG', upper(award.name)];
}

function achievementLine(achievement: string | null, year: number): string {
  const text = achievement?.normalize('NFC').trim();
  if (!text) return `Đã có thành tích hoàn thành xuất sắc nhiệm vụ năm ${year}`;
  return /^đã có thành tích/iu.test(text) ? text : `Đã có thành tích ${lowerFirst(text)}`;
}

export function certificateText(src: CertificateSource, a: CertificateAwardee): CertificateText {
  const signer = src.document?.signer ?? null;
  const issuedOn = src.decision.issuedOn;
  return {
    authority: authorityLine(src),
    heading: headingLines(a.awardCode),
    name: a.name,
    unit: [a.nomineePosition, a.unitName].filter((p): p is string => !!p && p.trim() !== '').join(', ') || null,
    achievement: achievementLine(a.achievement, src.decision.year),
    decision: `Quyết định số ${src.decision.numberText ?? '…'}${issuedOn ? ` ngày ${formatDateVi(issuedOn)}` : ''}`,
    placeDate: formatPlaceDateLine(src.place, issuedOn, src.decision.year),
    signerTitle: signer ? signerAuthorityLines(signer, src.document?.issuerName ?? null) : [],
    signerName: signer?.name ?? null,
  };
}
