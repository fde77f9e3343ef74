/**
 * The route table of the authorization tests: every route of the app with requests that exercise
 * it, on records of a first district (Huyện Tủa Chùa) built by createRouteFixtures. A route
 * registered without a declaration here fails both authorization tests.
 */
import type { InjectOptions } from 'fastify';
import type { TestApp } from './app.js';
import { makeHierarchy, makeUser, TEST_PASSWORD } from './factories.js';
import { CreateAssignmentBodySchema, CreateDocumentBodySchema } from '../../src/contract/documents.js';
import { CreateIndicatorBodySchema, CreateMovementBodySchema, CreateRegistrationBodySchema } from '../../src/contract/reporting.js';
import { createAssignment } from '../../src/server/modules/assignments/assignments.service.js';
import { CreateCouncilBodySchema, CreateSessionBodySchema } from '../../src/contract/councils.js';
import { CertificateLayoutBodySchema } from '../../src/contract/decisions.js';
import { CreateNominationBodySchema } from '../../src/contract/nominations.js';
import { createSession } from '../../src/server/modules/councils/council-sessions.service.js';
import { createCouncil } from '../../src/server/modules/councils/councils.service.js';
import { createLayout } from '../../src/server/modules/decisions/certificate-layouts.service.js';
import { issueDecision } from '../../src/server/modules/decisions/decisions-issue.service.js';
import { draftDecision } from '../../src/server/modules/decisions/decisions.service.js';
import { createIncome } from '../../src/server/modules/fund/fund.service.js';
import { addNominationFile } from '../../src/server/modules/nominations/nominations-files.service.js';
import { decideOutcome, reviewNomination, submitNominations } from '../../src/server/modules/nominations/nominations-flow.service.js';
import { createNomination } from '../../src/server/modules/nominations/nominations.service.js';
import { createAwardRecord, createDiscipline, createInitiative, createRating } from '../../src/server/modules/award-history/award-history.service.js';
import { addDocumentFile } from '../../src/server/modules/documents/documents-files.service.js';
import { issueDocument } from '../../src/server/modules/documents/documents-issue.service.js';
import { createDocument } from '../../src/server/modules/documents/documents.service.js';
import { createGroup } from '../../src/server/modules/groups/groups.service.js';
import { createIndicator } from '../../src/server/modules/movements/indicators.service.js';
import { createLocalAward } from '../../src/server/modules/awards/local-awards.service.js';
import { createCovenant, stepCovenant } from '../../src/server/modules/covenants/covenants.service.js';
import { addEvidenceFile } from '../../src/server/modules/covenants/covenant-evidence.service.js';
import { createMovement } from '../../src/server/modules/movements/movements.service.js';
import { createPeople } from '../../src/server/modules/people/people.service.js';
import { createRegistration } from '../../src/server/modules/registrations/registrations.service.js';
import { addReportFile } from '../../src/server/modules/reports/reports-files.service.js';
import { createReport } from '../../src/server/modules/reports/reports.service.js';

export type Hierarchy = Awaited<ReturnType<typeof makeHierarchy>>;
export interface Fixtures {
  h: Hierarchy;
  /** Records of the first district (Huyện Tủa Chùa). */
  groupId: string;
  /** The cluster's covenant, open for scoring, with a criterion. */
  covenantId: string;
  criterionId: string;
  evidenceFileId: string;
  personId: string;
  userId: string;
  username: string;
  /** Records of the sibling district, which its users may edit but not move into the first one. */
  ownGroupId: string;
  ownPersonId: string;
  /** Documents of the first district: a draft with an attachment, and one issued to Xã Mường Báng. */
  draftId: string;
  issuedId: string;
  fileId: string;
  /** A draft of the sibling district. */
  ownDraftId: string;
  /** The report assignment given by the issued document to Xã Mường Báng. */
  assignmentId: string;
  /** The first district's movement (Xã Mường Báng takes part), its indicator, and Xã Mường Báng's registration. */
  movementId: string;
  indicatorId: string;
  registrationId: string;
  /** A movement of the sibling district. */
  ownMovementId: string;
  /** Xã Mường Báng's report for the assignment, a draft with an attachment. */
  reportId: string;
  reportFileId: string;
  /** The award history of the person of Xã Mường Báng: a rating, an initiative, a discipline period, an award. */
  ratingId: string;
  initiativeId: string;
  disciplineId: string;
  awardRecordId: string;
  /** The district's council and one member; a planned session with a submitted nomination on it. */
  councilId: string;
  memberId: string;
  sessionId: string;
  /** Nominations of the person of Xã Mường Báng: a draft with an attachment, and one decided. */
  nominationId: string;
  nominationFileId: string;
  /** The nomination on the session's agenda, and the one approved and decided. */
  agendaNominationId: string;
  decidedNominationId: string;
  /** The issued decision of the district, its calibrated blank. */
  decisionId: string;
  layoutId: string;
}
export type Probe = (f: Fixtures) => InjectOptions;

/**
 * What a user of the sibling district (officer or admin scoped to it) gets:
 * - deny: 403 or 404;
 * - refuse: 400 (naming the field or the file rows), 403 or 404 — for writes whose body names
 *   the target, answered like any invalid reference;
 * - filtered: a list or file of their own scope (200), or 403/404; never a record of the first district.
 */
export type SiblingExpectation = 'deny' | 'refuse' | 'filtered';

export type RouteSpec =
  | { public: string; probe?: Probe }
  | {
      /** Not a data route (the caller's own session); only the 401 is checked. */
      own?: string;
      probes: { probe: Probe; sibling?: SiblingExpectation }[];
      /** Declared ahead of the module that adds it: skipped while the route is absent. */
      optional?: boolean;
    };

const json = (method: InjectOptions['method'], url: string, payload?: unknown): InjectOptions => ({
  method,
  url,
  ...(payload === undefined ? {} : { payload: payload as InjectOptions['payload'] }),
});
const csv = (url: string, text: string): InjectOptions => ({
  method: 'POST',
  url,
  headers: { 'content-type': 'text/csv; charset=utf-8' },
  payload: Buffer.from(text, 'utf8'),
});
const groupBody = (f: Fixtures, over: Record<string, unknown> = {}) => ({
  name: 'Cụm chiếm quyền',
  kind: 'cluster',
  year: 2024,
  organiserUnitId: f.h.district.id,
  memberUnitIds: [f.h.communeA.id],
  headUnitId: null,
  deputyUnitId: null,
  ...over,
});

const draftBody = (f: Fixtures, over: Record<string, unknown> = {}) => ({
  direction: 'outgoing',
  docType: 'Công văn',
  ownerUnitId: f.h.district.id,
  subject: 'Văn bản chiếm quyền',
  recipients: [{ text: 'Các xã' }],
  ...over,
});
const movementBody = (f: Fixtures, over: Record<string, unknown> = {}) => ({
  name: 'Phong trào chiếm quyền',
  kind: 'regular',
  ownerUnitId: f.h.district.id,
  startsOn: '2024-01-01',
  scopeUnitIds: [f.h.communeA.id],
  ...over,
});
const indicatorBody = { code: 'CHIEM', name: 'Chỉ tiêu chiếm quyền', valueType: 'number' };

const pdf = (url: string): InjectOptions => ({
  method: 'POST',
  url,
  headers: { 'content-type': 'application/pdf' },
  payload: Buffer.from('%PDF-1.4\n%%EOF\n'),
});

/** Routes under this prefix are the Swagger UI and its assets: public. */
export const DOCS_PREFIX = '/api/docs';

export const ROUTES: Record<string, RouteSpec> = {
  'GET /api/health': { public: 'load balancers probe it', probe: () => json('GET', '/api/health') },
  'GET /api/openapi.json': { public: 'the API description', probe: () => json('GET', '/api/openapi.json') },
  'POST /api/session': {
    public: 'signing in',
    probe: (f) => json('POST', '/api/session', { username: f.username, password: TEST_PASSWORD }),
  },
  // Signing out is idempotent: without a session it only clears the cookie (and writes nothing).
  'DELETE /api/session': { public: 'idempotent sign-out', probe: () => json('DELETE', '/api/session') },
  'GET /api/session': { own: 'the caller’s own session', probes: [{ probe: () => json('GET', '/api/session') }] },
  'POST /api/session/password': {
    own: 'the caller’s own password',
    probes: [{ probe: () => json('POST', '/api/session/password', { currentPassword: TEST_PASSWORD, newPassword: 'mat-khau-moi-123' }) }],
  },

  'GET /api/users': { probes: [{ probe: () => json('GET', '/api/users'), sibling: 'filtered' }] },
  'POST /api/users': {
    probes: [
      { probe: (f) => json('POST', '/api/users', { username: 'chiem.quyen', fullName: 'Chiếm Quyền', password: TEST_PASSWORD, unitId: f.h.communeA.id, roles: ['admin'] }), sibling: 'refuse' },
      // Seated in their own district but acting for the first one.
      { probe: (f) => json('POST', '/api/users', { username: 'chiem.quyen2', fullName: 'Chiếm Quyền', password: TEST_PASSWORD, unitId: f.h.otherCommune.id, scopeUnitId: f.h.province.id, roles: ['admin'] }), sibling: 'refuse' },
    ],
  },
  'GET /api/users/:id': { probes: [{ probe: (f) => json('GET', `/api/users/${f.userId}`), sibling: 'deny' }] },
  'PATCH /api/users/:id': {
    probes: [
      { probe: (f) => json('PATCH', `/api/users/${f.userId}`, { version: 1, password: 'mat-khau-chiem-quyen' }), sibling: 'deny' },
      { probe: (f) => json('PATCH', `/api/users/${f.userId}`, { version: 1, unitId: f.h.otherCommune.id, scopeUnitId: f.h.otherCommune.id }), sibling: 'deny' },
    ],
  },

  'GET /api/units': {
    probes: [
      { probe: (f) => json('GET', `/api/units?ancestorId=${f.h.district.id}`), sibling: 'deny' },
      { probe: (f) => json('GET', `/api/units?parentId=${f.h.district.id}&status=all`), sibling: 'filtered' },
      { probe: () => json('GET', `/api/units?q=${encodeURIComponent('mường báng')}&status=all`), sibling: 'filtered' },
    ],
  },
  'POST /api/units': {
    probes: [{ probe: (f) => json('POST', '/api/units', { code: 'CHIEM-QUYEN', name: 'Xã Chiếm Quyền', kind: 'commune', parentId: f.h.communeA.id }), sibling: 'refuse' }],
  },
  'GET /api/units/:id': { probes: [{ probe: (f) => json('GET', `/api/units/${f.h.communeA.id}`), sibling: 'deny' }] },
  'PATCH /api/units/:id': {
    probes: [
      { probe: (f) => json('PATCH', `/api/units/${f.h.communeA.id}`, { version: 1, name: 'Bị đổi tên' }), sibling: 'deny' },
      { probe: (f) => json('PATCH', `/api/units/${f.h.communeA.id}`, { version: 1, parentId: f.h.otherDistrict.id }), sibling: 'deny' },
      // Moving their own unit into the first district.
      { probe: (f) => json('PATCH', `/api/units/${f.h.otherCommune.id}`, { version: 1, parentId: f.h.district.id }), sibling: 'refuse' },
    ],
  },
  'POST /api/units/:id/close': {
    probes: [
      { probe: (f) => json('POST', `/api/units/${f.h.communeB.id}/close`, { version: 1, closedOn: '2025-07-01', event: 'merge', successorIds: [f.h.otherCommune.id] }), sibling: 'deny' },
      // Closing their own unit into a successor of the first district.
      { probe: (f) => json('POST', `/api/units/${f.h.otherCommune.id}/close`, { version: 1, closedOn: '2025-07-01', event: 'merge', successorIds: [f.h.communeA.id] }), sibling: 'refuse' },
    ],
  },
  'GET /api/units/:id/lineage': { probes: [{ probe: (f) => json('GET', `/api/units/${f.h.communeA.id}/lineage`), sibling: 'deny' }] },
  'GET /api/units/:id/path': { probes: [{ probe: (f) => json('GET', `/api/units/${f.h.communeA.id}/path`), sibling: 'deny' }] },
  'GET /api/units/export': { optional: true, probes: [{ probe: () => json('GET', '/api/units/export?format=csv'), sibling: 'filtered' }] },
  'GET /api/units/import-template': { optional: true, probes: [{ probe: () => json('GET', '/api/units/import-template?format=csv'), sibling: 'filtered' }] },
  'POST /api/units/import': {
    optional: true,
    probes: [
      {
        probe: (f) =>
          csv(
            '/api/units/import',
            `Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cấp trên\n${f.h.communeA.code},Xã Bị Chiếm,commune,${f.h.otherDistrict.code}\nCHIEM-QUYEN-2,Xã Chiếm Quyền,commune,${f.h.district.code}\n`,
          ),
        sibling: 'refuse',
      },
    ],
  },

  'GET /api/groups': {
    probes: [
      { probe: () => json('GET', '/api/groups'), sibling: 'filtered' },
      { probe: (f) => json('GET', `/api/groups?organiserUnitId=${f.h.district.id}`), sibling: 'filtered' },
      { probe: (f) => json('GET', `/api/groups?memberUnitId=${f.h.communeA.id}`), sibling: 'filtered' },
    ],
  },
  'POST /api/groups': {
    probes: [
      { probe: (f) => json('POST', '/api/groups', groupBody(f)), sibling: 'refuse' },
      // Their own district as organiser, with a member of the first one.
      { probe: (f) => json('POST', '/api/groups', groupBody(f, { organiserUnitId: f.h.otherDistrict.id, memberUnitIds: [f.h.otherCommune.id, f.h.communeA.id] })), sibling: 'refuse' },
    ],
  },
  'GET /api/groups/:id': { probes: [{ probe: (f) => json('GET', `/api/groups/${f.groupId}`), sibling: 'deny' }] },
  'PUT /api/groups/:id': {
    probes: [
      { probe: (f) => json('PUT', `/api/groups/${f.groupId}`, { ...groupBody(f, { organiserUnitId: f.h.otherDistrict.id, memberUnitIds: [] }), version: 1 }), sibling: 'deny' },
      { probe: (f) => json('PUT', `/api/groups/${f.ownGroupId}`, { ...groupBody(f), version: 1 }), sibling: 'refuse' },
    ],
  },
  'DELETE /api/groups/:id': { probes: [{ probe: (f) => json('DELETE', `/api/groups/${f.groupId}?version=1`), sibling: 'deny' }] },

  'GET /api/people': {
    probes: [
      { probe: (f) => json('GET', `/api/people?unitId=${f.h.communeA.id}`), sibling: 'deny' },
      { probe: (f) => json('GET', `/api/people?unitId=${f.h.district.id}&includeDescendants=true`), sibling: 'deny' },
      { probe: () => json('GET', `/api/people?q=${encodeURIComponent('bí mật')}`), sibling: 'filtered' },
    ],
  },
  'POST /api/people': {
    probes: [{ probe: (f) => json('POST', '/api/people', { fullName: 'Người Lạ', unitId: f.h.communeA.id }), sibling: 'refuse' }],
  },
  'GET /api/people/:id': { probes: [{ probe: (f) => json('GET', `/api/people/${f.personId}`), sibling: 'deny' }] },
  'PATCH /api/people/:id': {
    probes: [
      { probe: (f) => json('PATCH', `/api/people/${f.personId}`, { version: 1, unitId: f.h.otherCommune.id }), sibling: 'deny' },
      { probe: (f) => json('PATCH', `/api/people/${f.ownPersonId}`, { version: 1, unitId: f.h.communeA.id }), sibling: 'refuse' },
    ],
  },
  'GET /api/people/export': { optional: true, probes: [{ probe: () => json('GET', '/api/people/export?format=csv'), sibling: 'filtered' }] },
  'GET /api/people/import-template': { optional: true, probes: [{ probe: () => json('GET', '/api/people/import-template?format=csv'), sibling: 'filtered' }] },
  'POST /api/people/import': {
    optional: true,
    probes: [{ probe: (f) => csv('/api/people/import', `Họ và tên,Giới tính,Năm sinh,Mã đơn vị,Chức vụ\nNgười Lạ,Nam,1980,${f.h.communeA.code},Cán bộ\n`), sibling: 'refuse' }],
  },

  'GET /api/documents': {
    probes: [
      { probe: () => json('GET', '/api/documents'), sibling: 'filtered' },
      { probe: (f) => json('GET', `/api/documents?ownerUnitId=${f.h.district.id}`), sibling: 'filtered' },
      { probe: () => json('GET', `/api/documents?q=${encodeURIComponent('bí mật')}`), sibling: 'filtered' },
    ],
  },
  'POST /api/documents': {
    probes: [
      { probe: (f) => json('POST', '/api/documents', draftBody(f)), sibling: 'refuse' },
      { probe: (f) => json('POST', '/api/documents', { direction: 'incoming', ownerUnitId: f.h.district.id, docType: 'Kế hoạch', subject: 'Chen vào sổ' }), sibling: 'refuse' },
      // Their own district as issuer, sending to a unit of the first one.
      { probe: (f) => json('POST', '/api/documents', draftBody(f, { ownerUnitId: f.h.otherDistrict.id, recipients: [{ unitId: f.h.communeA.id }] })), sibling: 'refuse' },
    ],
  },
  // Reading a document's structure stores nothing and answers only with what was sent: any
  // signed-in role may, so a sibling district's user gets 200 (and nothing of the first district).
  'POST /api/documents/parse': {
    probes: [
      { probe: () => json('POST', '/api/documents/parse', { text: 'Số: 12/UBND-VP\nV/v thử đọc một văn bản' }), sibling: 'filtered' },
      {
        probe: () => ({ method: 'POST', url: '/api/documents/parse', headers: { 'content-type': 'text/plain; charset=utf-8' }, payload: Buffer.from('Số: 12/UBND-VP', 'utf8') }),
        sibling: 'filtered',
      },
    ],
  },
  'GET /api/documents/:id': {
    probes: [
      { probe: (f) => json('GET', `/api/documents/${f.draftId}`), sibling: 'deny' },
      { probe: (f) => json('GET', `/api/documents/${f.issuedId}`), sibling: 'deny' },
    ],
  },
  'PATCH /api/documents/:id': {
    probes: [
      { probe: (f) => json('PATCH', `/api/documents/${f.draftId}`, { version: 1, subject: 'Bị sửa' }), sibling: 'deny' },
      { probe: (f) => json('PATCH', `/api/documents/${f.ownDraftId}`, { version: 1, recipients: [{ unitId: f.h.communeA.id }] }), sibling: 'refuse' },
    ],
  },
  'POST /api/documents/:id/issue': { probes: [{ probe: (f) => json('POST', `/api/documents/${f.draftId}/issue`, { version: 1 }), sibling: 'deny' }] },
  'POST /api/documents/:id/receive': {
    probes: [{ probe: (f) => json('POST', `/api/documents/${f.issuedId}/receive`, { unitId: f.h.communeA.id }), sibling: 'deny' }],
  },
  'GET /api/documents/:id/docx': { probes: [{ probe: (f) => json('GET', `/api/documents/${f.issuedId}/docx`), sibling: 'deny' }] },
  'GET /api/inbox': { probes: [{ probe: () => json('GET', '/api/inbox?status=all'), sibling: 'filtered' }] },
  'POST /api/documents/:id/files': { probes: [{ probe: (f) => pdf(`/api/documents/${f.draftId}/files?name=chiem.pdf`), sibling: 'deny' }] },
  'GET /api/documents/:id/files/:fileId': { probes: [{ probe: (f) => json('GET', `/api/documents/${f.draftId}/files/${f.fileId}`), sibling: 'deny' }] },
  'POST /api/documents/:id/assignments': {
    probes: [{ probe: (f) => json('POST', `/api/documents/${f.issuedId}/assignments`, { title: 'Chiếm', dueOn: '2024-12-01' }), sibling: 'deny' }],
  },
  'GET /api/assignments': {
    probes: [
      { probe: (f) => json('GET', `/api/assignments?documentId=${f.issuedId}`), sibling: 'filtered' },
      { probe: (f) => json('GET', `/api/assignments?unitId=${f.h.communeA.id}`), sibling: 'filtered' },
    ],
  },
  'GET /api/assignments/:id': { probes: [{ probe: (f) => json('GET', `/api/assignments/${f.assignmentId}`), sibling: 'deny' }] },
  'PATCH /api/assignments/:id': {
    probes: [{ probe: (f) => json('PATCH', `/api/assignments/${f.assignmentId}`, { title: 'Chiếm', dueOn: '2024-12-01', template: {}, version: 1 }), sibling: 'deny' }],
  },
  'POST /api/assignments/:id/reminders': {
    probes: [{ probe: (f) => json('POST', `/api/assignments/${f.assignmentId}/reminders`, { unitIds: [f.h.communeA.id] }), sibling: 'deny' }],
  },
  'GET /api/assignments/:id/reminders': { probes: [{ probe: (f) => json('GET', `/api/assignments/${f.assignmentId}/reminders`), sibling: 'deny' }] },
  // Tracking, roll-up and exports: the issuing side (and leaders over it, for reading) only.
  'GET /api/assignments/:id/board': { probes: [{ probe: (f) => json('GET', `/api/assignments/${f.assignmentId}/board?level=commune`), sibling: 'deny' }] },
  'GET /api/assignments/:id/rollup': {
    probes: [{ probe: (f) => json('GET', `/api/assignments/${f.assignmentId}/rollup?includeSubmitted=true&asOf=2024-11-15`), sibling: 'deny' }],
  },
  'GET /api/assignments/:id/dashboard': { probes: [{ probe: (f) => json('GET', `/api/assignments/${f.assignmentId}/dashboard`), sibling: 'deny' }] },
  'GET /api/assignments/:id/rollup.xlsx': { probes: [{ probe: (f) => json('GET', `/api/assignments/${f.assignmentId}/rollup.xlsx`), sibling: 'deny' }] },
  'GET /api/assignments/:id/values.xlsx': { probes: [{ probe: (f) => json('GET', `/api/assignments/${f.assignmentId}/values.xlsx`), sibling: 'deny' }] },
  'GET /api/assignments/:id/consolidated.docx': { probes: [{ probe: (f) => json('GET', `/api/assignments/${f.assignmentId}/consolidated.docx`), sibling: 'deny' }] },
  'POST /api/assignments/:id/consolidated-report': {
    probes: [{ probe: (f) => json('POST', `/api/assignments/${f.assignmentId}/consolidated-report`), sibling: 'deny' }],
  },
  // Each user's own notifications; another user's answers 404 (notifications.routes.test.ts).
  'GET /api/awards': {
    probes: [
      { probe: () => json('GET', '/api/awards'), sibling: 'filtered' },
      { probe: (f) => json('GET', `/api/awards?unitId=${f.h.communeA.id}`), sibling: 'deny' },
    ],
  },
  'POST /api/awards': {
    probes: [
      {
        probe: (f) =>
          json('POST', '/api/awards', {
            ownerUnitId: f.h.district.id,
            code: 'CHIEM_QUYEN',
            name: 'Danh hiệu chiếm quyền',
            kind: 'title',
            nominee: ['person'],
            level: 'grassroots',
            category: 'lao_dong_tien_tien',
            cashMultiple: null,
            legalBasis: 'Quy chế chiếm quyền',
            authority: 'Người chiếm quyền',
            validFrom: '2024-01-01',
            criteria: { minRating: 'HTTNV' },
          }),
        sibling: 'refuse',
      },
    ],
  },
  'PATCH /api/awards/:code': {
    probes: [
      {
        probe: () =>
          json('PATCH', '/api/awards/BIMAT_LDG', {
            name: 'Bị đổi tên',
            kind: 'title',
            nominee: ['person'],
            level: 'grassroots',
            category: 'lao_dong_tien_tien',
            cashMultiple: null,
            legalBasis: 'Quy chế chiếm quyền',
            authority: 'Người chiếm quyền',
            validFrom: '2024-01-01',
            criteria: { minRating: 'HTTNV' },
            version: 1,
          }),
        sibling: 'deny',
      },
    ],
  },
  'POST /api/awards/eligibility': {
    own: 'a computation on the case sent, reading no unit’s data',
    probes: [{ probe: () => json('POST', '/api/awards/eligibility', { asOf: '2025-03-15', award: 'LDTT', nominee: { kind: 'person', unitLevel: 'commune' }, ratings: [{ year: 2024, rating: 'HTTNV' }] }) }],
  },
  'GET /api/notifications': { own: 'the caller’s own notifications', probes: [{ probe: () => json('GET', '/api/notifications?unread=true') }] },
  'POST /api/notifications/:id/read': {
    own: 'the caller’s own notification',
    probes: [{ probe: () => json('POST', '/api/notifications/00000000-0000-4000-8000-000000000000/read') }],
  },
  'POST /api/notifications/read-all': { own: 'the caller’s own notifications', probes: [{ probe: () => json('POST', '/api/notifications/read-all') }] },

  'GET /api/movements': {
    probes: [
      { probe: () => json('GET', '/api/movements'), sibling: 'filtered' },
      { probe: () => json('GET', `/api/movements?q=${encodeURIComponent('bí mật')}&year=2024`), sibling: 'filtered' },
    ],
  },
  'POST /api/movements': {
    probes: [
      { probe: (f) => json('POST', '/api/movements', movementBody(f)), sibling: 'refuse' },
      // Their own district as owner, reaching into the first one.
      { probe: (f) => json('POST', '/api/movements', movementBody(f, { ownerUnitId: f.h.otherDistrict.id })), sibling: 'refuse' },
      { probe: (f) => json('POST', '/api/movements', movementBody(f, { ownerUnitId: f.h.otherDistrict.id, scopeUnitIds: [], basisDocumentIds: [f.issuedId] })), sibling: 'refuse' },
      { probe: (f) => json('POST', '/api/movements', movementBody(f, { ownerUnitId: f.h.otherDistrict.id, scopeUnitIds: [], parentMovementId: f.movementId })), sibling: 'refuse' },
      { probe: (f) => json('POST', '/api/movements', movementBody(f, { ownerUnitId: f.h.otherDistrict.id, scopeUnitIds: [], scopeGroupIds: [f.groupId] })), sibling: 'refuse' },
    ],
  },
  'GET /api/movements/:id': { probes: [{ probe: (f) => json('GET', `/api/movements/${f.movementId}`), sibling: 'deny' }] },
  'PATCH /api/movements/:id': {
    probes: [
      { probe: (f) => json('PATCH', `/api/movements/${f.movementId}`, { ...movementBody(f, { ownerUnitId: f.h.otherDistrict.id, scopeUnitIds: [] }), version: 1 }), sibling: 'deny' },
      { probe: (f) => json('PATCH', `/api/movements/${f.ownMovementId}`, { ...movementBody(f, { ownerUnitId: f.h.otherDistrict.id }), version: 1 }), sibling: 'refuse' },
    ],
  },
  'POST /api/movements/:id/indicators': {
    probes: [{ probe: (f) => json('POST', `/api/movements/${f.movementId}/indicators`, indicatorBody), sibling: 'deny' }],
  },
  'POST /api/movements/:id/indicators/from-document': {
    probes: [
      { probe: (f) => json('POST', `/api/movements/${f.movementId}/indicators/from-document`, { documentId: f.ownDraftId }), sibling: 'deny' },
      // Their own movement, reading a document of the first district.
      { probe: (f) => json('POST', `/api/movements/${f.ownMovementId}/indicators/from-document`, { documentId: f.issuedId }), sibling: 'refuse' },
    ],
  },
  'PATCH /api/indicators/:id': {
    probes: [{ probe: (f) => json('PATCH', `/api/indicators/${f.indicatorId}`, { ...indicatorBody, version: 1 }), sibling: 'deny' }],
  },
  'DELETE /api/indicators/:id': { probes: [{ probe: (f) => json('DELETE', `/api/indicators/${f.indicatorId}?version=1`), sibling: 'deny' }] },
  'GET /api/movements/:id/registrations/summary': {
    probes: [{ probe: (f) => json('GET', `/api/movements/${f.movementId}/registrations/summary?year=2024`), sibling: 'deny' }],
  },
  'POST /api/registrations': {
    probes: [
      { probe: (f) => json('POST', '/api/registrations', { movementId: f.movementId, unitId: f.h.communeA.id, year: 2024 }), sibling: 'refuse' },
      { probe: (f) => json('POST', '/api/registrations', { movementId: f.movementId, unitId: f.h.otherCommune.id, year: 2024 }), sibling: 'refuse' },
    ],
  },
  'GET /api/registrations': {
    probes: [
      { probe: () => json('GET', '/api/registrations'), sibling: 'filtered' },
      { probe: (f) => json('GET', `/api/registrations?movementId=${f.movementId}`), sibling: 'filtered' },
      { probe: (f) => json('GET', `/api/registrations?unitId=${f.h.communeA.id}&year=2024&status=not_sent`), sibling: 'filtered' },
    ],
  },
  'GET /api/registrations/:id': { probes: [{ probe: (f) => json('GET', `/api/registrations/${f.registrationId}`), sibling: 'deny' }] },
  'PATCH /api/registrations/:id': {
    probes: [{ probe: (f) => json('PATCH', `/api/registrations/${f.registrationId}`, { commitments: [{ text: 'Chiếm quyền' }], version: 1 }), sibling: 'deny' }],
  },
  'POST /api/registrations/:id/submit': { probes: [{ probe: (f) => json('POST', `/api/registrations/${f.registrationId}/submit`, { version: 1 }), sibling: 'deny' }] },
  'POST /api/registrations/:id/return': {
    probes: [{ probe: (f) => json('POST', `/api/registrations/${f.registrationId}/return`, { version: 1, comment: 'Chiếm quyền' }), sibling: 'deny' }],
  },
  'POST /api/registrations/:id/approve': { probes: [{ probe: (f) => json('POST', `/api/registrations/${f.registrationId}/approve`, { version: 1 }), sibling: 'deny' }] },

  'POST /api/reports': {
    probes: [
      { probe: (f) => json('POST', '/api/reports', { assignmentId: f.assignmentId, unitId: f.h.communeA.id }), sibling: 'refuse' },
      // Their own commune, on the first district's assignment.
      { probe: (f) => json('POST', '/api/reports', { assignmentId: f.assignmentId, unitId: f.h.otherCommune.id }), sibling: 'refuse' },
    ],
  },
  'GET /api/reports': {
    probes: [
      { probe: () => json('GET', '/api/reports'), sibling: 'filtered' },
      { probe: (f) => json('GET', `/api/reports?assignmentId=${f.assignmentId}&unitId=${f.h.communeA.id}`), sibling: 'filtered' },
    ],
  },
  'GET /api/reports/:id': { probes: [{ probe: (f) => json('GET', `/api/reports/${f.reportId}`), sibling: 'deny' }] },
  'PATCH /api/reports/:id': { probes: [{ probe: (f) => json('PATCH', `/api/reports/${f.reportId}`, { version: 1, narrative: { ket_qua: 'Chiếm quyền' } }), sibling: 'deny' }] },
  'POST /api/reports/:id/submit': { probes: [{ probe: (f) => json('POST', `/api/reports/${f.reportId}/submit`, { version: 1 }), sibling: 'deny' }] },
  'POST /api/reports/:id/return': {
    probes: [{ probe: (f) => json('POST', `/api/reports/${f.reportId}/return`, { version: 1, comment: 'Chiếm quyền' }), sibling: 'deny' }],
  },
  'POST /api/reports/:id/accept': { probes: [{ probe: (f) => json('POST', `/api/reports/${f.reportId}/accept`, { version: 1 }), sibling: 'deny' }] },
  'POST /api/reports/:id/reopen': { probes: [{ probe: (f) => json('POST', `/api/reports/${f.reportId}/reopen`, { version: 1, comment: 'Chiếm quyền' }), sibling: 'deny' }] },
  'POST /api/reports/:id/files': { probes: [{ probe: (f) => pdf(`/api/reports/${f.reportId}/files?name=chiem.pdf`), sibling: 'deny' }] },
  'GET /api/reports/:id/files/:fileId': { probes: [{ probe: (f) => json('GET', `/api/reports/${f.reportId}/files/${f.reportFileId}`), sibling: 'deny' }] },
  'DELETE /api/reports/:id/files/:fileId': { probes: [{ probe: (f) => json('DELETE', `/api/reports/${f.reportId}/files/${f.reportFileId}`), sibling: 'deny' }] },

  'GET /api/people/:id/award-history': { probes: [{ probe: (f) => json('GET', `/api/people/${f.personId}/award-history`), sibling: 'deny' }] },
  'GET /api/units/:id/award-history': { probes: [{ probe: (f) => json('GET', `/api/units/${f.h.communeA.id}/award-history`), sibling: 'deny' }] },
  'POST /api/people/:id/eligibility': {
    probes: [{ probe: (f) => json('POST', `/api/people/${f.personId}/eligibility`, { award: 'CSTDCS', asOf: '2025-03-15' }), sibling: 'deny' }],
  },
  'POST /api/units/:id/eligibility': {
    probes: [{ probe: (f) => json('POST', `/api/units/${f.h.communeA.id}/eligibility`, { award: 'TTLDTT', asOf: '2025-03-15', members: { total: 5, completed: 5, ldtt: 4, cstdcs: 1 } }), sibling: 'deny' }],
  },
  'POST /api/award-history/ratings': {
    probes: [
      { probe: (f) => json('POST', '/api/award-history/ratings', { personId: f.personId, year: 2023, rating: 'KHTNV' }), sibling: 'refuse' },
      { probe: (f) => json('POST', '/api/award-history/ratings', { unitId: f.h.communeA.id, year: 2023, rating: 'KHTNV' }), sibling: 'refuse' },
    ],
  },
  'PATCH /api/award-history/ratings/:id': {
    probes: [{ probe: (f) => json('PATCH', `/api/award-history/ratings/${f.ratingId}`, { rating: 'KHTNV', version: 1 }), sibling: 'deny' }],
  },
  'DELETE /api/award-history/ratings/:id': { probes: [{ probe: (f) => json('DELETE', `/api/award-history/ratings/${f.ratingId}`), sibling: 'deny' }] },
  'POST /api/award-history/initiatives': {
    probes: [{ probe: (f) => json('POST', '/api/award-history/initiatives', { personId: f.personId, year: 2023, title: 'Chiếm quyền', scope: 'co_so' }), sibling: 'refuse' }],
  },
  'DELETE /api/award-history/initiatives/:id': { probes: [{ probe: (f) => json('DELETE', `/api/award-history/initiatives/${f.initiativeId}`), sibling: 'deny' }] },
  'POST /api/award-history/discipline': {
    probes: [
      { probe: (f) => json('POST', '/api/award-history/discipline', { personId: f.personId, kind: 'discipline', startsOn: '2025-01-01' }), sibling: 'refuse' },
      { probe: (f) => json('POST', '/api/award-history/discipline', { unitId: f.h.communeA.id, kind: 'review', startsOn: '2025-01-01' }), sibling: 'refuse' },
    ],
  },
  'DELETE /api/award-history/discipline/:id': { probes: [{ probe: (f) => json('DELETE', `/api/award-history/discipline/${f.disciplineId}`), sibling: 'deny' }] },
  'POST /api/award-history/awards': {
    probes: [
      { probe: (f) => json('POST', '/api/award-history/awards', { personId: f.personId, awardCode: 'GIAY_KHEN', year: 2023 }), sibling: 'refuse' },
      { probe: (f) => json('POST', '/api/award-history/awards', { unitId: f.h.communeA.id, awardCode: 'TTLDTT', year: 2023 }), sibling: 'refuse' },
    ],
  },
  'DELETE /api/award-history/awards/:id': { probes: [{ probe: (f) => json('DELETE', `/api/award-history/awards/${f.awardRecordId}`), sibling: 'deny' }] },
  'GET /api/award-history/export': { probes: [{ probe: () => json('GET', '/api/award-history/export?format=csv'), sibling: 'filtered' }] },
  'GET /api/award-history/import-template': { probes: [{ probe: () => json('GET', '/api/award-history/import-template?format=csv'), sibling: 'filtered' }] },
  'POST /api/award-history/import': {
    probes: [
      {
        probe: (f) =>
          csv(
            '/api/award-history/import',
            `Loại,Mã cá nhân,Mã đơn vị,Năm,Xếp loại,Mã khen thưởng\nxếp loại,${f.personId},,2023,KHTNV,\nkhen thưởng,,${f.h.communeA.code},2023,,TTLDTT\n`,
          ),
        sibling: 'refuse',
      },
    ],
  },
  'GET /api/nominations': {
    probes: [
      { probe: () => json('GET', '/api/nominations'), sibling: 'filtered' },
      { probe: (f) => json('GET', `/api/nominations?proposingUnitId=${f.h.communeA.id}`), sibling: 'filtered' },
      { probe: (f) => json('GET', `/api/nominations?reviewingUnitId=${f.h.district.id}&q=${encodeURIComponent('bí mật')}`), sibling: 'filtered' },
    ],
  },
  'POST /api/nominations': {
    probes: [
      { probe: (f) => json('POST', '/api/nominations', { proposingUnitId: f.h.communeA.id, personId: f.personId, year: 2025, awardCode: 'LDTT' }), sibling: 'refuse' },
      // Their own district proposing the first district's person.
      { probe: (f) => json('POST', '/api/nominations', { proposingUnitId: f.h.otherDistrict.id, personId: f.personId, year: 2025, awardCode: 'LDTT' }), sibling: 'refuse' },
    ],
  },
  'POST /api/nominations/submit': { probes: [{ probe: (f) => json('POST', '/api/nominations/submit', { items: [{ id: f.nominationId, version: 1 }] }), sibling: 'refuse' }] },
  'GET /api/nominations/candidates': { probes: [{ probe: (f) => json('GET', `/api/nominations/candidates?unitId=${f.h.communeA.id}&year=2024`), sibling: 'deny' }] },
  'GET /api/nominations/forwarding-package': {
    probes: [{ probe: (f) => json('GET', `/api/nominations/forwarding-package?reviewingUnitId=${f.h.district.id}&year=2024`), sibling: 'deny' }],
  },
  'GET /api/nominations/:id': { probes: [{ probe: (f) => json('GET', `/api/nominations/${f.nominationId}`), sibling: 'deny' }] },
  'PATCH /api/nominations/:id': { probes: [{ probe: (f) => json('PATCH', `/api/nominations/${f.nominationId}`, { version: 1, justification: 'Chiếm quyền' }), sibling: 'deny' }] },
  'DELETE /api/nominations/:id': { probes: [{ probe: (f) => json('DELETE', `/api/nominations/${f.nominationId}`), sibling: 'deny' }] },
  'POST /api/nominations/:id/return': { probes: [{ probe: (f) => json('POST', `/api/nominations/${f.nominationId}/return`, { version: 1, note: 'Chiếm quyền' }), sibling: 'deny' }] },
  'POST /api/nominations/:id/review': { probes: [{ probe: (f) => json('POST', `/api/nominations/${f.nominationId}/review`, { version: 1 }), sibling: 'deny' }] },
  'POST /api/nominations/:id/outcome': {
    probes: [{ probe: (f) => json('POST', `/api/nominations/${f.nominationId}/outcome`, { outcome: 'rejected', version: 1 }), sibling: 'deny' }],
  },
  'POST /api/nominations/:id/files': { probes: [{ probe: (f) => pdf(`/api/nominations/${f.nominationId}/files?name=chiem.pdf`), sibling: 'deny' }] },
  'GET /api/nominations/:id/files': { probes: [{ probe: (f) => json('GET', `/api/nominations/${f.nominationId}/files`), sibling: 'deny' }] },
  'GET /api/nominations/:id/files/:fileId': { probes: [{ probe: (f) => json('GET', `/api/nominations/${f.nominationId}/files/${f.nominationFileId}`), sibling: 'deny' }] },
  'DELETE /api/nominations/:id/files/:fileId': { probes: [{ probe: (f) => json('DELETE', `/api/nominations/${f.nominationId}/files/${f.nominationFileId}`), sibling: 'deny' }] },
  'GET /api/award-quotas': { probes: [{ probe: (f) => json('GET', `/api/award-quotas?unitId=${f.h.district.id}&year=2024`), sibling: 'deny' }] },
  'PUT /api/award-quotas': {
    probes: [
      { probe: (f) => json('PUT', `/api/award-quotas?unitId=${f.h.district.id}&year=2024`, { items: [{ unitId: f.h.communeA.id, awardCode: 'CSTDCS', maxCount: 0 }] }), sibling: 'deny' },
      { probe: (f) => json('PUT', `/api/award-quotas?unitId=${f.h.otherDistrict.id}&year=2024`, { items: [{ unitId: f.h.communeA.id, awardCode: 'CSTDCS', maxCount: 0 }] }), sibling: 'refuse' },
    ],
  },
  'GET /api/award-settings': { probes: [{ probe: (f) => json('GET', `/api/award-settings?unitId=${f.h.communeA.id}`), sibling: 'deny' }] },
  'PUT /api/award-settings': {
    probes: [{ probe: (f) => json('PUT', `/api/award-settings?unitId=${f.h.district.id}`, { cstdcsPercentOfLdtt: 1, note: 'Chiếm quyền' }), sibling: 'deny' }],
  },
  'GET /api/covenants': { probes: [{ probe: () => json('GET', '/api/covenants'), sibling: 'filtered' }] },
  'POST /api/covenants': {
    probes: [{ probe: (f) => json('POST', '/api/covenants', { groupId: f.groupId, title: 'Chiếm quyền', scoringDeadline: '2024-11-05', criteria: [] }), sibling: 'refuse' }],
  },
  'GET /api/covenants/:id': { probes: [{ probe: (f) => json('GET', `/api/covenants/${f.covenantId}`), sibling: 'deny' }] },
  'PATCH /api/covenants/:id': { probes: [{ probe: (f) => json('PATCH', `/api/covenants/${f.covenantId}`, { title: 'Bị đổi tên', version: 2 }), sibling: 'deny' }] },
  'POST /api/covenants/:id/open': { probes: [{ probe: (f) => json('POST', `/api/covenants/${f.covenantId}/open`, { version: 2 }), sibling: 'deny' }] },
  'POST /api/covenants/:id/close-scoring': { probes: [{ probe: (f) => json('POST', `/api/covenants/${f.covenantId}/close-scoring`, { version: 2 }), sibling: 'deny' }] },
  'POST /api/covenants/:id/close': { probes: [{ probe: (f) => json('POST', `/api/covenants/${f.covenantId}/close`, { version: 2 }), sibling: 'deny' }] },
  'POST /api/covenants/:id/sign': { probes: [{ probe: (f) => json('POST', `/api/covenants/${f.covenantId}/sign`, { unitId: f.h.communeA.id }), sibling: 'deny' }] },
  'GET /api/covenants/:id/scores/:unitId': { probes: [{ probe: (f) => json('GET', `/api/covenants/${f.covenantId}/scores/${f.h.communeA.id}`), sibling: 'deny' }] },
  'PUT /api/covenants/:id/scores/:unitId': {
    probes: [{ probe: (f) => json('PUT', `/api/covenants/${f.covenantId}/scores/${f.h.communeA.id}`, { items: [{ criterionId: f.criterionId, score: 1 }], version: null }), sibling: 'deny' }],
  },
  'POST /api/covenants/:id/scores/:unitId/files': {
    probes: [{ probe: (f) => pdf(`/api/covenants/${f.covenantId}/scores/${f.h.communeA.id}/files?criterionId=${f.criterionId}&name=chiem.pdf`), sibling: 'deny' }],
  },
  'GET /api/covenants/:id/scores/:unitId/files/:fileId': {
    probes: [{ probe: (f) => json('GET', `/api/covenants/${f.covenantId}/scores/${f.h.communeA.id}/files/${f.evidenceFileId}`), sibling: 'deny' }],
  },
  'DELETE /api/covenants/:id/scores/:unitId/files/:fileId': {
    probes: [{ probe: (f) => json('DELETE', `/api/covenants/${f.covenantId}/scores/${f.h.communeA.id}/files/${f.evidenceFileId}`), sibling: 'deny' }],
  },
  'POST /api/covenants/:id/scores/:unitId/submit': { probes: [{ probe: (f) => json('POST', `/api/covenants/${f.covenantId}/scores/${f.h.communeA.id}/submit`, { version: 1 }), sibling: 'deny' }] },
  'POST /api/covenants/:id/adjustments': {
    probes: [{ probe: (f) => json('POST', `/api/covenants/${f.covenantId}/adjustments`, { unitId: f.h.communeA.id, criterionId: f.criterionId, score: 1, reason: 'Điều chỉnh chiếm quyền' }), sibling: 'deny' }],
  },
  'POST /api/covenants/:id/vote': {
    probes: [{ probe: (f) => json('POST', `/api/covenants/${f.covenantId}/vote`, { candidateUnitId: f.h.communeA.id, version: 2 }), sibling: 'deny' }],
  },
  'POST /api/covenants/:id/ballots': { probes: [{ probe: (f) => json('POST', `/api/covenants/${f.covenantId}/ballots`, { unitId: f.h.communeA.id, choice: 'agree' }), sibling: 'deny' }] },
  'POST /api/covenants/:id/vote/close': { probes: [{ probe: (f) => json('POST', `/api/covenants/${f.covenantId}/vote/close`, { version: 1 }), sibling: 'deny' }] },
  'GET /api/covenant-leaders': { probes: [{ probe: (f) => json('GET', `/api/covenant-leaders?organiserUnitId=${f.h.district.id}&year=2024`), sibling: 'deny' }] },
  'POST /api/covenant-leaders/government-flags': {
    probes: [{ probe: (f) => json('POST', '/api/covenant-leaders/government-flags', { organiserUnitId: f.h.district.id, year: 2024, unitIds: [f.h.communeA.id] }), sibling: 'deny' }],
  },
  'GET /api/covenants/:id/criteria.xlsx': { probes: [{ probe: (f) => json('GET', `/api/covenants/${f.covenantId}/criteria.xlsx`), sibling: 'deny' }] },
  'POST /api/covenants/:id/criteria/import': {
    probes: [{ probe: (f) => csv(`/api/covenants/${f.covenantId}/criteria/import?dryRun=false`, 'Mã,Nội dung,Loại,Điểm tối đa,Cần minh chứng\n1,Chiếm quyền,Tiêu chí,10,Không\n'), sibling: 'deny' }],
  },
  'GET /api/covenants/:id/scores.xlsx': { probes: [{ probe: (f) => json('GET', `/api/covenants/${f.covenantId}/scores.xlsx`), sibling: 'deny' }] },
  'GET /api/covenants/:id/minutes.docx': { probes: [{ probe: (f) => json('GET', `/api/covenants/${f.covenantId}/minutes.docx`), sibling: 'deny' }] },
  'GET /api/covenants/:id/indicators': { probes: [{ probe: (f) => json('GET', `/api/covenants/${f.covenantId}/indicators`), sibling: 'deny' }] },
  'GET /api/covenants/:id/scores/:unitId/suggestions': {
    probes: [{ probe: (f) => json('GET', `/api/covenants/${f.covenantId}/scores/${f.h.communeA.id}/suggestions`), sibling: 'deny' }],
  },
  'GET /api/covenants/:id/ranking': { probes: [{ probe: (f) => json('GET', `/api/covenants/${f.covenantId}/ranking`), sibling: 'deny' }] },
  'GET /api/statistics/tt02/:form.xlsx': {
    probes: [{ probe: (f) => json('GET', `/api/statistics/tt02/0603.xlsx?unitId=${f.h.district.id}&year=2024`), sibling: 'deny' }],
  },

  'GET /api/councils': { probes: [{ probe: () => json('GET', '/api/councils'), sibling: 'filtered' }] },
  'POST /api/councils': { probes: [{ probe: (f) => json('POST', '/api/councils', { unitId: f.h.communeA.id, name: 'Hội đồng chiếm quyền' }), sibling: 'refuse' }] },
  'GET /api/councils/:id': { probes: [{ probe: (f) => json('GET', `/api/councils/${f.councilId}`), sibling: 'deny' }] },
  'GET /api/councils/:id/accounts': { probes: [{ probe: (f) => json('GET', `/api/councils/${f.councilId}/accounts`), sibling: 'deny' }] },
  'PATCH /api/councils/:id': { probes: [{ probe: (f) => json('PATCH', `/api/councils/${f.councilId}`, { version: 1, name: 'Bị đổi tên' }), sibling: 'deny' }] },
  'POST /api/councils/:id/members': { probes: [{ probe: (f) => json('POST', `/api/councils/${f.councilId}/members`, { fullName: 'Kẻ Chiếm Quyền', role: 'member' }), sibling: 'deny' }] },
  'PATCH /api/councils/:id/members/:memberId': {
    probes: [{ probe: (f) => json('PATCH', `/api/councils/${f.councilId}/members/${f.memberId}`, { version: 1, active: false }), sibling: 'deny' }],
  },
  'GET /api/council-sessions': {
    probes: [
      { probe: () => json('GET', '/api/council-sessions'), sibling: 'filtered' },
      { probe: (f) => json('GET', `/api/council-sessions?councilId=${f.councilId}`), sibling: 'filtered' },
    ],
  },
  'POST /api/councils/:id/sessions': {
    probes: [{ probe: (f) => json('POST', `/api/councils/${f.councilId}/sessions`, { title: 'Phiên chiếm quyền', heldOn: '2024-12-11' }), sibling: 'deny' }],
  },
  'GET /api/council-sessions/:id': { probes: [{ probe: (f) => json('GET', `/api/council-sessions/${f.sessionId}`), sibling: 'deny' }] },
  'PATCH /api/council-sessions/:id': { probes: [{ probe: (f) => json('PATCH', `/api/council-sessions/${f.sessionId}`, { version: 1, title: 'Bị đổi tên' }), sibling: 'deny' }] },
  'POST /api/council-sessions/:id/open': {
    probes: [{ probe: (f) => json('POST', `/api/council-sessions/${f.sessionId}/open`, { version: 1, attendance: [{ memberId: f.memberId, present: true }] }), sibling: 'deny' }],
  },
  'POST /api/council-sessions/:id/votes': {
    probes: [{ probe: (f) => json('POST', `/api/council-sessions/${f.sessionId}/votes`, { memberId: f.memberId, votes: [{ itemId: f.sessionId, choice: 'agree' }] }), sibling: 'deny' }],
  },
  'POST /api/council-sessions/:id/close': { probes: [{ probe: (f) => json('POST', `/api/council-sessions/${f.sessionId}/close`, { version: 1 }), sibling: 'deny' }] },
  'GET /api/council-sessions/:id/minutes.docx': { probes: [{ probe: (f) => json('GET', `/api/council-sessions/${f.sessionId}/minutes.docx`), sibling: 'deny' }] },

  'GET /api/decisions': {
    probes: [
      { probe: () => json('GET', '/api/decisions'), sibling: 'filtered' },
      { probe: (f) => json('GET', `/api/decisions?unitId=${f.h.district.id}`), sibling: 'deny' },
    ],
  },
  'POST /api/decisions': { probes: [{ probe: (f) => json('POST', '/api/decisions', { unitId: f.h.district.id, nominationIds: [f.nominationId] }), sibling: 'refuse' }] },
  'POST /api/decisions/past': {
    probes: [
      {
        probe: (f) =>
          json('POST', '/api/decisions/past', { unitId: f.h.district.id, numberText: '1/QĐ-CHIEM', issuedOn: '2023-12-01', issuer: 'Chiếm quyền', year: 2023, awardees: [{ personId: f.personId, awardCode: 'LDTT' }] }),
        sibling: 'refuse',
      },
      // Their own district recording an award for the first district's person.
      {
        probe: (f) =>
          json('POST', '/api/decisions/past', { unitId: f.h.otherDistrict.id, numberText: '2/QĐ-CHIEM', issuedOn: '2023-12-01', issuer: 'Chiếm quyền', year: 2023, awardees: [{ personId: f.personId, awardCode: 'LDTT' }] }),
        sibling: 'refuse',
      },
    ],
  },
  'GET /api/decisions/:id': { probes: [{ probe: (f) => json('GET', `/api/decisions/${f.decisionId}`), sibling: 'deny' }] },
  'DELETE /api/decisions/:id': { probes: [{ probe: (f) => json('DELETE', `/api/decisions/${f.decisionId}`), sibling: 'deny' }] },
  'POST /api/decisions/:id/issue': { probes: [{ probe: (f) => json('POST', `/api/decisions/${f.decisionId}/issue`, { version: 1, documentVersion: 1 }), sibling: 'deny' }] },
  'GET /api/decisions/:id/certificates.docx': { probes: [{ probe: (f) => json('GET', `/api/decisions/${f.decisionId}/certificates.docx`), sibling: 'deny' }] },
  'GET /api/decisions/:id/certificates.pdf': { probes: [{ probe: (f) => json('GET', `/api/decisions/${f.decisionId}/certificates.pdf?layoutId=${f.layoutId}`), sibling: 'deny' }] },
  'GET /api/certificate-layouts': {
    probes: [
      { probe: () => json('GET', '/api/certificate-layouts'), sibling: 'filtered' },
      { probe: (f) => json('GET', `/api/certificate-layouts?unitId=${f.h.district.id}`), sibling: 'deny' },
    ],
  },
  'GET /api/certificate-layouts/:id': { probes: [{ probe: (f) => json('GET', `/api/certificate-layouts/${f.layoutId}`), sibling: 'deny' }] },
  'POST /api/certificate-layouts': {
    probes: [{ probe: (f) => json('POST', '/api/certificate-layouts', { unitId: f.h.district.id, name: 'Phôi chiếm quyền', fields: [{ field: 'name', xMm: 1, yMm: 1, widthMm: 50, fontSize: 12 }] }), sibling: 'refuse' }],
  },
  'PATCH /api/certificate-layouts/:id': { probes: [{ probe: (f) => json('PATCH', `/api/certificate-layouts/${f.layoutId}`, { version: 1, name: 'Bị đổi tên' }), sibling: 'deny' }] },
  'DELETE /api/certificate-layouts/:id': { probes: [{ probe: (f) => json('DELETE', `/api/certificate-layouts/${f.layoutId}`), sibling: 'deny' }] },
  'GET /api/fund': { probes: [{ probe: (f) => json('GET', `/api/fund?unitId=${f.h.district.id}&year=2024`), sibling: 'deny' }] },
  'GET /api/fund.xlsx': { probes: [{ probe: (f) => json('GET', `/api/fund.xlsx?unitId=${f.h.district.id}&year=2024`), sibling: 'deny' }] },
  'POST /api/fund/income': {
    probes: [{ probe: (f) => json('POST', '/api/fund/income', { unitId: f.h.district.id, entryOn: '2024-02-01', amount: 1000, description: 'Chiếm quyền' }), sibling: 'refuse' }],
  },

  // The log is not bound to units yet: only a province-level (root) scope reads it.
  'GET /api/audit': { probes: [{ probe: () => json('GET', '/api/audit?limit=1000'), sibling: 'deny' }] },
};

/**
 * Every route of the app as "METHOD /path", read from Fastify's route tree (printRoutes), so
 * routes hidden from the OpenAPI document are included too. HEAD twins of GET routes are left out.
 */
export function registeredRoutes(tree: string): Set<string> {
  const routes = new Set<string>();
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(\S+)(?: \(([A-Z, ]+)\))?$/u.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    const path = (depth > 0 ? stack[depth - 1]! : '') + m[2]!;
    stack[depth] = path;
    stack.length = depth + 1;
    for (const method of (m[3] ?? '').split(', ').filter(Boolean)) {
      if (method !== 'HEAD') routes.add(`${method} ${path}`);
    }
  }
  return routes;
}

/** The first district's records every probe targets, and the strings of them none may leak. */
export async function createRouteFixtures(t: TestApp): Promise<{ f: Fixtures; secrets: string[] }> {
  const h = await makeHierarchy(t.ctx);
  const group = await createGroup(t.ctx, null, {
    name: 'Cụm thi đua bí mật',
    kind: 'cluster',
    year: 2024,
    organiserUnitId: h.district.id,
    memberUnitIds: [h.communeA.id, h.communeB.id],
    headUnitId: h.communeA.id,
    deputyUnitId: h.communeB.id,
  });
  const ownGroup = await createGroup(t.ctx, null, {
    name: 'Cụm của huyện bên',
    kind: 'cluster',
    year: 2024,
    organiserUnitId: h.otherDistrict.id,
    memberUnitIds: [h.otherCommune.id],
    headUnitId: null,
    deputyUnitId: null,
  });
  const [personId] = await createPeople(t.ctx, null, [{ fullName: 'Người Bí Mật', unitId: h.communeA.id, illustrative: false }]);
  const [ownPersonId] = await createPeople(t.ctx, null, [{ fullName: 'Người Huyện Bên', unitId: h.otherCommune.id, illustrative: false }]);
  const user = await makeUser(t.ctx, { unitId: h.communeA.id, roles: ['reporter'], username: 'baocao.bimat' });
  const signer = { name: 'Người Ký Bí Mật', title: 'CHỦ TỊCH', authority: null, onBehalfOf: null };
  const newDraft = (ownerUnitId: string, subject: string, recipients: unknown[]) =>
    createDocument(t.ctx, null, CreateDocumentBodySchema.parse({ direction: 'outgoing', docType: 'Công văn', ownerUnitId, subject, recipients, signer }));
  const draft = await newDraft(h.district.id, 'Dự thảo bí mật', [{ unitId: h.communeA.id }]);
  const { file } = await addDocumentFile(t.ctx, null, draft.id, { bytes: Buffer.from('%PDF-1.4 bí mật\n'), contentType: 'application/pdf', name: 'bi-mat.pdf' });
  const toIssue = await newDraft(h.district.id, 'Công văn bí mật đã gửi', [{ unitId: h.communeA.id }]);
  const issued = await issueDocument(t.ctx, null, toIssue.id, { version: toIssue.version, issuedOn: '2024-05-01' });
  const ownDraft = await newDraft(h.otherDistrict.id, 'Dự thảo của huyện bên', [{ unitId: h.otherCommune.id }]);
  const assignment = await createAssignment(t.ctx, null, issued.id, CreateAssignmentBodySchema.parse({ title: 'Báo cáo bí mật', dueOn: '2024-11-05' }));
  const movement = await createMovement(
    t.ctx,
    null,
    CreateMovementBodySchema.parse({ name: 'Phong trào bí mật', kind: 'regular', ownerUnitId: h.district.id, startsOn: '2024-01-01', basisDocumentIds: [issued.id], scopeUnitIds: [h.communeA.id], scopeGroupIds: [group.id] }),
  );
  const indicator = await createIndicator(t.ctx, null, movement.id, CreateIndicatorBodySchema.parse({ code: 'BIMAT', name: 'Chỉ tiêu bí mật', valueType: 'number' }));
  const { registration } = await createRegistration(
    t.ctx,
    null,
    CreateRegistrationBodySchema.parse({ movementId: movement.id, unitId: h.communeA.id, year: 2024, commitments: [{ text: 'Cam kết bí mật' }] }),
  );
  const ownMovement = await createMovement(
    t.ctx,
    null,
    CreateMovementBodySchema.parse({ name: 'Phong trào của huyện bên', kind: 'regular', ownerUnitId: h.otherDistrict.id, startsOn: '2024-01-01', scopeUnitIds: [h.otherCommune.id] }),
  );
  const { report } = await createReport(t.ctx, null, { assignmentId: assignment.id, unitId: h.communeA.id });
  const { file: reportFile } = await addReportFile(t.ctx, null, report.id, { bytes: Buffer.from('%PDF-1.4 báo cáo bí mật\n'), contentType: 'application/pdf', name: 'bao-cao-bi-mat.pdf' });
  const rating = await createRating(t.ctx, null, { personId: personId!, unitId: null, year: 2024, rating: 'HTXSNV', note: 'Xếp loại bí mật' });
  const initiative = await createInitiative(t.ctx, null, { personId: personId!, year: 2024, title: 'Sáng kiến bí mật', scope: 'co_so', recognisedBy: null });
  const discipline = await createDiscipline(t.ctx, null, { personId: personId!, unitId: null, kind: 'review', startsOn: '2024-02-01', endsOn: '2024-03-01', note: 'Đơn thư bí mật' });
  const awardRecord = await createAwardRecord(t.ctx, null, {
    personId: personId!,
    unitId: null,
    awardCode: 'LDTT',
    year: 2024,
    decisionNumber: '99/QĐ-BIMAT',
    decisionDate: '2025-01-10',
    issuer: null,
    note: null,
  });
  const council = await createCouncil(
    t.ctx,
    null,
    CreateCouncilBodySchema.parse({ unitId: h.district.id, name: 'Hội đồng bí mật', members: [{ fullName: 'Thành Viên Bí Mật', role: 'chair', homeUnitId: h.communeA.id }] }),
  );
  const nominate = (awardCode: string, justification: string | null = null) =>
    createNomination(t.ctx, null, CreateNominationBodySchema.parse({ proposingUnitId: h.communeA.id, personId, year: 2024, awardCode, proposedOn: '2024-12-03', justification }));
  const nomination = await nominate('CSTDCS');
  const { file: nominationFile } = await addNominationFile(t.ctx, null, nomination.id, { bytes: Buffer.from('%PDF-1.4 thành tích bí mật\n'), contentType: 'application/pdf', name: 'thanh-tich-bi-mat.pdf' });
  const onAgenda = await nominate('BANG_KHEN_TINH', 'Giải trình bí mật');
  const toDecide = await nominate('GIAY_KHEN', 'Giải trình bí mật');
  const sent = await submitNominations(t.ctx, null, { items: [onAgenda, toDecide].map((n) => ({ id: n.id, version: n.version })) });
  const reviewed = await reviewNomination(t.ctx, null, toDecide.id, sent.items[1]!.version);
  const approved = await decideOutcome(t.ctx, null, toDecide.id, { outcome: 'approved', note: null, version: reviewed.version });
  const session = await createSession(t.ctx, null, council.id, CreateSessionBodySchema.parse({ title: 'Phiên họp bí mật', heldOn: '2024-12-10', nominationIds: [onAgenda.id] }));
  const decision = await draftDecision(t.ctx, null, { unitId: h.district.id, nominationIds: [approved.id], sessionId: null, draftingUnitId: null, signer, subject: 'Quyết định bí mật' });
  await issueDecision(t.ctx, null, decision.id, { version: decision.version, documentVersion: decision.documentVersion!, issuedOn: '2024-12-18' });
  const layout = await createLayout(
    t.ctx,
    null,
    CertificateLayoutBodySchema.parse({ unitId: h.district.id, name: 'Phôi bí mật', fields: [{ field: 'name', xMm: 50, yMm: 90, widthMm: 200, fontSize: 20 }] }),
  );
  await createIncome(t.ctx, null, { unitId: h.district.id, entryOn: '2024-01-15', amount: 9_876_543, description: 'Khoản thu bí mật' });
  await createLocalAward(t.ctx, null, {
    ownerUnitId: h.district.id,
    code: 'BIMAT_LDG',
    name: 'Danh hiệu bí mật của huyện',
    kind: 'title',
    nominee: ['person'],
    level: 'grassroots',
    category: 'lao_dong_tien_tien',
    cashMultiple: null,
    legalBasis: 'Quy chế bí mật của huyện',
    authority: 'Chủ tịch UBND huyện',
    validFrom: '2024-01-01',
    validTo: null,
    criteria: { minRating: 'HTTNV', ratingYears: 1, titleChain: null, initiativeScope: null },
  });
  const covenant = await createCovenant(t.ctx, null, {
    groupId: group.id,
    title: 'Giao ước bí mật',
    scoringDeadline: '2099-12-31',
    copyFromCovenantId: null,
    criteria: [{ code: '1', name: 'Tiêu chí bí mật', kind: 'criterion', maxPoints: 100, evidenceRequired: false, indicatorId: null }],
  });
  await stepCovenant(t.ctx, null, covenant.id, 'open', covenant.version);
  const { file: evidenceFile } = await addEvidenceFile(t.ctx, null, covenant.id, h.communeA.id, {
    bytes: Buffer.from('%PDF-1.4 minh chứng bí mật\n'),
    contentType: 'application/pdf',
    name: 'minh-chung-bi-mat.pdf',
    criterionId: covenant.criteria[0]!.id,
  });
  const f: Fixtures = {
    h,
    covenantId: covenant.id,
    criterionId: covenant.criteria[0]!.id,
    evidenceFileId: evidenceFile.id,
    councilId: council.id,
    memberId: council.members[0]!.id,
    sessionId: session.id,
    nominationId: nomination.id,
    nominationFileId: nominationFile.id,
    agendaNominationId: onAgenda.id,
    decidedNominationId: toDecide.id,
    decisionId: decision.id,
    layoutId: layout.id,
    groupId: group.id,
    personId: personId!,
    userId: user.id,
    username: user.username,
    ownGroupId: ownGroup.id,
    ownPersonId: ownPersonId!,
    draftId: draft.id,
    issuedId: issued.id,
    fileId: file.id,
    ownDraftId: ownDraft.id,
    assignmentId: assignment.id,
    movementId: movement.id,
    indicatorId: indicator.id,
    registrationId: registration.id,
    ownMovementId: ownMovement.id,
    reportId: report.id,
    reportFileId: reportFile.id,
    ratingId: rating.id,
    initiativeId: initiative.id,
    disciplineId: discipline.id,
    awardRecordId: awardRecord.id,
  };
  const secrets = [
    ...[h.district, h.communeA, h.communeB].flatMap((u) => [u.id, u.code, u.name]),
    'BIMAT_LDG',
    'Danh hiệu bí mật của huyện',
    covenant.id,
    'Giao ước bí mật',
    'Tiêu chí bí mật',
    'minh-chung-bi-mat.pdf',
    group.id,
    group.name,
    personId!,
    'Người Bí Mật',
    user.id,
    user.username,
    draft.id,
    'Dự thảo bí mật',
    file.id,
    'bi-mat.pdf',
    issued.id,
    'Công văn bí mật đã gửi',
    'Người Ký Bí Mật',
    movement.id,
    'Phong trào bí mật',
    indicator.id,
    'BIMAT',
    'Chỉ tiêu bí mật',
    registration.id,
    'Cam kết bí mật',
    report.id,
    reportFile.id,
    'bao-cao-bi-mat.pdf',
    rating.id,
    'Xếp loại bí mật',
    initiative.id,
    'Sáng kiến bí mật',
    discipline.id,
    'Đơn thư bí mật',
    awardRecord.id,
    '99/QĐ-BIMAT',
    council.id,
    'Hội đồng bí mật',
    'Thành Viên Bí Mật',
    session.id,
    'Phiên họp bí mật',
    nomination.id,
    onAgenda.id,
    toDecide.id,
    nominationFile.id,
    'thanh-tich-bi-mat.pdf',
    'Giải trình bí mật',
    decision.id,
    'Quyết định bí mật',
    layout.id,
    'Phôi bí mật',
    'Khoản thu bí mật',
  ];
  return { f, secrets };
}
