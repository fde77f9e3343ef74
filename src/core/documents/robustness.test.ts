/**
 * A parse never throws and stays fast, whatever arrives: nothing, binary, garbage, and 1 MB
 * texts built to make a careless regular expression backtrack for minutes.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ParsedDocumentSchema } from '../../contract/documents.js';
import { MAX_PARSE_CHARS, parseDocument } from './parse-document.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const seed = readFileSync(join(ROOT, '../shared/seeds/000_9cec8085d2253f0e.txt'), 'utf8');
const MB = 1_000_000;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length));

function parseTimed(text: string) {
  const started = performance.now();
  const doc = parseDocument(text);
  const ms = performance.now() - started;
  expect(() => ParsedDocumentSchema.parse(doc)).not.toThrow();
  return { doc, ms };
}
const codes = (text: string) => parseTimed(text).doc.problems.map((p) => p.code);

describe('inputs that are not a document', () => {
  it.each([
    ['empty', ''],
    ['only whitespace', '  \n\n\t \r\n \u00a0 '],
    ['only line breaks', '\n'.repeat(10_000)],
  ])('%s: empty_text, nothing else', (_what, text) => {
    const { doc } = parseTimed(text);
    expect(doc.problems.map((p) => p.code)).toEqual(['empty_text']);
    expect(doc.body).toEqual([]);
  });

  it('binary bytes read as text: binary_content, nothing parsed', () => {
    const { doc } = parseTimed(randomBytes(64 * 1024).toString('latin1'));
    expect(doc.problems.map((p) => p.code)).toEqual(['binary_content']);
    expect(doc).toMatchObject({ docType: null, number: null, issuer: null, body: [] });
  });

  it('a few stray control characters are dropped and mentioned, the rest is read', () => {
    const { doc } = parseTimed('Số: 12/UBND-VP\u0000\nV/v tổng kết\u0007 thi đua');
    expect(doc.symbol).toBe('UBND-VP');
    expect(doc.subject).toBe('tổng kết thi đua');
    expect(doc.problems.map((p) => p.code)).toContain('control_characters');
  });

  it('garbage words: unrecognised, and no invented fields', () => {
    const { doc } = parseTimed('lorem ipsum dolor sit amet\nqwerty 12345 !!! ###\n');
    expect(doc.problems.map((p) => p.code)).toContain('unrecognised');
    expect(doc).toMatchObject({ docType: null, number: null, symbol: null, issuer: null, place: null, date: null, year: null, subject: null, signer: null });
    expect(doc.references).toEqual([]);
  });

  it('a value that is not a string at all', () => {
    expect(parseDocument(undefined as unknown as string).problems.map((p) => p.code)).toEqual(['empty_text']);
    expect(parseDocument(42 as unknown as string).problems.map((p) => p.code)).toEqual(['empty_text']);
  });

  it('cuts a text past the limit and says so', () => {
    expect(codes('a '.repeat(MAX_PARSE_CHARS / 2 + 10))).toContain('text_truncated');
  });
});

describe('1 MB texts parse in linear time', () => {
  // Each of these made an earlier version of some pattern quadratic (minutes, not milliseconds).
  const cases: [string, string][] = [
    ['the seed, repeated', fill(seed)],
    ['one line without spaces', 'a'.repeat(MB)],
    ['one Vietnamese paragraph', fill('đẩy mạnh phong trào thi đua yêu nước ')],
    ['spaces then one letter', `${' '.repeat(MB)}x`],
    ['pipes', '|'.repeat(MB)],
    ['slashes and digits', fill('1/')],
    ['impossible dates', fill('07/5/201954 ')],
    ['citations', fill('Quyết định số 12/QĐ-UBND ngày 01/01/2024 của UBND tỉnh; ')],
    ['letter spacing', fill('T H Ủ ')],
    ['letter-spaced lines', fill('T H Ủ  T Ư Ớ N G\n')],
    ['signature titles', fill('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n')],
    ['caps lines', fill('ỦY BAN NHÂN DÂN\n')],
    ['hyphen breaks', fill('hi-\nện ')],
    ['percentages', fill('ít nhất 80% hồ sơ, ')],
    ['deadlines', fill('chậm nhất ngày 05/11/2024 ')],
    ['place and date openings', fill('Hà Nội, ngày ')],
    ['number fields', fill('Số: ')],
    ['Kính gửi blocks', fill('Kính gửi:\n- A;\n')],
    ['Nơi nhận blocks', fill('Nơi nhận:\n- A;\n')],
    ['Quốc hiệu', fill('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ')],
    ['HTML tags', fill('<span class="x">')],
    ['open angle brackets', '<'.repeat(MB)],
  ];

  it.each(cases)('%s', (_what, text) => {
    const { ms } = parseTimed(text);
    expect(ms).toBeLessThan(5_000);
  });

  it('still reads the document when it is the start of a 1 MB text', () => {
    const { doc } = parseTimed(fill(seed));
    expect(doc).toMatchObject({ docType: 'Công văn', symbol: 'UBND-NV', place: 'Tủa Chùa', year: 2024 });
  });
});
