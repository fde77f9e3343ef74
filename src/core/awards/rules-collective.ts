/** Rules for collectives: TTLĐTT, TTLĐXS, Cờ thi đua (tỉnh, Chính phủ). */
import type { EligibilityInput, EligibilityReason } from '../../contract/awards.js';
import { type AwardRule, ratingReason, reason, yearWhen } from './rule-kit.js';
import { lawArticle, quoted, shareLabel } from './wording.js';

type Members = NonNullable<EligibilityInput['members']>;

const hasRating = yearWhen((facts, y) => facts.hasRating(y));

/** The member counts are the evaluated year's; without them no share can be checked. */
function membersReason(members: Members | null, year: number, article: string): EligibilityReason {
  if (members === null || members.total === 0) {
    return reason(
      'members',
      false,
      article,
      `Chưa có số liệu thành viên của tập thể năm ${year} (tổng số, số hoàn thành nhiệm vụ, số đạt “Lao động tiên tiến”, “Chiến sĩ thi đua cơ sở”).`,
    );
  }
  return reason('members', true, article, `Tập thể có ${members.total} thành viên (số liệu năm ${year}).`);
}

/** Art 28: TTLĐTT — completed its tasks well, more than half of the members LĐTT. */
export const ttldtt: AwardRule = {
  evaluatedYear: hasRating,
  yearFacts: 'kết quả xếp loại của tập thể',
  check(facts, year, input) {
    const article = lawArticle('Điều 28');
    const members = input.members;
    const reasons = [ratingReason(facts, year, 'HTTNV', article, 'collective'), membersReason(members, year, article)];
    if (members !== null && members.total > 0) {
      // Strictly more than half: 10 of 20 is not enough.
      const met = members.ldtt * 2 > members.total;
      reasons.push(reason('ldtt_share', met, article, `${shareLabel(members.ldtt, members.total)} thành viên đạt danh hiệu “Lao động tiên tiến”; cần trên 50%.`));
    }
    return { reasons, usedYears: null };
  },
};

/** Art 27(1): TTLĐXS — HTXSNV, every member completed the tasks, ≥ 70% LĐTT, at least one CSTĐCS. */
export const ttldxs: AwardRule = {
  evaluatedYear: hasRating,
  yearFacts: 'kết quả xếp loại của tập thể',
  check(facts, year, input) {
    const article = lawArticle('Điều 27');
    const members = input.members;
    const reasons = [ratingReason(facts, year, 'HTXSNV', article, 'collective'), membersReason(members, year, article)];
    if (members !== null && members.total > 0) {
      const allDone = members.completed === members.total;
      reasons.push(
        reason('all_completed', allDone, article, `${shareLabel(members.completed, members.total)} thành viên hoàn thành nhiệm vụ trở lên; cần 100%.`),
        // Integer arithmetic: 7 of 10 meets 70% exactly, with no rounding in between.
        reason('ldtt_share', members.ldtt * 10 >= members.total * 7, article, `${shareLabel(members.ldtt, members.total)} thành viên đạt danh hiệu “Lao động tiên tiến”; cần từ 70% trở lên.`),
        reason(
          'has_cstdcs',
          members.cstdcs >= 1,
          article,
          members.cstdcs >= 1
            ? `Có ${members.cstdcs} thành viên đạt danh hiệu “Chiến sĩ thi đua cơ sở”.`
            : 'Không có thành viên nào đạt danh hiệu “Chiến sĩ thi đua cơ sở”; cần ít nhất 1.',
        ),
      );
    }
    return { reasons, usedYears: null };
  },
};

/** Art 26: Cờ thi đua tỉnh — the facts here are only the rating; leading a cluster is for the vote. */
export const coThiDuaTinh: AwardRule = {
  evaluatedYear: hasRating,
  yearFacts: 'kết quả xếp loại của tập thể',
  check(facts, year) {
    const article = lawArticle('Điều 26');
    return {
      reasons: [
        ratingReason(facts, year, 'HTXSNV', article, 'collective'),
        reason(
          'council_confirmation',
          true,
          article,
          `Cờ thi đua tặng tập thể tiêu biểu dẫn đầu cụm, khối thi đua hoặc phong trào thi đua do tỉnh tổ chức năm ${year}. Phần mềm thidua không có dữ liệu để xác định vị trí dẫn đầu: ` +
            'kết quả bình xét, suy tôn của cụm, khối và biểu quyết của Hội đồng Thi đua – Khen thưởng phải xác nhận điều này; điều kiện ở đây chỉ là điều kiện cần.',
        ),
      ],
      usedYears: null,
    };
  },
};

/** Art 25: Cờ thi đua Chính phủ — chosen among the leaders holding the provincial flag that year. */
export const coThiDuaCp: AwardRule = {
  evaluatedYear: yearWhen((facts, y) => facts.hasRating(y) || facts.hasTitle('CO_THI_DUA_TINH', y)),
  yearFacts: 'kết quả xếp loại hoặc Cờ thi đua của tỉnh',
  check(facts, year) {
    const article = lawArticle('Điều 25');
    const flag = quoted('Cờ thi đua của Ủy ban nhân dân tỉnh');
    const hasFlag = facts.isCountable(year) && facts.hasTitle('CO_THI_DUA_TINH', year);
    return {
      reasons: [
        ratingReason(facts, year, 'HTXSNV', article, 'collective'),
        reason('province_flag', hasFlag, article, hasFlag ? `Đã được tặng ${flag} năm ${year}.` : `Chưa được tặng ${flag} năm ${year}.`),
        reason(
          'council_confirmation',
          true,
          article,
          `Cờ thi đua của Chính phủ chọn trong số các tập thể dẫn đầu cụm, khối thi đua năm ${year} những tập thể tiêu biểu xuất sắc nhất. ` +
            'Phần mềm thidua không xác định được việc dẫn đầu và mức độ tiêu biểu: Hội đồng Thi đua – Khen thưởng tỉnh bình xét, lựa chọn; điều kiện ở đây chỉ là điều kiện cần.',
        ),
      ],
      usedYears: null,
    };
  },
};
