/**
 * The parser against real documents: the seed công văn (every field of the issue, exactly) and
 * every fixture in shared/fixtures/documents against its hand-checked expected answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ParsedDocumentSchema, type ParsedDocument } from '../../contract/documents.js';
import { parseDocument } from './parse-document.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SHARED = join(ROOT, '../shared');
const FIXTURES = join(SHARED, 'fixtures/documents');

/** Fixture files start with "SOURCE: <url>", which is not part of the document. */
function readFixtureText(path: string): string {
  const raw = readFileSync(path, 'utf8');
  return raw.startsWith('SOURCE:') ? raw.slice(raw.indexOf('\n') + 1) : raw;
}

describe('the seed: an unnumbered draft công văn of UBND huyện Tủa Chùa', () => {
  const doc = parseDocument(readFileSync(join(SHARED, 'seeds/000_9cec8085d2253f0e.txt'), 'utf8'));

  it('satisfies the parse format', () => {
    expect(() => ParsedDocumentSchema.parse(doc)).not.toThrow();
  });

  it('reads the header: type, blank number, symbol, issuer, place, blank date with its year', () => {
    expect(doc.docType).toBe('Công văn');
    expect(doc.number).toBeNull();
    expect(doc.symbol).toBe('UBND-NV');
    expect(doc.issuer).toBe('ỦY BAN NHÂN DÂN HUYỆN TỬA CHÙA');
    expect(doc.parentIssuer).toBeNull();
    expect(doc.place).toBe('Tủa Chùa');
    expect(doc.date).toBeNull();
    expect(doc.year).toBe(2024);
  });

  it('joins the trích yếu across its four lines, without "V/v"', () => {
    expect(doc.subject).toBe(
      'đẩy mạnh các phong trào thi đua yêu nước lập thành tích thiết thực chào mừng Kỷ niệm 70 năm Chiến thắng Điện Biên Phủ và các ngày lễ lớn năm 2024',
    );
  });

  it('lists the three Kính gửi recipients, the wrapped third one joined', () => {
    expect(doc.recipients).toEqual([
      'Các phòng, ban, ngành, đoàn thể huyện',
      'UBND các xã, thị trấn',
      'Các cơ quan, đơn vị tham gia Cụm, Khối thi đua thuộc huyện',
    ]);
  });

  it('cites four documents once each, hyphen-numbered party documents included', () => {
    expect(doc.references).toEqual([
      { number: '1908/UBND-KSTT', date: '2024-04-24', kind: 'Văn bản', issuer: 'UBND tỉnh Điện Biên' },
      { number: '1468-CT/HU', date: '2024-02-06', kind: 'Chỉ thị', issuer: 'Ban Thường vụ Huyện ủy' },
      { number: '39-CT/TU', date: '2024-02-03', kind: 'Chỉ thị', issuer: 'BTV Tỉnh ủy' },
      { number: '17-NQ/TU', date: '2018-09-10', kind: 'Nghị quyết', issuer: 'Ban Thường vụ Tỉnh ủy' },
    ]);
  });

  it('finds the two deadlines, and not the anniversary dates', () => {
    expect(doc.deadlines.map((d) => d.date)).toEqual(['2024-11-05', '2024-11-15']);
    // The units report to the district through Phòng Nội vụ; Phòng Nội vụ reports upwards.
    expect(doc.deadlines[0]!.what).toMatch(/^Tổ chức đánh giá kết quả/);
    expect(doc.deadlines[0]!.what).toMatch(/gửi về UBND huyện \(qua Phòng Nội vụ\)$/);
    expect(doc.deadlines[1]!.what).toMatch(/^Giao Phòng Nội vụ huyện chủ trì/);
    expect(doc.deadlines[1]!.what).toMatch(/báo cáo Ban Thường vụ Huyện ủy, UBND tỉnh$/);
  });

  it('finds the four targets with their comparators', () => {
    expect(doc.targets.map(({ comparator, value, unit }) => ({ comparator, value, unit }))).toEqual([
      { comparator: '>=', value: 4, unit: '%' },
      { comparator: '>=', value: 80, unit: '%' },
      { comparator: '>=', value: 60, unit: '%' },
      { comparator: '=', value: 100, unit: '%' },
    ]);
    expect(doc.targets[0]!.text).toMatch(/giảm tỷ lệ hộ nghèo .* từ 4% trở lên$/);
    expect(doc.targets[1]!.text).toBe('ít nhất 80% hồ sơ công việc cấp huyện');
    expect(doc.targets[2]!.text).toBe('60% hồ sơ công việc cấp xã được xử lý trên môi trường mạng');
    expect(doc.targets[3]!.text).toBe('100% cán bộ quản lý các cấp tham gia thực hiện');
  });

  it('reads the signature: a deputy signing for the chairman on behalf of the committee', () => {
    expect(doc.signer).toEqual({ name: 'Nguyễn Minh Tuấn', title: 'PHÓ CHỦ TỊCH', authority: 'KT.', onBehalfOf: 'ỦY BAN NHÂN DÂN' });
  });

  it('keeps Nơi nhận as written, "Lưu" included', () => {
    expect(doc.distribution).toEqual(['- Như trên;', '- TT. Huyện ủy;', '- TT. HĐND huyện;', '- Lãnh đạo UBND huyện;', '- Lưu: VT, NV']);
  });

  it('reports the blank number, the blank day and month, both impossible dates and the issuer/place spelling', () => {
    expect(doc.problems.map((p) => p.code)).toEqual([
      'missing_number',
      'missing_day_month',
      'impossible_date',
      'impossible_date',
      'issuer_place_mismatch',
    ]);
    const impossible = doc.problems.filter((p) => p.code === 'impossible_date');
    for (const p of impossible) {
      expect(p.excerpt).toContain('07/5/201954');
      expect(p.message).toContain('07/5/201954');
    }
    expect(doc.problems.find((p) => p.code === 'missing_number')!.excerpt).toBe('Số: /UBND-NV');
    expect(doc.problems.find((p) => p.code === 'missing_day_month')!.excerpt).toBe('Tủa Chùa, ngày tháng năm 2024');
    expect(doc.problems.find((p) => p.code === 'issuer_place_mismatch')!.message).toMatch(/“TỬA CHÙA”.*“Tủa Chùa”/);
  });

  it('keeps the body between Kính gửi and the signature, paragraphs re-joined across page breaks', () => {
    const paragraphs = doc.body.flatMap((s) => s.paragraphs);
    expect(paragraphs[0]).toMatch(/^Thực hiện Văn bản số 1908\/UBND-KSTT/);
    expect(paragraphs.at(-1)).toMatch(/^Trên đây là Công văn .* triển khai thực hiện\.\/\.$/);
    // "… mục tiêu, nhiệm vụ" / blank line / "phát triển kinh tế …" is one paragraph.
    expect(paragraphs.some((p) => p.includes('thực hiện thắng lợi mục tiêu, nhiệm vụ phát triển kinh tế, xã hội'))).toBe(true);
    expect(paragraphs.some((p) => p.includes('viên chức kỷ cương, trách nhiệm'))).toBe(true);
    expect(doc.body.map((s) => s.heading)).toEqual([null, '5. Tổ chức thực hiện']);
    expect(paragraphs.join(' ')).not.toMatch(/Nơi nhận|Nguyễn Minh Tuấn|Kính gửi/);
  });
});

/** The fields the expected answers give (shared/docs/domain.md §6). */
interface Expected {
  number?: string | null;
  symbol?: string | null;
  issuer?: string | null;
  place?: string | null;
  date?: string | null;
  docType?: string | null;
  subject?: string | null;
  recipients?: string[];
  references?: { number: string; date: string | null }[];
  deadlines?: { date: string; what: string }[];
  signer?: { name: string | null; title: string | null; authority: string | null } | null;
}

const fixtures = readdirSync(FIXTURES)
  .filter((f) => /^\d\d-.*\.txt$/.test(f))
  .sort();

describe('the fixtures', () => {
  it('are all there (eight documents with expected answers)', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(8);
  });

  describe.each(fixtures)('%s', (file) => {
    const expected = JSON.parse(readFileSync(join(FIXTURES, file.replace(/\.txt$/, '.expected.json')), 'utf8')) as Expected;
    const doc: ParsedDocument = parseDocument(readFixtureText(join(FIXTURES, file)));

    it('satisfies the parse format', () => {
      expect(() => ParsedDocumentSchema.parse(doc)).not.toThrow();
    });

    const scalar = ['number', 'symbol', 'issuer', 'place', 'date', 'docType', 'subject'] as const;
    it.each(scalar.filter((f) => f in expected))('%s', (field) => {
      expect(doc[field]).toEqual(expected[field]);
    });

    it.runIf('recipients' in expected)('recipients', () => {
      expect(doc.recipients).toEqual(expected.recipients);
    });

    it.runIf('references' in expected)('references (number and date, in order of first appearance)', () => {
      expect(doc.references.map(({ number, date }) => ({ number, date }))).toEqual(expected.references);
    });

    // The expected `what` is a hand-written summary; the parser quotes the clause that carries
    // the date. Dates must match exactly; the clause must open with the same word and end with
    // the same five words as the summary (the obligation and its addressee).
    it.runIf('deadlines' in expected)('deadlines', () => {
      expect(doc.deadlines.map((d) => d.date)).toEqual(expected.deadlines!.map((d) => d.date));
      expected.deadlines!.forEach((want, i) => {
        const got = doc.deadlines[i]!.what;
        const words = want.what.split(' ');
        expect(got.split(' ')[0]).toBe(words[0]);
        expect(got.endsWith(words.slice(-5).join(' ')), `"${got}" should end like "${want.what}"`).toBe(true);
      });
    });

    it.runIf('signer' in expected)('signer', () => {
      if (expected.signer === null) {
        expect(doc.signer).toBeNull();
      } else {
        expect(doc.signer).toMatchObject(expected.signer!);
      }
    });
  });
});
