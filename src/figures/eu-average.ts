// The cross-section used by figures 6 and 7: per country of the annex's "EU" (EU/EFTA, footnote
// 2) and for the EU aggregate, the mean of its yearly values over a period. A missing year is left
// out of that country's mean and reported, never counted as 0; a country with no value at all in
// the period is left out of the figure and named in the notes.
import * as aq from "arquero";
import type { ColumnTable } from "arquero";
import { messages, type Lang, type Messages } from "../i18n/index";
import { EU_AGGREGATE, geoLabel } from "./eu-countries";
import { rowsOf } from "./rows";
import { baseLayout, COLORS } from "./style";
import type { Note, PlotlyFigure } from "./types";

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
  /** The gaps (missing years, countries without any value) as texts in the cross-section's language, for a reader. */
  notes: string[];
  /** The same, as notes of a figure: formatted in the page's language. */
  gaps: Note[];
}

/**
 * `geos`: the countries to show (the annex registry's shownGeos), the aggregate EU27_2020 added;
 * values of any other geo in the response (candidate countries, ...) are ignored. `lang`: the
 * language of the country names in the averages' label column (the notes name them in the page's).
 */
export function euCrossSection(
  values: readonly YearlyValue[],
  from: number,
  to: number,
  geos: readonly string[],
  lang: Lang = "nl",
): CrossSection {
  // The period comes from the data in latest mode: a year range of no data must not loop forever.
  if (!Number.isInteger(from) || !Number.isInteger(to) || to < from)
    throw new Error(`no valid period (${from}-${to}) for the EU cross-section`);
  const wanted = [EU_AGGREGATE, ...geos.filter((g) => g !== EU_AGGREGATE)];
  // Plain loops and one pass to group by geo: arquero's orderby compiles its comparator on every
  // call, which cost more than the rest of the figure (bench/results.md).
  const wantedSet = new Set(wanted);
  const inPeriod = values.filter((v) => wantedSet.has(v.geo) && v.year >= from && v.year <= to);
  const byGeo = new Map<string, YearlyValue[]>();
  for (const v of inPeriod) {
    if (v.value === null) continue;
    const list = byGeo.get(v.geo);
    if (list) list.push(v);
    else byGeo.set(v.geo, [v]);
  }
  const gaps: Note[] = [];
  const rows: { geo: string; label: string; average: number }[] = [];
  for (const geo of wanted) {
    const mine = byGeo.get(geo) ?? [];
    if (!mine.length) {
      gaps.push((t) => t.eu.noValue(geoLabel(geo, t.lang), geo, `${from}-${to}`));
      continue;
    }
    const missingYears: number[] = [];
    const present = new Set(mine.map((v) => v.year));
    for (let y = from; y <= to; y++) if (!present.has(y)) missingYears.push(y);
    if (missingYears.length) gaps.push((t) => t.eu.missingYears(geoLabel(geo, t.lang), geo, missingYears.join(", ")));
    const mean = mine.reduce((a, v) => a + (v.value as number), 0) / mine.length;
    // Rounded to 6 decimals to drop floating-point noise (inputs have at most 2).
    rows.push({ geo, label: geoLabel(geo, lang), average: Math.round(mean * 1e6) / 1e6 });
  }
  // High to low; equal averages keep their order (Array.prototype.sort is stable, as arquero's orderby was).
  const averages = aq.from(rows.sort((a, b) => (a.average > b.average ? -1 : a.average < b.average ? 1 : 0)));
  const yearly = aq.from(sortByGeoYear(inPeriod.map((v) => ({ geo: v.geo, year: v.year, value: v.value }))));
  return { averages, yearly, notes: gaps.map((n) => n(messages(lang))), gaps };
}

/** Sorted by geo, then year (in place; stable): the order of the cross-section's yearly tables. */
export function sortByGeoYear<T extends { geo: string; year: number }>(rows: T[]): T[] {
  return rows.sort((a, b) => (a.geo < b.geo ? -1 : a.geo > b.geo ? 1 : a.year - b.year));
}

/** What "EU" means in figures 6 and 7 (the annex's footnote 2), for the figure's notes. */
export const euEftaNote: Note = (t) => t.eu.euEftaNote(EU_AGGREGATE);

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
  const rows = rowsOf<{ geo: string; average: number | null }>(averages);
  return {
    data: [
      {
        type: "bar",
        orientation: "h",
        x: rows.map((r) => r.average),
        y: rows.map((r) => geoLabel(r.geo, t.lang)),
        marker: {
          color: rows.map((r) => (r.geo === EU_AGGREGATE ? COLORS.orange : r.geo === "NL" ? COLORS.red : COLORS.blue)),
        },
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
