// Figure 3: Migratie van niet-EU-burgers naar Nederland, 1999-2024 (CBS 84809NED). The motive is
// that of the first residence permit the IND granted; nareizigers (family members under the nareis
// rule) count as asylum. Temporary protection (Ukrainians) exists from 2022: blank before, not 0.
import * as aq from "arquero";
import { ANNEX_FIGURES, figureName } from "../catalog/annex";
import { sourceIdsOf } from "../catalog/sources";
import type { Lang } from "../i18n/index";
import { NON_EU_TABLE, TOTAL_KEY, type MainMotive } from "../parse/cbs-motives";
import { stackedMotiveChart, motiveRows } from "./motive-chart";
import { newestYear, yearRanges } from "./motive-years";
import { years } from "./style";
import { loadMotiveTables, type MotiveTables } from "./tables";
import type { ComputeOptions, FigureModule, FigureResult, Note, PlotlyFigure } from "./types";

const FIG3_ANNEX = ANNEX_FIGURES.fig3.period;
/** The motives of figure 3, in the order of its bars and data.csv. */
export const FIG3_MOTIVES: readonly MainMotive[] = [
  "work",
  "family",
  "asylum",
  "study",
  "temporary_protection",
  "other",
];

const loadFig3 = (dir: string): MotiveTables => loadMotiveTables(NON_EU_TABLE, dir);

export function computeFig3({ motives: d, where }: MotiveTables, { mode }: ComputeOptions): FigureResult {
  const to = mode === "annex" ? FIG3_ANNEX.to : newestYear(d.values);
  const wanted = years(FIG3_ANNEX.from, to);
  const missing = wanted.filter((y) => typeof d.values.get(y)?.get(TOTAL_KEY) !== "number");
  if (missing.length)
    throw new Error(`${where}: no total for ${missing.join(", ")} (figure 3 needs ${FIG3_ANNEX.from}-${to})`);

  const rows = motiveRows(d.values, FIG3_MOTIVES, wanted);
  const totals = aq.from(wanted.map((y) => ({ year: y, total: d.values.get(y)!.get(TOTAL_KEY) as number })));
  const blank = FIG3_MOTIVES.map((motive) => ({
    motive,
    ys: rows.filter((r) => r.motive === motive && r.persons === null).map((r) => r.year),
  })).filter((x) => x.ys.length);
  const notes: Note[] = [
    (t) => t.fig3.noteNonEu,
    (t) => t.fig3.noteMotive,
    (t) => t.fig3.noteTemporary,
    ...blank.map(
      (x): Note =>
        (t) =>
          t.fig3.noteBlank(t.motives[x.motive], yearRanges(x.ys)),
    ),
  ];
  return {
    id: "fig3",
    mode,
    period: { from: FIG3_ANNEX.from, to },
    table: aq.from(rows).select("year", "motive", "persons"),
    extraTables: { totals },
    // The data first: the source line names it (the code list only checks the keys).
    sources: [d.provenance, ...(d.codeListProvenance ? [d.codeListProvenance] : [])],
    notes,
  };
}

export const chartFig3 = (result: FigureResult, lang: Lang): PlotlyFigure =>
  stackedMotiveChart(result, FIG3_MOTIVES, lang);

export const fig3: FigureModule<MotiveTables> = {
  id: "fig3",
  title: figureName("fig3"),
  notebook: "fig3-non-eu-motives",
  sourceIds: sourceIdsOf("fig3"),
  load: loadFig3,
  compute: computeFig3,
  chart: chartFig3,
};
