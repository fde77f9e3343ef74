export type Engine = 'pglite' | 'postgres';
export type Scale = 'small' | 'national';

/** One line of bench/results/latest.json. */
export interface BenchResult {
  name: string;
  engine: Engine;
  scale: Scale;
  metric: string;
  value: number;
  unit: string;
  /** The same work done the plainest way, measured in the same run; null where there is none. */
  baseline: number | null;
  /** value ÷ baseline for throughputs, baseline ÷ value for times: 1 = as fast as the baseline. */
  ratio: number | null;
}
