// Figure 2: Migratie van EU-burgers naar Nederland (exclusief Nederlanders) naar verblijfsdoel,
// 1999-2023 (CBS 84808NED, derived motive). Dutch nationals have no derived motive in this table
// (key A009236): leaving them out gives the EU/EFTA citizens the annex shows.
import * as aq from "arquero";
import { ANNEX_FIGURES, figureName } from "../catalog/annex";
import { sourceIdsOf } from "../catalog/sources";
import type { Lang } from "../i18n/index";
import { EU_TABLE, NO_DERIVED_MOTIVE_KEY, TOTAL_KEY, type MainMotive } from "../parse/cbs-motives";
import { motiveRows, stackedMotiveChart } from "./motive-chart";
import { newestYear, seriesFromStart } from "./motive-years";
import { years } from "./style";
import { loadMotiveTables, type MotiveTables } from "./tables";
import type { ComputeOptions, FigureModule, FigureResult, Note, PlotlyFigure } from "./types";

const FIG2_ANNEX = ANNEX_FIGURES.fig2.period;
/** The motives of figure 2, in the order of its bars and data.csv. */
export const FIG2_MOTIVES: readonly MainMotive[] = ["work", "family", "study", "other"];

const loadFig2 = (dir: string): MotiveTables => loadMotiveTables(EU_TABLE, dir);

export function computeFig2({ motives: d, where }: MotiveTables, { mode }: ComputeOptions): FigureResult {
  const to = mode === "annex" ? FIG2_ANNEX.to : newestYear(d.values);
  const wanted = years(FIG2_ANNEX.from, to);
  const missing = wanted.filter((y) => !d.values.has(y));
  if (missing.length)
    throw new Error(`${where}: no rows for ${missing.join(", ")} (figure 2 needs ${FIG2_ANNEX.from}-${to})`);

  const rows = motiveRows(d.values, FIG2_MOTIVES, wanted);
  const gaps = rows.filter((r) => r.persons === null).map((r) => `${r.motive} ${r.year}`);
  // EU/EFTA citizens excluding Dutch nationals: the table's total minus 'no derived motive'.
  const total = seriesFromStart(d.values, TOTAL_KEY, wanted, where);
  const dutch = seriesFromStart(d.values, NO_DERIVED_MOTIVE_KEY, wanted, where);
  const totals = aq.from(wanted.map((y, i) => ({ year: y, total: total[i] - dutch[i] })));

  const notes: Note[] = [
    (t) => t.fig2.noteEu,
    (t) => t.fig2.noteDutch(NO_DERIVED_MOTIVE_KEY),
    (t) => t.fig2.noteDerived,
    (t) => t.fig2.noteStudy(to),
  ];
  if (gaps.length) notes.push((t) => t.fig2.noteGaps(gaps.join(", ")));
  return {
    id: "fig2",
    mode,
    period: { from: FIG2_ANNEX.from, to },
    table: aq.from(rows).select("year", "motive", "persons"),
    extraTables: { totals },
    // The data first: the source line names it (the code list only checks the keys).
    sources: [d.provenance, ...(d.codeListProvenance ? [d.codeListProvenance] : [])],
    notes,
  };
}

export const chartFig2 = (result: FigureResult, lang: Lang): PlotlyFigure =>
  stackedMotiveChart(result, FIG2_MOTIVES, lang);

export const fig2: FigureModule<MotiveTables> = {
  id: "fig2",
  title: figureName("fig2"),
  notebook: "fig2-eu-motives",
  sourceIds: sourceIdsOf("fig2"),
  load: loadFig2,
  compute: computeFig2,
  chart: chartFig2,
};
