/**
 * The licence of every package a running thidua loads: the lock file's packages that are not
 * development-only, each with the licence it declares. A licence outside the accepted list, or
 * none at all, fails the check unless it was reviewed (below, with the reason).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Permissive licences, compatible with thidua's MIT licence for distribution. */
export const ACCEPTED = new Set(['MIT', 'ISC', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'BlueOak-1.0.0', 'MIT-0', 'Unlicense', '0BSD', 'CC0-1.0', 'MIT/X11', 'BSD', '(MIT AND Zlib)', '(MIT OR GPL-3.0-or-later)', '(MIT OR Apache-2.0)']);

/** Packages whose declared licence is missing or unusual, looked at by hand. */
export const REVIEWED: Record<string, { licence: string; why: string }> = {
  'buffers@0.1.1': {
    licence: 'MIT/X11 (not declared)',
    why: 'declares no licence; its author published his packages of that time (binary, chainsaw) under MIT/X11; only exceljs reads XLSX through it (unzipper)',
  },
};

export interface RuntimePackage {
  name: string;
  version: string;
  licence: string;
  status: 'accepted' | 'reviewed' | 'refused';
  note: string | null;
}

interface LockEntry {
  version?: string;
  license?: string;
  dev?: boolean;
  devOptional?: boolean;
  name?: string;
}

export function runtimePackages(lock: { packages: Record<string, LockEntry> }): RuntimePackage[] {
  return Object.entries(lock.packages)
    .filter(([path, e]) => path !== '' && !e.dev && !e.devOptional)
    .map(([path, e]) => {
      const name = e.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
      const version = e.version ?? '?';
      const reviewed = REVIEWED[`${name}@${version}`];
      const declared = e.license ?? null;
      if (declared && ACCEPTED.has(declared)) return { name, version, licence: declared, status: 'accepted' as const, note: null };
      if (reviewed) return { name, version, licence: reviewed.licence, status: 'reviewed' as const, note: reviewed.why };
      return { name, version, licence: declared ?? '(không khai báo)', status: 'refused' as const, note: null };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1));
}

export function readLock(root: string) {
  return JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
}
