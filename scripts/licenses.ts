/** `npm run licenses`: every runtime dependency's licence; exit 1 if one is refused. */
import { join } from 'node:path';
import { readLock, runtimePackages } from './licenses/runtime-licenses.js';

const packages = runtimePackages(readLock(join(import.meta.dirname, '..')));
for (const p of packages) console.log(`${p.name}@${p.version}\t${p.licence}${p.note ? `\t(đã xem xét: ${p.note})` : ''}${p.status === 'refused' ? '\tKHÔNG CHẤP NHẬN' : ''}`);
const byLicence = new Map<string, number>();
for (const p of packages) byLicence.set(p.licence, (byLicence.get(p.licence) ?? 0) + 1);
console.log(`\n${packages.length} gói chạy cùng thidua: ${[...byLicence].sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(', ')}`);
const refused = packages.filter((p) => p.status === 'refused');
if (refused.length > 0) {
  console.error(`Giấy phép chưa chấp nhận: ${refused.map((p) => `${p.name}@${p.version} (${p.licence})`).join(', ')}`);
  process.exitCode = 1;
}
