import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

const id = () => uuid('id').primaryKey().defaultRandom();
const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow();
const version = () => integer('version').notNull().default(1);

/** Đơn vị — any level of the hierarchy; the hierarchy itself is data. */
export const orgUnits = pgTable(
  'org_units',
  {
    id: id(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    shortName: text('short_name'),
    kind: text('kind').notNull(),
    // Current parent, or the last one for a closed unit; history is in unit_parent_links.
    parentId: uuid('parent_id'),
    // "/<root id>/…/<own id>/" — prefix match gives the subtree.
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    status: text('status').notNull().default('active'),
    validFrom: date('valid_from', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    illustrative: boolean('illustrative').notNull().default(false),
    note: text('note'),
    searchText: text('search_text').notNull(),
    sortKey: text('sort_key').notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('org_units_code_key').on(t.code),
    index('org_units_parent_idx').on(t.parentId),
    index('org_units_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
  ],
);

/** Parent links with validity, so a 2025 merger keeps the 2024 tree readable. */
export const unitParentLinks = pgTable(
  'unit_parent_links',
  {
    id: id(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    parentId: uuid('parent_id')
      .notNull()
      .references(() => orgUnits.id),
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [index('unit_parent_links_unit_idx').on(t.unitId), index('unit_parent_links_parent_idx').on(t.parentId)],
);

/** Lineage: old unit → new unit (merge, split, rename …) from a date. */
export const unitLineage = pgTable(
  'unit_lineage',
  {
    id: id(),
    predecessorId: uuid('predecessor_id')
      .notNull()
      .references(() => orgUnits.id),
    successorId: uuid('successor_id')
      .notNull()
      .references(() => orgUnits.id),
    event: text('event').notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [
    unique('unit_lineage_pair_key').on(t.predecessorId, t.successorId),
    index('unit_lineage_successor_idx').on(t.successorId),
  ],
);

/** Cá nhân. */
export const people = pgTable(
  'people',
  {
    id: id(),
    fullName: text('full_name').notNull(),
    gender: text('gender'),
    birthYear: integer('birth_year'),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    position: text('position'),
    illustrative: boolean('illustrative').notNull().default(false),
    searchText: text('search_text').notNull(),
    sortKey: text('sort_key').notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('people_unit_idx').on(t.unitId)],
);

export const users = pgTable(
  'users',
  {
    id: id(),
    username: text('username').notNull(),
    passwordHash: text('password_hash').notNull(),
    fullName: text('full_name').notNull(),
    personId: uuid('person_id').references(() => people.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    scopeUnitId: uuid('scope_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    roles: text('roles').array().notNull(),
    email: text('email'),
    active: boolean('active').notNull().default(true),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true, mode: 'string' }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('users_username_key').on(t.username)],
);

/** Sessions live in the database so several thidua processes can share them. */
export const sessions = pgTable(
  'sessions',
  {
    // SHA-256 of the cookie token: a leaked table does not leak usable sessions.
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const signInAttempts = pgTable(
  'sign_in_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    username: text('username').notNull(),
    ip: text('ip').notNull(),
    succeeded: boolean('succeeded').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('sign_in_attempts_username_idx').on(t.username, t.at), index('sign_in_attempts_ip_idx').on(t.ip, t.at)],
);

/** Cụm / Khối thi đua of one organiser for one year. */
export const emulationGroups = pgTable(
  'emulation_groups',
  {
    id: id(),
    year: integer('year').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    organiserUnitId: uuid('organiser_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    headUnitId: uuid('head_unit_id').references(() => orgUnits.id),
    deputyUnitId: uuid('deputy_unit_id').references(() => orgUnits.id),
    note: text('note'),
    sortKey: text('sort_key').notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('emulation_groups_year_idx').on(t.year, t.organiserUnitId)],
);

export const emulationGroupMembers = pgTable(
  'emulation_group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => emulationGroups.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    // Copied from the group so the database itself enforces "one group per organiser and year".
    organiserUnitId: uuid('organiser_unit_id').notNull(),
    year: integer('year').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.groupId, t.unitId] }),
    uniqueIndex('emulation_group_members_one_per_set').on(t.organiserUnitId, t.year, t.unitId),
    index('emulation_group_members_unit_idx').on(t.unitId),
  ],
);

/** Append-only, hash-chained audit log that every module writes to. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorUserId: uuid('actor_user_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    /**
     * sha256 of the entry's canonical JSON, computed by the writer. The chain itself (chain_seq,
     * prev_hash, hash) is filled in at commit by the audit_log_chain trigger, in commit order, so
     * writers wait on one another only for the instant of their commit. Null on entries chained
     * before that trigger existed, whose hash covers the canonical JSON directly.
     */
    entryDigest: text('entry_digest'),
    chainSeq: bigint('chain_seq', { mode: 'number' }),
    prevHash: text('prev_hash').notNull().default(''),
    hash: text('hash').notNull().default(''),
  },
  (t) => [index('audit_log_entity_idx').on(t.entityType, t.entityId), uniqueIndex('audit_log_chain_seq_key').on(t.chainSeq)],
);

/**
 * Văn bản: the register of one unit — outgoing drafts and issued documents (văn bản đi), and
 * registered incoming documents (văn bản đến). An issued document is frozen.
 */
export const documents = pgTable(
  'documents',
  {
    id: id(),
    direction: text('direction').notNull(),
    docType: text('doc_type').notNull(),
    status: text('status').notNull(),
    // Outgoing: the issuing unit, whose register gives the number; incoming: the receiving unit.
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    draftingUnitId: uuid('drafting_unit_id').references(() => orgUnits.id),
    parentIssuer: text('parent_issuer'),
    issuerName: text('issuer_name'),
    // Outgoing: the register's sequence, set at issue; incoming: the number as written, when it is digits.
    number: integer('number'),
    numberText: text('number_text'),
    symbol: text('symbol'),
    // "số/ký hiệu" folded (no spaces or leading zeros) so citations written differently still match.
    numberKey: text('number_key'),
    place: text('place'),
    issuedOn: date('issued_on', { mode: 'string' }),
    year: integer('year'),
    subject: text('subject'),
    recipients: jsonb('recipients').notNull(),
    body: jsonb('body').notNull(),
    signer: jsonb('signer'),
    distribution: jsonb('distribution').notNull(),
    receivedOn: date('received_on', { mode: 'string' }),
    parsed: jsonb('parsed'),
    problems: jsonb('problems'),
    searchText: text('search_text').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    issuedBy: uuid('issued_by').references(() => users.id),
    issuedAt: timestamp('issued_at', { withTimezone: true, mode: 'string' }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('documents_owner_idx').on(t.ownerUnitId, t.year),
    index('documents_number_key_idx').on(t.numberKey),
    // The register never hands out a number twice; this is the database's last word on it.
    uniqueIndex('documents_outgoing_number_key')
      .on(t.ownerUnitId, t.year, t.number)
      .where(sql`${t.direction} = 'outgoing'`),
    // One registration of the same incoming document per receiving unit.
    uniqueIndex('documents_incoming_once_key')
      .on(t.ownerUnitId, t.numberKey, t.issuedOn)
      .where(sql`${t.direction} = 'incoming'`),
  ],
);

/** Căn cứ: the documents a document cites, linked once the cited one is in a register. */
export const documentReferences = pgTable(
  'document_references',
  {
    id: id(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    numberText: text('number_text').notNull(),
    numberKey: text('number_key').notNull(),
    date: date('date', { mode: 'string' }),
    kind: text('kind'),
    issuer: text('issuer'),
    resolvedDocumentId: uuid('resolved_document_id').references(() => documents.id),
  },
  (t) => [
    unique('document_references_position_key').on(t.documentId, t.position),
    index('document_references_number_key_idx').on(t.numberKey),
    index('document_references_resolved_idx').on(t.resolvedDocumentId),
  ],
);

/** Deliveries of an issued document: one row per recipient unit (groups expanded at issue). */
export const documentRecipients = pgTable(
  'document_recipients',
  {
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    viaGroupId: uuid('via_group_id'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, mode: 'string' }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'string' }),
    receivedBy: uuid('received_by').references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.unitId] }), index('document_recipients_unit_idx').on(t.unitId, t.receivedAt)],
);

/**
 * Sổ đăng ký văn bản đi: the last number given per issuer and year. Issuing locks the row, so
 * issuers queue; a rolled-back issue returns its number (no gaps, no repeats).
 */
export const numberRegisters = pgTable(
  'number_registers',
  {
    issuerUnitId: uuid('issuer_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
    lastNumber: integer('last_number').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.issuerUnitId, t.year] })],
);

/** Attachments of a document; the bytes live in the content-addressed file store under sha256. */
export const documentFiles = pgTable(
  'document_files',
  {
    id: id(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    contentType: text('content_type').notNull(),
    name: text('name').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [unique('document_files_content_key').on(t.documentId, t.sha256)],
);

/** Nhiệm vụ giao từ một văn bản cho các đơn vị, với hạn báo cáo và ngày khóa. */
export const assignments = pgTable(
  'assignments',
  {
    id: id(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    title: text('title').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    lockOn: date('lock_on', { mode: 'string' }),
    // Báo cáo của phong trào nào, kỳ nào; the template (indicators, sections, rules) is validated by the contract.
    movementId: uuid('movement_id').references(() => movements.id),
    period: text('period').notNull().default(''),
    template: jsonb('template').notNull().default({}),
    remindDaysBefore: integer('remind_days_before'),
    createdBy: uuid('created_by').references(() => users.id),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('assignments_document_idx').on(t.documentId), index('assignments_movement_idx').on(t.movementId)],
);

export const assignmentUnits = pgTable(
  'assignment_units',
  {
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
  },
  (t) => [primaryKey({ columns: [t.assignmentId, t.unitId] }), index('assignment_units_unit_idx').on(t.unitId)],
);

// ——— Phong trào thi đua and the reporting cycle ———

/** Phong trào thi đua launched by a unit (cấp phát động = the owner's level). */
export const movements = pgTable(
  'movements',
  {
    id: id(),
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    parentMovementId: uuid('parent_movement_id'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    description: text('description'),
    phases: jsonb('phases').notNull(),
    searchText: text('search_text').notNull(),
    sortKey: text('sort_key').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('movements_owner_idx').on(t.ownerUnitId), index('movements_parent_idx').on(t.parentMovementId)],
);

/** Căn cứ phát động: the documents a movement rests on. */
export const movementDocuments = pgTable(
  'movement_documents',
  {
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id, { onDelete: 'cascade' }),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
  },
  (t) => [primaryKey({ columns: [t.movementId, t.documentId] })],
);

/** Phạm vi: the units and the Cụm/Khối a movement addresses. */
export const movementUnits = pgTable(
  'movement_units',
  {
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
  },
  (t) => [primaryKey({ columns: [t.movementId, t.unitId] }), index('movement_units_unit_idx').on(t.unitId)],
);

export const movementGroups = pgTable(
  'movement_groups',
  {
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => emulationGroups.id),
  },
  (t) => [primaryKey({ columns: [t.movementId, t.groupId] })],
);

/** Chỉ tiêu of a movement; targets per level live in `targets` (validated by the contract). */
export const indicators = pgTable(
  'indicators',
  {
    id: id(),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    name: text('name').notNull(),
    unitOfMeasure: text('unit_of_measure').notNull(),
    valueType: text('value_type').notNull(),
    direction: text('direction').notNull(),
    rule: text('rule').notNull(),
    denominatorIndicatorId: uuid('denominator_indicator_id'),
    baseline: doublePrecision('baseline'),
    targets: jsonb('targets').notNull(),
    required: boolean('required').notNull().default(false),
    position: integer('position').notNull().default(0),
    note: text('note'),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('indicators_code_key').on(t.movementId, t.code)],
);

/** Đăng ký thi đua: a unit's commitments and the titles it aims for, per movement and year. */
export const registrations = pgTable(
  'registrations',
  {
    id: id(),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
    status: text('status').notNull(),
    commitments: jsonb('commitments').notNull(),
    titles: jsonb('titles').notNull(),
    reviewComment: text('review_comment'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }),
    submittedBy: uuid('submitted_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'string' }),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('registrations_once_key').on(t.movementId, t.unitId, t.year), index('registrations_unit_idx').on(t.unitId)],
);

/** Báo cáo: one per assignment × unit × period. Values are rows of report_values. */
export const reports = pgTable(
  'reports',
  {
    id: id(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    period: text('period').notNull(),
    status: text('status').notNull(),
    narrative: jsonb('narrative').notNull(),
    exemplary: jsonb('exemplary').notNull(),
    warningComments: jsonb('warning_comments').notNull(),
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true, mode: 'string' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }),
    submittedBy: uuid('submitted_by').references(() => users.id),
    // The Idempotency-Key of the last accepted submit: a retry with the same key answers the same report.
    submitKey: text('submit_key'),
    returnedAt: timestamp('returned_at', { withTimezone: true, mode: 'string' }),
    returnComment: text('return_comment'),
    acceptedAt: timestamp('accepted_at', { withTimezone: true, mode: 'string' }),
    acceptedBy: uuid('accepted_by').references(() => users.id),
    // Resubmissions of a report that had been accepted: counted so the organiser sees them.
    changesAfterAcceptance: integer('changes_after_acceptance').notNull().default(0),
    // Set by the officer to let the unit edit after the lock date.
    reopened: boolean('reopened').notNull().default(false),
    createdBy: uuid('created_by').references(() => users.id),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('reports_once_key').on(t.assignmentId, t.unitId, t.period), index('reports_unit_idx').on(t.unitId)],
);

export const reportValues = pgTable(
  'report_values',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id),
    // Numbers, percentages, and yes/no as 1/0; text in text_value.
    numValue: doublePrecision('num_value'),
    textValue: text('text_value'),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.indicatorId] }), index('report_values_indicator_idx').on(t.indicatorId)],
);

/**
 * The values as last accepted: a report reopened after acceptance keeps counting with what the
 * organiser accepted until the new version is accepted too (nothing acknowledged is lost).
 */
export const acceptedReportValues = pgTable(
  'accepted_report_values',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => indicators.id),
    numValue: doublePrecision('num_value'),
    textValue: text('text_value'),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.indicatorId] })],
);

export const reportFiles = pgTable(
  'report_files',
  {
    id: id(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    contentType: text('content_type').notNull(),
    name: text('name').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [unique('report_files_content_key').on(t.reportId, t.sha256)],
);

/** The report's own timeline, readable by the unit (the audit log is for administrators). */
export const reportEvents = pgTable(
  'report_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    comment: text('comment'),
  },
  (t) => [index('report_events_report_idx').on(t.reportId)],
);

/** Thông báo trong ứng dụng. */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [index('notifications_user_idx').on(t.userId, t.createdAt)],
);

/**
 * Nhắc hạn: one row per reminder sent (or failed). Automatic reminders are unique per
 * assignment, unit, kind, channel and recipient, so several processes never send one twice.
 */
export const reminderLog = pgTable(
  'reminder_log',
  {
    id: id(),
    assignmentId: uuid('assignment_id')
      .notNull()
      .references(() => assignments.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    kind: text('kind').notNull(),
    channel: text('channel').notNull(),
    recipient: text('recipient').notNull(),
    status: text('status').notNull(),
    error: text('error'),
    sentBy: uuid('sent_by').references(() => users.id),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [
    uniqueIndex('reminder_log_once_key')
      .on(t.assignmentId, t.unitId, t.kind, t.channel, t.recipient)
      .where(sql`${t.kind} <> 'manual'`),
    index('reminder_log_assignment_idx').on(t.assignmentId),
  ],
);

// ——— Khen thưởng: the history later eligibility checks read ———

/**
 * Kết quả xếp loại hằng năm of a person (people) or a collective (org_units): exactly one of
 * person_id / unit_id is set. One rating per subject and year.
 */
export const yearlyRatings = pgTable(
  'yearly_ratings',
  {
    id: id(),
    personId: uuid('person_id').references(() => people.id),
    unitId: uuid('unit_id').references(() => orgUnits.id),
    year: integer('year').notNull(),
    rating: text('rating').notNull(),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('yearly_ratings_one_subject', sql`(${t.personId} is null) <> (${t.unitId} is null)`),
    uniqueIndex('yearly_ratings_person_key').on(t.personId, t.year).where(sql`${t.personId} is not null`),
    uniqueIndex('yearly_ratings_unit_key').on(t.unitId, t.year).where(sql`${t.unitId} is not null`),
  ],
);

/** Sáng kiến recognised for a person, with the scope of its recognition or influence. */
export const initiatives = pgTable(
  'initiatives',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    scope: text('scope').notNull(),
    recognisedBy: text('recognised_by'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('initiatives_person_idx').on(t.personId, t.year)],
);

/** Thời gian thi hành kỷ luật, and pending reviews (inspection, complaint) that put a case on hold. */
export const disciplinePeriods = pgTable(
  'discipline_periods',
  {
    id: id(),
    personId: uuid('person_id').references(() => people.id),
    unitId: uuid('unit_id').references(() => orgUnits.id),
    kind: text('kind').notNull(),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    check('discipline_periods_one_subject', sql`(${t.personId} is null) <> (${t.unitId} is null)`),
    index('discipline_periods_person_idx').on(t.personId),
    index('discipline_periods_unit_idx').on(t.unitId),
  ],
);

/** Lịch sử khen thưởng: one award given to a person or a collective, by decision. */
export const awardRecords = pgTable(
  'award_records',
  {
    id: id(),
    personId: uuid('person_id').references(() => people.id),
    unitId: uuid('unit_id').references(() => orgUnits.id),
    awardCode: text('award_code').notNull(),
    year: integer('year').notNull(),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date', { mode: 'string' }),
    issuer: text('issuer'),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    check('award_records_one_subject', sql`(${t.personId} is null) <> (${t.unitId} is null)`),
    index('award_records_person_idx').on(t.personId, t.year),
    index('award_records_unit_idx').on(t.unitId, t.year),
    uniqueIndex('award_records_person_once_key').on(t.personId, t.awardCode, t.year).where(sql`${t.personId} is not null`),
    uniqueIndex('award_records_unit_once_key').on(t.unitId, t.awardCode, t.year).where(sql`${t.unitId} is not null`),
  ],
);

// ——— Đề nghị khen thưởng, Hội đồng, Quyết định ———

/**
 * Đề nghị khen thưởng: one nominee for one award, proposed by a unit and reviewed by the council
 * of the unit above it (or its own). Each nominee carries its own status and outcome, so a list
 * sent together can end with different results.
 */
export const nominations = pgTable(
  'nominations',
  {
    id: id(),
    proposingUnitId: uuid('proposing_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    reviewingUnitId: uuid('reviewing_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
    awardCode: text('award_code').notNull(),
    awardKind: text('award_kind').notNull().default('regular'),
    personId: uuid('person_id').references(() => people.id),
    unitId: uuid('unit_id').references(() => orgUnits.id),
    // As printed in lists and decisions, fixed when the nomination is made.
    nomineeName: text('nominee_name').notNull(),
    nomineePosition: text('nominee_position'),
    nomineeUnitName: text('nominee_unit_name'),
    proposedOn: date('proposed_on', { mode: 'string' }).notNull(),
    members: jsonb('members'),
    // Báo cáo thành tích: sơ lược, thành tích đạt được, các hình thức đã được khen thưởng.
    reportSummary: text('report_summary').notNull().default(''),
    reportAchievements: text('report_achievements').notNull().default(''),
    reportPriorAwards: text('report_prior_awards').notNull().default(''),
    eligibility: jsonb('eligibility'),
    eligibilityStatus: text('eligibility_status'),
    justification: text('justification'),
    status: text('status').notNull(),
    outcomeAwardCode: text('outcome_award_code'),
    outcomeNote: text('outcome_note'),
    forwardedFromId: uuid('forwarded_from_id'),
    sourceReportId: uuid('source_report_id').references(() => reports.id),
    searchText: text('search_text').notNull(),
    sortKey: text('sort_key').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('nominations_one_subject', sql`(${t.personId} is null) <> (${t.unitId} is null)`),
    index('nominations_proposing_idx').on(t.proposingUnitId, t.year),
    index('nominations_reviewing_idx').on(t.reviewingUnitId, t.year, t.status),
    // One live nomination of a nominee for an award and year at one reviewing level; a refused
    // one may be proposed again.
    uniqueIndex('nominations_person_once_key')
      .on(t.personId, t.awardCode, t.year, t.reviewingUnitId)
      .where(sql`${t.personId} is not null and ${t.status} <> 'rejected'`),
    uniqueIndex('nominations_unit_once_key')
      .on(t.unitId, t.awardCode, t.year, t.reviewingUnitId)
      .where(sql`${t.unitId} is not null and ${t.status} <> 'rejected'`),
  ],
);

/** Hồ sơ kèm theo: the bytes live in the content-addressed file store. */
export const nominationFiles = pgTable(
  'nomination_files',
  {
    id: id(),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    contentType: text('content_type').notNull(),
    name: text('name').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [unique('nomination_files_content_key').on(t.nominationId, t.sha256)],
);

/** The timeline the proposing unit follows: every step of a nomination, who and when. */
export const nominationEvents = pgTable(
  'nomination_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    note: text('note'),
  },
  (t) => [index('nomination_events_nomination_idx').on(t.nominationId, t.id)],
);

/** Hội đồng Thi đua – Khen thưởng of a unit. */
export const councils = pgTable(
  'councils',
  {
    id: id(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    name: text('name').notNull(),
    quorumNumerator: integer('quorum_numerator').notNull().default(2),
    quorumDenominator: integer('quorum_denominator').notNull().default(3),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('councils_unit_key').on(t.unitId)],
);

export const councilMembers = pgTable(
  'council_members',
  {
    id: id(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id),
    userId: uuid('user_id').references(() => users.id),
    fullName: text('full_name').notNull(),
    position: text('position'),
    role: text('role').notNull(),
    // The member's own unit: a nominee from it is a conflict of interest to flag.
    homeUnitId: uuid('home_unit_id').references(() => orgUnits.id),
    active: boolean('active').notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index('council_members_council_idx').on(t.councilId), uniqueIndex('council_members_user_key').on(t.councilId, t.userId).where(sql`${t.userId} is not null`)],
);

/** Tỷ lệ biểu quyết per award, overriding the defaults of the rules catalogue. */
export const councilThresholds = pgTable(
  'council_thresholds',
  {
    id: id(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id),
    awardCode: text('award_code').notNull(),
    percent: integer('percent').notNull(),
    denominator: text('denominator').notNull(),
    ballot: text('ballot').notNull(),
  },
  (t) => [unique('council_thresholds_award_key').on(t.councilId, t.awardCode)],
);

/** Phiên họp xét: planned → open (attendance fixed, ballots cast) → closed (results frozen). */
export const councilSessions = pgTable(
  'council_sessions',
  {
    id: id(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id),
    title: text('title').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    place: text('place'),
    status: text('status').notNull(),
    membersTotal: integer('members_total'),
    membersPresent: integer('members_present'),
    openedAt: timestamp('opened_at', { withTimezone: true, mode: 'string' }),
    openedBy: uuid('opened_by').references(() => users.id),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'string' }),
    closedBy: uuid('closed_by').references(() => users.id),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index('council_sessions_council_idx').on(t.councilId, t.heldOn)],
);

export const sessionAttendance = pgTable(
  'session_attendance',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => councilSessions.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id),
    present: boolean('present').notNull(),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.memberId] })],
);

/** One ballot of a session: the rule it is counted by is fixed when it is put on the agenda. */
export const sessionItems = pgTable(
  'session_items',
  {
    id: id(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => councilSessions.id),
    nominationId: uuid('nomination_id')
      .notNull()
      .references(() => nominations.id),
    position: integer('position').notNull(),
    ballot: text('ballot').notNull(),
    thresholdPercent: integer('threshold_percent').notNull(),
    denominator: text('denominator').notNull(),
    conflictMemberIds: jsonb('conflict_member_ids').notNull(),
    // Set once, when the session closes.
    agree: integer('agree'),
    disagree: integer('disagree'),
    abstain: integer('abstain'),
    countedOf: integer('counted_of'),
    passed: boolean('passed'),
  },
  (t) => [unique('session_items_nomination_key').on(t.sessionId, t.nominationId), index('session_items_nomination_idx').on(t.nominationId)],
);

export const votes = pgTable(
  'votes',
  {
    id: id(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => sessionItems.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => councilMembers.id),
    choice: text('choice').notNull(),
    // Phiếu bằng văn bản of an absent member, entered by the secretary.
    written: boolean('written').notNull().default(false),
    castBy: uuid('cast_by').references(() => users.id),
    castAt: timestamp('cast_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [unique('votes_member_key').on(t.itemId, t.memberId)],
);

/** Quyết định khen thưởng: the awardees of one decision document. */
export const decisions = pgTable(
  'decisions',
  {
    id: id(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    documentId: uuid('document_id').references(() => documents.id),
    // Quyết định cũ nhập lại: number, date and issuer as written on paper.
    numberText: text('number_text'),
    issuedOn: date('issued_on', { mode: 'string' }),
    issuer: text('issuer'),
    year: integer('year').notNull(),
    status: text('status').notNull(),
    baseSalary: integer('base_salary'),
    sessionId: uuid('session_id').references(() => councilSessions.id),
    createdBy: uuid('created_by').references(() => users.id),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('decisions_document_key').on(t.documentId), index('decisions_unit_idx').on(t.unitId, t.year)],
);

export const decisionAwardees = pgTable(
  'decision_awardees',
  {
    id: id(),
    decisionId: uuid('decision_id')
      .notNull()
      .references(() => decisions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    nominationId: uuid('nomination_id').references(() => nominations.id),
    personId: uuid('person_id').references(() => people.id),
    unitId: uuid('unit_id').references(() => orgUnits.id),
    name: text('name').notNull(),
    nomineePosition: text('nominee_position'),
    unitName: text('unit_name'),
    awardCode: text('award_code').notNull(),
    achievement: text('achievement'),
    cashMultiple: doublePrecision('cash_multiple'),
    amount: integer('amount'),
    awardRecordId: uuid('award_record_id').references(() => awardRecords.id),
  },
  (t) => [
    check('decision_awardees_one_subject', sql`(${t.personId} is null) <> (${t.unitId} is null)`),
    index('decision_awardees_decision_idx').on(t.decisionId, t.position),
    uniqueIndex('decision_awardees_nomination_key').on(t.nominationId).where(sql`${t.nominationId} is not null`),
  ],
);

/** Phôi Giấy khen: where each field lands on the office's pre-printed blank, in millimetres. */
export const certificateLayouts = pgTable('certificate_layouts', {
  id: id(),
  unitId: uuid('unit_id')
    .notNull()
    .references(() => orgUnits.id),
  name: text('name').notNull(),
  pageWidthMm: integer('page_width_mm').notNull(),
  pageHeightMm: integer('page_height_mm').notNull(),
  fields: jsonb('fields').notNull(),
  version: version(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Quỹ thi đua, khen thưởng: income entries and payouts (one per awardee of an issued decision). */
export const fundEntries = pgTable(
  'fund_entries',
  {
    id: id(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
    kind: text('kind').notNull(),
    entryOn: date('entry_on', { mode: 'string' }).notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    description: text('description').notNull(),
    decisionId: uuid('decision_id').references(() => decisions.id),
    awardeeId: uuid('awardee_id').references(() => decisionAwardees.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [index('fund_entries_unit_idx').on(t.unitId, t.year), uniqueIndex('fund_entries_awardee_key').on(t.awardeeId).where(sql`${t.awardeeId} is not null`)],
);

/** Chỉ tiêu khen thưởng a province sets per unit and year (e.g. at most 3 CSTĐCS). */
export const awardQuotas = pgTable(
  'award_quotas',
  {
    id: id(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    year: integer('year').notNull(),
    awardCode: text('award_code').notNull(),
    maxCount: integer('max_count').notNull(),
  },
  (t) => [unique('award_quotas_key').on(t.unitId, t.year, t.awardCode)],
);

/**
 * Quy định khen thưởng of a level (a province's quy chế): e.g. CSTĐCS at most a share of the
 * LĐTT titles of a unit. Applies to the unit's whole subtree; a lower level may set its own.
 */
export const awardSettings = pgTable('award_settings', {
  unitId: uuid('unit_id')
    .primaryKey()
    .references(() => orgUnits.id),
  cstdcsPercentOfLdtt: integer('cstdcs_percent_of_ldtt'),
  note: text('note'),
  version: version(),
  updatedAt: updatedAt(),
});

/**
 * Danh mục của địa phương: titles and forms a level adds by its own quy chế, applying to its
 * subtree. Codes share one namespace with the law's codes (checked on insert) so every stored
 * award code names exactly one entry.
 */
export const localAwards = pgTable(
  'local_awards',
  {
    code: text('code').primaryKey(),
    ownerUnitId: uuid('owner_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    nominee: jsonb('nominee').$type<string[]>().notNull(),
    level: text('level').notNull(),
    category: text('category').notNull(),
    cashMultiple: doublePrecision('cash_multiple'),
    legalBasis: text('legal_basis').notNull(),
    authority: text('authority').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    criteria: jsonb('criteria').notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('local_awards_owner_idx').on(t.ownerUnitId),
    check('local_awards_kind_chk', sql`${t.kind} in ('title', 'form')`),
    check('local_awards_level_chk', sql`${t.level} in ('grassroots', 'province')`),
    check('local_awards_validity_chk', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
  ],
);

/** Giao ước thi đua: one per Cụm/Khối and year (the group already carries its year). */
export const covenants = pgTable(
  'covenants',
  {
    id: id(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => emulationGroups.id),
    title: text('title').notNull(),
    status: text('status').notNull().default('draft'),
    scoringDeadline: date('scoring_deadline', { mode: 'string' }).notNull(),
    scoringClosedAt: timestamp('scoring_closed_at', { withTimezone: true, mode: 'string' }),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'string' }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('covenants_group_key').on(t.groupId), check('covenants_status_chk', sql`${t.status} in ('draft', 'scoring', 'review', 'closed')`)],
);

/** The criteria table as a tree by code ("1" → "1.2"); replaced whole while the covenant is a draft. */
export const covenantCriteria = pgTable(
  'covenant_criteria',
  {
    id: id(),
    covenantId: uuid('covenant_id')
      .notNull()
      .references(() => covenants.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id'),
    position: integer('position').notNull(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind').notNull(),
    maxPoints: doublePrecision('max_points').notNull(),
    evidenceRequired: boolean('evidence_required').notNull().default(false),
    indicatorId: uuid('indicator_id').references(() => indicators.id),
  },
  (t) => [
    uniqueIndex('covenant_criteria_code_key').on(t.covenantId, t.code),
    check('covenant_criteria_kind_chk', sql`${t.kind} in ('group', 'criterion', 'bonus', 'penalty')`),
  ],
);

export const covenantSignatures = pgTable(
  'covenant_signatures',
  {
    covenantId: uuid('covenant_id')
      .notNull()
      .references(() => covenants.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** Null when the signature was recorded from paper by the organiser's side. */
    signedByUserId: uuid('signed_by_user_id').references(() => users.id),
    signedAt: timestamp('signed_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.covenantId, t.unitId] })],
);

/** A member's score sheet: self-scores while scoring is open, final scores after adjustments. */
export const covenantUnitScores = pgTable(
  'covenant_unit_scores',
  {
    id: id(),
    covenantId: uuid('covenant_id')
      .notNull()
      .references(() => covenants.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    status: text('status').notNull().default('draft'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }),
    version: version(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('covenant_unit_scores_key').on(t.covenantId, t.unitId), check('covenant_unit_scores_status_chk', sql`${t.status} in ('draft', 'submitted')`)],
);

export const covenantScoreItems = pgTable(
  'covenant_score_items',
  {
    unitScoreId: uuid('unit_score_id')
      .notNull()
      .references(() => covenantUnitScores.id, { onDelete: 'cascade' }),
    criterionId: uuid('criterion_id')
      .notNull()
      .references(() => covenantCriteria.id),
    selfScore: doublePrecision('self_score'),
    evidence: text('evidence'),
    finalScore: doublePrecision('final_score'),
  },
  (t) => [primaryKey({ columns: [t.unitScoreId, t.criterionId] })],
);

/**
 * Files a member attaches as evidence for one criterion of its sheet (a scanned report, a
 * photo of the planted trees); read by every member once scoring closes, for the cross-check.
 */
export const covenantScoreFiles = pgTable(
  'covenant_score_files',
  {
    id: id(),
    covenantId: uuid('covenant_id')
      .notNull()
      .references(() => covenants.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    criterionId: uuid('criterion_id')
      .notNull()
      .references(() => covenantCriteria.id),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    contentType: text('content_type').notNull(),
    name: text('name').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [unique('covenant_score_files_content_key').on(t.covenantId, t.unitId, t.criterionId, t.sha256)],
);

/** Every change the head or the organiser makes to a member's score, with its written reason. */
export const covenantAdjustments = pgTable(
  'covenant_adjustments',
  {
    id: id(),
    covenantId: uuid('covenant_id')
      .notNull()
      .references(() => covenants.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    criterionId: uuid('criterion_id')
      .notNull()
      .references(() => covenantCriteria.id),
    fromScore: doublePrecision('from_score'),
    toScore: doublePrecision('to_score').notNull(),
    reason: text('reason').notNull(),
    byUserId: uuid('by_user_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [index('covenant_adjustments_unit_idx').on(t.covenantId, t.unitId)],
);

/**
 * The vote for the leading unit (suy tôn) of a covenant: one ballot per member unit, counted with
 * the council arithmetic; its result becomes the nominations for the flag and for Bằng khen.
 */
export const covenantVotes = pgTable(
  'covenant_votes',
  {
    covenantId: uuid('covenant_id')
      .primaryKey()
      .references(() => covenants.id),
    candidateUnitId: uuid('candidate_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    thresholdPercent: integer('threshold_percent').notNull(),
    ballot: text('ballot').notNull(),
    status: text('status').notNull().default('open'),
    openedAt: timestamp('opened_at', { withTimezone: true, mode: 'string' }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'string' }),
    votersTotal: integer('voters_total').notNull(),
    agree: integer('agree'),
    disagree: integer('disagree'),
    abstain: integer('abstain'),
    passed: boolean('passed'),
    /** The nominations drafted from the result (flag, Bằng khen), for the covenant to show. */
    nominationIds: jsonb('nomination_ids').$type<string[]>().notNull().default([]),
    version: version(),
  },
  (t) => [check('covenant_votes_ballot_chk', sql`${t.ballot} in ('secret', 'open')`), check('covenant_votes_status_chk', sql`${t.status} in ('open', 'closed')`)],
);

export const covenantBallots = pgTable(
  'covenant_ballots',
  {
    covenantId: uuid('covenant_id')
      .notNull()
      .references(() => covenantVotes.covenantId),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    choice: text('choice').notNull(),
    castByUserId: uuid('cast_by_user_id').references(() => users.id),
    castAt: timestamp('cast_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.covenantId, t.unitId] }), check('covenant_ballots_choice_chk', sql`${t.choice} in ('agree', 'disagree', 'abstain')`)],
);
