// Small statistics shared by the claim rules.

/** Coefficient of variation: population standard deviation divided by the mean. */
export function coefficientOfVariation(xs: number[]): number {
  if (!xs.length) throw new Error("coefficient of variation of no values");
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
  return Math.sqrt(variance) / mean;
}

/** The value at the given quantile (nearest rank). */
export function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
