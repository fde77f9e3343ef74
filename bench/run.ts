/**
 * `npm run bench -- [--engine pglite|postgres] [--scale small|national] [--only a,b] [--requests N]`:
 * prints a table and writes bench/results/latest.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BenchOptionsSchema, formatTable, runBench } from './suite.js';

const { values } = parseArgs({
  options: { engine: { type: 'string' }, scale: { type: 'string' }, only: { type: 'string' }, requests: { type: 'string' } },
  strict: true,
});
const parsed = BenchOptionsSchema.safeParse(values);
if (!parsed.success) {
  console.error(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('\n'));
  process.exit(2);
}
const { results } = await runBench(parsed.data);
console.log(`\n${formatTable(results)}`);
const dir = join(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nĐã ghi ${join(dir, 'latest.json')}`);
