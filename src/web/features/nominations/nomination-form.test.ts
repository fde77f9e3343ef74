import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { Award } from '../../../contract/awards.js';
import { CreateNominationBodySchema, NOMINATION_STATUSES, UpdateNominationBodySchema, type Nomination } from '../../../contract/nominations.js';
import { STATUS_LABEL } from '../../../core/commendation/nomination-flow.js';
import { AWARD_CATALOGUE } from '../../../core/awards/catalogue.js';
import { vi } from '../../i18n/messages.js';
import {
  candidateDraftBody,
  candidateReady,
  defaultListYear,
  eligibilityTagOf,
  lowerAwards,
  needsJustification,
  splitNominationErrors,
  submitErrorLines,
  toCreateBody,
  toUpdateBody,
  valuesOf,
  type NominationCandidate,
} from './nomination-form.js';
import { parseListFilters, serializeListFilters } from './nomination-list-params.js';

const PERSON = '00000000-0000-4000-8000-000000000001';
const UNIT = '00000000-0000-4000-8000-000000000002';
const SUBUNIT = '00000000-0000-4000-8000-000000000003';
const REPORT = '00000000-0000-4000-8000-000000000004';
const day = (iso: string) => dayjs(iso, 'YYYY-MM-DD');

describe('toCreateBody', () => {
  it('sends a person nominee only, with the members of a collective left out, in a body the API accepts unchanged', () => {
    const body = toCreateBody({
      proposingUnitId: UNIT,
      nomineeKind: 'person',
      personId: PERSON,
      // Picked before the kind was switched back to a person: must not be sent as a second nominee.
      unitId: SUBUNIT,
      awardCode: 'CSTDCS',
      year: 2024,
      awardKind: 'regular',
      proposedOn: day('2025-01-10'),
      nomineePosition: '  Chuyên viên  ',
      members: { total: 10, completed: 9 },
      report: { summary: 'Sơ lược', achievements: 'Thành tích\n- dòng 2', priorAwards: '' },
      justification: '   ',
    });
    expect(body).toEqual({
      proposingUnitId: UNIT,
      year: 2024,
      awardCode: 'CSTDCS',
      awardKind: 'regular',
      personId: PERSON,
      unitId: null,
      nomineePosition: 'Chuyên viên',
      proposedOn: '2025-01-10',
      members: null,
      report: { summary: 'Sơ lược', achievements: 'Thành tích\n- dòng 2', priorAwards: '' },
      justification: null,
      sourceReportId: null,
    });
    expect(CreateNominationBodySchema.parse(body)).toEqual(body);
  });

  it('sends a collective with its members, a blank count as none, and lets the server date and position it when left blank', () => {
    const body = toCreateBody({
      proposingUnitId: UNIT,
      nomineeKind: 'collective',
      personId: PERSON,
      unitId: SUBUNIT,
      awardCode: 'TTLDTT',
      year: 2024,
      members: { total: 20, completed: 20, ldtt: 15, cstdcs: null },
      nomineePosition: '',
    });
    expect(body.personId).toBeNull();
    expect(body.unitId).toBe(SUBUNIT);
    expect(body.members).toEqual({ total: 20, completed: 20, ldtt: 15, cstdcs: 0 });
    expect('proposedOn' in body).toBe(false);
    expect('nomineePosition' in body).toBe(false);
    expect(body.awardKind).toBe('regular');
    expect(body.report).toEqual({ summary: '', achievements: '', priorAwards: '' });
    expect(CreateNominationBodySchema.safeParse(body).success).toBe(true);
  });
});

describe('toUpdateBody and valuesOf', () => {
  const stored = {
    id: REPORT,
    status: 'draft',
    year: 2024,
    awardCode: 'TTLDTT',
    awardName: 'Tập thể lao động tiên tiến',
    awardKind: 'regular',
    nominee: { kind: 'collective', personId: null, unitId: SUBUNIT, name: 'Phòng Tư pháp', position: null, unitName: 'UBND huyện' },
    proposingUnit: { id: UNIT, name: 'UBND huyện' },
    reviewingUnit: { id: UNIT, name: 'UBND huyện' },
    proposedOn: '2025-01-10',
    eligibilityStatus: 'not_eligible',
    flagged: false,
    outcomeAwardCode: null,
    submittedAt: null,
    version: 3,
    members: { total: 12, completed: 12, ldtt: 7, cstdcs: 1 },
    report: { summary: 'a', achievements: 'b', priorAwards: 'c' },
    eligibility: null,
    justification: 'Lý do',
    outcomeNote: null,
    forwardedFromId: null,
    sourceReportId: null,
    voteResults: [],
    decision: null,
    files: [],
    events: [],
    canEdit: true,
    canSubmit: true,
    canReview: false,
  } satisfies Nomination;

  it('round-trips a stored draft: what the form shows is what a save sends back, at the version on screen', () => {
    const values = valuesOf(stored);
    expect(values.proposedOn?.format('YYYY-MM-DD')).toBe('2025-01-10');
    const body = toUpdateBody(values, stored.version);
    expect(body).toEqual({
      awardCode: 'TTLDTT',
      awardKind: 'regular',
      nomineePosition: null,
      proposedOn: '2025-01-10',
      members: { total: 12, completed: 12, ldtt: 7, cstdcs: 1 },
      report: { summary: 'a', achievements: 'b', priorAwards: 'c' },
      justification: 'Lý do',
      version: 3,
    });
    expect(UpdateNominationBodySchema.parse(body)).toEqual(body);
  });

  it('does not send members for a person, and clears a justification emptied on screen', () => {
    const values = { ...valuesOf({ ...stored, nominee: { ...stored.nominee, kind: 'person' as const, personId: PERSON, unitId: null } }), justification: ' ' };
    const body = toUpdateBody(values, 4);
    expect('members' in body).toBe(false);
    expect(body.justification).toBeNull();
    expect(body.version).toBe(4);
  });
});

describe('awards and eligibility', () => {
  it('offers as lower awards only those of the same or a lower level for the same kind of nominee, never the one proposed', () => {
    const lower = lowerAwards(AWARD_CATALOGUE, 'BANG_KHEN_TINH', 'person').map((a) => a.code);
    expect(lower).toContain('GIAY_KHEN');
    expect(lower).toContain('CSTDCS');
    expect(lower).not.toContain('BANG_KHEN_TINH');
    expect(lower).not.toContain('BANG_KHEN_TTG');
    expect(lower).not.toContain('TTLDTT');
    const grassroots = lowerAwards(AWARD_CATALOGUE, 'GIAY_KHEN', 'person').map((a) => a.code);
    expect(grassroots).not.toContain('BANG_KHEN_TINH');
    expect(lowerAwards([] as Award[], 'LDTT', 'person')).toEqual([]);
  });

  it('asks for a justification once the stored check is not eligible, not before any check', () => {
    expect(needsJustification({ eligibilityStatus: 'not_eligible' })).toBe(true);
    expect(needsJustification({ eligibilityStatus: 'hold' })).toBe(true);
    expect(needsJustification({ eligibilityStatus: 'eligible' })).toBe(false);
    expect(needsJustification({ eligibilityStatus: null })).toBe(false);
  });

  it('marks "có giải trình" only on a nomination sent while not eligible', () => {
    expect(eligibilityTagOf({ eligibilityStatus: 'not_eligible', flagged: true })).toEqual({ status: 'not_eligible', flagged: true });
    expect(eligibilityTagOf({ eligibilityStatus: 'eligible', flagged: true })).toEqual({ status: 'eligible', flagged: false });
    expect(eligibilityTagOf({ eligibilityStatus: null, flagged: false })).toEqual({ status: null, flagged: false });
  });

  it('labels each status as STATUS_LABEL does, for every status of the contract', () => {
    for (const status of NOMINATION_STATUSES) expect(vi[`nomination.status.${status}`]).toBe(STATUS_LABEL[status]);
  });
});

describe('server errors', () => {
  it('puts the paths the API names on the form fields, members on its first count, the rest above the form', () => {
    const split = splitNominationErrors({
      'report.achievements': 'Quá dài',
      awardCode: 'Hình thức không dành cho tập thể',
      members: 'Số thành viên lớn hơn tổng số',
      sourceReportId: 'Không tìm thấy',
    });
    expect(split.onFields).toEqual([
      { name: ['report', 'achievements'], errors: ['Quá dài'] },
      { name: ['awardCode'], errors: ['Hình thức không dành cho tập thể'] },
      { name: ['members', 'total'], errors: ['Số thành viên lớn hơn tổng số'] },
    ]);
    expect(split.general).toHaveLength(1);
    expect(split.general[0]).toContain('Không tìm thấy');
    expect(splitNominationErrors(undefined)).toEqual({ onFields: [], general: [] });
  });

  it('lists a refused submit nominee by nominee: the field errors when given, else each line of the message', () => {
    expect(submitErrorLines('x', { 'items.0.id': 'Nguyễn Văn A chưa đủ điều kiện', 'items.2.id': 'Trần Thị B chưa đủ điều kiện', 'items.3.id': 'Nguyễn Văn A chưa đủ điều kiện' })).toEqual([
      'Nguyễn Văn A chưa đủ điều kiện',
      'Trần Thị B chưa đủ điều kiện',
    ]);
    expect(submitErrorLines('Nguyễn Văn A: cần giải trình\n  Trần Thị B: cần giải trình \n', undefined)).toEqual(['Nguyễn Văn A: cần giải trình', 'Trần Thị B: cần giải trình']);
    expect(submitErrorLines('', {})).toEqual([]);
  });
});

describe('the list', () => {
  it('opens on this year once it has nominations, else on last year', () => {
    expect(defaultListYear(2025, true)).toBe(2025);
    expect(defaultListYear(2025, false)).toBe(2024);
  });

  it('reads its filters from the URL, dropping what is not valid, and writes back only what is set', () => {
    const filters = parseListFilters(new URLSearchParams(`year=2024&status=submitted&awardCode=CSTDCS&proposingUnitId=${UNIT}&q=nguyen&page=3`));
    expect(filters).toEqual({ year: 2024, status: 'submitted', awardCode: 'CSTDCS', proposingUnitId: UNIT, reviewingUnitId: undefined, q: 'nguyen', page: 3 });
    expect(parseListFilters(new URLSearchParams('year=20x4&status=lost&awardCode=kh%C3%B4ng-c%C3%B3&page=-2'))).toEqual({
      year: undefined,
      status: undefined,
      awardCode: undefined,
      proposingUnitId: undefined,
      reviewingUnitId: undefined,
      q: undefined,
      page: 1,
    });
    expect(serializeListFilters({ ...filters, page: 1, q: undefined }).toString()).toBe(`year=2024&status=submitted&awardCode=CSTDCS&proposingUnitId=${UNIT}`);
    expect(parseListFilters(serializeListFilters(filters))).toEqual(filters);
  });
});

describe('drafts from exemplary lists', () => {
  const person: NominationCandidate = {
    reportId: REPORT,
    assignmentTitle: 'Báo cáo tổng kết năm 2024',
    unitId: UNIT,
    unitName: 'UBND xã',
    kind: 'person',
    name: 'Lò Thị Hạnh',
    position: 'Công chức Tư pháp',
    achievement: 'Hoàn thành xuất sắc nhiệm vụ',
    personId: PERSON,
    nominated: false,
  };
  const collective: NominationCandidate = { ...person, kind: 'collective', name: 'Tổ dân phố 3', position: null, personId: null };

  it('proposes the matched person with the entry achievement as section II, and names the report it came from', () => {
    const body = candidateDraftBody(person, { proposingUnitId: UNIT, year: 2024, awardCode: 'LDTT' });
    expect(body.personId).toBe(PERSON);
    expect(body.unitId).toBeNull();
    expect(body.nomineePosition).toBe('Công chức Tư pháp');
    expect(body.report).toEqual({ summary: '', achievements: 'Hoàn thành xuất sắc nhiệm vụ', priorAwards: '' });
    expect(body.sourceReportId).toBe(REPORT);
    expect(CreateNominationBodySchema.safeParse(body).success).toBe(true);
    // A person picked by hand replaces the server's match.
    expect(candidateDraftBody(person, { proposingUnitId: UNIT, year: 2024, awardCode: 'LDTT', personId: SUBUNIT }).personId).toBe(SUBUNIT);
  });

  it('proposes a collective as the unit picked for it', () => {
    const body = candidateDraftBody(collective, { proposingUnitId: UNIT, year: 2024, awardCode: 'TTLDTT', unitId: SUBUNIT });
    expect(body.personId).toBeNull();
    expect(body.unitId).toBe(SUBUNIT);
    expect('nomineePosition' in body).toBe(false);
    expect(CreateNominationBodySchema.safeParse(body).success).toBe(true);
  });

  it('is ready once an award and the nominee are known, and never for an entry already nominated', () => {
    expect(candidateReady(person, { awardCode: 'LDTT' })).toBe(true);
    expect(candidateReady(person, {})).toBe(false);
    expect(candidateReady({ ...person, personId: null }, { awardCode: 'LDTT' })).toBe(false);
    expect(candidateReady({ ...person, personId: null }, { awardCode: 'LDTT', personId: PERSON })).toBe(true);
    expect(candidateReady(collective, { awardCode: 'TTLDTT' })).toBe(false);
    expect(candidateReady(collective, { awardCode: 'TTLDTT', unitId: SUBUNIT })).toBe(true);
    expect(candidateReady({ ...person, nominated: true }, { awardCode: 'LDTT' })).toBe(false);
  });
});
