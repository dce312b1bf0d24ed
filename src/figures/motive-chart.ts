// Figures 2 and 3: tidy rows (year, motive, persons) and the stacked bars of immigrants per year
// of immigration, one bar segment per motive.
import { mainMotiveKey, type KeyValues, type MainMotive } from "../parse/cbs-motives";
import { baseLayout } from "./style";
import type { PlotlyFigure } from "./types";

/** One motive shown in the chart. */
export interface MotiveSeries {
  motive: MainMotive;
  label: string;
  color: string;
}

export interface MotiveYearRow {
  year: number;
  motive: MainMotive;
  persons: number | null;
}

/** Tidy rows of figures 2 and 3: one per motive and year, series first; a missing value stays null. */
export function motiveRows(values: KeyValues, series: MotiveSeries[], wanted: number[]): MotiveYearRow[] {
  return series.flatMap((m) => wanted.map((y) => ({ year: y, motive: m.motive, persons: values.get(y)?.get(mainMotiveKey(m.motive)) ?? null })));
}

/** The stacked bars of figures 2 and 3: immigrants per year of immigration, one bar segment per motive. */
export function stackedMotiveFigure(title: string, source: string, series: MotiveSeries[], wanted: number[], rows: MotiveYearRow[]): PlotlyFigure {
  return {
    data: series.map((m) => ({
      type: "bar",
      name: m.label,
      x: wanted,
      y: wanted.map((y) => rows.find((r) => r.year === y && r.motive === m.motive)!.persons),
      marker: { color: m.color },
    })),
    layout: baseLayout(title, source, {
      barmode: "stack",
      yaxis: { title: { text: "Aantal immigranten" }, tickformat: ",d", gridcolor: "#ddd" },
      xaxis: { title: { text: "Jaar van immigratie" }, dtick: 2 },
    }),
  };
}
