// Figure 2: Migratie van EU-burgers naar Nederland (exclusief Nederlanders) naar verblijfsdoel,
// 1999-2023 (CBS 84808NED, derived motive). Dutch nationals have no derived motive in this table
// (key A009236): leaving them out gives the EU/EFTA citizens the annex shows.
import * as aq from "arquero";
import { ANNEX_FIGURES, figureName, figureTitle } from "../catalog/annex";
import { messages } from "../i18n/index";
import { defaultRawDir } from "../paths";
import { EU_TABLE, NO_DERIVED_MOTIVE_KEY, readMotiveData, TOTAL_KEY } from "../parse/cbs-motives";
import { motiveRows, stackedMotiveFigure, type MotiveSeries } from "./motive-chart";
import { newestYear, seriesFromStart } from "./motive-years";
import { COLORS, sourceLine, years } from "./style";
import type { BuildOptions, FigureData, FigureModule } from "./types";

export const FIG2_ANNEX = ANNEX_FIGURES.fig2.period;
export const FIG2_MOTIVES: MotiveSeries[] = [
  { motive: "work", color: COLORS.blue },
  { motive: "family", color: COLORS.orange },
  { motive: "study", color: COLORS.green },
  { motive: "other", color: COLORS.grey },
];

export function buildFig2(opts: BuildOptions = {}): FigureData {
  const rawDir = opts.rawDir ?? defaultRawDir();
  const mode = opts.mode ?? "annex";
  const t = messages(opts.lang);
  const d = readMotiveData(EU_TABLE, rawDir);
  const where = `${rawDir}/${d.provenance.file}`;
  const to = mode === "annex" ? FIG2_ANNEX.to : newestYear(d.values);
  const wanted = years(FIG2_ANNEX.from, to);
  const missing = wanted.filter((y) => !d.values.has(y));
  if (missing.length) throw new Error(`${where}: no rows for ${missing.join(", ")} (figure 2 needs ${FIG2_ANNEX.from}-${to})`);

  const rows = motiveRows(d.values, FIG2_MOTIVES, wanted);
  const gaps = rows.filter((r) => r.persons === null).map((r) => `${r.motive} ${r.year}`);
  // EU/EFTA citizens excluding Dutch nationals: the table's total minus 'no derived motive'.
  const total = seriesFromStart(d.values, TOTAL_KEY, wanted, where);
  const dutch = seriesFromStart(d.values, NO_DERIVED_MOTIVE_KEY, wanted, where);
  const totals = aq.from(wanted.map((y, i) => ({ year: y, total: total[i] - dutch[i] })));

  const title = figureTitle("fig2", FIG2_ANNEX.from, to, opts.lang);
  const figure = stackedMotiveFigure(title, sourceLine("CBS StatLine", [d.provenance], t), FIG2_MOTIVES, wanted, rows, t);
  const notes = [t.fig2.noteEu, t.fig2.noteDutch(NO_DERIVED_MOTIVE_KEY), t.fig2.noteDerived, t.fig2.noteStudy(to)];
  if (gaps.length) notes.push(t.fig2.noteGaps(gaps.join(", ")));
  return {
    id: "fig2",
    title,
    mode,
    period: { from: FIG2_ANNEX.from, to },
    table: aq.from(rows).select("year", "motive", "persons"),
    extraTables: { totals },
    figure,
    sources: [d.provenance, ...(d.codeListProvenance ? [d.codeListProvenance] : [])],
    notes,
  };
}

export const fig2: FigureModule = {
  id: "fig2",
  title: figureName("fig2"),
  sourceIds: [EU_TABLE.dataSource, EU_TABLE.infoSource, EU_TABLE.codeListSource],
  build: buildFig2,
};
