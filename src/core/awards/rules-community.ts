/**
 * Gia đình văn hóa, Thôn/tổ dân phố văn hóa (NĐ 86/2023/NĐ-CP): the criteria are judged at the
 * meeting in the village; thidua checks who the nominee is and whether the case is on hold.
 */
import type { AwardRule } from './rule-kit.js';
import { reason } from './rule-kit.js';

const ARTICLE = 'Nghị định 86/2023/NĐ-CP';

// The village meeting judges the current year at its year-end review, before any record of that
// year exists, so the year of asOf is the year judged (no "facts of the year" to wait for).
const currentYear = (facts: { asOfYear: number }) => facts.asOfYear;

export const giaDinhVanHoa: AwardRule = {
  evaluatedYear: currentYear,
  yearFacts: null,
  check: (_facts, year) => ({
    reasons: [
      reason(
        'village_meeting',
        true,
        ARTICLE,
        `Phần mềm thidua đã kiểm tra đối tượng (hộ gia đình) và các trường hợp tạm chưa xét (kỷ luật, đang xem xét). Các tiêu chuẩn năm ${year} — ` +
          'gương mẫu chấp hành chủ trương, chính sách, pháp luật và quy định nơi cư trú; tích cực tham gia phong trào thi đua; gia đình no ấm, tiến bộ, hạnh phúc, văn minh — ' +
          'do cuộc họp bình xét ở thôn, tổ dân phố đánh giá; danh sách được niêm yết công khai trước khi trình Chủ tịch Ủy ban nhân dân cấp xã.',
      ),
    ],
    usedYears: null,
  }),
};

export const thonVanHoa: AwardRule = {
  evaluatedYear: currentYear,
  yearFacts: null,
  check: (_facts, year) => ({
    reasons: [
      reason(
        'village_meeting',
        true,
        ARTICLE,
        `Phần mềm thidua đã kiểm tra đối tượng (thôn, tổ dân phố) và các trường hợp tạm chưa xét (kỷ luật, đang xem xét). Các tiêu chuẩn năm ${year} theo ${ARTICLE} ` +
          'do hội nghị ở thôn, tổ dân phố bình xét và Ủy ban nhân dân cấp xã thẩm định trước khi trình người có thẩm quyền quyết định.',
      ),
    ],
    usedYears: null,
  }),
};
