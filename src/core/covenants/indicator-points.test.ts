import { describe, expect, it } from 'vitest';
import { pointsFromFigure } from './indicator-points.js';

const atLeast60 = { level: 'commune', comparator: 'gte', value: 60, valueMax: null } as const;
const atMost4 = { level: 'all', comparator: 'lte', value: 4, valueMax: null } as const;

describe('points a criterion earns from its indicator’s accepted figure', () => {
  it('gives full marks when the target is met, exactly at it too', () => {
    expect(pointsFromFigure(150, 'up', 60, atLeast60)).toBe(150);
    expect(pointsFromFigure(150, 'up', 72.5, atLeast60)).toBe(150);
  });

  it('gives the share of the target reached, rounded down to hundredths', () => {
    // 58 % of dossiers online against ≥ 60 %: 58/60 of 150 = 145.
    expect(pointsFromFigure(150, 'up', 58, atLeast60)).toBe(145);
    // 59 / 60 × 100 = 98.333… → 98.33
    expect(pointsFromFigure(100, 'up', 59, atLeast60)).toBe(98.33);
  });

  it('reads a lower-is-better indicator the other way round', () => {
    expect(pointsFromFigure(100, 'down', 3.5, atMost4)).toBe(100);
    // 5 % poor households against ≤ 4 %: 4/5 of 100.
    expect(pointsFromFigure(100, 'down', 5, atMost4)).toBe(80);
  });

  it('suggests nothing without a figure or a target', () => {
    expect(pointsFromFigure(100, 'up', null, atLeast60)).toBeNull();
    expect(pointsFromFigure(100, 'up', 50, null)).toBeNull();
  });
});
