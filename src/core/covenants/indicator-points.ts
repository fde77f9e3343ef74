/**
 * A criterion tied to a report indicator: the points its accepted figure earns. Full marks when
 * the figure meets the target, else the share of the target reached (tỷ lệ đạt, the same ratio
 * the roll-ups show), never above the maximum; no target or no figure gives no suggestion, because
 * a figure alone says nothing about points.
 */
import { achievementRatio, meetsTarget, type Direction, type Target } from '../reporting/targets.js';
import { fromHundredths, toHundredths } from './scoring.js';

export function pointsFromFigure(maxPoints: number, direction: Direction, figure: number | null, target: Target | null): number | null {
  if (figure === null || target === null) return null;
  if (meetsTarget(figure, target)) return maxPoints;
  const ratio = achievementRatio(direction, figure, target);
  if (ratio === null) return null;
  // Rounded down to hundredths: a suggestion never gives more than the figure earns.
  return fromHundredths(Math.floor(toHundredths(maxPoints) * Math.min(1, Math.max(0, ratio))));
}
