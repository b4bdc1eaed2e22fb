/**
 * Outliers by Tukey's far-out fences: a value below Q1 − k·IQR or above Q3 + k·IQR, with k = 3
 * (Tukey's "far out"; 1.5 flags too many workplaces in a field as skewed as number of employees).
 * Quartiles by linear interpolation between order statistics (R type 7, Excel QUARTILE.INC), over
 * the values of the responses where the question is asked. Under MIN_OUTLIER_SAMPLE values the
 * quartiles mean little, so nothing is flagged.
 */
import type { Finding, QualityResponse } from './finding';

export const OUTLIER_FACTOR = 3;
export const MIN_OUTLIER_SAMPLE = 10;

export interface Fences {
  q1: number;
  q3: number;
  iqr: number;
  low: number;
  high: number;
}

/** The p-quantile (0..1) of sorted values, by linear interpolation (R type 7). */
export function quantile(sorted: readonly number[], p: number): number {
  const pos = (sorted.length - 1) * p;
  const lower = Math.floor(pos);
  const a = sorted[lower] ?? NaN;
  const b = sorted[Math.min(lower + 1, sorted.length - 1)] ?? NaN;
  return a + (b - a) * (pos - lower);
}

export function fences(values: readonly number[], factor: number = OUTLIER_FACTOR): Fences {
  const sorted = [...values].sort((x, y) => x - y);
  const q1 = quantile(sorted, 0.25);
  const q3 = quantile(sorted, 0.75);
  const iqr = q3 - q1;
  return { q1, q3, iqr, low: q1 - factor * iqr, high: q3 + factor * iqr };
}

/** One response's value of the variable checked. */
export interface Sample {
  response: QualityResponse;
  value: number;
}

/** Outlier findings for one numeric variable, from the values of the responses where it is asked. */
export function outlierFindings(samples: readonly Sample[], variable: string, factor: number = OUTLIER_FACTOR): Finding[] {
  if (samples.length < MIN_OUTLIER_SAMPLE) return [];
  const f = fences(samples.map((s) => s.value), factor);
  return samples
    .filter(({ value }) => value < f.low || value > f.high)
    .map(({ response, value }) => {
      const side = value > f.high ? { en: 'above', da: 'over', fence: f.high } : { en: 'below', da: 'under', fence: f.low };
      return {
        responseId: response.id,
        key: response.key,
        variable,
        rule: 'outlier' as const,
        value,
        message: {
          en: `${value} is far ${side.en} the other responses (Q1 = ${f.q1}, Q3 = ${f.q3}; fence ${side.fence})`,
          da: `${value} ligger langt ${side.da} de øvrige svar (Q1 = ${f.q1}, Q3 = ${f.q3}; grænse ${side.fence})`,
        },
      };
    });
}
