// Figure 5: Asielverzoeken en nareizigers, 1975-2024 (CBS 80059NED, all nationalities).
// Subsequent requests are counted separately from 2007 and nareizigers from 2013; before 2013
// nareizigers were counted as first requests. Missing years stay missing (null), never 0.
import * as aq from "arquero";
import { ANNEX_FIGURES, figureName, figureTitle } from "../catalog/annex";
import { sourceIdsOf } from "../catalog/sources";
import { parseCbsPeriod } from "../parse/cbs-period";
import { cbsNumber, requireColumns, type CbsODataDocument, type CbsRow } from "../parse/cbs-odata";
import { loadCbsOData } from "../parse/load";
import { messages, type Lang } from "../i18n/index";
import { rowsOf } from "./rows";
import { baseLayout, COLORS, sourceLine, years } from "./style";
import { rawTable, type RawTable } from "./tables";
import type { ComputeOptions, FigureModule, FigureResult, Note, PlotlyFigure } from "./types";

export const FIG5_SOURCE = "cbs-80059NED-data";
const FIG5_ANNEX = ANNEX_FIGURES.fig5.period;
const TOTAL_NATIONALITY = "T001059";

/** Series of figure 5, in the order of data.csv, with their CBS measure (labels: the message table's fig5[series]). */
export const FIG5_SERIES = [
  { series: "first", measure: "EersteAsielverzoekenPersonen_2" },
  { series: "subsequent", measure: "VolgendeAsielverzoeken_3" },
  { series: "nareizigers", measure: "NareizigersPersonen_4" },
  { series: "total", measure: "TotaalAsielverzoekenEnNareizigers_1" },
] as const;

interface Fig5Row {
  year: number;
  series: (typeof FIG5_SERIES)[number]["series"];
  persons: number | null;
}

export interface Fig5Tables {
  /** 80059NED: requests by nationality and period. */
  requests: RawTable<CbsODataDocument>;
}

const loadFig5 = (dir: string): Fig5Tables => ({ requests: rawTable(loadCbsOData(FIG5_SOURCE, dir), dir) });

export function computeFig5({ requests }: Fig5Tables, { mode }: ComputeOptions): FigureResult {
  const file = requests.where;
  requireColumns(requests.data, ["Nationaliteit", "Perioden", ...FIG5_SERIES.map((s) => s.measure)], file);
  const byYear = new Map<number, Readonly<CbsRow>>();
  for (const r of requests.data.rows) {
    if (r.Nationaliteit !== TOTAL_NATIONALITY) continue; // keys arrive trimmed by the parser
    const p = parseCbsPeriod(String(r.Perioden));
    if (p.frequency === "year") byYear.set(p.year, r);
  }
  if (!byYear.size) throw new Error(`${file}: no yearly rows for all nationalities (${TOTAL_NATIONALITY})`);
  const newest = Math.max(...byYear.keys());
  const to = mode === "annex" ? FIG5_ANNEX.to : newest;
  const wanted = years(FIG5_ANNEX.from, to);
  const missing = wanted.filter((y) => !byYear.has(y));
  if (missing.length) throw new Error(`${file}: no yearly rows for all nationalities in ${missing.join(", ")}`);

  const rows: Fig5Row[] = [];
  for (const s of FIG5_SERIES) {
    for (const y of wanted)
      rows.push({ year: y, series: s.series, persons: cbsNumber(byYear.get(y)!, s.measure, file) });
  }
  const notes: Note[] = [(t) => t.fig5.noteSubsequent, (t) => t.fig5.noteNareizigers];
  return {
    id: "fig5",
    mode,
    period: { from: FIG5_ANNEX.from, to },
    table: aq.from(rows).select("year", "series", "persons"),
    sources: [requests.provenance],
    notes,
  };
}

export function chartFig5(result: FigureResult, lang: Lang): PlotlyFigure {
  const t = messages(lang);
  const rows = rowsOf<Fig5Row>(result.table);
  const wanted = years(result.period.from, result.period.to);
  const colors = { first: COLORS.blue, subsequent: COLORS.orange, nareizigers: COLORS.green };
  const valuesOf = (series: string) =>
    wanted.map((y) => rows.find((r) => r.year === y && r.series === series)!.persons);
  return {
    data: [
      ...FIG5_SERIES.filter((s) => s.series !== "total").map((s) => ({
        type: "bar",
        name: t.fig5[s.series],
        x: wanted,
        y: valuesOf(s.series),
        marker: { color: colors[s.series as keyof typeof colors] },
      })),
      {
        type: "scatter",
        mode: "lines",
        name: t.fig5.total,
        x: wanted,
        y: valuesOf("total"),
        line: { color: "#222", width: 2 },
      },
    ],
    layout: baseLayout(
      figureTitle("fig5", result.period.from, result.period.to, lang),
      sourceLine("CBS StatLine", result.sources, t),
      {
        barmode: "stack",
        yaxis: { title: { text: t.axis.persons }, tickformat: ",d", gridcolor: "#ddd" },
        xaxis: { title: { text: t.axis.year }, dtick: 5 },
      },
      t,
    ),
  };
}

export const fig5: FigureModule<Fig5Tables> = {
  id: "fig5",
  title: figureName("fig5"),
  notebook: "fig5-asylum-requests",
  sourceIds: sourceIdsOf("fig5"),
  load: loadFig5,
  compute: computeFig5,
  chart: chartFig5,
};
