import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `Thư mục dữ liệu ${dataDir} đang được một tiến trình thidua khác (PID ${holderPid}) sử dụng. ` +
        'Cơ sở dữ liệu nhúng chỉ cho phép một tiến trình; hãy dừng tiến trình kia, hoặc dùng PostgreSQL (DATABASE_URL) để chạy nhiều tiến trình.',
    );
    this.name = 'DataDirLockedError';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite has no directory lock and two processes on one directory corrupt it,
 * so thidua holds an exclusive lock file for as long as the database is open.
 * A lock left by a process that no longer exists (kill -9, power loss) is taken over.
 */
const heldHere = new Set<string>();

export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = join(dataDir, 'thidua.lock');
  // A lock naming our own PID is ours only if this process took it (in a container the PID repeats across restarts).
  if (heldHere.has(lockPath)) throw new DataDirLockedError(dataDir, process.pid);
  const content = JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, content);
      closeSync(fd);
      heldHere.add(lockPath);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        heldHere.delete(lockPath);
        rmSync(lockPath, { force: true });
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder: { pid?: number; host?: string } = {};
      try {
        holder = JSON.parse(readFileSync(lockPath, 'utf8')) as typeof holder;
      } catch {
        // A lock file cut short by a crash names no holder: treat as stale.
      }
      const sameHost = !holder.host || holder.host === hostname();
      if (holder.pid && holder.pid !== process.pid && sameHost && isAlive(holder.pid)) {
        throw new DataDirLockedError(dataDir, holder.pid);
      }
      if (holder.pid && !sameHost) throw new DataDirLockedError(dataDir, holder.pid);
      // Stale: replace atomically and try again.
      const tmp = `${lockPath}.${process.pid}`;
      writeFileSync(tmp, '');
      renameSync(tmp, lockPath);
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Không lấy được khóa thư mục dữ liệu ${dataDir}`);
}
