/** `thidua serve` as a separate process (the load generator must not share its event loop). */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, spawnThidua } from '../../test/e2e/support/server.js';

export const ROOT = join(import.meta.dirname, '../..');

export interface BenchServer {
  child: ChildProcess;
  baseUrl: string;
  /** Milliseconds from spawn to the first 200 on /api/health. */
  readyAfterMs: number;
  /** Resident memory of the server process now, in MB. */
  rssMb: () => number;
  stop: () => Promise<void>;
}

export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

const BUILD_LOCK = join(ROOT, 'dist/.build-lock');

/**
 * Builds the server and the web bundle when stale (a fresh clone has neither). Test files that
 * start servers run in parallel workers: one builds while the others wait, then find it fresh.
 */
export function ensureBuilt(): void {
  mkdirSync(join(ROOT, 'dist'), { recursive: true });
  for (const started = Date.now(); ; ) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      // A lock older than ten minutes was left by a build that died.
      const lock = statSync(BUILD_LOCK, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > 600_000) rmSync(BUILD_LOCK, { recursive: true, force: true });
      if (Date.now() - started > 900_000) throw new Error('Chờ biên dịch thidua quá lâu', { cause: err });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
    }
  }
  try {
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('Không biên dịch được thidua');
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

export async function startBenchServer(env: Record<string, string | undefined>): Promise<BenchServer> {
  // Built beforehand: the start-up measured is the server's, not a rebuild after a code change.
  ensureBuilt();
  const port = await freePort();
  // BENCH_SERVER_NODE_ARGS profiles the server during a run, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const { child, baseUrl, readyAfterMs } = await spawnThidua({ port, env: { ...env, THIDUA_DEMO: 'never', NODE_ENV: 'production' }, nodeArgs, pollMs: 20, timeoutMs: 300_000 });
  return {
    child,
    baseUrl,
    readyAfterMs,
    rssMb: () => rssOf(child.pid!),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Samples a process's RSS every 50 ms while `work` runs; the peak, in MB. */
export async function peakRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakMb: number; beforeMb: number }> {
  const beforeMb = rssOf(pid);
  let peakMb = beforeMb;
  const timer = setInterval(() => {
    try {
      peakMb = Math.max(peakMb, rssOf(pid));
    } catch {
      // the process ended
    }
  }, 50);
  try {
    const result = await work();
    peakMb = Math.max(peakMb, rssOf(pid));
    return { result, peakMb, beforeMb };
  } finally {
    clearInterval(timer);
  }
}
