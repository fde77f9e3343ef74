import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { UnreadableFileError } from './cells.js';
import { buildXlsx, readXlsx } from './xlsx.js';
import { zip } from '../../../test/support/zip.js';

// The adapter is the only source file importing exceljs; the test opens files with it to look
// at what the adapter wrote (styles, raw cell values), never comparing bytes.
async function open(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

async function workbookBytes(fill: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  fill(wb.addWorksheet('Trang 1'));
  return Buffer.from(await wb.xlsx.writeBuffer());
}


describe('buildXlsx', () => {
  it('writes a bold, frozen header, sized columns and the rows, and reads them back', async () => {
    const bytes = await buildXlsx([
      {
        name: 'Đơn vị',
        columns: [{ header: 'Mã đơn vị' }, { header: 'Tên đơn vị', width: 45 }, { header: 'Năm' }],
        rows: [
          ['XA-1', 'Xã Mường Báng', 2024],
          ['XA-2', 'Xã Đun Nhì', null],
        ],
      },
      { name: 'Loại đơn vị', columns: [{ header: 'Loại' }], rows: [['commune']] },
    ]);
    const wb = await open(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Đơn vị', 'Loại đơn vị']);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').value).toBe('Mã đơn vị');
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(2).width).toBe(45);
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(10);
    expect(ws.getCell('C2').value).toBe(2024);
    expect(await readXlsx(bytes)).toEqual([
      ['Mã đơn vị', 'Tên đơn vị', 'Năm'],
      ['XA-1', 'Xã Mường Báng', '2024'],
      ['XA-2', 'Xã Đun Nhì'],
    ]);
  });

  it('prefixes a quote to text a spreadsheet would run as a formula, and strips it on reading', async () => {
    // (A leading CR is escaped too, but XML reading turns it into LF, so it is checked in csv.test.ts.)
    const risky = ['=HYPERLINK("http://x","y")', '+1', '-1', '@SUM(A1)', '\tx'];
    const bytes = await buildXlsx([{ name: 'S', columns: risky.map((_, i) => ({ header: `c${i}` })), rows: [[...risky, -5]] }]);
    const row = (await open(bytes)).worksheets[0]!.getRow(2);
    expect(risky.map((_, i) => row.getCell(i + 1).value)).toEqual(risky.map((r) => `'${r}`));
    expect(row.getCell(risky.length + 1).value).toBe(-5); // a number is not text and stays a number
    const [, read] = await readXlsx(bytes);
    expect(read!.slice(0, 4)).toEqual(risky.slice(0, 4));
  });
});

describe('readXlsx', () => {
  it('turns every kind of cell into trimmed NFC text', async () => {
    const bytes = await workbookBytes((ws) => {
      ws.getCell('A1').value = { richText: [{ text: 'Xã ' }, { text: 'Mường Báng', font: { bold: true } }] };
      ws.getCell('B1').value = 1980;
      ws.getCell('C1').value = 0.1 + 0.2;
      ws.getCell('D1').value = new Date(Date.UTC(2024, 10, 5));
      ws.getCell('E1').value = { formula: 'B1+1', result: 1981 };
      ws.getCell('F1').value = { text: 'Trang chủ', hyperlink: 'https://example.vn' };
      ws.getCell('G1').value = true;
      ws.getCell('H1').value = { error: '#N/A' };
      ws.getCell('I1').value = '  Xã Đun Nhì  '.normalize('NFD');
      ws.getCell('J1').value = { formula: 'A1', result: undefined };
      ws.getCell('K1').value = 'cuối';
      ws.getCell('A3').value = 'sau một dòng trống';
      ws.mergeCells('A4:C4');
      ws.getCell('A4').value = 'gộp ô';
    });
    const table = await readXlsx(bytes);
    expect(table[0]).toEqual(['Xã Mường Báng', '1980', '0.3', '05/11/2024', '1981', 'Trang chủ', 'TRUE', '#N/A', 'Xã Đun Nhì', '', 'cuối']);
    expect(table[0]![8]).toBe('Xã Đun Nhì'.normalize('NFC'));
    expect(table[1]).toEqual([]); // the empty row 2 keeps its place, so row numbers stay right
    expect(table[2]).toEqual(['sau một dòng trống']);
    expect(table[3]).toEqual(['gộp ô']);
    expect(table).toHaveLength(4);
  });

  it('reads only the first worksheet', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Một').getCell('A1').value = 'một';
    wb.addWorksheet('Hai').getCell('A1').value = 'hai';
    expect(await readXlsx(Buffer.from(await wb.xlsx.writeBuffer()))).toEqual([['một']]);
  });

  it.each([
    ['empty bytes', Buffer.alloc(0), /Tệp trống/],
    ['text', Buffer.from('Mã đơn vị,Tên đơn vị\nX,Y\n'), /không phải định dạng Excel/],
    ['an Excel 97–2003 file', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), /\.xls\).*lưu lại dạng \.xlsx/],
    ['a truncated ZIP', Buffer.from('PK\x03\x04 truncated zip file with no directory at all'), /không phải định dạng Excel/],
    ['a ZIP that is not a workbook', zip([{ name: 'hello.txt', data: Buffer.from('xin chào') }]), /không có trang tính/],
  ])('refuses %s with a clear message', async (_what, bytes, message) => {
    const err = await readXlsx(bytes).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnreadableFileError);
    expect((err as Error).message).toMatch(message);
  });

  it('refuses a zip bomb before inflating it in memory', async () => {
    const bomb = zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(30 * 1024 * 1024, 0x20) }]);
    expect(bomb.length).toBeLessThan(100 * 1024);
    await expect(readXlsx(bomb)).rejects.toThrow(/giải nén vượt quá 25 MB/);
  });

  it('refuses an entry that inflates past the size it declares', async () => {
    const liar = zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(2 * 1024 * 1024, 0x20), declaredSize: 1000 }]);
    await expect(readXlsx(liar)).rejects.toThrow(/giải nén vượt quá/);
  });

  it('refuses more rows than the limit, and data beyond the last column read', async () => {
    const far = await workbookBytes((ws) => {
      ws.getCell('A1').value = 'tiêu đề';
      ws.getCell('A20001').value = 'dòng dữ liệu thứ 20.000';
    });
    expect(await readXlsx(far)).toHaveLength(20001);
    const tooFar = await workbookBytes((ws) => {
      ws.getCell('A1').value = 'tiêu đề';
      ws.getCell('A20002').value = 'quá xa';
    });
    await expect(readXlsx(tooFar)).rejects.toThrow(/dòng 20002, vượt giới hạn 20\.000 dòng dữ liệu/);
    const small = await workbookBytes((ws) => {
      for (let r = 1; r <= 12; r++) ws.getCell(`A${r}`).value = r;
    });
    await expect(readXlsx(small, { maxRows: 10 })).rejects.toThrow(/dòng 11/);
    expect(await readXlsx(small, { maxRows: 12 })).toHaveLength(12);
    const wide = await workbookBytes((ws) => {
      ws.getCell(1, 201).value = 'cột 201';
    });
    await expect(readXlsx(wide)).rejects.toThrow(/cột thứ 201/);
  });
});
