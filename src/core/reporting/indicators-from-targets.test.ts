import { describe, expect, it } from 'vitest';
import { parseDocument } from '../documents/parse-document.js';
import { MAX_CODE_LENGTH, MAX_NAME_LENGTH, type ParsedTargetInput, indicatorDraftsFromParsedTargets } from './indicators-from-targets.js';

function parsed(text: string, comparator: ParsedTargetInput['comparator'], value: number, unit = '%'): ParsedTargetInput {
  return { text, comparator, value, unit };
}

/** What the parser finds in the seed's draft công văn (Tủa Chùa, 2024). */
const SEED_TARGETS: ParsedTargetInput[] = [
  parsed('phấn đấu giảm tỷ lệ hộ nghèo theo chuẩn đa chiều toàn tỉnh bình quân hàng năm từ 4% trở lên', '>=', 4),
  parsed('ít nhất 80% hồ sơ công việc cấp huyện', '>=', 80),
  parsed('60% hồ sơ công việc cấp xã được xử lý trên môi trường mạng', '>=', 60),
  parsed('100% cán bộ quản lý các cấp tham gia thực hiện', '=', 100),
];

describe('indicatorDraftsFromParsedTargets on the seed', () => {
  const drafts = indicatorDraftsFromParsedTargets(SEED_TARGETS);

  it('makes three indicators from four targets', () => {
    expect(drafts.map((d) => d.name)).toEqual([
      'Giảm tỷ lệ hộ nghèo theo chuẩn đa chiều toàn tỉnh bình quân hàng năm',
      'Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng',
      'Tỷ lệ cán bộ quản lý các cấp tham gia thực hiện',
    ]);
  });

  it('joins the district and commune targets of the same thing into one indicator', () => {
    expect(drafts[1]).toEqual({
      code: 'TY_LE_HO_SO_CONG_VIEC_DUOC_XU_LY_TREN',
      name: 'Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng',
      unitOfMeasure: '%',
      valueType: 'percent',
      direction: 'up',
      rule: 'avg',
      targets: [
        { level: 'district', comparator: 'gte', value: 80, valueMax: null },
        { level: 'commune', comparator: 'gte', value: 60, valueMax: null },
      ],
    });
  });

  it('reads "giảm … từ 4% trở lên" as a fall of at least 4 points: more is better', () => {
    expect(drafts[0]).toMatchObject({
      code: 'GIAM_TY_LE_HO_NGHEO_THEO_CHUAN_DA_CHIEU',
      direction: 'up',
      targets: [{ level: 'all', comparator: 'gte', value: 4, valueMax: null }],
    });
  });

  it('reads a bare 100% as a level to reach', () => {
    expect(drafts[2]).toMatchObject({ direction: 'up', targets: [{ level: 'all', comparator: 'gte', value: 100 }] });
  });

  it('gets the same drafts from the document parser’s own output', () => {
    const text = [
      'ỦY BAN NHÂN DÂN',
      'HUYỆN TỦA CHÙA',
      '',
      '- Tiếp tục thực hiện mục tiêu quốc gia giảm nghèo đa chiều, phấn đấu giảm tỷ lệ hộ nghèo theo chuẩn đa chiều toàn tỉnh bình quân hàng năm từ 4% trở lên.',
      '- Xây dựng chương trình trên nền tảng công nghệ số: ít nhất 80% hồ sơ công việc cấp huyện, 60% hồ sơ công việc cấp xã được xử lý trên môi trường mạng, 100% cán bộ quản lý các cấp tham gia thực hiện; tăng cường tập huấn.',
    ].join('\n');
    const fromParser = indicatorDraftsFromParsedTargets(parseDocument(text).targets);
    expect(fromParser).toEqual(drafts);
  });
});

describe('indicatorDraftsFromParsedTargets', () => {
  it('returns nothing for nothing', () => {
    expect(indicatorDraftsFromParsedTargets([])).toEqual([]);
  });

  it.each<[string, ParsedTargetInput, { name: string; code: string; unitOfMeasure: string; valueType: string; rule: string; direction: string; comparator: string }]>([
    [
      'a count with a unit word keeps the unit out of the name',
      parsed('trồng mới 500 ha rừng', '=', 500, 'ha'),
      { name: 'Trồng mới rừng', code: 'TRONG_MOI_RUNG', unitOfMeasure: 'ha', valueType: 'number', rule: 'sum', direction: 'up', comparator: 'gte' },
    ],
    [
      'a leading count is named "Số …"',
      parsed('phấn đấu có 01 xã đạt chuẩn nông thôn mới', '=', 1, 'xã'),
      { name: 'Số xã đạt chuẩn nông thôn mới', code: 'SO_XA_DAT_CHUAN_NONG_THON_MOI', unitOfMeasure: 'xã', valueType: 'number', rule: 'sum', direction: 'up', comparator: 'gte' },
    ],
    [
      'thousands written with a dot',
      parsed('ít nhất 1.000 người được đào tạo nghề', '>=', 1000, 'người'),
      { name: 'Số người được đào tạo nghề', code: 'SO_NGUOI_DUOC_DAO_TAO_NGHE', unitOfMeasure: 'người', valueType: 'number', rule: 'sum', direction: 'up', comparator: 'gte' },
    ],
    [
      '"xuống còn" makes the figure a level to get down to',
      parsed('giảm tỷ lệ hộ nghèo xuống còn 3%', '=', 3),
      { name: 'Tỷ lệ hộ nghèo', code: 'TY_LE_HO_NGHEO', unitOfMeasure: '%', valueType: 'percent', rule: 'avg', direction: 'down', comparator: 'lte' },
    ],
    [
      '"dưới" (≤) is lower-is-better',
      parsed('tỷ lệ hộ nghèo còn dưới 3%', '<=', 3),
      { name: 'Tỷ lệ hộ nghèo', code: 'TY_LE_HO_NGHEO', unitOfMeasure: '%', valueType: 'percent', rule: 'avg', direction: 'down', comparator: 'lte' },
    ],
    [
      '"không quá" (≤) is lower-is-better',
      parsed('không quá 2% hồ sơ trễ hạn', '<=', 2),
      { name: 'Tỷ lệ hồ sơ trễ hạn', code: 'TY_LE_HO_SO_TRE_HAN', unitOfMeasure: '%', valueType: 'percent', rule: 'avg', direction: 'down', comparator: 'lte' },
    ],
    [
      'comparison words go with the figure',
      parsed('tỷ lệ che phủ rừng đạt trên 62%', '>=', 62),
      { name: 'Tỷ lệ che phủ rừng', code: 'TY_LE_CHE_PHU_RUNG', unitOfMeasure: '%', valueType: 'percent', rule: 'avg', direction: 'up', comparator: 'gte' },
    ],
    [
      '"đất" is not "đạt"',
      parsed('diện tích đất 500 ha', '>=', 500, 'ha'),
      { name: 'Diện tích đất', code: 'DIEN_TICH_DAT', unitOfMeasure: 'ha', valueType: 'number', rule: 'sum', direction: 'up', comparator: 'gte' },
    ],
    [
      '"cơ quan" is not "có"',
      parsed('100% cơ quan, đơn vị sử dụng văn bản điện tử', '=', 100),
      { name: 'Tỷ lệ cơ quan, đơn vị sử dụng văn bản điện tử', code: 'TY_LE_CO_QUAN_DON_VI_SU_DUNG_VAN_BAN', unitOfMeasure: '%', valueType: 'percent', rule: 'avg', direction: 'up', comparator: 'gte' },
    ],
    [
      '"phần trăm" is a percentage',
      parsed('phấn đấu 95 phần trăm trẻ em được tiêm chủng', '=', 95, 'phần trăm'),
      { name: 'Tỷ lệ trẻ em được tiêm chủng', code: 'TY_LE_TRE_EM_DUOC_TIEM_CHUNG', unitOfMeasure: '%', valueType: 'percent', rule: 'avg', direction: 'up', comparator: 'gte' },
    ],
    [
      'a bare figure is named by itself',
      parsed('80%', '=', 80),
      { name: 'Chỉ tiêu 80%', code: 'CHI_TIEU_80', unitOfMeasure: '%', valueType: 'percent', rule: 'avg', direction: 'up', comparator: 'gte' },
    ],
    [
      'an acronym keeps its capitals after "Tỷ lệ"',
      parsed('UBND các xã hoàn thành 100% kế hoạch', '=', 100),
      { name: 'Tỷ lệ UBND các xã hoàn thành kế hoạch', code: 'TY_LE_UBND_CAC_XA_HOAN_THANH_KE_HOACH', unitOfMeasure: '%', valueType: 'percent', rule: 'avg', direction: 'up', comparator: 'gte' },
    ],
  ])('%s', (_label, input, expected) => {
    const [draft] = indicatorDraftsFromParsedTargets([input]);
    const { comparator, ...rest } = expected;
    expect(draft).toMatchObject(rest);
    expect(draft?.targets).toEqual([{ level: 'all', comparator, value: input.value, valueMax: null }]);
  });

  describe('levels', () => {
    it.each([
      ['cấp tỉnh', 'province'],
      ['cấp huyện', 'district'],
      ['cấp xã', 'commune'],
      ['cấp phường', 'commune'],
      ['cấp thị trấn', 'commune'],
      ['CẤP XÃ', 'commune'],
    ])('"%s" gives a %s target', (phrase, level) => {
      const [draft] = indicatorDraftsFromParsedTargets([parsed(`tỷ lệ hồ sơ ${phrase} đạt 90%`, '=', 90)]);
      expect(draft?.targets[0]?.level).toBe(level);
      expect(draft?.name).toBe('Tỷ lệ hồ sơ');
    });

    it('reads "các cấp" and a text naming two levels as every level', () => {
      const [a, b] = indicatorDraftsFromParsedTargets([
        parsed('100% cán bộ quản lý các cấp tham gia', '=', 100),
        parsed('90% hồ sơ cấp huyện và cấp xã được số hóa', '>=', 90),
      ]);
      expect(a?.targets[0]?.level).toBe('all');
      expect(b?.targets[0]?.level).toBe('all');
      expect(b?.name).toBe('Tỷ lệ hồ sơ cấp huyện và cấp xã được số hóa');
    });

    it('merges the same thing named with the level first or last', () => {
      const drafts = indicatorDraftsFromParsedTargets([
        parsed('tỷ lệ hồ sơ trực tuyến cấp tỉnh đạt 90%', '=', 90),
        parsed('cấp xã: tỷ lệ hồ sơ trực tuyến đạt 70%', '=', 70),
        parsed('tỷ lệ hồ sơ trực tuyến cấp huyện trên 80%', '>=', 80),
      ]);
      expect(drafts).toHaveLength(1);
      expect(drafts[0]?.targets.map((t) => [t.level, t.value])).toEqual([
        ['province', 90],
        ['commune', 70],
        ['district', 80],
      ]);
    });

    it('keeps apart different things, the same level twice, other units and other directions', () => {
      const drafts = indicatorDraftsFromParsedTargets([
        parsed('80% hồ sơ cấp huyện', '>=', 80),
        parsed('60% văn bản cấp xã', '>=', 60), // different subject
        parsed('70% hồ sơ cấp huyện', '>=', 70), // district already taken
        parsed('50 hồ sơ cấp xã', '>=', 50, 'hồ'), // not a percentage
        parsed('không quá 5% hồ sơ cấp xã', '<=', 5), // lower is better
      ]);
      expect(drafts.map((d) => d.targets.map((t) => t.level))).toEqual([['district'], ['commune'], ['district'], ['commune'], ['commune']]);
    });

    it('does not merge into an indicator that already has a target for every level', () => {
      const drafts = indicatorDraftsFromParsedTargets([parsed('80% hồ sơ', '>=', 80), parsed('60% hồ sơ cấp xã', '>=', 60)]);
      expect(drafts).toHaveLength(2);
    });
  });

  it('reads text that lost its diacritics (OCR) the same way', () => {
    const drafts = indicatorDraftsFromParsedTargets([
      parsed('it nhat 80% ho so cong viec cap huyen', '>=', 80),
      parsed('60% ho so cong viec cap xa duoc xu ly tren moi truong mang', '>=', 60),
      parsed('giam ty le ho ngheo xuong con 3%', '=', 3),
    ]);
    expect(drafts.map((d) => [d.name, d.direction, d.targets.map((t) => t.level)])).toEqual([
      ['Ty le ho so cong viec duoc xu ly tren moi truong mang', 'up', ['district', 'commune']],
      ['Ty le ho ngheo', 'down', ['all']],
    ]);
  });

  it('makes codes unique with _2, _3 and keeps them within the length limit', () => {
    const long = 'tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng toàn trình';
    const drafts = indicatorDraftsFromParsedTargets([parsed(`${long} 80%`, '=', 80), parsed(`${long} 85%`, '=', 85), parsed(`${long} 90%`, '=', 90)]);
    expect(drafts.map((d) => d.code)).toEqual(['TY_LE_HO_SO_CONG_VIEC_DUOC_XU_LY_TREN', 'TY_LE_HO_SO_CONG_VIEC_DUOC_XU_LY_TREN_2', 'TY_LE_HO_SO_CONG_VIEC_DUOC_XU_LY_TREN_3']);
    for (const d of drafts) {
      expect(d.code.length).toBeLessThanOrEqual(MAX_CODE_LENGTH);
      expect(d.code).toMatch(/^[A-Z0-9]+(?:_[A-Z0-9]+)*$/);
    }
  });

  it('cuts a code with no word break and keeps its suffix within the limit', () => {
    const word = 'a'.repeat(60);
    const drafts = indicatorDraftsFromParsedTargets([parsed(`${word} 10%`, '=', 10), parsed(`${word} 20%`, '=', 20)]);
    expect(drafts.map((d) => d.code)).toEqual(['TY_LE_' + 'A'.repeat(34), 'TY_LE_' + 'A'.repeat(32) + '_2']);
  });

  it('cuts a name made of one endless word where it must', () => {
    const [draft] = indicatorDraftsFromParsedTargets([parsed(`${'x'.repeat(300)} 10 ha`, '=', 10, 'ha')]);
    expect(draft?.name).toBe('X' + 'x'.repeat(199));
  });

  it('cuts a long name at a word, within 200 characters', () => {
    const sentence = `phấn đấu ${'nâng cao chất lượng phục vụ người dân và doanh nghiệp '.repeat(8)}đạt 90%`;
    const [draft] = indicatorDraftsFromParsedTargets([parsed(sentence, '=', 90)]);
    expect([...(draft?.name ?? '')].length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(draft?.name.startsWith('Tỷ lệ nâng cao chất lượng')).toBe(true);
    expect(draft?.name.endsWith(' ')).toBe(false);
    expect(sentence.includes(draft?.name.split(' ').at(-1) ?? '∅')).toBe(true);
  });

  it('normalises decomposed (NFD) text', () => {
    const [draft] = indicatorDraftsFromParsedTargets([parsed('ít nhất 80% hồ sơ công việc cấp huyện'.normalize('NFD'), '>=', 80)]);
    expect(draft?.name).toBe('Tỷ lệ hồ sơ công việc');
    expect(draft?.targets[0]?.level).toBe('district');
  });

  it('skips a target whose value is not a number', () => {
    expect(indicatorDraftsFromParsedTargets([parsed('x% hồ sơ', '=', Number.NaN)])).toEqual([]);
  });
});
