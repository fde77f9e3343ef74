import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout's root, found from this file whether it runs from src/ (tests) or dist/ (bundle). */
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'thidua') return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('Không tìm thấy thư mục gốc của thidua (package.json)');
    dir = up;
  }
}

export const ROOT_DIR = findRoot();
export const MIGRATIONS_DIR = join(ROOT_DIR, 'src/server/db/migrations');
export const WEB_DIST_DIR = join(ROOT_DIR, 'dist/web');
export const APP_VERSION: string = JSON.parse(readFileSync(join(ROOT_DIR, 'package.json'), 'utf8')).version;
