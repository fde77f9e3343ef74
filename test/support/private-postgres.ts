/**
 * A PostgreSQL cluster of a test's own, in a temporary directory on a free port, that the test may
 * stop and start at will: the machine's server on 5432 serves the rest of the suite and is never
 * touched. initdb refuses to run as root, so as root the cluster belongs to the OS user postgres.
 */
import { execFile, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../e2e/support/server.js';

const run = promisify(execFile);
const ROOT_OF_VERSIONS = '/usr/lib/postgresql';
const OS_USER = 'postgres';

export type StopMode = 'immediate' | 'fast';

export interface PrivatePostgres {
  /** The cluster's `postgres` database, as the superuser postgres (trust authentication). */
  url: string;
  readonly running: boolean;
  stop(mode: StopMode): Promise<void>;
  start(): Promise<void>;
  /** The server's own log, for a failure message. */
  log(): string;
  dispose(): Promise<void>;
}

interface Tools {
  bin: string;
  /** Prefix running a command as the cluster's owner ([] when not root). */
  as: string[];
  owner: { uid: number; gid: number } | null;
}

function idOf(flag: '-u' | '-g'): number | null {
  const res = spawnSync('id', [flag, OS_USER], { encoding: 'utf8' });
  return res.status === 0 ? Number(res.stdout.trim()) : null;
}

/** The newest installed PostgreSQL's tools, or what is missing to run a private cluster here. */
export function findPostgresTools(): Tools | { missing: string } {
  const versions = existsSync(ROOT_OF_VERSIONS)
    ? readdirSync(ROOT_OF_VERSIONS)
        .filter((v) => ['initdb', 'pg_ctl', 'postgres'].every((tool) => existsSync(join(ROOT_OF_VERSIONS, v, 'bin', tool))))
        .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a))
    : [];
  if (versions.length === 0) return { missing: `initdb, pg_ctl and postgres under ${ROOT_OF_VERSIONS}/<version>/bin` };
  const bin = join(ROOT_OF_VERSIONS, versions[0]!, 'bin');
  if (process.getuid?.() !== 0) return { bin, as: [], owner: null };
  const runuser = ['/usr/sbin/runuser', '/sbin/runuser', '/usr/bin/runuser'].find((p) => existsSync(p));
  const uid = idOf('-u');
  const gid = idOf('-g');
  if (!runuser || uid === null || gid === null) return { missing: `runuser and the OS user ${OS_USER} (initdb does not run as root)` };
  return { bin, as: [runuser, '-u', OS_USER, '--'], owner: { uid, gid } };
}

export async function startPrivatePostgres(tools: Tools): Promise<PrivatePostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-pg-'));
  if (tools.owner) chownSync(dir, tools.owner.uid, tools.owner.gid);
  const data = join(dir, 'data');
  const logFile = join(dir, 'postgres.log');
  const port = await freePort();
  const tool = async (name: string, args: string[]) => {
    const [command, ...rest] = [...tools.as, join(tools.bin, name), ...args];
    await run(command!, rest, { cwd: dir, timeout: 60_000 });
  };
  // The socket in the temporary directory: the system's socket directory may belong to another
  // cluster. fsync off: a stopped server keeps what it committed; only a machine crash would not.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const start = () => tool('pg_ctl', ['start', '-D', data, '-l', logFile, '-o', options, '-w', '-t', '30']);
  const stop = (mode: StopMode) => tool('pg_ctl', ['stop', '-D', data, '-m', mode, '-w', '-t', '30']);
  try {
    await tool('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
    await start();
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  let running = true;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    get running() {
      return running;
    },
    stop: async (mode) => {
      await stop(mode);
      running = false;
    },
    start: async () => {
      await start();
      running = true;
    },
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
    dispose: async () => {
      try {
        if (running) await stop('immediate');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
