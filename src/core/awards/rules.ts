/** Every award code's rule, in one table so a missing code fails to compile. */
import type { BuiltinAwardCode } from '../../contract/awards.js';
import type { AwardRule } from './rule-kit.js';
import { coThiDuaCp, coThiDuaTinh, ttldtt, ttldxs } from './rules-collective.js';
import { giaDinhVanHoa, thonVanHoa } from './rules-community.js';
import { manualReview } from './rules-state.js';
import { bangKhenTinh, bangKhenTtg, cstdToanQuoc, cstdTinh, cstdcs, giayKhen, ldtt } from './rules-individual.js';

export const AWARD_RULES: Record<BuiltinAwardCode, AwardRule> = {
  LDTT: ldtt,
  CSTDCS: cstdcs,
  CSTD_TINH: cstdTinh,
  CSTD_TOAN_QUOC: cstdToanQuoc,
  TTLDTT: ttldtt,
  TTLDXS: ttldxs,
  CO_THI_DUA_TINH: coThiDuaTinh,
  CO_THI_DUA_CP: coThiDuaCp,
  GIAY_KHEN: giayKhen,
  BANG_KHEN_TINH: bangKhenTinh,
  BANG_KHEN_TTG: bangKhenTtg,
  GIA_DINH_VAN_HOA: giaDinhVanHoa,
  THON_VAN_HOA: thonVanHoa,
  HUAN_CHUONG_LAO_DONG_1: manualReview,
  HUAN_CHUONG_LAO_DONG_2: manualReview,
  HUAN_CHUONG_LAO_DONG_3: manualReview,
  ANH_HUNG_LAO_DONG: manualReview,
};
