// Builds what `thidua` needs: the server/CLI bundle (esbuild) and the web app (Vite).
// Each part is rebuilt only when a source file is newer than its output, so a second start is quick.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI_OUT = join(root, 'dist/cli.js');
const WEB_OUT = join(root, 'dist/web/index.html');

function newest(paths) {
  let max = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) walk(join(p, name));
    } else if (st.mtimeMs > max) {
      max = st.mtimeMs;
    }
  };
  paths.forEach((p) => walk(join(root, p)));
  return max;
}

const mtime = (p) => (existsSync(p) ? statSync(p).mtimeMs : 0);

export function serverIsStale() {
  return newest(['src/server', 'src/cli', 'src/core', 'src/contract', 'package-lock.json']) > mtime(CLI_OUT);
}

export function webIsStale() {
  return newest(['src/web', 'src/core', 'src/contract', 'index.html', 'vite.config.ts', 'package-lock.json']) > mtime(WEB_OUT);
}

export async function buildServer() {
  const esbuild = await import('esbuild');
  await esbuild.build({
    entryPoints: { cli: join(root, 'src/cli/index.ts') },
    outdir: join(root, 'dist'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

/**
 * Always the production bundle: a build started under the test runner inherits NODE_ENV=test, and
 * antd's components then give every radio group the same fixed name ("test-id"), so two groups on
 * one page uncheck each other in the browser.
 */
export async function buildWeb() {
  const { build } = await import('vite');
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production', define: { 'process.env.NODE_ENV': JSON.stringify('production') } });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
}

/**
 * Builds the stale parts; `web` only when the web app is needed (serve). The builds run in a
 * child process, so the server that starts next does not keep the bundlers' memory. Messages go
 * to stderr: stdout may be piped (thidua parse X --json > d.json).
 */
/** False on a production install (`npm ci --omit=dev`, `npm prune --omit=dev`): the bundlers are gone. */
function canBuild() {
  try {
    createRequire(import.meta.url).resolve('esbuild');
    return true;
  } catch {
    return false;
  }
}

export async function ensureBuilt({ web }) {
  const parts = [];
  if (serverIsStale()) parts.push('--server');
  if (web && webIsStale()) parts.push('--web');
  if (parts.length === 0) return;
  if (!canBuild()) {
    // A pruned install rewrites package-lock.json, which looks newer than dist/: run what was built.
    const outputs = [CLI_OUT, ...(web ? [WEB_OUT] : [])];
    if (outputs.every((p) => existsSync(p))) return;
    throw new Error('Chưa biên dịch thidua và không có công cụ biên dịch (cài đặt thiếu devDependencies): chạy `npm ci && npm run build` trước khi bỏ các gói phát triển.');
  }
  console.error(parts.includes('--web') ? 'Đang biên dịch máy chủ và giao diện web…' : 'Đang biên dịch máy chủ…');
  const res = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...parts], { stdio: ['ignore', 2, 2] });
  if (res.status !== 0) throw new Error('Biên dịch không thành công');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const all = process.argv.includes('--all');
  if (all || process.argv.includes('--server')) await buildServer();
  if (all || process.argv.includes('--web')) await buildWeb();
  if (process.argv.length === 2) await ensureBuilt({ web: true });
}
