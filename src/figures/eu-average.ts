// The cross-section used by figures 6 and 7: per country of the annex's "EU" (EU/EFTA, footnote
// 2) and for the EU aggregate, the mean of its yearly values over a period. A missing year is left
// out of that country's mean and reported, never counted as 0; a country with no value at all in
// the period is left out of the figure and named in the notes.
import * as aq from "arquero";
import type { ColumnTable } from "arquero";
import { messages, type Messages } from "../i18n/index";
import { EU_AGGREGATE, geoLabel } from "./eu-countries";
import { rowsOf } from "./rows";
import { baseLayout, COLORS } from "./style";
import type { PlotlyFigure } from "./types";

export interface YearlyValue {
  geo: string;
  year: number;
  value: number | null;
  status?: string | null;
}

export interface CrossSection {
  /** geo,label,average sorted from high to low. */
  averages: ColumnTable;
  /** geo,year,value for the countries shown and the aggregate in the period. */
  yearly: ColumnTable;
  notes: string[];
}

/**
 * `geos`: the countries to show (the annex registry's shownGeos), the aggregate EU27_2020 added;
 * values of any other geo in the response (candidate countries, ...) are ignored.
 */
export function euCrossSection(values: YearlyValue[], from: number, to: number, geos: readonly string[], t: Messages = messages()): CrossSection {
  const label = (geo: string) => geoLabel(geo, t.lang);
  // The period comes from the data in latest mode: a year range of no data must not loop forever.
  if (!Number.isInteger(from) || !Number.isInteger(to) || to < from) throw new Error(`no valid period (${from}-${to}) for the EU cross-section`);
  const wanted = [EU_AGGREGATE, ...geos.filter((g) => g !== EU_AGGREGATE)];
  const inPeriod = values.filter((v) => wanted.includes(v.geo) && v.year >= from && v.year <= to);
  const notes: string[] = [];
  const rows: { geo: string; label: string; average: number }[] = [];
  for (const geo of wanted) {
    const mine = inPeriod.filter((v) => v.geo === geo && v.value !== null);
    if (!mine.length) {
      notes.push(t.eu.noValue(label(geo), geo, `${from}-${to}`));
      continue;
    }
    const missingYears: number[] = [];
    for (let y = from; y <= to; y++) if (!mine.some((v) => v.year === y)) missingYears.push(y);
    if (missingYears.length) notes.push(t.eu.missingYears(label(geo), geo, missingYears.join(", ")));
    const mean = mine.reduce((a, v) => a + (v.value as number), 0) / mine.length;
    // Rounded to 6 decimals to drop floating-point noise (inputs have at most 2).
    rows.push({ geo, label: label(geo), average: Math.round(mean * 1e6) / 1e6 });
  }
  const averages = aq
    .from(rows)
    .orderby(aq.desc("average"))
    .select("geo", "label", "average");
  const yearly = aq
    .from(inPeriod.map((v) => ({ geo: v.geo, year: v.year, value: v.value })))
    .orderby("geo", "year");
  return { averages, yearly, notes };
}

/** What "EU" means in figures 6 and 7 (the annex's footnote 2), for the figure's notes. */
export const euEftaNote = (t: Messages = messages()): string => t.eu.euEftaNote(EU_AGGREGATE);
/** The same in Dutch. */
export const EU_EFTA_NOTE = euEftaNote();

/**
 * The horizontal bars of figures 6 and 7: one bar per country from high to low, the EU average
 * in orange and the Netherlands in red, each labelled with its value.
 */
export function crossSectionFigure(
  title: string,
  source: string,
  averages: ColumnTable,
  axis: { title: string; format: (v: number) => string; hover: string },
  t: Messages = messages(),
): PlotlyFigure {
  const rows = rowsOf<{ geo: string; label: string; average: number | null }>(averages);
  return {
    data: [
      {
        type: "bar",
        orientation: "h",
        x: rows.map((r) => r.average),
        y: rows.map((r) => r.label),
        marker: { color: rows.map((r) => (r.geo === EU_AGGREGATE ? COLORS.orange : r.geo === "NL" ? COLORS.red : COLORS.blue)) },
        hovertemplate: axis.hover,
        text: rows.map((r) => (r.average === null ? "" : axis.format(r.average))),
        textposition: "outside",
        cliponaxis: false,
      },
    ],
    layout: baseLayout(
      title,
      source,
      {
        height: 760,
        margin: { l: 130, r: 50, t: 60, b: 110 },
        showlegend: false,
        xaxis: { title: { text: axis.title }, gridcolor: "#ddd", rangemode: "tozero" },
        yaxis: { autorange: "reversed", automargin: true },
      },
      t,
    ),
  };
}
