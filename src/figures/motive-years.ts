// Years and yearly series of a motive table (persons by year and motive key), for figures 2, 3
// and 4: the newest year, a key's series with blanks before its first value, "1999-2021, 2023".
import { TOTAL_KEY, type KeyValues } from "../parse/cbs-motives";

/** Years with at least one non-null value for the key, ascending. */
export function yearsWithValues(values: KeyValues, key: string): number[] {
  return [...values.entries()]
    .filter(([, m]) => typeof m.get(key) === "number")
    .map(([y]) => y)
    .sort((a, b) => a - b);
}

/** The newest year with a total: where latest mode ends. */
export function newestYear(values: KeyValues): number {
  return Math.max(...yearsWithValues(values, TOTAL_KEY));
}

/**
 * The yearly values of one key over the given years, as numbers. Blanks before the key's first
 * value count as 0: the category was not in use yet (temporary protection before 2022, nareis
 * before 2013), so nobody came under it. Any other missing value is an error naming year and key.
 */
export function seriesFromStart(values: KeyValues, key: string, years: number[], where: string): number[] {
  const first = yearsWithValues(values, key)[0];
  return years.map((y) => {
    const row = values.get(y);
    if (!row) throw new Error(`${where}: no rows for year ${y}`);
    const v = row.get(key);
    if (typeof v === "number") return v;
    if (first === undefined || y < first) return 0;
    throw new Error(`${where}: no value for motive ${key} in ${y} (it has values from ${first})`);
  });
}

/** "1999-2021, 2023" from a list of years. */
export function yearRanges(ys: number[]): string {
  const sorted = [...ys].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(", ");
}
