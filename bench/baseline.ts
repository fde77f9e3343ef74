/**
 * The plainest way to do the same work, for the ratios: the rush's rows written straight with
 * SQL (one transaction per report: the report, its values, the audit entry; no HTTP, no
 * validation), and the roll-up as one GROUP BY.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Database } from '../src/server/db/open.js';
import type { SyntheticCountry } from '../src/server/seed/synthetic.js';
import { entryDigest } from '../src/server/modules/audit/audit-chain.js';
import { narrativeOf, RUSH_CONNECTIONS, valuesOf } from './rush.js';
import { pool } from './lib/stats.js';

const BASELINE_PERIOD = 'baseline';

function reportStatements(country: SyntheticCountry, i: number) {
  const unitId = country.communeIds[i]!;
  const values = valuesOf(country, i);
  const narrative = JSON.stringify({ ket_qua: narrativeOf(i), kho_khan: narrativeOf(i), kien_nghi: narrativeOf(i) });
  const ids = Object.keys(values);
  return {
    report: {
      text: `insert into reports (assignment_id, unit_id, period, status, narrative, exemplary, warning_comments, submitted_at, first_submitted_at, submit_key)
             values ($1, $2, $3, 'submitted', $4::jsonb, '[]', '{}', now(), now(), $5) returning id`,
      values: [country.rushAssignmentId, unitId, BASELINE_PERIOD, narrative, `baseline-${unitId}`],
    },
    values: (reportId: string) => ({
      text: `insert into report_values (report_id, indicator_id, num_value) select $1, unnest($2::uuid[]), unnest($3::float8[])`,
      values: [reportId, ids, ids.map((id) => values[id]!)],
    }),
    // The audit entry as the server writes it: its digest; the database chains it at commit.
    audit: (reportId: string) => {
      const after = { unitId };
      const at = new Date().toISOString();
      const digest = entryDigest({ at, actorUserId: null, action: 'baseline.submit', entityType: 'report', entityId: reportId, after });
      return {
        text: `insert into audit_log (at, action, entity_type, entity_id, after, entry_digest) values ($4, 'baseline.submit', 'report', $1, $2::jsonb, $3)`,
        values: [reportId, JSON.stringify(after), digest, at],
      };
    },
  };
}

/** Reports per second written the plain way; the rows are removed afterwards. */
export async function baselineRush(database: Database, databaseUrl: string | null, country: SyntheticCountry): Promise<number> {
  const indexes = country.communeIds.map((_, i) => i);
  const started = performance.now();
  if (databaseUrl) {
    const client = new pg.Pool({ connectionString: databaseUrl, max: RUSH_CONNECTIONS });
    await pool(indexes, RUSH_CONNECTIONS, async (i) => {
      const c = await client.connect();
      try {
        const s = reportStatements(country, i);
        await c.query('begin');
        const { rows } = await c.query<{ id: string }>(s.report);
        await c.query(s.values(rows[0]!.id));
        await c.query(s.audit(rows[0]!.id));
        await c.query('commit');
      } finally {
        c.release();
      }
    });
    await client.end();
  } else {
    const lite = database.pglite!;
    for (const i of indexes) {
      const s = reportStatements(country, i);
      await lite.transaction(async (tx) => {
        const { rows } = await tx.query<{ id: string }>(s.report.text, s.report.values);
        const v = s.values(rows[0]!.id);
        await tx.query(v.text, v.values);
        const a = s.audit(rows[0]!.id);
        await tx.query(a.text, a.values);
      });
    }
  }
  const seconds = (performance.now() - started) / 1000;
  // The baseline's entries are the last of the chain (nothing else runs now): removing them leaves it whole.
  // The log is append-only (audit_log_guard); the benchmark's own database is its owner's to clean.
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_log disable trigger audit_log_guard`);
    await tx.execute(sql`delete from audit_log where action = 'baseline.submit'`);
    await tx.execute(sql`alter table audit_log enable trigger audit_log_guard`);
  });
  await database.db.execute(sql`delete from reports where period = ${BASELINE_PERIOD}`);
  return country.communeIds.length / seconds;
}

export type Scope = { kind: 'country' } | { kind: 'province'; unitId: string } | { kind: 'cluster'; groupId: string };

/** One GROUP BY over the accepted figures of an assignment, for a scope; its time in ms (median of 5). */
export async function baselineRollupMs(database: Database, assignmentId: string, scope: Scope): Promise<number> {
  const filter =
    scope.kind === 'country'
      ? sql``
      : scope.kind === 'province'
        ? sql`and u.path like (select path from org_units where id = ${scope.unitId}) || '%'`
        : sql`and r.unit_id in (select unit_id from emulation_group_members where group_id = ${scope.groupId})`;
  const query = sql`
    select v.indicator_id, sum(v.num_value) as total, avg(v.num_value) as mean, count(*) as n
    from accepted_report_values v join reports r on r.id = v.report_id join org_units u on u.id = r.unit_id
    where r.assignment_id = ${assignmentId} and r.status = 'accepted' ${filter}
    group by v.indicator_id`;
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t = performance.now();
    await database.db.execute(query);
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[2]!;
}
