// Figures 2 and 3: tidy rows (year, motive, persons) and the stacked bars of immigrants per year
// of immigration, one bar segment per motive.
import { figureTitle } from "../catalog/annex";
import { mainMotiveKey, type KeyValues, type MainMotive } from "../parse/cbs-motives";
import { messages, type Lang } from "../i18n/index";
import { rowsOf } from "./rows";
import { baseLayout, MOTIVE_COLORS, sourceLine, years } from "./style";
import type { FigureResult, PlotlyFigure } from "./types";

export interface MotiveYearRow {
  year: number;
  motive: MainMotive;
  persons: number | null;
}

/** Tidy rows of figures 2 and 3: one per motive and year, motives first; a missing value stays null. */
export function motiveRows(values: KeyValues, motives: readonly MainMotive[], wanted: number[]): MotiveYearRow[] {
  return motives.flatMap((motive) =>
    wanted.map((y) => ({ year: y, motive, persons: values.get(y)?.get(mainMotiveKey(motive)) ?? null })),
  );
}

/** The stacked bars of figures 2 and 3: immigrants per year of immigration, one bar segment per motive (labels: the message table's motives). */
export function stackedMotiveChart(result: FigureResult, motives: readonly MainMotive[], lang: Lang): PlotlyFigure {
  const t = messages(lang);
  const rows = rowsOf<MotiveYearRow>(result.table);
  const wanted = years(result.period.from, result.period.to);
  return {
    data: motives.map((motive) => ({
      type: "bar",
      name: t.motives[motive],
      x: wanted,
      y: wanted.map((y) => rows.find((r) => r.year === y && r.motive === motive)!.persons),
      marker: { color: MOTIVE_COLORS[motive] },
    })),
    layout: baseLayout(
      figureTitle(result.id, result.period.from, result.period.to, lang),
      sourceLine("CBS StatLine", result.sources.slice(0, 1), t),
      {
        barmode: "stack",
        yaxis: { title: { text: t.axis.immigrants }, tickformat: ",d", gridcolor: "#ddd" },
        xaxis: { title: { text: t.axis.yearOfImmigration }, dtick: 2 },
      },
      t,
    ),
  };
}
