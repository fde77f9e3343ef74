/**
 * Huân chương Lao động, Anh hùng Lao động (Chương III Luật TĐKT 2022): their standards (years of
 * service in a post, contributions weighed by the higher council) are judged on the dossier, not
 * from the history thidua keeps. The rule says so instead of guessing; a nomination can still be
 * sent with a written justification.
 */
import type { AwardRule } from './rule-kit.js';
import { reason } from './rule-kit.js';

export const STATE_AWARD_ARTICLE = 'Chương III Luật Thi đua, khen thưởng 2022';

// No yearly facts decide these awards, so the year judged is simply the year of the proposal.
export const manualReview: AwardRule = {
  evaluatedYear: (facts) => facts.asOfYear,
  yearFacts: null,
  check: () => ({
    reasons: [
      reason(
        'manual_review',
        false,
        STATE_AWARD_ARTICLE,
        'Tiêu chuẩn Huân chương, danh hiệu vinh dự Nhà nước do Hội đồng cấp trên thẩm định theo hồ sơ; thidua không tự xét',
      ),
    ],
    usedYears: null,
  }),
};
