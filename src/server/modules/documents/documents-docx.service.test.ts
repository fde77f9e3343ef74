import { describe, expect, it } from 'vitest';
import { enactingAuthorityOf } from './documents-docx.service.js';

const signer = (authority: 'TM.' | 'KT.' | null) => ({ name: 'Trần Văn Bình', title: 'PHÓ CHỦ TỊCH', authority, onBehalfOf: authority === 'TM.' ? 'ỦY BAN NHÂN DÂN' : 'CHỦ TỊCH' });

describe('the enacting authority under a decision title (Decree 30, Mẫu 1.2)', () => {
  it('is the chair of the People’s Committee when a deputy signs for the chair', () => {
    expect(enactingAuthorityOf({ docType: 'Quyết định', issuerName: 'Ủy ban nhân dân huyện Tủa Chùa', signer: signer('KT.') })).toBe('Chủ tịch Ủy ban nhân dân huyện Tủa Chùa');
  });

  it('is the committee itself when it decides collectively (TM.)', () => {
    expect(enactingAuthorityOf({ docType: 'Quyết định', issuerName: 'Ủy ban nhân dân huyện Tủa Chùa', signer: signer('TM.') })).toBe('Ủy ban nhân dân huyện Tủa Chùa');
  });

  it('is not printed for other document types or issuers whose head the register does not name', () => {
    expect(enactingAuthorityOf({ docType: 'Công văn', issuerName: 'Ủy ban nhân dân huyện Tủa Chùa', signer: signer('KT.') })).toBeNull();
    expect(enactingAuthorityOf({ docType: 'Quyết định', issuerName: 'Sở Nội vụ tỉnh Điện Biên', signer: signer('KT.') })).toBeNull();
  });
});
