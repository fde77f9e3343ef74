/**
 * Ô 7a: the quyền hạn and chức vụ lines above a signature (Decree 30, Phụ lục I §II.7; Art. 13).
 * Pure text; the footer block typesets it.
 */
import type { Signer } from '../../../contract/documents.js';
import { upper } from './format.js';
import { bodyNameWithoutPlace } from './text-width.js';

/** Bodies run collectively (chế độ tập thể): their head signs "TM." of the body. */
const COLLECTIVE = /^(ỦY BAN|UỶ BAN|HỘI ĐỒNG|BAN THƯỜNG VỤ|BAN CHẤP HÀNH|THƯỜNG TRỰC|ĐOÀN CHỦ TỊCH|TẬP THỂ)/u;

export function isCollectiveBody(name: string): boolean {
  return COLLECTIVE.test(upper(name));
}

/** The head's title a deputy signs for: "PHÓ CHỦ TỊCH" → "CHỦ TỊCH"; null when the title names no deputy. */
export function headTitleOf(deputyTitle: string): string | null {
  const m = /^PHÓ\s+(.+)$/u.exec(upper(deputyTitle));
  return m ? m[1]! : null;
}

/**
 * The upper-case lines of ô 7a, top to bottom, e.g.
 *   TM. + collective body:      ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
 *   KT. + a head's title:       ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]
 *   KT. + collective body:      ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
 * A deputy of a collective body signs for its head (KT. goes with the head's title, taken from
 * the deputy's own title) on behalf of the body (TM. goes with the body), as UBND documents do.
 * `issuer` stands in for a missing `onBehalfOf` after TM. (without its place: "ỦY BAN NHÂN DÂN").
 */
export function signerAuthorityLines(signer: Signer, issuer: string | null = null): string[] {
  const title = signer.title === null ? null : upper(signer.title);
  const onBehalfOf = signer.onBehalfOf === null || upper(signer.onBehalfOf) === '' ? null : upper(signer.onBehalfOf);
  const collective = onBehalfOf !== null && isCollectiveBody(onBehalfOf) ? onBehalfOf : null;
  const lines: (string | null)[] = [];
  switch (signer.authority) {
    case 'TM.': {
      const body = onBehalfOf ?? (issuer ? bodyNameWithoutPlace(upper(issuer)) : null);
      lines.push(body ? `TM. ${body}` : 'TM.', title);
      break;
    }
    case 'KT.': {
      if (onBehalfOf !== null && collective === null) {
        lines.push(`KT. ${onBehalfOf}`, title);
        break;
      }
      const head = title === null ? null : headTitleOf(title);
      if (head === null) {
        lines.push(onBehalfOf ? `KT. ${onBehalfOf}` : 'KT.', title);
        break;
      }
      if (collective) lines.push(`TM. ${collective}`);
      lines.push(`KT. ${head}`, title);
      break;
    }
    case 'Q.': {
      // The acting head signs with the head's title only ("Q. GIÁM ĐỐC").
      const head = onBehalfOf !== null && collective === null ? onBehalfOf : (title?.replace(/^QUYỀN\s+/u, '') ?? null);
      if (collective) lines.push(`TM. ${collective}`);
      lines.push(head ? `Q. ${head}` : 'Q.');
      break;
    }
    case 'TL.':
    case 'TUQ.':
      lines.push(onBehalfOf ? `${signer.authority} ${onBehalfOf}` : signer.authority, title);
      break;
    case null:
      lines.push(title);
      break;
  }
  return lines.filter((l): l is string => l !== null && l !== '');
}
