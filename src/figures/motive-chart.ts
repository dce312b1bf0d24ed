// Figures 2 and 3: tidy rows (year, motive, persons) and the stacked bars of immigrants per year
// of immigration, one bar segment per motive.
import { mainMotiveKey, type KeyValues, type MainMotive } from "../parse/cbs-motives";
import { messages, type Messages } from "../i18n/index";
import { baseLayout } from "./style";
import type { PlotlyFigure } from "./types";

/** One motive shown in the chart (its label: the message table's motives[motive]). */
export interface MotiveSeries {
  motive: MainMotive;
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
export function stackedMotiveFigure(
  title: string,
  source: string,
  series: MotiveSeries[],
  wanted: number[],
  rows: MotiveYearRow[],
  t: Messages = messages(),
): PlotlyFigure {
  return {
    data: series.map((m) => ({
      type: "bar",
      name: t.motives[m.motive],
      x: wanted,
      y: wanted.map((y) => rows.find((r) => r.year === y && r.motive === m.motive)!.persons),
      marker: { color: m.color },
    })),
    layout: baseLayout(
      title,
      source,
      {
        barmode: "stack",
        yaxis: { title: { text: t.axis.immigrants }, tickformat: ",d", gridcolor: "#ddd" },
        xaxis: { title: { text: t.axis.yearOfImmigration }, dtick: 2 },
      },
      t,
    ),
  };
}
