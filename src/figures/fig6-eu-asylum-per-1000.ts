// Figure 6: Gemiddeld jaarlijks aantal eerste asielaanvragen per 1.000 inwoners in de EU, 2015-2024
// (Eurostat migr_asyapp1mp). "EU" as the annex means it (footnote 2): the member states and the
// EFTA countries, beside Eurostat's EU27_2020 average (src/catalog/annex.ts). The rates come ready-made from Eurostat (unit NR = per 1,000
// inhabitants): they are averaged over the years, not recomputed from counts and population.
import { ANNEX_FIGURES, figureName, figureTitle, shownGeos } from "../catalog/annex";
import { sourceIdsOf } from "../catalog/sources";
import { loadJsonStat, type Provenance } from "../parse/load";
import type { JsonStatDataset } from "../parse/jsonstat";
import { messages, type Lang } from "../i18n/index";
import { crossSectionFigure, euCrossSection, euEftaNote, type YearlyValue } from "./eu-average";
import { EU_AGGREGATE } from "./eu-countries";
import { decimal, sourceLine } from "./style";
import { rawTable, type RawTable } from "./tables";
import type { ComputeOptions, FigureModule, FigureResult, Note, PlotlyFigure } from "./types";

export const FIG6_SOURCE = "eurostat-migr_asyapp1mp";
export const FIG6_ANNEX = ANNEX_FIGURES.fig6.period;

export interface Fig6Tables {
  /** migr_asyapp1mp: first-time applicants per 1,000 inhabitants by geo and year. */
  rates: RawTable<JsonStatDataset>;
}

export const loadFig6 = (dir: string): Fig6Tables => ({ rates: rawTable(loadJsonStat(FIG6_SOURCE, dir), dir) });

/** Yearly rates per geo (annual frequency, unit NR), with Eurostat's status flag. */
export function fig6Yearly({ rates }: Fig6Tables): { values: YearlyValue[]; provenance: Provenance } {
  const { data, where: file } = rates;
  for (const dim of ["geo", "time"]) {
    if (!data.dimensions.some((d) => d.id === dim))
      throw new Error(`${file}: no "${dim}" dimension in the JSON-stat document`);
  }
  const units = data.dimensions.find((d) => d.id === "unit")?.categories.map((c) => c.code) ?? ["NR"];
  if (!units.includes("NR"))
    throw new Error(`${file}: unit NR (per 1,000 inhabitants) not in the dataset (units: ${units.join(", ")})`);
  const values = data.cells
    .filter((c) => (c.coords.freq ?? "A") === "A" && (c.coords.unit ?? "NR") === "NR")
    .map((c) => ({ geo: c.coords.geo, year: Number(c.coords.time), value: c.value, status: c.status }));
  return { values, provenance: rates.provenance };
}

export function computeFig6(tables: Fig6Tables, { mode, lang }: ComputeOptions): FigureResult {
  const { values, provenance } = fig6Yearly(tables);
  // latest: the newest year with a value for the EU aggregate, over the same ten-year span.
  // Without any value for the aggregate there is no EU average to show (and no newest year).
  const euYears = values.filter((v) => v.geo === EU_AGGREGATE && v.value !== null).map((v) => v.year);
  if (!euYears.length) {
    throw new Error(
      `${tables.rates.where}: no value for the EU aggregate ${EU_AGGREGATE} (geo) in any year: renamed or removed by Eurostat? Figure 6 needs it`,
    );
  }
  const newest = Math.max(...euYears);
  const to = mode === "annex" ? FIG6_ANNEX.to : newest;
  const from = to - (FIG6_ANNEX.to - FIG6_ANNEX.from);
  const { averages, yearly, gaps } = euCrossSection(values, from, to, shownGeos("fig6"), lang);
  const notes: Note[] = [euEftaNote, ...gaps];
  const provisional = values
    .filter((v) => v.year >= from && v.year <= to && v.status === "p")
    .map((v) => `${v.geo} ${v.year}`);
  if (provisional.length) notes.push((t) => t.fig6.provisional(provisional.join(", ")));
  return {
    id: "fig6",
    mode,
    period: { from, to },
    table: averages,
    extraTables: { yearly },
    sources: [provenance],
    notes,
  };
}

export function chartFig6(result: FigureResult, lang: Lang): PlotlyFigure {
  const t = messages(lang);
  return crossSectionFigure(
    figureTitle("fig6", result.period.from, result.period.to, lang),
    sourceLine("Eurostat Database", result.sources, t),
    result.table,
    { title: t.axis.fig6, format: (v) => decimal(v, 2, t), hover: "%{y}: %{x:.2f}<extra></extra>" },
    t,
  );
}

export const fig6: FigureModule<Fig6Tables> = {
  id: "fig6",
  title: figureName("fig6"),
  notebook: "fig6-eu-asylum-per-1000",
  sourceIds: sourceIdsOf("fig6"),
  load: loadFig6,
  compute: computeFig6,
  chart: chartFig6,
};
