// The measures the readings compare: pure functions of numbers, one per choice a reader can make
// where the annex states no measure (how much a series "fluctuates", whether a rise "flattens",
// what "high in historical perspective" means, how an "EU average" is formed).

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function needTwo(xs: number[], what: string): void {
  if (xs.length < 2) throw new Error(`${what} needs at least two values (got ${xs.length})`);
}

/** Coefficient of variation: population standard deviation of the levels divided by their mean (spread of the levels). */
export function coefficientOfVariation(xs: number[]): number {
  if (!xs.length) throw new Error("coefficient of variation of no values");
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2))) / m;
}

/** Mean absolute relative change from one year to the next (swings; a steady trend adds little). */
function meanAbsoluteRelativeChange(xs: number[]): number {
  needTwo(xs, "a year-on-year change");
  const changes = xs.slice(1).map((x, i) => {
    if (xs[i] === 0) throw new Error("a relative change from 0 is undefined");
    return Math.abs(x / xs[i] - 1);
  });
  return mean(changes);
}

/**
 * Mean absolute change from one year to the next divided by the mean level: defined for a series
 * that starts at 0 (temporary protection before 2022), where a relative change is not.
 */
function meanAbsoluteChangeOverLevel(xs: number[]): number {
  needTwo(xs, "a year-on-year change");
  const m = mean(xs);
  if (m === 0) throw new Error("mean level 0");
  return mean(xs.slice(1).map((x, i) => Math.abs(x - xs[i]))) / m;
}

/** Standard deviation of the yearly log changes (volatility as economists measure it). */
function sdLogChange(xs: number[]): number {
  needTwo(xs, "a log change");
  if (xs.some((x) => x <= 0)) throw new Error("a log change needs positive values");
  const logs = xs.slice(1).map((x, i) => Math.log(x / xs[i]));
  const m = mean(logs);
  return Math.sqrt(mean(logs.map((l) => (l - m) ** 2)));
}

export const FLUCTUATION_MEASURES = {
  "mean-abs-change": meanAbsoluteRelativeChange,
  cv: coefficientOfVariation,
  "sd-log-change": sdLogChange,
  "abs-change-over-level": meanAbsoluteChangeOverLevel,
} as const;
export type FluctuationMeasure = keyof typeof FLUCTUATION_MEASURES;

/**
 * "De stijging vlakt af" over a window: the average yearly change over the last `window` years
 * against the average yearly change from `start` (the 2004 enlargement) to the window's start.
 * ratio = recent / earlier (below the fraction: flattened; a fall is not a flattening rise).
 */
export function flatteningRatio(
  totals: ReadonlyMap<number, number>,
  start: number,
  last: number,
  window: number,
): { recent: number; earlier: number; ratio: number } {
  const at = (y: number) => {
    const v = totals.get(y);
    if (v === undefined) throw new Error(`no total for ${y}`);
    return v;
  };
  const from = last - window;
  if (from <= start) throw new Error(`a ${window}-year window from ${last} leaves no earlier years after ${start}`);
  const recent = (at(last) - at(from)) / window;
  const earlier = (at(from) - at(start)) / (from - start);
  return { recent, earlier, ratio: recent / earlier };
}

/** The value at a quantile (nearest rank), as the claims use it. */
export function quantile(values: number[], q: number): number {
  if (!values.length) throw new Error("quantile of no values");
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

export const arithmeticMean = (xs: number[]): number => {
  if (!xs.length) throw new Error("mean of no values");
  return mean(xs);
};
