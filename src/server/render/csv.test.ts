import { describe, expect, it } from 'vitest';
import { UnreadableFileError } from './cells.js';
import { buildCsv, detectDelimiter, readCsv } from './csv.js';

describe('buildCsv', () => {
  it('writes UTF-8 with a BOM, CRLF lines and RFC 4180 quoting', () => {
    const bytes = buildCsv(['Mã', 'Tên'], [['XA-1', 'Xã "Mới", thôn 1'], ['XA-2', 'dòng một\ndòng hai'], ['XA-3', null]]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('Mã,Tên\r\nXA-1,"Xã ""Mới"", thôn 1"\r\nXA-2,"dòng một\ndòng hai"\r\nXA-3,\r\n');
  });

  it('escapes text that a spreadsheet would run as a formula, but not numbers', () => {
    const text = buildCsv(['a', 'b', 'c', 'd', 'e', 'f', 'g'], [['=1+1', '+1', '@x', '-x', '\tx', '\rx', -5]]).toString('utf8');
    expect(text.split('\r\n')[1]).toBe("'=1+1,'+1,'@x,'-x,'\tx,\"'\rx\",-5");
  });

  it('reads back what it writes', () => {
    const rows = [
      ['XA-1', 'Xã "Mới", thôn 1'],
      ['XA-2', 'dòng một\ndòng hai'],
      ['XA-3', '=HYPERLINK("x")'],
    ];
    expect(readCsv(buildCsv(['Mã', 'Tên'], rows))).toEqual([['Mã', 'Tên'], ...rows]);
  });
});

describe('readCsv', () => {
  it('reads ; separated text with a BOM and NFD letters as NFC, keeping row numbers', () => {
    const text = '\uFEFFMã đơn vị;Tên đơn vị\r\n\r\nXA-1; Xã Đun Nhì \r\n"XA;2";"Thôn ""Bản"""\r\n'.normalize('NFD');
    const table = readCsv(Buffer.from(text, 'utf8'));
    expect(table).toEqual([['Mã đơn vị', 'Tên đơn vị'], [], ['XA-1', 'Xã Đun Nhì'], ['XA;2', 'Thôn "Bản"']]);
    expect(table[0]![0]).toBe('Mã đơn vị'.normalize('NFC'));
    expect(table[2]![1]).toBe('Xã Đun Nhì'.normalize('NFC'));
  });

  it('picks the separator used most on the first lines, ignoring quoted ones', () => {
    expect(detectDelimiter('a,b,c\n1;2;3;4;5', 1)).toBe(',');
    expect(detectDelimiter('DANH SÁCH\na;b;c\n1;2;3')).toBe(';');
    expect(detectDelimiter('"a,b,c";d;e\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('a')).toBe(',');
  });

  it('reads Excel "Unicode Text" (UTF-16) and the Vietnamese Windows code page', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Mã\tTên\r\nX\tXã Đun Nhì\r\n', 'utf16le')]);
    expect(readCsv(utf16)).toEqual([['Mã', 'Tên'], ['X', 'Xã Đun Nhì']]);
    // "Đơn vị;Tính" in windows-1258: Đ=D0, ơ=F5, combining dot below=F2, combining acute=EC.
    const cp1258 = Buffer.from([0xd0, 0xf5, 0x6e, 0x20, 0x76, 0x69, 0xf2, 0x3b, 0x54, 0x69, 0xec, 0x6e, 0x68]);
    expect(readCsv(cp1258)).toEqual([['Đơn vị', 'Tính']]);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), /Tệp trống/],
    ['only blank lines', Buffer.from('\r\n \r\n'), /Tệp trống/],
    ['an XLSX file', Buffer.from('PK\x03\x04rest of a zip'), /tệp Excel \(\.xlsx\), không phải CSV/],
    ['binary bytes', Buffer.from([0x01, 0x00, 0x02, 0x03, 0xff, 0x00]), /không phải tệp văn bản CSV/],
    ['an unclosed quote', Buffer.from('a,b\n1,"2\n3,4'), /sai định dạng ở dòng/],
  ])('refuses %s', (_what, bytes, message) => {
    let err: unknown;
    try {
      readCsv(bytes);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(UnreadableFileError);
    expect((err as Error).message).toMatch(message);
  });

  it('refuses more rows than the limit', () => {
    const text = Array.from({ length: 12 }, (_, i) => `r${i}`).join('\n');
    expect(() => readCsv(Buffer.from(text), { maxRows: 10 })).toThrow(/quá 9 dòng dữ liệu/);
    expect(readCsv(Buffer.from(text), { maxRows: 12 })).toHaveLength(12);
  });
});
