/**
 * Well-formed requests on every route of the OpenAPI document: paths, queries and bodies drawn
 * from each operation's own schema, with the ids of real records, so that requests pass
 * validation and reach the services (hostile input, in api-fuzz, mostly stops at validation).
 * Vietnamese text, dates of 2020–2030, versions 1–5 (some writes succeed, others are stale).
 * Each request is sent either by a province user with broad roles or by a commune reporter, so
 * both the permitted and the refused paths run. No answer may be a 5xx, every 4xx carries the
 * error shape, an answer documented as JSON is JSON; a sample of refused writes changes nothing;
 * afterwards the audit chain verifies and every list still reads.
 * THIDUA_WELLFORMED_RUNS sets the number of requests (default 4,000, about half a minute on PGlite);
 * THIDUA_WELLFORMED_DEBUG=1 prints each request its schema refused (to tune the generator).
 */
import fc from 'fast-check';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/server/modules/audit/audit-verify.js';
import { Client, createTestApp, type TestApp } from '../support/app.js';
import { makeUser, TEST_PASSWORD } from '../support/factories.js';
import { createRouteFixtures } from '../support/route-probes.js';
import { snapshotDatabase } from '../support/snapshot.js';

const RUNS = Number(process.env.THIDUA_WELLFORMED_RUNS ?? 4_000);
/** Tables a refused request may still write: a failed sign-in is counted before the password is checked. */
const MAY_CHANGE = new Set(['sign_in_attempts']);
/** The fuzzer's own sessions stay: signing out or changing a password would leave it at the door (401). */
const KEEP_SESSION = new Set(['DELETE /api/session', 'POST /api/session/password']);
const DOCS_PREFIX = '/api/docs';
/** One refused write in this many is checked against a digest of the whole database (each digest reads every table). */
const DIGEST_EVERY = 20;

/** The subset of JSON Schema that the document uses. */
interface Schema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: Schema[];
  oneOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  propertyNames?: Schema;
  items?: Schema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: string;
}
interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  required?: boolean;
  schema: Schema;
}
interface DocumentedOperation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
}
interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body: Schema | null;
  /** Takes a file as its raw body (attachments, imports, document parsing). */
  raw: 'attachment' | 'import' | 'parse' | null;
  /** Statuses whose answer the document declares as JSON. */
  jsonStatuses: Set<number>;
}

// ---------------------------------------------------------------------------------------------
// Ids: a value stands for "the n-th known record of this kind" until the request is sent, so the
// pool can grow with the records the run itself creates while every drawn request stays replayable.

const ID_TOKEN = /^@@([\w-]+)#(\d+)$/;
const pools = new Map<string, string[]>();
/** The fuzzers' own accounts: never a target, or a PATCH could lock the run out of its session. */
const protectedIds = new Set<string>();
const POOL_CAP = 40;

function remember(kind: string, id: unknown) {
  if (typeof id !== 'string' || protectedIds.has(id)) return;
  const pool = pools.get(kind) ?? [];
  if (!pool.includes(id) && pool.length < POOL_CAP) pool.push(id);
  pools.set(kind, pool);
}

function resolveIds<T>(value: T): T {
  if (typeof value === 'string') {
    const m = ID_TOKEN.exec(value);
    if (!m) return value;
    const pool = m[1] === 'any' ? [...pools.values()].flat() : (pools.get(m[1]!) ?? [...pools.values()].flat());
    return pool[Number(m[2]) % pool.length] as T;
  }
  if (Array.isArray(value)) return value.map(resolveIds) as T;
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [resolveIds(k), resolveIds(v)])) as T;
  }
  return value;
}

const UNIT_NAMES = /^(unitId|unitIds|parentId|ancestorId|successorIds)$|UnitIds?$/;
const ID_KINDS: Record<string, string> = {
  groupId: 'groups',
  scopeGroupIds: 'groups',
  personId: 'people',
  userId: 'users',
  documentId: 'documents',
  basisDocumentIds: 'documents',
  movementId: 'movements',
  parentMovementId: 'movements',
  indicatorId: 'indicators',
  indicatorIds: 'indicators',
  denominatorIndicatorId: 'indicators',
  assignmentId: 'assignments',
  nominationIds: 'nominations',
  addNominationIds: 'nominations',
  removeNominationIds: 'nominations',
  councilId: 'councils',
  sessionId: 'council-sessions',
  memberId: 'members',
  criterionId: 'criteria',
  layoutId: 'certificate-layouts',
  copyFromCovenantId: 'covenants',
  fileId: 'files',
  sourceReportId: 'reports',
  // The keys of a report's values are its indicators.
  values: 'indicators',
};
/** What a path segment names, where it differs from the segment. */
const SEGMENT_KINDS: Record<string, string> = { sessions: 'council-sessions', past: 'decisions', read: 'notifications' };

/** The kind of record an id field holds: by its name, or for a path's `{id}` by the segment before it. */
function idKind(name: string, path?: string): string {
  if (name === 'id' && path) {
    const before = path.split('/{id}')[0]!.split('/').at(-1)!;
    return SEGMENT_KINDS[before] ?? before;
  }
  if (UNIT_NAMES.test(name)) return 'units';
  return ID_KINDS[name] ?? 'any';
}

/** The kind of record a POST creates: the last fixed segment of its path. */
function createdKind(path: string): string {
  const last = path.split('/').filter((s) => s && !s.startsWith('{')).at(-1)!;
  return SEGMENT_KINDS[last] ?? last;
}

const idArb = (kind: string) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.nat({ max: 63 }).map((n) => `@@${kind}#${n}`) },
    { weight: 2, arbitrary: fc.nat({ max: 63 }).map((n) => `@@any#${n}`) },
    { weight: 1, arbitrary: fc.uuid({ version: 4 }) },
  );

// ---------------------------------------------------------------------------------------------
// Realistic values.

const WORDS = [
  'thi đua', 'khen thưởng', 'phong trào', 'xã Mường Báng', 'huyện Tủa Chùa', 'tỉnh Điện Biên', 'năm học', 'lao động tiên tiến',
  'chiến sĩ thi đua cơ sở', 'hoàn thành xuất sắc nhiệm vụ', 'báo cáo', 'kết quả', 'nông thôn mới', 'giảm nghèo bền vững',
  'Ủy ban nhân dân', 'Hội Liên hiệp Phụ nữ', 'Đoàn Thanh niên', 'Mặt trận Tổ quốc', 'đường giao thông', 'chuyển đổi số',
  'tập thể', 'cá nhân', 'điển hình', 'tiêu biểu', 'Bằng khen', 'Giấy khen', 'quý I', 'sáu tháng đầu năm', 'đồng bào dân tộc',
  'người có uy tín', 'trường học', 'trạm y tế', 'ấp', 'bản Huổi Só', 'ông', 'bà', 'đạt', 'vượt', 'chỉ tiêu', 'kế hoạch',
].map((w) => w.normalize('NFC'));
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Lò', 'Quàng', 'Giàng', 'Mùa', 'Lường'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Thu', 'Minh', 'A', 'Ngọc', 'Hữu'];
const GIVEN = ['Anh', 'Bình', 'Châu', 'Dũng', 'Hằng', 'Hùng', 'Lan', 'Mỷ', 'Páo', 'Sùng', 'Thảo', 'Tuấn', 'Xuân', 'Ánh', 'Đức'];
const AWARD_CODES = ['LDTT', 'CSTDCS', 'CSTD_TINH', 'GIAY_KHEN', 'BANG_KHEN_TINH', 'TAP_THE_LDTT', 'TAP_THE_LDXS', 'HUAN_CHUONG_LD3'];

const twoDigits = (n: number) => String(n).padStart(2, '0');
const dayMonth = fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2020, max: 2030 }));
const viText = fc.oneof(
  { weight: 4, arbitrary: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((ws) => ws.join(' ')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...WORDS), dayMonth).map(([w, [d, m, y]]) => `${w} ngày ${twoDigits(d)}/${twoDigits(m)}/${y}`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 999 }), dayMonth).map(([n, [d, m]]) => `Số ${n}/QĐ-UBND, ${twoDigits(d)}/${twoDigits(m)}`) },
);
const personName = fc.tuple(fc.constantFrom(...FAMILY), fc.constantFrom(...MIDDLE), fc.constantFrom(...GIVEN)).map((p) => p.join(' ').normalize('NFC'));
const isoDate = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A string of the field's kind, fitted to its length bounds. */
function textFor(name: string, usernames: string[]): fc.Arbitrary<string> {
  switch (name) {
    case 'email':
      return fc.tuple(fc.constantFrom('lan', 'hung', 'vanthu', 'thidua'), fc.nat(999)).map(([u, n]) => `${u}.${n}@thidua.example.vn`);
    case 'username':
      return fc.oneof(fc.constantFrom(...usernames), fc.nat(9999).map((n) => `can.bo.${n}`));
    case 'password':
    case 'newPassword':
    case 'currentPassword':
      return fc.oneof(fc.constant(TEST_PASSWORD), fc.nat(9999).map((n) => `mat-khau-${n}`));
    case 'fullName':
    case 'nomineeName':
    case 'signerName':
      return personName;
    case 'code':
      return fc.stringMatching(/^[A-Z][A-Z0-9_]{1,10}$/);
    case 'award':
      return fc.constantFrom(...AWARD_CODES);
    case 'number':
    case 'decisionNumber':
      return fc.tuple(fc.integer({ min: 1, max: 999 }), fc.constantFrom('QĐ-UBND', 'QĐ-CT', 'KH-UBND', 'BC-UBND')).map(([n, s]) => `${n}/${s}`);
    case 'symbol':
      return fc.constantFrom('UBND-VP', 'QĐ-UBND', 'KH-HĐTĐKT');
    case 'unit':
    case 'unitOfMeasure':
      return fc.constantFrom('người', 'hộ', '%', 'km', 'triệu đồng', 'công trình');
    case 'period':
      return fc.constantFrom('Quý I/2024', '6 tháng đầu năm 2025', 'Năm 2024', 'Tháng 03/2026');
    case 'kind':
      return fc.constantFrom('commune', 'district', 'cluster', 'bloc', 'regular', 'thematic', 'title', 'form', 'khác');
    case 'entityType':
      return fc.constantFrom('unit', 'person', 'user', 'document', 'report', 'nomination', 'decision', 'covenant');
    case 'entityId':
      return idArb('any');
    case 'name':
      return fc.oneof(viText, fc.constantFrom('bien-ban-hop.pdf', 'Báo cáo quý I.docx', 'danh sách.xlsx', 'anh.png'));
    case 'q':
      return fc.constantFrom('mường', 'Mường Báng', 'muong bang', 'Tủa', 'Nguyễn', 'thi đua', 'LDTT', '2024');
    case 'idempotency-key':
      return fc.uuid({ version: 4 });
    default:
      return viText;
  }
}

function fit(arb: fc.Arbitrary<string>, schema: Schema): fc.Arbitrary<string> {
  const min = schema.minLength ?? 0;
  const max = schema.maxLength;
  if (min === 0 && max === undefined) return arb;
  return arb.map((s) => {
    let out = s;
    while (out.length < min) out += ' thi đua';
    return max === undefined ? out : out.slice(0, max).trimEnd() || out.slice(0, max);
  });
}

function integerFor(name: string, schema: Schema): fc.Arbitrary<number> {
  const lo = schema.minimum ?? -1_000_000;
  const hi = schema.maximum ?? 1_000_000;
  const within = (a: number, b: number) => fc.integer({ min: Math.max(lo, a), max: Math.min(hi, b) });
  const hint: Record<string, [number, number]> = {
    year: [2020, 2030],
    version: [1, 5],
    documentVersion: [1, 5],
    birthYear: [1955, 2005],
    limit: [1, 50],
    offset: [0, 10],
    maxRows: [1, 500],
    amount: [1, 100_000_000],
  };
  const [a, b] = hint[name] ?? [lo, Math.min(hi, lo + 1000)];
  const usual = Math.max(lo, a) <= Math.min(hi, b) ? within(a, b) : fc.integer({ min: lo, max: hi });
  // Each bound of the schema is well-formed too, however far-fetched.
  return fc.oneof({ weight: 20, arbitrary: usual }, { weight: 1, arbitrary: fc.constantFrom(lo, hi) });
}

function numberFor(name: string, schema: Schema): fc.Arbitrary<number> {
  if (name === 'version') return integerFor(name, schema);
  const lo = schema.minimum ?? -1_000_000;
  const hi = schema.maximum ?? 1_000_000;
  return fc.oneof(
    fc.integer({ min: Math.ceil(lo), max: Math.floor(Math.min(hi, lo + 1000)) }),
    fc.integer({ min: Math.ceil(lo * 100), max: Math.floor(Math.min(hi, lo + 1000) * 100) }).map((n) => n / 100),
    fc.constantFrom(lo, hi),
  );
}

interface Hints {
  name: string;
  path: string;
  usernames: string[];
}

/** An arbitrary of values valid for `schema`, as realistic as the field's name suggests. */
function arbitraryOf(schema: Schema, hints: Hints): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) {
    const { anyOf: _a, oneOf: _o, ...rest } = schema;
    return fc.oneof(...branches.map((b) => arbitraryOf({ ...rest, ...b }, hints)));
  }
  if (Array.isArray(schema.type)) {
    return fc.oneof(...schema.type.map((type) => arbitraryOf({ ...schema, type }, hints)));
  }
  switch (schema.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return integerFor(hints.name, schema);
    case 'number':
      return numberFor(hints.name, schema);
    case 'string':
      if (schema.format === 'uuid') return idArb(idKind(hints.name, hints.path));
      if (schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return isoDate;
      if (schema.pattern === '^[A-Z][A-Z0-9_]{1,39}$') return fc.oneof(fc.constantFrom(...AWARD_CODES), fc.stringMatching(new RegExp(schema.pattern)));
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
      return fit(textFor(hints.name, hints.usernames), schema);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.min(schema.maxItems ?? 4, Math.max(minLength, 4));
      return fc.array(arbitraryOf(schema.items ?? {}, hints), { minLength, maxLength });
    }
    case 'object':
    default: {
      if (schema.properties) {
        const record = Object.fromEntries(Object.entries(schema.properties).map(([k, v]) => [k, arbitraryOf(v, { ...hints, name: k })]));
        return fc.record(record, { requiredKeys: (schema.required ?? []).filter((k) => k in record) });
      }
      if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
        const keys = schema.propertyNames ? arbitraryOf(schema.propertyNames, hints) : fc.constantFrom('muc_1', 'muc_2', 'ghi_chu');
        return fc.dictionary(keys as fc.Arbitrary<string>, arbitraryOf(schema.additionalProperties, { ...hints, name: `${hints.name}.value` }), { maxKeys: 3 });
      }
      return fc.constant({});
    }
  }
}

// ---------------------------------------------------------------------------------------------

let t: TestApp;
let province: Client;
let reporter: Client;
let operations: Operation[];
let usernames: string[];
/** Files each raw route takes: real exports and templates of the app, a document's own DOCX, small attachments. */
const samples: Record<string, { payload: Buffer; type: string; format?: string }[]> = {};

beforeAll(async () => {
  t = await createTestApp();
  // The records of the authorization tests, built through the services.
  const { f } = await createRouteFixtures(t);
  const h = f.h;
  for (const u of Object.values(h)) remember('units', u.id);
  const provinceUser = await makeUser(t.ctx, { unitId: h.province.id, roles: ['admin', 'officer', 'unit_head', 'council_secretary'], username: 'fuzz.tinh' });
  const reporterUser = await makeUser(t.ctx, { unitId: h.communeA.id, roles: ['reporter'], username: 'fuzz.xa' });
  protectedIds.add(provinceUser.id).add(reporterUser.id);
  const officer = await makeUser(t.ctx, { unitId: h.district.id, roles: ['officer'], username: 'can.bo.huyen' });
  const viewer = await makeUser(t.ctx, { unitId: h.communeB.id, roles: ['viewer', 'council_member'], username: 'nguoi.xem' });
  usernames = [provinceUser.username, reporterUser.username, officer.username, viewer.username];
  const known: [string, string[]][] = [
    ['users', [f.userId, officer.id, viewer.id]],
    ['groups', [f.groupId, f.ownGroupId]],
    ['people', [f.personId, f.ownPersonId]],
    ['documents', [f.draftId, f.issuedId, f.ownDraftId]],
    ['files', [f.fileId, f.reportFileId, f.nominationFileId, f.evidenceFileId]],
    ['assignments', [f.assignmentId]],
    ['movements', [f.movementId, f.ownMovementId]],
    ['indicators', [f.indicatorId]],
    ['registrations', [f.registrationId]],
    ['reports', [f.reportId]],
    ['ratings', [f.ratingId]],
    ['initiatives', [f.initiativeId]],
    ['discipline', [f.disciplineId]],
    ['awards', [f.awardRecordId]],
    ['councils', [f.councilId]],
    ['members', [f.memberId]],
    ['council-sessions', [f.sessionId]],
    ['nominations', [f.nominationId, f.agendaNominationId, f.decidedNominationId]],
    ['decisions', [f.decisionId]],
    ['certificate-layouts', [f.layoutId]],
    ['covenants', [f.covenantId]],
    ['criteria', [f.criterionId]],
  ];
  for (const [kind, ids] of known) for (const id of ids) remember(kind, id);

  province = await new Client(t.app).signIn(provinceUser.username, TEST_PASSWORD);
  reporter = await new Client(t.app).signIn(reporterUser.username, TEST_PASSWORD);

  const fetched = async (url: string) => {
    const res = await province.get(url);
    if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode} ${res.body.slice(0, 200)}`);
    return { payload: res.rawPayload, type: String(res.headers['content-type']).split(';')[0]! };
  };
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  const docx = await fetched(`/api/documents/${f.draftId}/docx`);
  const pdf = { payload: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n'), type: 'application/pdf' };
  const text = { payload: Buffer.from('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nKẾ HOẠCH\nTổ chức phong trào thi đua năm 2025\n'), type: 'text/plain' };
  samples.attachment = [pdf, text, docx];
  samples.parse = [text, docx];
  for (const base of ['/api/units', '/api/people', '/api/award-history']) {
    samples[`${base}/import`] = [
      { ...(await fetched(`${base}/export?format=csv`)), format: 'csv' },
      { ...(await fetched(`${base}/export?format=xlsx`)), format: 'xlsx' },
      { ...(await fetched(`${base}/import-template?format=csv`)), format: 'csv' },
    ];
  }
  samples['/api/covenants/{id}/criteria/import'] = [{ ...(await fetched(`/api/covenants/${f.covenantId}/criteria.xlsx`)), type: XLSX, format: 'xlsx' }];

  const doc = t.app.swagger() as unknown as { paths: Record<string, Record<string, DocumentedOperation>> };
  operations = Object.entries(doc.paths)
    .filter(([path]) => !path.startsWith(DOCS_PREFIX))
    .flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => !KEEP_SESSION.has(`${method.toUpperCase()} ${path}`))
        .map(([method, op]): Operation => {
          const json = op.requestBody?.content['application/json'];
          const upper = method.toUpperCase();
          const raw = json || upper !== 'POST' ? null : path.endsWith('/files') ? 'attachment' : path.endsWith('/import') ? 'import' : path.endsWith('/parse') ? 'parse' : null;
          const jsonStatuses = new Set(Object.entries(op.responses ?? {}).filter(([, r]) => r.content?.['application/json']).map(([s]) => Number(s)));
          return { method: upper, path, parameters: op.parameters ?? [], body: json?.schema ?? null, raw, jsonStatuses };
        }),
    );
}, 120_000);
afterAll(() => t?.close());

type FuzzRequest = InjectOptions & { method: string; url: string };

function rawBodyFor(op: Operation) {
  const list = op.raw === 'attachment' ? samples.attachment! : op.raw === 'parse' ? samples.parse! : (samples[op.path] ?? []);
  return fc.constantFrom(...list);
}

const START_END: [string, string][] = [
  ['startsOn', 'endsOn'],
  ['validFrom', 'validTo'],
  ['from', 'to'],
];
const RECIPIENT_KEYS = ['unitId', 'groupId', 'text'];

/**
 * Meets the cross-field rules the schema cannot state (one nominee, a start before its end, parts
 * within their total…), so that such bodies reach the services too; untidied ones test the rules.
 */
function tidy(value: unknown, choice: number): unknown {
  if (Array.isArray(value)) return value.map((v) => tidy(v, choice));
  if (!value || typeof value !== 'object') return value;
  const o: Record<string, unknown> = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, tidy(v, choice)]));
  if ('personId' in o && 'unitId' in o) {
    if (o.personId && o.unitId) o[choice % 2 ? 'personId' : 'unitId'] = null;
    else if (!o.personId && !o.unitId) o[choice % 2 ? 'unitId' : 'personId'] = choice % 2 ? '@@units#0' : '@@people#0';
  }
  const given = RECIPIENT_KEYS.filter((k) => k in o);
  if (given.length > 1 && !('version' in o)) for (const k of given.filter((_, i) => i !== choice % given.length)) delete o[k];
  for (const [start, end] of START_END) {
    if (typeof o[start] === 'string' && typeof o[end] === 'string' && o[start] > o[end]) [o[start], o[end]] = [o[end], o[start]];
  }
  if (typeof o.total === 'number') for (const k of ['completed', 'ldtt', 'cstdcs']) if (typeof o[k] === 'number') o[k] = Math.min(o[k] as number, o.total);
  if (typeof o.quorumNumerator === 'number' && typeof o.quorumDenominator === 'number' && o.quorumNumerator > o.quorumDenominator) {
    [o.quorumNumerator, o.quorumDenominator] = [o.quorumDenominator, o.quorumNumerator];
  }
  return o;
}

interface Drawn {
  user: 'province' | 'reporter';
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  header: Record<string, unknown>;
  body: { payload?: unknown; type?: string; format?: string };
}

function drawFor(op: Operation): fc.Arbitrary<Drawn> {
  const hints = (name: string): Hints => ({ name, path: op.path, usernames });
  const params = (where: Parameter['in']) => {
    const list = op.parameters.filter((p) => p.in === where);
    const record = Object.fromEntries(list.map((p) => [p.name, arbitraryOf(p.schema, hints(p.name))]));
    return fc.record(record, { requiredKeys: list.filter((p) => p.required || where === 'path').map((p) => p.name) });
  };
  const body: fc.Arbitrary<Drawn['body']> = op.body
    ? fc
        .tuple(arbitraryOf(op.body, hints('(body)')), fc.nat(9), fc.nat())
        .map(([payload, tidied, choice]) => ({ payload: tidied < 8 ? tidy(payload, choice) : payload }))
    : op.raw
      ? rawBodyFor(op)
      : fc.constant({});
  return fc.record({ user: fc.constantFrom('province' as const, 'reporter' as const), path: params('path'), query: params('query'), header: params('header'), body });
}

/** The request of a drawing whose ids are resolved. */
function requestOf(op: Operation, { path, query, header, body }: Drawn): FuzzRequest {
  let url = op.path;
  for (const [name, value] of Object.entries(path)) url = url.replace(`{${name}}`, String(value));
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) if (v !== null && v !== undefined) search.append(name, String(v));
  }
  // An import takes its format from the sample it sends, so a CSV is not announced as XLSX.
  if (body.format && op.parameters.some((p) => p.name === 'format')) search.set('format', body.format);
  const headers: Record<string, string> = Object.fromEntries(Object.entries(header).map(([k, v]) => [k, String(v)]));
  const req: FuzzRequest = { method: op.method as FuzzRequest['method'], url: search.size ? `${url}?${search}` : url, headers };
  if (op.body) {
    req.payload = JSON.stringify(body.payload);
    headers['content-type'] = 'application/json';
  } else if (body.type) {
    req.payload = body.payload as Buffer;
    headers['content-type'] = body.type;
  }
  return req;
}

/** The prefix of the error handler's answer to a request its route's schema refused. */
const SCHEMA_REFUSAL = /^(Nội dung yêu cầu|Tham số truy vấn|Đường dẫn|Tiêu đề) không hợp lệ/;

function parsed(body: string): { error?: { code?: unknown; message?: unknown } } | null {
  try {
    return JSON.parse(body) as { error?: { code?: unknown; message?: unknown } };
  } catch {
    return null;
  }
}

const show = (req: FuzzRequest, res: LightMyRequestResponse) =>
  `${req.method} ${req.url}\n${typeof req.payload === 'string' ? req.payload.slice(0, 1500) : req.payload ? `<${(req.payload as Buffer).length} bytes ${req.headers?.['content-type']}>` : ''}\n→ ${res.statusCode} ${res.body.slice(0, 800)}`;

/** Records an answer's ids in the pool, so later requests can reach what this run created. */
function learn(op: Operation, res: LightMyRequestResponse) {
  if (res.statusCode >= 300 || !String(res.headers['content-type']).startsWith('application/json')) return;
  const body = res.json() as unknown;
  if (!body || typeof body !== 'object' || Array.isArray(body)) return;
  const { items } = body as { items?: unknown };
  if (op.method === 'GET' && Array.isArray(items)) {
    for (const item of items.slice(0, 10)) remember(createdKind(op.path), (item as { id?: unknown }).id);
  } else if (op.method === 'POST') {
    const record = 'id' in body ? (body as { id: unknown }) : Object.values(body).find((v): v is { id: unknown } => !!v && typeof v === 'object' && 'id' in v);
    if (record) remember(createdKind(op.path), record.id);
  }
}

describe('well-formed requests on every route', () => {
  it(`answers ${RUNS} well-formed requests without a 5xx, in the documented shapes`, { timeout: 900_000 }, async () => {
    const statuses = new Map<number, number>();
    const perUser = { province: new Map<number, number>(), reporter: new Map<number, number>() };
    const undeclared = new Map<string, number>();
    /** Operations at least one request of which passed validation, and how often each was refused by its schema. */
    const reached = new Set<string>();
    const refusedBySchema = new Map<string, number>();
    let accepted = 0;
    let writes = 0;
    let digests = 0;
    const started = Date.now();
    const arbitrary = fc.integer({ min: 0, max: operations.length - 1 }).chain((i) => drawFor(operations[i]!).map((drawn) => ({ op: operations[i]!, drawn })));
    await fc.assert(
      fc.asyncProperty(arbitrary, async ({ op, drawn }) => {
        const { user } = drawn;
        const req = requestOf(op, resolveIds(drawn));
        const isWrite = op.method !== 'GET';
        const digest = isWrite && writes++ % DIGEST_EVERY === 0;
        const before = digest ? await snapshotDatabase(t.ctx.db) : null;
        const res = await (user === 'province' ? province : reporter).request(req);
        const where = `${user}: ${show(req, res)}`;
        statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
        perUser[user].set(res.statusCode, (perUser[user].get(res.statusCode) ?? 0) + 1);
        if (res.statusCode >= 500) throw new Error(`5xx — ${where}`);
        const key = `${op.method} ${op.path}`;
        if (res.statusCode < 400) reached.add(key);
        if (isWrite && res.statusCode < 300) accepted++;
        if (!op.jsonStatuses.has(res.statusCode) && String(res.headers['content-type']).startsWith('application/json')) undeclared.set(`${op.method} ${op.path} ${res.statusCode}`, (undeclared.get(`${op.method} ${op.path} ${res.statusCode}`) ?? 0) + 1);
        const type = String(res.headers['content-type'] ?? '');
        if (op.jsonStatuses.has(res.statusCode) || type.startsWith('application/json')) {
          if (!type.startsWith('application/json')) throw new Error(`documented as JSON but sent as ${type} — ${where}`);
          try {
            JSON.parse(res.body);
          } catch {
            throw new Error(`not JSON — ${where}`);
          }
        }
        if (res.statusCode >= 400) {
          const error = parsed(res.body)?.error;
          if (typeof error?.code !== 'string' || typeof error.message !== 'string' || !error.message.trim()) throw new Error(`4xx without { error: { code, message } } — ${where}`);
          if (!SCHEMA_REFUSAL.test(error.message)) reached.add(key);
          else {
            refusedBySchema.set(key, (refusedBySchema.get(key) ?? 0) + 1);
            if (process.env.THIDUA_WELLFORMED_DEBUG) console.log(`${key}: ${error.message} ${req.url} ${String(req.payload ?? '').slice(0, 300)}`);
          }
          // Every request was signed in: losing a session would leave the rest of the run at the door.
          if (res.statusCode === 401 && op.path !== '/api/session') throw new Error(`session lost — ${where}`);
        }
        if (before && res.statusCode >= 400) {
          digests++;
          const after = await snapshotDatabase(t.ctx.db);
          const changed = Object.keys(after).filter((table) => before[table] !== after[table] && !MAY_CHANGE.has(table));
          if (changed.length) throw new Error(`refused write changed ${changed.join(', ')} — ${where}`);
        }
        learn(op, res);
      }),
      { numRuns: RUNS },
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const fmt = (m: Map<number, number>) => [...m].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(', ');
    console.log(
      `well-formed fuzz: ${RUNS} requests over ${operations.length} operations in ${seconds} s; answers ${fmt(statuses)} ` +
        `(province ${fmt(perUser.province)}; reporter ${fmt(perUser.reporter)}); writes accepted: ${accepted}/${writes}; ` +
        `refused writes checked against a digest: ${digests}; operations past validation: ${reached.size}/${operations.length}`,
    );
    const never = operations.map((op) => `${op.method} ${op.path}`).filter((k) => !reached.has(k));
    console.log(`never past validation: ${never.map((k) => `${k} (${refusedBySchema.get(k) ?? 0} refused)`).join('; ') || 'none'}`);
    if (undeclared.size) console.log(`answers with a status the document does not declare as JSON: ${[...undeclared].map(([k, n]) => `${k} ×${n}`).join('; ')}`);
    expect(accepted).toBeGreaterThan(0);
  });

  it('leaves an audit chain that verifies', async () => {
    const verification = await verifyAuditChain(t.ctx.db);
    expect(verification.broken).toBeNull();
    expect(verification.checked).toBeGreaterThan(0);
  });

  it('still reads every list afterwards, for both users', async () => {
    const lists = operations.filter((op) => op.method === 'GET' && !op.path.includes('{') && op.jsonStatuses.has(200) && !op.parameters.some((p) => p.required));
    expect(lists.length).toBeGreaterThan(10);
    for (const op of lists) {
      for (const [user, client] of [['province', province], ['reporter', reporter]] as const) {
        const res = await client.get(op.path);
        const where = `${user}: GET ${op.path} → ${res.statusCode} ${res.body.slice(0, 500)}`;
        expect(res.statusCode, where).toBeLessThan(500);
        const body = res.json() as { items?: unknown; error?: unknown };
        if (res.statusCode === 200 && 'items' in body) expect(Array.isArray(body.items), where).toBe(true);
        if (res.statusCode !== 200) expect([403, 404], where).toContain(res.statusCode);
      }
    }
  });
});
