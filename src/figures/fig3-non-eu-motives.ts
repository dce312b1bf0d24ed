// Figure 3: Migratie van niet-EU-burgers naar Nederland, 1999-2024 (CBS 84809NED). The motive is
// that of the first residence permit the IND granted; nareizigers (family members under the nareis
// rule) count as asylum. Temporary protection (Ukrainians) exists from 2022: blank before, not 0.
import * as aq from "arquero";
import { ANNEX_FIGURES, figureName, figureTitle } from "../catalog/annex";
import { defaultRawDir } from "../paths";
import { NON_EU_TABLE, readMotiveData, TOTAL_KEY } from "../parse/cbs-motives";
import { motiveRows, stackedMotiveFigure, type MotiveSeries } from "./motive-chart";
import { newestYear, yearRanges } from "./motive-years";
import { COLORS, sourceLine, years } from "./style";
import type { BuildOptions, FigureData, FigureModule } from "./types";

export const FIG3_ANNEX = ANNEX_FIGURES.fig3.period;
export const FIG3_MOTIVES: MotiveSeries[] = [
  { motive: "work", label: "Arbeid", color: COLORS.blue },
  { motive: "family", label: "Gezin", color: COLORS.orange },
  { motive: "asylum", label: "Asiel", color: COLORS.red },
  { motive: "study", label: "Studie", color: COLORS.green },
  { motive: "temporary_protection", label: "Tijdelijke bescherming", color: COLORS.sand },
  { motive: "other", label: "Overig", color: COLORS.grey },
];

export function buildFig3(opts: BuildOptions = {}): FigureData {
  const rawDir = opts.rawDir ?? defaultRawDir();
  const mode = opts.mode ?? "annex";
  const d = readMotiveData(NON_EU_TABLE, rawDir);
  const where = `${rawDir}/${d.provenance.file}`;
  const to = mode === "annex" ? FIG3_ANNEX.to : newestYear(d.values);
  const wanted = years(FIG3_ANNEX.from, to);
  const missing = wanted.filter((y) => typeof d.values.get(y)?.get(TOTAL_KEY) !== "number");
  if (missing.length) throw new Error(`${where}: no total for ${missing.join(", ")} (figure 3 needs ${FIG3_ANNEX.from}-${to})`);

  const rows = motiveRows(d.values, FIG3_MOTIVES, wanted);
  const totals = aq.from(wanted.map((y) => ({ year: y, total: d.values.get(y)!.get(TOTAL_KEY) as number })));

  const title = figureTitle("fig3", FIG3_ANNEX.from, to);
  const figure = stackedMotiveFigure(title, sourceLine("CBS StatLine", [d.provenance]), FIG3_MOTIVES, wanted, rows);
  const blank = FIG3_MOTIVES.map((m) => ({ m, ys: rows.filter((r) => r.motive === m.motive && r.persons === null).map((r) => r.year) })).filter((x) => x.ys.length);
  const notes = [
    "Niet-EU omvat alle nationaliteiten buiten de EU en de EFTA-landen, naar de samenstelling in het jaar van immigratie (Verenigd Koninkrijk vanaf 2021).",
    "Het motief is dat van de eerste verblijfsvergunning van de IND; nareizigers (gezinsleden onder de nareisregeling) tellen als asiel.",
    "Tijdelijke bescherming: Oekraïners onder de Europese richtlijn tijdelijke bescherming, vanaf 2022.",
    ...blank.map((x) => `${x.m.label}: geen waarde in ${yearRanges(x.ys)} (leeg gelaten, niet 0).`),
  ];
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
