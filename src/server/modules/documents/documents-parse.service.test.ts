import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../core/documents/parse-document.js';
import { ROOT_DIR } from '../../paths.js';
import { renderDocumentDocx } from '../../render/docx/index.js';
import { decodeText, DOCX_TYPE, parseDocumentFile, sniffDocumentFile } from './documents-parse.service.js';

const seed = readFileSync(join(ROOT_DIR, '../shared/seeds/000_9cec8085d2253f0e.txt'), 'utf8');

describe('parse ↔ render', () => {
  it('reads back what the DOCX renderer typesets from a parse: the same document', async () => {
    const parsed = parseDocument(seed);
    const back = await parseDocumentFile({ bytes: await renderDocumentDocx(parsed), contentType: DOCX_TYPE });
    // The renderer ends the "Lưu" line with the full stop Decree 30 asks for; nothing else differs.
    expect(back.distribution.at(-1)).toBe('- Lưu: VT, NV.');
    expect({ ...back, distribution: back.distribution.slice(0, -1) }).toEqual({ ...parsed, distribution: parsed.distribution.slice(0, -1) });
  });
});

describe('decodeText', () => {
  it('falls back to Windows-1258 for bytes that are not UTF-8, so an 8-bit TCVN3 file is reported, not garbled silently', () => {
    const tcvn3 = Buffer.from('Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\nSè: 12/UBND-VP', 'latin1');
    const text = decodeText(tcvn3);
    expect(text).toContain('Céng hoµ');
    expect(parseDocument(text).problems.map((p) => p.code)).toEqual(['legacy_encoding']);
  });

  it('ignores an unknown charset label and reads UTF-8', () => {
    expect(decodeText(Buffer.from('Tủa Chùa', 'utf8'), 'text/plain; charset=khong-co')).toBe('Tủa Chùa');
  });
});

describe('sniffDocumentFile', () => {
  it('trusts the bytes over the declared type, and the declared type only to refuse', () => {
    expect(sniffDocumentFile({ bytes: Buffer.from('%PDF-1.4\n'), contentType: 'text/plain' })).toBe('pdf');
    expect(sniffDocumentFile({ bytes: Buffer.from('PK\x03\x04'), fileName: 'van-ban.txt' })).toBe('docx');
    expect(sniffDocumentFile({ bytes: Buffer.from('Số: 12/UBND-VP') })).toBe('text');
    expect(() => sniffDocumentFile({ bytes: Buffer.from('Số: 12/UBND-VP'), fileName: 'van-ban.docx' })).toThrow(/Word \.docx/);
  });
});
