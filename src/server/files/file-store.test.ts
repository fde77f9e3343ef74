import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { attachmentDisposition } from '../http/content-disposition.js';
import { sanitizeFileName } from './attachments.js';
import { createFileStore, openFileStore } from './file-store.js';

const dir = mkdtempSync(join(tmpdir(), 'thidua-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const files = (root: string) => readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

describe('the content-addressed file store', () => {
  it('stores bytes under their SHA-256, once, and reads them back', async () => {
    const store = createFileStore(dir);
    const bytes = Buffer.from('Quyết định khen thưởng');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(await store.put(bytes)).toEqual({ sha256, size: bytes.length });
    expect(await store.put(Buffer.from(bytes))).toEqual({ sha256, size: bytes.length });
    expect(files(dir).map((f) => join(f.parentPath, f.name))).toEqual([join(dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256)]);
    expect((await store.get(sha256))!.equals(bytes)).toBe(true);
    await store.put(Buffer.from('khác'));
    expect(files(dir)).toHaveLength(2);
    // No temporary file is left behind.
    expect(files(dir).filter((f) => f.name.includes('.tmp-'))).toEqual([]);
  });

  it('answers null for unknown or malformed addresses (no path escapes)', async () => {
    const store = createFileStore(dir);
    expect(await store.get('0'.repeat(64))).toBeNull();
    expect(await store.get('../../etc/passwd')).toBeNull();
    expect(await store.get('A'.repeat(64))).toBeNull();
  });

  it('creates its folder at start, and says which setting is wrong when it cannot', async () => {
    const fresh = join(dir, 'nested', 'files');
    await openFileStore(fresh);
    expect(readdirSync(fresh)).toEqual([]);
    // A folder inside a regular file cannot exist (a permission test would pass as root).
    writeFileSync(join(dir, 'a-file'), '');
    await expect(openFileStore(join(dir, 'a-file', 'files'))).rejects.toThrow(/THIDUA_FILES_DIR/);
  });
});

describe('file names', () => {
  it('keeps the last path segment, without control or reserved characters', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('..\\..\\boot.ini')).toBe('boot.ini');
    expect(sanitizeFileName('Báo cáo\u0000\u001f tháng 5.docx')).toBe('Báo cáo tháng 5.docx');
    expect(sanitizeFileName('a<b>:c"d|e?f*.pdf')).toBe('a_b__c_d_e_f_.pdf');
    expect(sanitizeFileName('.htaccess')).toBe('htaccess');
    expect(sanitizeFileName('../..')).toBe('tep-dinh-kem');
    expect(sanitizeFileName(undefined)).toBe('tep-dinh-kem');
    expect(sanitizeFileName('x'.repeat(300))).toHaveLength(200);
    expect(sanitizeFileName('Quyết định'.normalize('NFD'))).toBe('Quyết định'.normalize('NFC'));
  });

  it('sends any name as an ASCII fallback plus the exact UTF-8 name (RFC 5987)', () => {
    expect(attachmentDisposition('Đề án "mới" (2024).pdf')).toBe(
      `attachment; filename="De an _moi_ (2024).pdf"; filename*=UTF-8''%C4%90%E1%BB%81%20%C3%A1n%20%22m%E1%BB%9Bi%22%20%282024%29.pdf`,
    );
  });
});
