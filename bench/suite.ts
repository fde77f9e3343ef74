/**
 * The benchmark suite: builds a synthetic country, starts thidua on it, and measures the
 * deadline rush, the roll-ups with and without it, big documents, start-up and memory, and the
 * web bundle, each next to a baseline measured in the same run where one exists.
 */
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { buildSyntheticCountry, SYNTHETIC_PASSWORD, SYNTHETIC_SCALES, type SyntheticCountry } from '../src/server/seed/synthetic.js';
import { measureBackup } from './backup.js';
import { baselineRollupMs, baselineRush } from './baseline.js';
import { freshDatabase } from './lib/engine.js';
import { ApiUser, httpAgent } from './lib/http.js';
import { ensureBuilt, peakRss, startBenchServer, type BenchServer } from './lib/server.js';
import { percentile, round } from './lib/stats.js';
import type { BenchResult, Engine, Scale } from './lib/types.js';
import { probe } from './rollup.js';
import { runRush, signInReporters, summarise } from './rush.js';
import { dashboardUsableMs, initialJsGzipKb } from './web.js';

export const BENCHMARKS = ['synthetic', 'start', 'rush', 'rollup', 'documents', 'backup', 'web'] as const;

export const BenchOptionsSchema = z.object({
  engine: z.enum(['pglite', 'postgres']).default('pglite'),
  scale: z.enum(['small', 'national']).default('small'),
  only: z
    .string()
    .optional()
    .transform((v) => (v ? v.split(',').map((s) => s.trim()) : [...BENCHMARKS]))
    .pipe(z.array(z.enum(BENCHMARKS), { error: `--only: chọn trong ${BENCHMARKS.join(', ')}` })),
  requests: z.coerce.number().int().min(1).max(1000).default(50).describe('Số yêu cầu mỗi phép đo tổng hợp'),
});
export type BenchOptions = z.infer<typeof BenchOptionsSchema>;

export interface BenchRun {
  results: BenchResult[];
  log: string[];
}

export async function runBench(options: BenchOptions, say: (line: string) => void = console.log): Promise<BenchRun> {
  const results: BenchResult[] = [];
  const log: string[] = [];
  const note = (line: string) => {
    log.push(line);
    say(line);
  };
  const record = (name: string, metric: string, value: number, unit: string, baseline: number | null = null, higherIsBetter = false) => {
    const ratio = baseline === null || value === 0 ? null : round(higherIsBetter ? value / baseline : baseline / value, 3);
    results.push({ name, engine: options.engine, scale: options.scale, metric, value: round(value, 2), unit, baseline: baseline === null ? null : round(baseline, 2), ratio });
  };
  const wants = (name: (typeof BENCHMARKS)[number]) => options.only.includes(name);

  if (wants('web')) {
    ensureBuilt();
    const web = initialJsGzipKb();
    record('web', 'JavaScript of the first load, gzip', web.kb, 'KB');
    record('web', 'JavaScript of every route, gzip', web.allKb, 'KB');
    note(`web: ${web.files} tệp JS tải ngay, ${round(web.kb)} KB gzip`);
  }
  if (!options.only.some((n) => n !== 'web')) return { results, log };

  const db = await freshDatabase(options.engine);
  let server: BenchServer | null = null;
  try {
    const scale = SYNTHETIC_SCALES[options.scale];
    note(`Dựng quốc gia tổng hợp (${options.engine}, ${options.scale}: ${scale.provinces} tỉnh, ${scale.communes} xã, ${scale.agencies} cơ quan, ${scale.indicators} chỉ tiêu, ${scale.periods} quý)…`);
    let country: SyntheticCountry;
    {
      const database = await db.open();
      const t = performance.now();
      country = await database.db.transaction((tx) => buildSyntheticCountry({ db: tx, now: () => new Date() }, scale));
      const seconds = (performance.now() - t) / 1000;
      await database.close();
      record('synthetic', 'build time', seconds, 's');
      record('synthetic', 'report values built', country.counts.values, 'values');
      note(`  ${country.counts.units} đơn vị, ${country.counts.reports} báo cáo, ${country.counts.values} số liệu trong ${round(seconds)} s`);
    }

    server = await startBenchServer(db.env);
    record('start', 'npm start to first 200 on /api/health (existing database)', server.readyAfterMs, 'ms');
    record('start', 'RSS idle', server.rssMb(), 'MB');
    note(`start: ${round(server.readyAfterMs)} ms, RSS ${round(server.rssMb())} MB`);

    const officer = new ApiUser(server.baseUrl, httpAgent(4));
    await officer.signIn(country.users.national, SYNTHETIC_PASSWORD);
    const past = country.pastAssignmentIds.at(-1) ?? null;
    // As the web app asks: the tree opens on the levels that fit in 500 rows (the country: its provinces).
    const rollupPath = past ? `/api/assignments/${past}/rollup?maxRows=500` : null;
    const provincePath = past ? `/api/assignments/${past}/rollup?maxRows=500&unitId=${country.provinceIds[0]}` : null;
    const dashboardPath = past ? `/api/assignments/${past}/dashboard` : null;

    if (wants('rollup') && rollupPath && provincePath && dashboardPath) {
      const rollupMs = await probe(officer, rollupPath, options.requests);
      const provinceMs = await probe(officer, provincePath, options.requests);
      record('rollup', 'province roll-up p50, idle', percentile(provinceMs, 50), 'ms');
      record('rollup', 'province roll-up p95, idle', percentile(provinceMs, 95), 'ms');
      const dashboardMs = await probe(officer, dashboardPath, options.requests);
      record('rollup', 'country roll-up p50, idle', percentile(rollupMs, 50), 'ms');
      record('rollup', 'country roll-up p95, idle', percentile(rollupMs, 95), 'ms');
      record('rollup', 'country dashboard p50, idle', percentile(dashboardMs, 50), 'ms');
      record('rollup', 'country dashboard p95, idle', percentile(dashboardMs, 95), 'ms');
      note(`rollup (idle): roll-up p95 ${round(percentile(rollupMs, 95))} ms, dashboard p95 ${round(percentile(dashboardMs, 95))} ms`);
    }

    if (wants('rush')) {
      note(`rush: đăng nhập ${country.users.reporters.length} người báo cáo…`);
      const reporters = await signInReporters(server.baseUrl, country, SYNTHETIC_PASSWORD);
      // The first half sends alone: the rush itself. The second half sends while a leader keeps
      // opening the country's roll-up: the roll-up under load, and the rush under reading.
      const half = Math.ceil(reporters.length / 2);
      const { result: alone, peakMb } = await peakRss(server.child.pid!, () => runRush(country, reporters, 0, half));
      let rushing = true;
      const underLoad = wants('rollup') && rollupPath ? probe(officer, rollupPath, options.requests, () => !rushing) : Promise.resolve([]);
      const { result: read, peakMb: readPeakMb } = await peakRss(server.child.pid!, async () => {
        try {
          return await runRush(country, reporters, half);
        } finally {
          rushing = false;
        }
      });
      const loadedMs = await underLoad;
      const report = (label: string, rush: typeof alone) => {
        const perReport = summarise(rush.reportMs);
        const perRequest = summarise(rush.requestMs);
        record('rush', `${label}: reports sent`, rush.reports, 'reports');
        record('rush', `${label}: throughput`, rush.reports / rush.seconds, 'reports/s', null, true);
        record('rush', `${label}: report latency p50 (open, fill, send)`, perReport.p50, 'ms');
        record('rush', `${label}: report latency p95 (open, fill, send)`, perReport.p95, 'ms');
        record('rush', `${label}: report latency p99 (open, fill, send)`, perReport.p99, 'ms');
        record('rush', `${label}: request latency p50`, perRequest.p50, 'ms');
        record('rush', `${label}: request latency p95`, perRequest.p95, 'ms');
        record('rush', `${label}: request latency p99`, perRequest.p99, 'ms');
        note(`rush (${label}): ${rush.reports} báo cáo trong ${round(rush.seconds)} s = ${round(rush.reports / rush.seconds)} báo cáo/s; p99 ${round(perReport.p99)} ms/báo cáo, ${round(perRequest.p99)} ms/yêu cầu`);
      };
      report('alone', alone);
      report('while leaders read', read);
      record('rush', 'idempotent retries answered', alone.retries + read.retries, 'requests');
      record('start', 'RSS at the peak of the rush', Math.max(peakMb, readPeakMb), 'MB');
      if (loadedMs.length > 0) {
        record('rollup', 'country roll-up p50, during the rush', percentile(loadedMs, 50), 'ms');
        record('rollup', 'country roll-up p95, during the rush', percentile(loadedMs, 95), 'ms');
        record('rollup', 'country roll-up requests during the rush', loadedMs.length, 'requests');
      }
    }

    if (wants('documents') && past) {
      for (const [metric, path] of [
        ['consolidated report DOCX', `/api/assignments/${past}/consolidated.docx`],
        ['values XLSX', `/api/assignments/${past}/values.xlsx`],
      ] as const) {
        const t = performance.now();
        const { peakMb, beforeMb } = await peakRss(server.child.pid!, () => officer.expect(200, 'GET', path));
        record('documents', `${metric}: time`, performance.now() - t, 'ms');
        record('documents', `${metric}: extra memory at peak`, Math.max(0, peakMb - beforeMb), 'MB');
        note(`documents: ${metric} ${round(performance.now() - t)} ms, +${round(peakMb - beforeMb)} MB`);
      }
    }

    if (wants('documents') && country.nominationIds.length > 0) {
      // The first province decides on its approved nominations: the draft decision (document and
      // awardee list in one transaction), its Word file, and the certificates, one page each.
      const provinceOfficer = new ApiUser(server.baseUrl, httpAgent(2));
      await provinceOfficer.signIn(country.users.provinces[0]!, SYNTHETIC_PASSWORD);
      const n = country.nominationIds.length;
      let t = performance.now();
      const decision = await provinceOfficer.expect<{ id: string; documentId: string; version: number; documentVersion: number }>(201, 'POST', '/api/decisions', {
        unitId: country.provinceIds[0],
        nominationIds: country.nominationIds,
        signer: { name: 'Trần Văn Bình', title: 'PHÓ CHỦ TỊCH', authority: 'KT.', onBehalfOf: 'CHỦ TỊCH' },
      });
      record('documents', `decision with ${n} awardees: draft`, performance.now() - t, 'ms');
      t = performance.now();
      await provinceOfficer.expect(200, 'POST', `/api/decisions/${decision.id}/issue`, { version: decision.version, documentVersion: decision.documentVersion });
      record('documents', `decision with ${n} awardees: issue (number, award history, fund)`, performance.now() - t, 'ms');
      for (const [metric, path] of [
        [`decision with ${n} awardees: DOCX`, `/api/documents/${decision.documentId}/docx`],
        [`certificates of ${n} awardees: DOCX`, `/api/decisions/${decision.id}/certificates.docx`],
      ] as const) {
        t = performance.now();
        const { peakMb, beforeMb } = await peakRss(server.child.pid!, () => provinceOfficer.expect(200, 'GET', path));
        record('documents', `${metric}: time`, performance.now() - t, 'ms');
        record('documents', `${metric}: extra memory at peak`, Math.max(0, peakMb - beforeMb), 'MB');
        note(`documents: ${metric} ${round(performance.now() - t)} ms, +${round(peakMb - beforeMb)} MB`);
      }
    }

    if (wants('web') && dashboardPath) {
      const dashboard = await officer.expect<{ byLevel: unknown[]; byGroup: unknown[]; indicators: { byUnit: unknown[] }[] }>(200, 'GET', dashboardPath);
      const charts = dashboard.indicators.filter((i) => i.byUnit.length > 0).length + (dashboard.byLevel.length + dashboard.byGroup.length > 0 ? 1 : 0);
      const usable = await dashboardUsableMs(server.baseUrl, country.users.national, SYNTHETIC_PASSWORD, country.pastAssignmentIds.at(-1)!, charts);
      if (usable !== null) {
        record('web', 'dashboard of the latest quarter usable in chromium', usable, 'ms');
        note(`web: bảng điều khiển dùng được sau ${round(usable)} ms`);
      } else note('web: không có chromium, bỏ qua phép đo bảng điều khiển');
    }

    await server.stop();
    server = null;

    const database = await db.open();
    try {
      if (wants('rush')) {
        const [check] = ((await database.db.execute(sql`
          select count(*)::int as reports, count(distinct unit_id)::int as units, count(*) filter (where status = 'submitted')::int as submitted,
                 (select count(*)::int from report_values v join reports r2 on r2.id = v.report_id where r2.assignment_id = ${country.rushAssignmentId}) as values
          from reports where assignment_id = ${country.rushAssignmentId}`)) as unknown as { rows: { reports: number; units: number; submitted: number; values: number }[] }).rows;
        const expected = country.communeIds.length;
        const exact = check!.reports === expected && check!.units === expected && check!.submitted === expected && check!.values === expected * country.indicatorIds.length;
        if (!exact) throw new Error(`Báo cáo của đợt gửi không khớp: ${JSON.stringify(check)}, cần ${expected} báo cáo`);
        record('rush', 'reports stored exactly once', check!.reports, 'reports');
        const baseline = await baselineRush(database, db.databaseUrl, country);
        for (const rate of results.filter((r) => r.name === 'rush' && r.metric.endsWith(': throughput'))) {
          rate.baseline = round(baseline, 2);
          rate.ratio = round(rate.value / baseline, 3);
        }
        note(`rush baseline (SQL, không HTTP): ${round(baseline)} báo cáo/s`);
      }
      if (wants('rollup') && past) {
        const countryMs = await baselineRollupMs(database, past, { kind: 'country' });
        for (const r of results.filter((x) => x.name === 'rollup' && x.metric.startsWith('country roll-up p'))) {
          r.baseline = round(countryMs, 2);
          r.ratio = round(countryMs / r.value, 3);
        }
        const province = await baselineRollupMs(database, past, { kind: 'province', unitId: country.provinceIds[0]! });
        for (const r of results.filter((x) => x.name === 'rollup' && x.metric.startsWith('province roll-up p'))) {
          r.baseline = round(province, 2);
          r.ratio = round(province / r.value, 3);
        }
        const clusterId = Object.values(country.clusterIds)[0]?.[0];
        record('rollup', 'province GROUP BY (baseline alone)', province, 'ms');
        if (clusterId) record('rollup', 'cluster GROUP BY (baseline alone)', await baselineRollupMs(database, past, { kind: 'cluster', groupId: clusterId }), 'ms');
      }
      if (wants('backup')) {
        const b = await measureBackup(database, options.engine, db.databaseUrl);
        if (b.restoredRows !== b.rows) throw new Error(`Khôi phục được ${b.restoredRows} dòng, bản sao lưu có ${b.rows}`);
        record('backup', 'thidua backup: time', b.backupMs, 'ms', b.pgDumpMs);
        record('backup', 'thidua backup: file size', b.bytes / 1024 / 1024, 'MB', b.pgDumpBytes === null ? null : b.pgDumpBytes / 1024 / 1024);
        record('backup', 'thidua restore into an empty database: time', b.restoreMs, 'ms');
        record('backup', 'rows restored (equal to the rows backed up)', b.restoredRows, 'rows');
        note(`backup: ${b.rows} dòng, ${round(b.bytes / 1024 / 1024)} MB trong ${round(b.backupMs)} ms; khôi phục ${round(b.restoreMs)} ms${b.pgDumpMs === null ? '' : `; pg_dump ${round(b.pgDumpMs)} ms`}`);
      }
    } finally {
      await database.close();
    }
  } finally {
    await server?.stop();
    await db.dispose();
  }
  return { results, log };
}

/** The results as a table for the terminal. */
export function formatTable(results: readonly BenchResult[]): string {
  const rows = results.map((r) => [r.name, r.metric, `${r.value} ${r.unit}`, r.baseline === null ? '' : `${r.baseline} ${r.unit}`, r.ratio === null ? '' : String(r.ratio)]);
  const head = ['benchmark', 'metric', 'value', 'baseline', 'ratio'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export type { Engine, Scale };
