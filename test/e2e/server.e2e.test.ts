import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, ROOT, startServer, stopServer, type RunningServer } from './support/server.js';

let server: RunningServer | null = null;
afterAll(async () => {
  if (server) await stopServer(server);
});

describe('npm start on an embedded database', () => {
  it('starts on a new data directory with demo data and prints the demo sign-ins', async () => {
    server = await startServer();
    const health = await (await fetch(`${server.baseUrl}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', engine: 'pglite' });
    expect(health.migration.applied).toBeGreaterThan(0);
    expect(server.output()).toMatch(/canbo\.thidua/);
    expect(server.output()).toMatch(/thidua2024/);
    console.log(`first start: ready after ${server.readyAfterMs} ms`);
  });

  it('refuses a second server on the same data directory and leaves the first untouched', async () => {
    const res = spawnSync(process.execPath, [join(ROOT, 'bin/thidua.js'), 'serve'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(await freePort()), THIDUA_DATA_DIR: server!.dataDir },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(res.status).not.toBe(0);
    expect(res.stderr).toMatch(/đang được một tiến trình thidua khác/);
    expect((await fetch(`${server!.baseUrl}/api/health`)).status).toBe(200);
  });

  it('closes cleanly on SIGTERM, releasing the lock, and starts again on the same data', async () => {
    const code = await stopServer(server!, 'SIGTERM');
    expect(code).toBe(0);
    expect(existsSync(join(server!.dataDir, 'thidua.lock'))).toBe(false);
    const again = await startServer({ dataDir: server!.dataDir });
    server = again;
    console.log(`second start: ready after ${again.readyAfterMs} ms`);
    const signIn = await fetch(`${again.baseUrl}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'canbo.thidua', password: 'thidua2024' }),
    });
    expect(signIn.status).toBe(200);
    expect(again.output()).not.toMatch(/đang nạp dữ liệu minh họa/);
  });
});
