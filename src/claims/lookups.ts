// Values the claim rules look up in a figure's tables: one way to read each kind of table.
import { sourceById } from "../catalog/sources";
import { rowsOf } from "../figures/rows";
import type { FigureData } from "../figures/types";

/** A row of the year,motive,persons tables of figures 2 and 3. */
export interface MotiveRow {
  year: number;
  motive: string;
  persons: number | null;
}

/** The rows of one motive from a year,motive,persons table; an error when the table has no motive column. */
export function motiveRowsOf(fig: FigureData, motive: string): MotiveRow[] {
  if (!fig.table.columnNames().includes("motive")) throw new Error(`${fig.id}'s table has no motive column`);
  return rowsOf<MotiveRow>(fig.table).filter((r) => r.motive === motive);
}

/** Persons of one motive in one year (null when blank). */
export function motiveValue(fig: FigureData, motive: string, year: number): number | null {
  return motiveRowsOf(fig, motive).find((r) => r.year === year)?.persons ?? null;
}

/** The value of one geo in one year from a figure's yearly table (geo,year,value: figures 6 and 7), or null. */
export function yearlyValue(fig: FigureData, geo: string, year: number): number | null {
  const yearly = fig.extraTables?.yearly;
  if (!yearly) throw new Error(`${fig.id} has no yearly table`);
  const row = rowsOf<{ geo: string; year: number; value: number | null }>(yearly).find(
    (r) => r.geo === geo && r.year === year,
  );
  return row?.value ?? null;
}

/** Sources named as a reader knows them: producer, table and title, each table once ("CBS 84808NED (Immigranten EU/EFTA; ...)"). */
export function namedSources(ids: string[], and: (items: string[]) => string): string {
  const names = new Set(
    ids.map((id) => {
      const s = sourceById(id);
      return `${s.provider} ${s.provider === "CBS" ? s.table : s.dataset} ("${s.title}")`;
    }),
  );
  return and([...names]);
}
