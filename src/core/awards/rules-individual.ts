/** Rules for individuals: LĐTT, CSTĐ (cơ sở, tỉnh, toàn quốc), Giấy khen, Bằng khen (tỉnh, Thủ tướng). */
import type { AwardCode, EligibilityReason } from '../../contract/awards.js';
import { type Facts, atLeast } from './facts.js';
import {
  type AwardRule,
  type RuleOutcome,
  disciplineNote,
  initiativesLabel,
  ratingGap,
  ratingReason,
  reason,
  stopNote,
  titleChainReason,
  yearWhen,
} from './rule-kit.js';
import { lawArticle, quoted, ratingLabel, yearsLabel } from './wording.js';

const NAME: Partial<Record<AwardCode, string>> = {
  LDTT: 'Lao động tiên tiến',
  CSTDCS: 'Chiến sĩ thi đua cơ sở',
  CSTD_TINH: 'Chiến sĩ thi đua cấp tỉnh',
  BANG_KHEN_TINH: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
};
const name = (code: AwardCode) => NAME[code] ?? code;

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

const hasRating = (facts: Facts, year: number) => facts.hasRating(year);

/** Art 24: LĐTT — rated HTTNV or better in the year. */
export const ldtt: AwardRule = {
  evaluatedYear: yearWhen(hasRating),
  yearFacts: 'kết quả xếp loại',
  check: (facts, year) => ({ reasons: [ratingReason(facts, year, 'HTTNV', lawArticle('Điều 24'), 'person')], usedYears: null }),
};

/** Art 23: CSTĐCS — LĐTT in the year, and HTXSNV or an initiative recognised that year. */
export const cstdcs: AwardRule = {
  evaluatedYear: yearWhen((facts, y) => facts.hasRating(y) || facts.hasTitle('LDTT', y)),
  yearFacts: 'kết quả xếp loại hoặc danh hiệu “Lao động tiên tiến”',
  check(facts, year) {
    const article = lawArticle('Điều 23');
    const countable = facts.isCountable(year);
    const rating = facts.ratingIn(year);
    let ldttMessage: string;
    const hasLdtt = countable && facts.hasTitle('LDTT', year);
    if (!countable) ldttMessage = `Năm ${year} chưa được tính thành tích: ${disciplineNote(facts)}.`;
    else if (hasLdtt) ldttMessage = `Đã đạt danh hiệu ${quoted(name('LDTT'))} năm ${year}.`;
    else if (atLeast(rating, 'HTTNV'))
      ldttMessage = `Chưa có danh hiệu ${quoted(name('LDTT'))} năm ${year}: xếp loại ${ratingLabel(rating!)} đủ tiêu chuẩn, cần có quyết định tặng danh hiệu này trước.`;
    else ldttMessage = `Chưa đạt danh hiệu ${quoted(name('LDTT'))} năm ${year}.`;

    const excellent = countable && rating === 'HTXSNV';
    const initiatives = facts.initiativesIn([year], 'co_so');
    const met = excellent || initiatives.length > 0;
    let message: string;
    if (!countable) message = `Năm ${year} chưa được tính thành tích: ${disciplineNote(facts)}.`;
    else if (met) {
      const grounds = [excellent ? `xếp loại ${ratingLabel('HTXSNV')}` : '', initiatives.length > 0 ? `có ${initiativesLabel(initiatives)} được công nhận` : ''];
      message = `Năm ${year} ${grounds.filter(Boolean).join('; ')}.`;
    } else {
      message =
        `Năm ${year} ${rating ? `xếp loại ${ratingLabel(rating)}` : 'chưa có kết quả xếp loại'} và không có sáng kiến được cơ sở công nhận; ` +
        `cần ${ratingLabel('HTXSNV')} hoặc có sáng kiến.`;
    }
    return {
      reasons: [reason('ldtt_title', hasLdtt, article, ldttMessage), reason('excellence_or_initiative', met, article, message)],
      usedYears: null,
    };
  },
};

/** Art 22: CSTĐ cấp tỉnh — 3 consecutive CSTĐCS, and an initiative of provincial or national reach in them. */
export const cstdTinh: AwardRule = {
  evaluatedYear: yearWhen((facts, y) => facts.hasTitle('CSTDCS', y)),
  yearFacts: 'danh hiệu “Chiến sĩ thi đua cơ sở”',
  check(facts, year) {
    const article = lawArticle('Điều 22');
    const chain = titleChainReason(facts, 'CSTDCS', name('CSTDCS'), 3, year, article, 'cstdcs_chain');
    const window = chain.used ?? range(year - 2, year);
    const reasons: EligibilityReason[] = [chain.reason, initiativeReason(facts, window, 'tinh', article)];
    return { reasons, usedYears: chain.used };
  },
};

/**
 * Art 21: CSTĐ toàn quốc — two consecutive CSTĐ tỉnh and an initiative applied nationwide. Each
 * CSTĐ tỉnh rests on three CSTĐCS years and Art 5 forbids reusing them, so "consecutive" means the
 * second came three years after the first (six consecutive CSTĐCS years), not two calendar years.
 */
export const cstdToanQuoc: AwardRule = {
  evaluatedYear: yearWhen((facts, y) => facts.hasTitle('CSTD_TINH', y)),
  yearFacts: 'danh hiệu “Chiến sĩ thi đua cấp tỉnh”',
  check(facts, year) {
    const article = lawArticle('Điều 21');
    const first = year - 3;
    const span = range(year - 5, year);
    const held = span.filter((y) => facts.hasTitle('CSTD_TINH', y));
    const countable = facts.isCountable(span[0]!);
    const met = countable && facts.hasTitle('CSTD_TINH', year) && facts.hasTitle('CSTD_TINH', first);
    const tinh = quoted(name('CSTD_TINH'));
    let message: string;
    if (met) message = `Đạt danh hiệu ${tinh} hai lần liên tục: năm ${first} và năm ${year} (mỗi lần dựa trên 3 năm CSTĐCS liên tiếp, ${yearsLabel(span)}).`;
    else {
      const missing = [first, year].filter((y) => !facts.hasTitle('CSTD_TINH', y));
      const heldText = held.length > 0 ? `các năm ${yearsLabel(held)} có danh hiệu này` : 'không có danh hiệu này trong các năm đó';
      message =
        `Cần đạt danh hiệu ${tinh} hai lần liên tục, năm ${first} và năm ${year} (lần sau cách lần trước 3 năm vì mỗi lần dựa trên 3 năm CSTĐCS): ` +
        (countable ? `thiếu năm ${yearsLabel(missing)}; ${heldText}.` : `năm ${span[0]} không được tính (${disciplineNote(facts)}).`);
    }
    return {
      reasons: [reason('cstd_tinh_chain', met, article, message), initiativeReason(facts, span, 'toan_quoc', article)],
      usedYears: met ? span : null,
    };
  },
};

function initiativeReason(facts: Facts, window: number[], minScope: 'tinh' | 'toan_quoc', article: string): EligibilityReason {
  const reach = minScope === 'tinh' ? 'cấp tỉnh hoặc toàn quốc' : 'toàn quốc';
  const found = facts.initiativesIn(window, minScope);
  if (found.length > 0) {
    return reason('initiative', true, article, `Có ${initiativesLabel(found)} (phạm vi ảnh hưởng ${reach}) trong các năm ${yearsLabel(window)}.`);
  }
  const lower = facts.initiativesIn(window, 'co_so');
  const note = lower.length > 0 ? ` (chỉ có ${initiativesLabel(lower)})` : '';
  return reason('initiative', false, article, `Không có sáng kiến có phạm vi ảnh hưởng ${reach} trong các năm ${yearsLabel(window)}${note}.`);
}

/** Art 75: Giấy khen — the province details the criteria; thidua checks the year's rating. */
export const giayKhen: AwardRule = {
  evaluatedYear: yearWhen(hasRating),
  yearFacts: 'kết quả xếp loại',
  otherNominees: 'Giấy khen tặng hộ gia đình (Điều 75) chưa được thidua mã hóa tiêu chuẩn; cần xét thủ công.',
  check(facts, year, input) {
    const article = lawArticle('Điều 75');
    const subject = input.nominee.kind === 'collective' ? 'collective' : 'person';
    return {
      reasons: [
        ratingReason(facts, year, 'HTTNV', article, subject),
        reason(
          'provincial_criteria',
          true,
          article,
          'Tiêu chuẩn chi tiết xét tặng Giấy khen do bộ, ban, ngành, tỉnh quy định; thidua chỉ kiểm tra kết quả xếp loại năm xét, các tiêu chuẩn khác do cấp xét khen thưởng đánh giá.',
        ),
      ],
      usedYears: null,
    };
  },
};

/**
 * Art 74(1)(d): Bằng khen tỉnh — 2 consecutive CSTĐCS, or at least 2 consecutive HTXSNV years
 * with 2 initiatives recognised in that span.
 */
export const bangKhenTinh: AwardRule = {
  evaluatedYear: yearWhen((facts, y) => facts.hasRating(y) || facts.hasTitle('CSTDCS', y)),
  yearFacts: 'kết quả xếp loại hoặc danh hiệu “Chiến sĩ thi đua cơ sở”',
  otherNominees: 'Bằng khen tặng hộ gia đình (các khoản khác của Điều 74) chưa được thidua mã hóa tiêu chuẩn; cần xét thủ công.',
  check(facts, year, input) {
    // A collective's Bằng khen (the other clauses of Art 74, e.g. an achievement judged in a
    // movement's yearly review, which is how cluster and block members reach it) is judged by the
    // council on the dossier: thidua says so rather than guess a clause it does not encode.
    if (input.nominee.kind === 'collective') {
      const message =
        'Bằng khen tặng tập thể: tiêu chuẩn theo các khoản khác của Điều 74 (như thành tích xuất sắc được bình xét trong phong trào thi đua) ' +
        'chưa được thidua tự xét; Hội đồng xét theo hồ sơ và giải trình của đơn vị đề nghị.';
      return { reasons: [reason('manual_review', false, lawArticle('Điều 74'), message)], usedYears: null };
    }
    const article = lawArticle('Điểm d khoản 1 Điều 74');
    const cstdcs = facts.run(year, (y) => facts.hasTitle('CSTDCS', y));
    if (cstdcs.years.length >= 2) {
      const used = cstdcs.years.slice(-2);
      const message = `Có 2 năm liên tục đạt danh hiệu ${quoted(name('CSTDCS'))} tính đến năm ${year}: ${yearsLabel(used)}.`;
      return { reasons: [reason('chain', true, article, message)], usedYears: used };
    }
    const excellent = facts.run(year, (y) => facts.ratingIn(y) === 'HTXSNV');
    // The shortest span ending at the evaluated year that holds two initiatives: fewest years used (Art 5).
    for (let length = 2; length <= excellent.years.length; length += 1) {
      const span = excellent.years.slice(-length);
      const initiatives = facts.initiativesIn(span, 'co_so');
      if (initiatives.length >= 2) {
        const message = `Có ${length} năm liên tục ${ratingLabel('HTXSNV')} tính đến năm ${year} (${yearsLabel(span)}) với 2 sáng kiến trở lên: ${initiativesLabel(initiatives)}.`;
        return { reasons: [reason('chain', true, article, message)], usedYears: span };
      }
    }
    const cstdcsText =
      cstdcs.years.length === 0
        ? stopNote(facts, cstdcs, (y) => `năm ${y} không có danh hiệu CSTĐCS`)
        : `chỉ có ${cstdcs.years.length} năm (${yearsLabel(cstdcs.years)}), ${stopNote(facts, cstdcs, (y) => `năm ${y} không có danh hiệu này`)}`;
    const excellentInitiatives = facts.initiativesIn(excellent.years, 'co_so');
    const excellentText =
      excellent.years.length === 0
        ? stopNote(facts, excellent, ratingGap(facts, 'HTXSNV'))
        : `có ${excellent.years.length} năm liên tục (${yearsLabel(excellent.years)}) với ${excellentInitiatives.length} sáng kiến` +
          (excellent.years.length < 2 ? `, ${stopNote(facts, excellent, ratingGap(facts, 'HTXSNV'))}` : '');
    const message =
      `Chưa đạt tiêu chuẩn nào tính đến năm ${year}: (1) 2 năm liên tục đạt danh hiệu ${quoted(name('CSTDCS'))} — ${cstdcsText}; ` +
      `(2) từ 2 năm liên tục ${ratingLabel('HTXSNV')} với 2 sáng kiến — ${excellentText}.`;
    return { reasons: [reason('chain', false, article, message)], usedYears: null };
  },
};

/**
 * Art 73(1)(b): Bằng khen Thủ tướng — already holds a Bằng khen tỉnh, and at least 5 consecutive
 * years HTTNV or better up to the proposal, within which 3 CSTĐCS.
 */
export const bangKhenTtg: AwardRule = {
  evaluatedYear: yearWhen((facts, y) => facts.hasRating(y) || facts.hasTitle('CSTDCS', y)),
  yearFacts: 'kết quả xếp loại hoặc danh hiệu “Chiến sĩ thi đua cơ sở”',
  otherNominees: 'Bằng khen của Thủ tướng tặng tập thể, hộ gia đình (các khoản khác của Điều 73) chưa được thidua mã hóa tiêu chuẩn; cần xét thủ công.',
  check(facts, year): RuleOutcome {
    const article = lawArticle('Điểm b khoản 1 Điều 73');
    const bk = quoted(name('BANG_KHEN_TINH'));
    const bkYears = facts
      .heldTitles()
      .filter((t) => t.code === 'BANG_KHEN_TINH' && t.year <= facts.asOfYear)
      .map((t) => t.year);
    const bkReason = reason(
      'bang_khen_tinh_held',
      bkYears.length > 0,
      article,
      bkYears.length > 0 ? `Đã được tặng ${bk} năm ${yearsLabel(bkYears)}.` : `Chưa được tặng ${bk}.`,
    );

    const good = facts.run(year, (y) => atLeast(facts.ratingIn(y), 'HTTNV'));
    const goodMet = good.years.length >= 5;
    const goodMessage = goodMet
      ? `Có ${good.years.length} năm liên tục ${ratingLabel('HTTNV')} trở lên tính đến năm ${year}: ${yearsLabel(good.years)}.`
      : `Cần ít nhất 5 năm liên tục ${ratingLabel('HTTNV')} trở lên tính đến năm ${year}; ` +
        (good.years.length > 0 ? `chỉ có ${good.years.length} năm (${yearsLabel(good.years)}): ` : '') +
        `${stopNote(facts, good, ratingGap(facts, 'HTTNV'))}.`;

    const cstdcsIn = (years: number[]) => years.filter((y) => facts.hasTitle('CSTDCS', y));
    let window: number[] | null = null;
    for (let length = 5; length <= good.years.length && window === null; length += 1) {
      const span = good.years.slice(-length);
      if (cstdcsIn(span).length >= 3) window = span;
    }
    const inRun = cstdcsIn(good.years);
    // With fewer than 5 good years the window criterion already fails; the CSTĐCS count is then
    // judged over the years there are, so each reason says what it found.
    const cstdcsMet = goodMet ? window !== null : inRun.length >= 3;
    const counted = window ?? good.years;
    const cstdcs = quoted(name('CSTDCS'));
    const cstdcsMessage = cstdcsMet
      ? `Trong các năm ${yearsLabel(counted)} có ${cstdcsIn(counted).length} lần đạt danh hiệu ${cstdcs} (${yearsLabel(cstdcsIn(counted))}).`
      : `Cần 3 lần đạt danh hiệu ${cstdcs} trong thời gian các năm liên tục đó; ` +
        (good.years.length > 0 ? `các năm ${yearsLabel(good.years)} có ${inRun.length} lần` : 'không có năm nào được tính') +
        (inRun.length > 0 ? ` (${yearsLabel(inRun)}).` : '.');
    return {
      reasons: [bkReason, reason('good_years_chain', goodMet, article, goodMessage), reason('cstdcs_in_chain', cstdcsMet, article, cstdcsMessage)],
      usedYears: window,
    };
  },
};
