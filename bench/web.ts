/** What the browser downloads first: the JavaScript the page loads at once (entry and preloads), gzipped. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from './lib/server.js';

export function initialJsGzipKb(): { kb: number; files: number; allKb: number } {
  const web = join(ROOT, 'dist/web');
  const html = readFileSync(join(web, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const size = (files: string[]) => files.reduce((n, f) => n + gzipSync(readFileSync(join(web, f))).length, 0) / 1024;
  const all = readdirSync(join(web, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => `/assets/${f}`);
  return { kb: size(initial), files: initial.length, allKb: size(all) };
}

/**
 * Milliseconds from opening an assignment's dashboard (signed in already, the app's code cached
 * as on a second visit) until every chart on it has drawn: the completeness chart and one per
 * numeric indicator with figures (`charts` in all). Null when there is no chromium on the machine.
 */
export async function dashboardUsableMs(baseUrl: string, username: string, password: string, assignmentId: string, charts: number): Promise<number | null> {
  const executablePath = process.env.THIDUA_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) return null;
  const { launchBrowser } = await import('../test/e2e/support/browser.js');
  const { browser, close } = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(baseUrl);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor({ timeout: 60_000 });
    const url = `${baseUrl}/nhiem-vu/${assignmentId}?tab=tong-quan`;
    const drawn = () => page.waitForFunction((n) => document.querySelectorAll('[role="img"][aria-label] svg').length >= n, charts, { timeout: 300_000 });
    // A first visit loads the page's code; the figure is that of a leader coming back to it.
    await page.goto(url);
    await drawn();
    const started = performance.now();
    await page.goto(url);
    await drawn();
    return performance.now() - started;
  } finally {
    await close();
  }
}
