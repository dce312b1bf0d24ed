// Figure 3: Migratie van niet-EU-burgers naar Nederland, 1999-2024 (CBS 84809NED). The motive is
// that of the first residence permit the IND granted; nareizigers (family members under the nareis
// rule) count as asylum. Temporary protection (Ukrainians) exists from 2022: blank before, not 0.
import * as aq from "arquero";
import { ANNEX_FIGURES, figureName, figureTitle } from "../catalog/annex";
import { messages } from "../i18n/index";
import { defaultRawDir } from "../paths";
import { NON_EU_TABLE, readMotiveData, TOTAL_KEY } from "../parse/cbs-motives";
import { motiveRows, stackedMotiveFigure, type MotiveSeries } from "./motive-chart";
import { newestYear, yearRanges } from "./motive-years";
import { COLORS, sourceLine, years } from "./style";
import type { BuildOptions, FigureData, FigureModule } from "./types";

export const FIG3_ANNEX = ANNEX_FIGURES.fig3.period;
export const FIG3_MOTIVES: MotiveSeries[] = [
  { motive: "work", color: COLORS.blue },
  { motive: "family", color: COLORS.orange },
  { motive: "asylum", color: COLORS.red },
  { motive: "study", color: COLORS.green },
  { motive: "temporary_protection", color: COLORS.sand },
  { motive: "other", color: COLORS.grey },
];

export function buildFig3(opts: BuildOptions = {}): FigureData {
  const rawDir = opts.rawDir ?? defaultRawDir();
  const mode = opts.mode ?? "annex";
  const t = messages(opts.lang);
  const d = readMotiveData(NON_EU_TABLE, rawDir);
  const where = `${rawDir}/${d.provenance.file}`;
  const to = mode === "annex" ? FIG3_ANNEX.to : newestYear(d.values);
  const wanted = years(FIG3_ANNEX.from, to);
  const missing = wanted.filter((y) => typeof d.values.get(y)?.get(TOTAL_KEY) !== "number");
  if (missing.length) throw new Error(`${where}: no total for ${missing.join(", ")} (figure 3 needs ${FIG3_ANNEX.from}-${to})`);

  const rows = motiveRows(d.values, FIG3_MOTIVES, wanted);
  const totals = aq.from(wanted.map((y) => ({ year: y, total: d.values.get(y)!.get(TOTAL_KEY) as number })));

  const title = figureTitle("fig3", FIG3_ANNEX.from, to, opts.lang);
  const figure = stackedMotiveFigure(title, sourceLine("CBS StatLine", [d.provenance], t), FIG3_MOTIVES, wanted, rows, t);
  const blank = FIG3_MOTIVES.map((m) => ({ m, ys: rows.filter((r) => r.motive === m.motive && r.persons === null).map((r) => r.year) })).filter((x) => x.ys.length);
  const notes = [t.fig3.noteNonEu, t.fig3.noteMotive, t.fig3.noteTemporary, ...blank.map((x) => t.fig3.noteBlank(t.motives[x.m.motive], yearRanges(x.ys)))];
  return {
    id: "fig3",
    title,
    mode,
    period: { from: FIG3_ANNEX.from, to },
    table: aq.from(rows).select("year", "motive", "persons"),
    extraTables: { totals },
    figure,
    sources: [d.provenance, ...(d.codeListProvenance ? [d.codeListProvenance] : [])],
    notes,
  };
}

export const fig3: FigureModule = {
  id: "fig3",
  title: figureName("fig3"),
  sourceIds: [NON_EU_TABLE.dataSource, NON_EU_TABLE.infoSource, NON_EU_TABLE.codeListSource],
  build: buildFig3,
};
