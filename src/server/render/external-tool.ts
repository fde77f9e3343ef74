/**
 * Optional Debian tools (LibreOffice, poppler, tesseract) found on PATH at run time and run with
 * a time limit. Each runs in its own process group so that a helper it forks (soffice.bin) is
 * killed with it when the limit passes.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

/** The first of `names` found executable on the search path (default: this process's PATH), or null. */
export async function findTool(names: string | string[], searchPath = process.env.PATH ?? ''): Promise<string | null> {
  for (const dir of searchPath.split(delimiter).filter(Boolean)) {
    for (const name of Array.isArray(names) ? names : [names]) {
      const candidate = join(dir, name);
      try {
        await access(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here
      }
    }
  }
  return null;
}

export interface ToolResult {
  code: number | null;
  /** stdout and stderr together, for error messages. */
  output: string;
}

export class ToolTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`timed out after ${timeoutMs} ms`);
    this.name = 'ToolTimeoutError';
  }
}

/** Runs a tool; rejects with ToolTimeoutError when it overruns (the whole process group is killed). */
export function runTool(command: string, args: string[], options: { timeoutMs: number; env?: NodeJS.ProcessEnv }): Promise<ToolResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: options.env ?? process.env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }, options.timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (timedOut) reject(new ToolTimeoutError(options.timeoutMs));
      else resolve({ code, output });
    });
  });
}
