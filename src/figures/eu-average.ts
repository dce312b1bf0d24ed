// The cross-section used by figures 6 and 7: per EU member state (and the EU aggregate) the
// mean of its yearly values over a period. A missing year is left out of that country's mean
// and reported, never counted as 0.
import * as aq from "arquero";
import type { ColumnTable } from "arquero";
import { dutchGeoLabel, EU27_DUTCH, EU_AGGREGATE } from "./eu-countries";
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
  /** geo,year,value for the member states and the aggregate in the period. */
  yearly: ColumnTable;
  notes: string[];
}

export function euCrossSection(values: YearlyValue[], from: number, to: number, exclude: string[] = []): CrossSection {
  // The period comes from the data in latest mode: a year range of no data must not loop forever.
  if (!Number.isInteger(from) || !Number.isInteger(to) || to < from) throw new Error(`no valid period (${from}-${to}) for the EU cross-section`);
  const geos = [EU_AGGREGATE, ...Object.keys(EU27_DUTCH)].filter((g) => !exclude.includes(g));
  const inPeriod = values.filter((v) => geos.includes(v.geo) && v.year >= from && v.year <= to);
  const notes: string[] = [];
  const rows = geos.map((geo) => {
    const mine = inPeriod.filter((v) => v.geo === geo && v.value !== null);
    const missingYears: number[] = [];
    for (let y = from; y <= to; y++) if (!mine.some((v) => v.year === y)) missingYears.push(y);
    if (missingYears.length) notes.push(`${dutchGeoLabel(geo)} (${geo}): geen waarde voor ${missingYears.join(", ")}; gemiddelde over de overige jaren.`);
    const mean = mine.length ? mine.reduce((a, v) => a + (v.value as number), 0) / mine.length : null;
    // Rounded to 6 decimals to drop floating-point noise (inputs have at most 2).
    const average = mean === null ? null : Math.round(mean * 1e6) / 1e6;
    return { geo, label: dutchGeoLabel(geo), average };
  });
  const averages = aq
    .from(rows)
    .orderby(aq.desc("average"))
    .select("geo", "label", "average");
  const yearly = aq
    .from(inPeriod.map((v) => ({ geo: v.geo, year: v.year, value: v.value })))
    .orderby("geo", "year");
  return { averages, yearly, notes };
}

/**
 * The horizontal bars of figures 6 and 7: one bar per country from high to low, the EU average
 * in orange and the Netherlands in red, each labelled with its value.
 */
export function crossSectionFigure(
  title: string,
  source: string,
  averages: ColumnTable,
  axis: { title: string; format: (v: number) => string; hover: string },
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
    layout: baseLayout(title, source, {
      height: 760,
      margin: { l: 130, r: 50, t: 60, b: 110 },
      showlegend: false,
      xaxis: { title: { text: axis.title }, gridcolor: "#ddd", rangemode: "tozero" },
      yaxis: { autorange: "reversed", automargin: true },
    }),
  };
}
