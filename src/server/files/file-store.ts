import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Where attachments' bytes live, addressed by their SHA-256: the same bytes are stored once,
 * whatever their name or document. One interface, so a later object store can replace the disk.
 */
export interface FileStore {
  put(bytes: Buffer): Promise<{ sha256: string; size: number }>;
  get(sha256: string): Promise<Buffer | null>;
}

const SHA256 = /^[0-9a-f]{64}$/;

/** Files under `<dir>/<aa>/<bb>/<sha256>`, written to a temporary name and renamed into place. */
export function createFileStore(dir: string): FileStore {
  const pathOf = (sha256: string) => join(dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  return {
    async put(bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const path = pathOf(sha256);
      const existing = await stat(path).catch(() => null);
      if (existing?.size === bytes.length) return { sha256, size: bytes.length };
      await mkdir(join(dir, sha256.slice(0, 2), sha256.slice(2, 4)), { recursive: true });
      // A reader never sees a half-written file: rename is atomic within one file system.
      const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
      try {
        await writeFile(tmp, bytes);
        await rename(tmp, path);
      } catch (err) {
        await rm(tmp, { force: true });
        throw err;
      }
      return { sha256, size: bytes.length };
    },
    async get(sha256) {
      if (!SHA256.test(sha256)) return null;
      try {
        return await readFile(pathOf(sha256));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
  };
}

/** The store of a running server: creates the folder and stops at start if it cannot be written. */
export async function openFileStore(dir: string): Promise<FileStore> {
  try {
    await mkdir(dir, { recursive: true });
    const probe = join(dir, `.write-test-${process.pid}`);
    await writeFile(probe, '');
    await rm(probe, { force: true });
  } catch (err) {
    throw new Error(`Không ghi được vào thư mục tệp đính kèm ${dir} (THIDUA_FILES_DIR): ${(err as Error).message}`, { cause: err });
  }
  return createFileStore(dir);
}
