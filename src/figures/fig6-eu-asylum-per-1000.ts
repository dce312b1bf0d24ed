// Figure 6: Gemiddeld jaarlijks aantal eerste asielaanvragen per 1.000 inwoners in de EU, 2015-2024
// (Eurostat migr_asyapp1mp). "EU" as the annex means it (footnote 2): the member states and the
// EFTA countries, beside Eurostat's EU27_2020 average (src/catalog/annex.ts). The rates come ready-made from Eurostat (unit NR = per 1,000
// inhabitants): they are averaged over the years, not recomputed from counts and population.
import { ANNEX_FIGURES, figureName, figureTitle, shownGeos } from "../catalog/annex";
import { loadJsonStat, type Provenance } from "../parse/load";
import { messages } from "../i18n/index";
import { defaultRawDir } from "../paths";
import { crossSectionFigure, euCrossSection, euEftaNote, type YearlyValue } from "./eu-average";
import { EU_AGGREGATE } from "./eu-countries";
import { decimal, sourceLine } from "./style";
import type { BuildOptions, FigureData, FigureModule } from "./types";

export const FIG6_SOURCE = "eurostat-migr_asyapp1mp";
export const FIG6_ANNEX = ANNEX_FIGURES.fig6.period;

/** Yearly rates per geo (annual frequency, unit NR), with Eurostat's status flag. */
export function fig6Yearly(rawDir = defaultRawDir()): { values: YearlyValue[]; provenance: Provenance } {
  const { data, provenance } = loadJsonStat(FIG6_SOURCE, rawDir);
  const file = `${rawDir}/${provenance.file}`;
  for (const dim of ["geo", "time"]) {
    if (!data.dimensions.some((d) => d.id === dim)) throw new Error(`${file}: no "${dim}" dimension in the JSON-stat document`);
  }
  const units = data.dimensions.find((d) => d.id === "unit")?.categories.map((c) => c.code) ?? ["NR"];
  if (!units.includes("NR")) throw new Error(`${file}: unit NR (per 1,000 inhabitants) not in the dataset (units: ${units.join(", ")})`);
  const values = data.cells
    .filter((c) => (c.coords.freq ?? "A") === "A" && (c.coords.unit ?? "NR") === "NR")
    .map((c) => ({ geo: c.coords.geo, year: Number(c.coords.time), value: c.value, status: c.status }));
  return { values, provenance };
}

export function buildFig6(opts: BuildOptions = {}): FigureData {
  const rawDir = opts.rawDir ?? defaultRawDir();
  const mode = opts.mode ?? "annex";
  const t = messages(opts.lang);
  const { values, provenance } = fig6Yearly(rawDir);
  // latest: the newest year with a value for the EU aggregate, over the same ten-year span.
  // Without any value for the aggregate there is no EU average to show (and no newest year).
  const euYears = values.filter((v) => v.geo === EU_AGGREGATE && v.value !== null).map((v) => v.year);
  if (!euYears.length) {
    throw new Error(`${rawDir}/${provenance.file}: no value for the EU aggregate ${EU_AGGREGATE} (geo) in any year: renamed or removed by Eurostat? Figure 6 needs it`);
  }
  const newest = Math.max(...euYears);
  const to = mode === "annex" ? FIG6_ANNEX.to : newest;
  const from = to - (FIG6_ANNEX.to - FIG6_ANNEX.from);
  const { averages, yearly, notes: gaps } = euCrossSection(values, from, to, shownGeos("fig6"), t);
  const notes = [euEftaNote(t), ...gaps];
  const provisional = values.filter((v) => v.year >= from && v.year <= to && v.status === "p").map((v) => `${v.geo} ${v.year}`);
  if (provisional.length) notes.push(t.fig6.provisional(provisional.join(", ")));

  const title = figureTitle("fig6", from, to, opts.lang);
  const figure = crossSectionFigure(
    title,
    sourceLine("Eurostat Database", [provenance], t),
    averages,
    { title: t.axis.fig6, format: (v) => decimal(v, 2, t), hover: "%{y}: %{x:.2f}<extra></extra>" },
    t,
  );
  return {
    id: "fig6",
    title,
    mode,
    period: { from, to },
    table: averages,
    extraTables: { yearly },
    figure,
    sources: [provenance],
    notes,
  };
}

export const fig6: FigureModule = {
  id: "fig6",
  title: figureName("fig6"),
  sourceIds: [FIG6_SOURCE],
  build: buildFig6,
};
