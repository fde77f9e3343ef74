import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

export interface RunningServer {
  child: ChildProcess;
  port: number;
  dataDir: string;
  baseUrl: string;
  output: () => string;
  /** Milliseconds from spawn to the first 200 on /api/health. */
  readyAfterMs: number;
}

/**
 * Spawns `thidua serve` on `port` with `env` added to this process's, and waits for the first 200
 * on /api/health (polling every `pollMs`); fails with the server's output if it exits or hangs.
 */
export async function spawnThidua(opts: { port: number; env: Record<string, string | undefined>; nodeArgs?: string[]; pollMs?: number; timeoutMs?: number }) {
  const started = performance.now();
  // An undefined value removes the variable: an embedded run must not inherit a DATABASE_URL.
  const env = Object.fromEntries(Object.entries({ ...process.env, PORT: String(opts.port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...opts.env }).filter(([, v]) => v !== undefined));
  const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), join(ROOT, 'bin/thidua.js'), 'serve'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const baseUrl = `http://127.0.0.1:${opts.port}`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`thidua exited with ${child.exitCode}:\n${out}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (performance.now() - started > (opts.timeoutMs ?? 200_000)) throw new Error(`thidua did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, opts.pollMs ?? 100));
  }
  return { child, baseUrl, output: () => out, readyAfterMs: performance.now() - started };
}

/**
 * Starts `thidua serve` as a user would (the real CLI, a real embedded database): on dataDir, or
 * on a copy of the seeded `template` directory, or on a new directory it seeds itself.
 */
export async function startServer(opts: { dataDir?: string; template?: string; port?: number } = {}): Promise<RunningServer> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'thidua-e2e-'));
  if (opts.template && !opts.dataDir) cpSync(opts.template, dataDir, { recursive: true });
  const port = opts.port ?? (await freePort());
  const spawned = await spawnThidua({ port, env: { THIDUA_DATA_DIR: dataDir } });
  return { ...spawned, port, dataDir };
}

export async function stopServer(server: RunningServer, signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
  if (server.child.exitCode !== null) return server.child.exitCode;
  return new Promise((resolve) => {
    server.child.once('exit', (code) => resolve(code));
    server.child.kill(signal);
  });
}
