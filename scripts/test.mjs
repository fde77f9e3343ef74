// `npm test`: lint, typecheck, the unit and integration suite, then the browser journeys.
// Every tool runs on the Node that runs this script, so `node24 scripts/test.mjs` tests Node 24.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (pkg, path) => join(root, 'node_modules', pkg, path);
const reports = mkdtempSync(join(tmpdir(), 'thidua-test-'));
const only = process.argv.slice(2);
const CHROMIUM = process.env.THIDUA_CHROMIUM ?? '/usr/bin/chromium';

const steps = [
  { name: 'lint', args: [bin('eslint', 'bin/eslint.js'), '.'] },
  { name: 'typecheck', args: [bin('typescript', 'bin/tsc'), '--noEmit', '-p', 'tsconfig.json'] },
  {
    name: 'unit+integration',
    args: [bin('vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, 'unit.json')}`],
    report: join(reports, 'unit.json'),
  },
  {
    name: 'e2e',
    args: [bin('vitest', 'vitest.mjs'), 'run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, 'e2e.json')}`],
    report: join(reports, 'e2e.json'),
    needs: () => {
      if (existsSync(CHROMIUM)) return null;
      if (process.env.CI) return `chromium is required in CI (${CHROMIUM} not found)`;
      return `skipped: ${CHROMIUM} not found (apt-get install -y chromium)`;
    },
  },
];

let passed = 0;
let failed = 0;
let ok = true;
const summary = [];
for (const step of steps) {
  if (only.length && !only.includes(step.name)) continue;
  const missing = step.needs?.();
  if (missing) {
    summary.push(`${step.name}: ${missing}`);
    if (process.env.CI) ok = false;
    continue;
  }
  const started = Date.now();
  console.log(`\n== ${step.name} (node ${process.version}) ==`);
  const res = spawnSync(process.execPath, step.args, { cwd: root, stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (step.report && existsSync(step.report)) {
    const r = JSON.parse(readFileSync(step.report, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    summary.push(`${step.name}: ${r.numPassedTests} passed, ${r.numFailedTests} failed in ${seconds} s`);
    if (r.numTotalTests === 0) ok = false;
  } else {
    summary.push(`${step.name}: ${res.status === 0 ? 'ok' : 'FAILED'} in ${seconds} s`);
  }
  if (res.status !== 0) ok = false;
}
rmSync(reports, { recursive: true, force: true });
console.log(`\n${summary.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
