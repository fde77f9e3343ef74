/**
 * What one Giấy khen says, line by line: the certificate renderers typeset it either on a plain
 * page or at the calibrated positions of a pre-printed blank (phôi). Pure data.
 */

export interface CertificateText {
  /** Who awards: "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA". */
  authority: string;
  /** "TẶNG", "GIẤY KHEN" — the lines above the name. */
  heading: string[];
  /** The person or collective, printed big and bold. */
  name: string;
  /** Position and unit: "Chuyên viên, Xã Mường Báng"; null for a collective without one. */
  unit: string | null;
  /** "Đã có thành tích …". */
  achievement: string;
  /** "Quyết định số 12/QĐ-UBND ngày 05/03/2025". */
  decision: string;
  /** "Tủa Chùa, ngày 05 tháng 3 năm 2025". */
  placeDate: string;
  /** Quyền hạn and chức vụ lines: "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  signerTitle: string[];
  signerName: string | null;
}

/** Where one field lands on a blank, in millimetres; y is the baseline of its first line. */
export interface PlacedField {
  field: 'name' | 'unit' | 'achievement' | 'decision' | 'placeDate' | 'signer';
  xMm: number;
  yMm: number;
  widthMm: number;
  fontSize: number;
  bold: boolean;
  align: 'left' | 'center';
}

export interface BlankLayout {
  pageWidthMm: number;
  pageHeightMm: number;
  fields: PlacedField[];
}

/** The text a blank's field receives; the signer field is the name (the blank prints the title). */
export function fieldText(text: CertificateText, field: PlacedField['field']): string | null {
  switch (field) {
    case 'name':
      return text.name;
    case 'unit':
      return text.unit;
    case 'achievement':
      return text.achievement;
    case 'decision':
      return text.decision;
    case 'placeDate':
      return text.placeDate;
    case 'signer':
      return text.signerName;
  }
}
