/**
 * The rule of a title or form a level added by its own quy chế: its criteria are data
 * (LocalAwardCriteria), checked with the same reason builders as the law's awards and cited to the
 * level's own legal basis.
 */
import type { Award, LocalAwardCriteria } from '../../contract/awards.js';
import { findAward, isKnownAward } from './catalogue.js';
import { atLeast } from './facts.js';
import { type AwardRule, type Subject, initiativesLabel, ratingGap, ratingReason, reason, stopNote, titleChainReason, yearWhen } from './rule-kit.js';
import { quoted, ratingLabel, scopeLabel, yearsLabel } from './wording.js';

/** The years a local award held in one year rests on: its longest chain (Law Art 5). */
export function localSpan(criteria: LocalAwardCriteria): number {
  return Math.max(criteria.ratingYears, criteria.titleChain?.years ?? 1);
}

export function localRule(award: Award & { local: NonNullable<Award['local']> }): AwardRule {
  const criteria = award.local.criteria;
  const article = award.legalBasis;
  return {
    evaluatedYear: yearWhen((facts, y) => facts.hasRating(y)),
    yearFacts: 'kết quả xếp loại',
    check(facts, year, input) {
      const subject: Subject = input.nominee.kind === 'person' ? 'person' : 'collective';
      const reasons = [];
      const used = new Set<number>([year]);

      if (criteria.ratingYears === 1) {
        reasons.push(ratingReason(facts, year, criteria.minRating, article, subject));
      } else {
        const need = criteria.ratingYears;
        const min = criteria.minRating;
        const required = min === 'HTXSNV' ? ratingLabel(min) : `${ratingLabel(min)} trở lên`;
        const run = facts.run(year, (y) => atLeast(facts.ratingIn(y), min));
        const met = run.years.length >= need;
        if (met) run.years.slice(-need).forEach((y) => used.add(y));
        const message = met
          ? `Có ${need} năm liên tục xếp loại ${required} tính đến năm ${year}: ${yearsLabel(run.years.slice(-need))}.`
          : `Cần ${need} năm liên tục xếp loại ${required} tính đến năm ${year}; ${run.years.length ? `chỉ có ${run.years.length} năm (${yearsLabel(run.years)}): ` : ''}${stopNote(facts, run, ratingGap(facts, min))}.`;
        reasons.push(reason('rating_chain', met, article, message));
      }

      if (criteria.titleChain) {
        const { code, years } = criteria.titleChain;
        const name = isKnownAward(code) ? findAward(code).name : code;
        const chain = titleChainReason(facts, code, name, years, year, article, 'title_chain');
        reasons.push(chain.reason);
        chain.used?.forEach((y) => used.add(y));
      }

      if (criteria.initiativeScope) {
        const found = facts.initiativesIn([year], criteria.initiativeScope);
        const wanted = `sáng kiến được công nhận ở phạm vi ${scopeLabel(criteria.initiativeScope)} trở lên trong năm ${year}`;
        reasons.push(
          reason('initiative', found.length > 0, article, found.length > 0 ? `Có ${initiativesLabel(found)}.` : `Chưa có ${wanted} (tiêu chuẩn của ${quoted(award.name)}).`),
        );
      }
      return { reasons, usedYears: localSpan(criteria) > 1 ? [...used].sort((a, b) => a - b) : null };
    },
  };
}
