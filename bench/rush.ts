/**
 * The deadline rush: every commune's reporter opens, fills (every indicator, 2 KB of narrative)
 * and sends its report of the current quarter through the HTTP API, 64 at a time; a sample of
 * the submits is sent twice with the same Idempotency-Key, as a client retrying a lost answer.
 */
import { ReportTemplateSchema } from '../src/contract/reporting.js';
import type { SyntheticCountry } from '../src/server/seed/synthetic.js';
import { ApiUser, httpAgent } from './lib/http.js';
import { percentile, pool } from './lib/stats.js';

export const RUSH_CONNECTIONS = 64;
const NARRATIVE_BYTES = 2048;

export interface RushOutcome {
  reports: number;
  seconds: number;
  reportMs: number[];
  requestMs: number[];
  retries: number;
}

/** 2 KB of plausible Vietnamese narrative, different per unit. */
export function narrativeOf(unitIndex: number): string {
  const sentence = `Đơn vị ${unitIndex + 1} đã triển khai phong trào thi đua, hoàn thành các chỉ tiêu giảm nghèo, chuyển đổi số và trồng cây. `;
  return sentence.repeat(Math.ceil(NARRATIVE_BYTES / Buffer.byteLength(sentence))).slice(0, NARRATIVE_BYTES / 2);
}

export function valuesOf(country: SyntheticCountry, unitIndex: number): Record<string, number> {
  return Object.fromEntries(country.indicatorIds.map((id, k) => [id, k % 5 === 4 ? 40 + ((unitIndex * 7 + k) % 61) : (unitIndex * 13 + k * 7) % 501]));
}

/** Signs every commune reporter in (not measured: a rush finds people already signed in). */
export async function signInReporters(baseUrl: string, country: SyntheticCountry, password: string): Promise<ApiUser[]> {
  const agent = httpAgent(RUSH_CONNECTIONS);
  const users = country.users.reporters.map(() => new ApiUser(baseUrl, agent));
  await pool(users, 8, (u, i) => u.signIn(country.users.reporters[i]!, password));
  return users;
}

/** Sends the reports of the communes `from` (inclusive) to `to` (exclusive). */
export async function runRush(country: SyntheticCountry, reporters: readonly ApiUser[], from = 0, to = reporters.length): Promise<RushOutcome> {
  const sections = ReportTemplateSchema.parse({}).sections.map((s) => s.key);
  const reportMs: number[] = [];
  const requestMs: number[] = [];
  let retries = 0;
  const timed = async <T>(work: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    try {
      return await work();
    } finally {
      requestMs.push(performance.now() - t);
    }
  };
  const started = performance.now();
  await pool(reporters.slice(from, to), RUSH_CONNECTIONS, async (user, k) => {
    const i = from + k;
    const t = performance.now();
    const unitId = country.communeIds[i]!;
    const draft = await timed(() => user.expect<{ id: string; version: number }>(201, 'POST', '/api/reports', { assignmentId: country.rushAssignmentId, unitId }));
    const narrative = Object.fromEntries(sections.map((key) => [key, narrativeOf(i)]));
    const saved = await timed(() => user.expect<{ version: number }>(200, 'PATCH', `/api/reports/${draft.id}`, { version: draft.version, values: valuesOf(country, i), narrative }));
    const key = { 'idempotency-key': `rush-${unitId}` };
    await timed(() => user.expect(200, 'POST', `/api/reports/${draft.id}/submit`, { version: saved.version }, key));
    reportMs.push(performance.now() - t);
    if (i % 50 === 0) {
      // The answer was lost on the way: the client sends the same submit again.
      await timed(() => user.expect(200, 'POST', `/api/reports/${draft.id}/submit`, { version: saved.version }, key));
      retries++;
    }
  });
  return { reports: to - from, seconds: (performance.now() - started) / 1000, reportMs, requestMs, retries };
}

export const summarise = (ms: readonly number[]) => ({ p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99) });
