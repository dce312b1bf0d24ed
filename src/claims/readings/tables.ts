// The rows the readings read from the built figures (the tidy tables every figure writes as
// data.csv and its extra tables): one accessor per table shape, each failing loudly on a gap.
import { rowsOf } from "../../figures/rows";
import type { FigureData } from "../../figures/types";

export interface Fig1Row {
  year: number;
  immigration: number | null;
  emigration: number | null;
  net_migration: number | null;
}
export const fig1Rows = (fig: FigureData): Fig1Row[] => rowsOf<Fig1Row>(fig.table);

/** Figures 2 and 3: the yearly totals table (year,total). */
export function totalsOf(fig: FigureData): Map<number, number> {
  const t = fig.extraTables?.totals;
  if (!t) throw new Error(`${fig.id} has no totals table`);
  return new Map(rowsOf<{ year: number; total: number }>(t).map((r) => [r.year, r.total]));
}

/** Values of a year -> value map over from..to; a missing year is an error. */
export function span(values: ReadonlyMap<number, number>, from: number, to: number, what: string): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) {
    const v = values.get(y);
    if (v === undefined) throw new Error(`${what}: no value for ${y}`);
    out.push(v);
  }
  return out;
}

/**
 * One motive of figure 3 (year,motive,persons) over its period. Blanks before the motive's first
 * value are 0 (nobody could come under a category that did not exist yet), as the claims read it.
 */
export function motiveSeries(fig: FigureData, motive: string): number[] {
  const rows = rowsOf<{ year: number; motive: string; persons: number | null }>(fig.table).filter(
    (r) => r.motive === motive,
  );
  if (!rows.length) throw new Error(`${fig.id} has no motive ${motive}`);
  const first = Math.min(...rows.filter((r) => r.persons !== null).map((r) => r.year));
  const out: number[] = [];
  for (let y = fig.period.from; y <= fig.period.to; y++) {
    const v = rows.find((r) => r.year === y)?.persons;
    if (typeof v === "number") out.push(v);
    else if (y < first) out.push(0);
    else throw new Error(`${fig.id}: ${motive} has no value in ${y}`);
  }
  return out;
}

/** Figure 5: one series (first, subsequent, nareizigers, total) as year -> persons, blanks left out. */
export function asylumSeries(fig: FigureData, series: string): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of rowsOf<{ year: number; series: string; persons: number | null }>(fig.table)) {
    if (r.series === series && r.persons !== null) out.set(r.year, r.persons);
  }
  return out;
}

/** Figures 6 and 7: the yearly table (geo,year,value) as geo -> year -> value (blanks left out). */
export function yearlyByGeo(fig: FigureData): Map<string, Map<number, number>> {
  const t = fig.extraTables?.yearly;
  if (!t) throw new Error(`${fig.id} has no yearly table`);
  const out = new Map<string, Map<number, number>>();
  for (const r of rowsOf<{ geo: string; year: number; value: number | null }>(t)) {
    if (r.value === null) continue;
    if (!out.has(r.geo)) out.set(r.geo, new Map());
    out.get(r.geo)!.set(r.year, r.value);
  }
  return out;
}
