/** What the browser downloads first: the JavaScript the page loads at once (entry and preloads), gzipped. */
import { readdirSync, readFileSync } from 'node:fs';
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
