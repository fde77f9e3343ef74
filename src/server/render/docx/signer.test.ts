import { describe, expect, it } from 'vitest';
import type { Signer } from '../../../contract/documents.js';
import { signerAuthorityLines } from './signer.js';

const signer = (s: Partial<Signer>): Signer => ({ name: 'Nguyễn Văn A', title: null, authority: null, onBehalfOf: null, ...s });
const PREFIXES = /^(TM\.|KT\.|Q\.|TL\.|TUQ\.) /;

describe('signer authority lines (ô 7a)', () => {
  it('signs TM. of a collective body above the head\'s title', () => {
    expect(signerAuthorityLines(signer({ title: 'Chủ tịch', authority: 'TM.', onBehalfOf: 'Ủy ban nhân dân' }))).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
    ]);
  });

  it('takes the body for TM. from the issuer when the signer does not name it', () => {
    expect(signerAuthorityLines(signer({ title: 'CHỦ TỊCH', authority: 'TM.' }), 'ỦY BAN NHÂN DÂN HUYỆN TỦA CHÙA')).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'CHỦ TỊCH',
    ]);
  });

  it('signs KT. for the head\'s title; a deputy of a collective body also signs TM. of the body', () => {
    expect(signerAuthorityLines(signer({ title: 'PHÓ CHỦ TỊCH', authority: 'KT.', onBehalfOf: 'ỦY BAN NHÂN DÂN' }))).toEqual([
      'TM. ỦY BAN NHÂN DÂN',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
    ]);
    expect(signerAuthorityLines(signer({ title: 'Phó Giám đốc', authority: 'KT.', onBehalfOf: 'Giám đốc' }))).toEqual([
      'KT. GIÁM ĐỐC',
      'PHÓ GIÁM ĐỐC',
    ]);
    expect(signerAuthorityLines(signer({ title: 'Phó Thủ tướng', authority: 'KT.', onBehalfOf: null }))).toEqual([
      'KT. THỦ TƯỚNG',
      'PHÓ THỦ TƯỚNG',
    ]);
  });

  it('writes Q., TL., TUQ. and no authority as Decree 30 does', () => {
    expect(signerAuthorityLines(signer({ title: 'Quyền Giám đốc', authority: 'Q.' }))).toEqual(['Q. GIÁM ĐỐC']);
    expect(signerAuthorityLines(signer({ title: 'Chánh Văn phòng', authority: 'TL.', onBehalfOf: 'Chủ tịch' }))).toEqual([
      'TL. CHỦ TỊCH',
      'CHÁNH VĂN PHÒNG',
    ]);
    expect(signerAuthorityLines(signer({ title: 'Giám đốc', authority: 'TUQ.', onBehalfOf: 'Chủ tịch' }))).toEqual([
      'TUQ. CHỦ TỊCH',
      'GIÁM ĐỐC',
    ]);
    expect(signerAuthorityLines(signer({ title: 'Hiệu trưởng' }))).toEqual(['HIỆU TRƯỞNG']);
  });

  it('starts every authority line with one of the five prefixes', () => {
    for (const authority of ['TM.', 'KT.', 'Q.', 'TL.', 'TUQ.'] as const) {
      const [first] = signerAuthorityLines(signer({ title: 'PHÓ CHỦ TỊCH', authority, onBehalfOf: 'ỦY BAN NHÂN DÂN' }));
      expect(first).toMatch(PREFIXES);
    }
  });
});
