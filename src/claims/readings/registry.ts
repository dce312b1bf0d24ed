// Every claim's readings: the annex's own (marked annex) and the other defensible ones. Each
// reading is a choice a careful reader could make from the annex and its sources (its reason and
// basis are in the message tables, src/i18n/readings-*.ts; docs/readings.md has them on one page).
// Readings compute from the figures built in annex mode; the claims' own rules stay in src/claims.
import { EU27_GEOS, EU_AGGREGATE, shownGeos, type FigureId } from "../../catalog/annex";
import type { FigureData } from "../../figures/types";
import {
  arithmeticMean,
  coefficientOfVariation,
  FLUCTUATION_MEASURES,
  flatteningRatio,
  quantile,
  type FluctuationMeasure,
} from "./measures";
import { asylumSeries, fig1Rows, motiveSeries, span, totalsOf, yearlyByGeo } from "./tables";
import type { Reading, ReadingOutcome, ReadingUnit } from "./types";

export interface ClaimReadings {
  claim: string;
  /** The published value on the readings' scale, where there is one (drawn beside the readings' values). */
  reference?: { value: number; unit: ReadingUnit };
  readings: Reading[];
}

const get = (figs: ReadonlyMap<string, FigureData>, id: FigureId) => figs.get(id)!;
const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

// ---------------------------------------------------------------- figure 1: administrative corrections

const withoutCorrections = (): Reading => ({
  id: "without-corrections",
  dimension: "corrections",
  needs: ["fig1"],
  // Emigration without administrative corrections: not in the shipped data, not in the package's catalog.
  evaluate: () => ({ needsData: (t) => t.texts.withoutCorrectionsSource }),
});

const fig1Sum = (fig: FigureData, column: "immigration" | "emigration") => {
  const rows = fig1Rows(fig);
  const gaps = rows.filter((r) => r[column] === null).map((r) => r.year);
  if (gaps.length) throw new Error(`fig1: ${column} missing for ${gaps.join(", ")}`);
  return rows.reduce((a, r) => a + (r[column] as number), 0) / 1e6;
};

// ---------------------------------------------------------------- figure 2: window of "vlakt af"

/** The rise counts as flattened when the recent yearly change is below half of the earlier one (the claim's rule). */
const FLAT_FRACTION = 0.5;
const ENLARGEMENT = 2004;

const flatteningWindow = (window: number, annex?: true): Reading => ({
  id: `window-${window}`,
  dimension: "flattening",
  ...(annex ? { annex } : {}),
  needs: ["fig2"],
  evaluate(figs) {
    const fig = get(figs, "fig2");
    const f = flatteningRatio(totalsOf(fig), ENLARGEMENT, fig.period.to, window);
    return {
      value: round(f.ratio, 4),
      unit: "ratio",
      threshold: { value: FLAT_FRACTION, holdsWhen: "below" },
      holds: f.earlier > 0 && f.recent < FLAT_FRACTION * f.earlier,
    };
  },
});

const flatteningLastYear: Reading = {
  id: "last-year",
  dimension: "flattening",
  needs: ["fig2"],
  evaluate(figs) {
    const fig = get(figs, "fig2");
    const t = totalsOf(fig);
    const last = fig.period.to;
    const [a, b, c] = span(t, last - 1, last, "fig2 totals").concat(span(t, ENLARGEMENT, ENLARGEMENT, "fig2 totals"));
    const lastChange = b - a;
    const average = (a - c) / (last - 1 - ENLARGEMENT);
    return {
      value: round(lastChange / average, 4),
      unit: "ratio",
      threshold: { value: 1, holdsWhen: "below" },
      holds: average > 0 && lastChange < average,
    };
  },
};

// ---------------------------------------------------------------- figure 3: measure of "fluctueert sterker"

/** Non-EU against EU totals over the years both figures cover: measure(non-EU) / measure(EU), above 1 holds. */
const fluctuatesMore = (measure: FluctuationMeasure, annex?: true): Reading => ({
  id: measure,
  dimension: "fluctuation",
  ...(annex ? { annex } : {}),
  needs: ["fig3", "fig2"],
  evaluate(figs) {
    const [f3, f2] = [get(figs, "fig3"), get(figs, "fig2")];
    const from = Math.max(f3.period.from, f2.period.from);
    const to = Math.min(f3.period.to, f2.period.to);
    const m = FLUCTUATION_MEASURES[measure];
    const nonEu = m(span(totalsOf(f3), from, to, "fig3 totals"));
    const eu = m(span(totalsOf(f2), from, to, "fig2 totals"));
    return {
      value: round(nonEu / eu, 4),
      unit: "ratio",
      threshold: { value: 1, holdsWhen: "above" },
      holds: nonEu > eu,
      found: `${from}-${to}`,
    };
  },
});

const FIG3_MOTIVES = ["work", "family", "asylum", "study", "temporary_protection", "other"];
const MOST = ["asylum", "temporary_protection"];

/** Asylum and temporary protection fluctuate most: the lower of their two measures over the highest of the others, above 1 holds. */
const fluctuatesMost = (measure: FluctuationMeasure, annex?: true): Reading => ({
  id: measure,
  dimension: "fluctuation",
  ...(annex ? { annex } : {}),
  needs: ["fig3"],
  evaluate(figs) {
    const fig = get(figs, "fig3");
    const m = FLUCTUATION_MEASURES[measure];
    const by = new Map(FIG3_MOTIVES.map((k) => [k, m(motiveSeries(fig, k))]));
    const lowestOfTwo = Math.min(...MOST.map((k) => by.get(k)!));
    const highestOther = Math.max(...FIG3_MOTIVES.filter((k) => !MOST.includes(k)).map((k) => by.get(k)!));
    return {
      value: round(lowestOfTwo / highestOther, 4),
      unit: "ratio",
      threshold: { value: 1, holdsWhen: "above" },
      holds: lowestOfTwo > highestOther,
    };
  },
});

// ---------------------------------------------------------------- figure 5: series and thresholds

/**
 * The series "asielaanvragen" reads: the figure's total (first + subsequent + nareizigers, footnote
 * 7), or first requests with nareizigers: first applications as Eurostat counts them, nareizigers
 * added back because CBS counted them as first requests before 2013 (footnote 7), so that the
 * series means the same over 1975-2024. First requests alone would change meaning in 2013.
 */
type Applications = "total" | "first+nareizigers";

/** Figure 5's series for a reading of "asielaanvragen", as year -> persons (years with a total). */
function applications(fig: FigureData, series: Applications): Map<number, number> {
  const total = asylumSeries(fig, "total");
  if (series === "total") return total;
  const [first, nareis] = [asylumSeries(fig, "first"), asylumSeries(fig, "nareizigers")];
  const out = new Map<number, number>();
  for (const y of total.keys()) {
    const f = first.get(y);
    if (f === undefined) throw new Error(`fig5: no first requests in ${y}`);
    out.set(y, f + (nareis.get(y) ?? 0)); // no nareizigers value before 2013: they are in the first requests
  }
  return out;
}
const applicationsId = (series: Applications) => (series === "total" ? "all-requests" : "first-and-nareizigers");

/** "Schommelt sterk": coefficient of variation of the yearly series over the figure's period above 0.5 (the claim's rule). */
const STRONG_CV = 0.5;

const fig5Fluctuates = (series: Applications): Reading => ({
  id: applicationsId(series),
  dimension: "applications",
  ...(series === "total" ? { annex: true as const } : {}),
  needs: ["fig5"],
  evaluate(figs) {
    const fig = get(figs, "fig5");
    const cv = coefficientOfVariation(
      span(applications(fig, series), fig.period.from, fig.period.to, `fig5 ${series}`),
    );
    return {
      value: round(cv, 4),
      unit: "ratio",
      threshold: { value: STRONG_CV, holdsWhen: "above" },
      holds: cv > STRONG_CV,
    };
  },
});

const fig5Peaks = (series: Applications): Reading => ({
  id: applicationsId(series),
  dimension: "applications",
  ...(series === "total" ? { annex: true as const } : {}),
  needs: ["fig5"],
  evaluate(figs) {
    const fig = get(figs, "fig5");
    const t = applications(fig, series);
    const peak = (from: number, to: number) => {
      let best: [number, number] = [NaN, -Infinity];
      for (const [y, v] of t) if (y >= from && y <= to && v > best[1]) best = [y, v];
      return best[0];
    };
    const overall = peak(fig.period.from, fig.period.to);
    const before = peak(fig.period.from, 2014);
    return {
      holds: (overall === 2015 || overall === 2016) && before >= 1990 && before <= 1999,
      found: `${overall}; <2015: ${before}`,
    };
  },
});

/** "Hoog in historisch perspectief": each of the last 4 years above a level of all years; value: the lowest of the 4. */
const lastFourHigh = (
  id: string,
  dimension: "threshold" | "applications",
  series: Applications,
  level: (all: number[]) => number,
  annex?: true,
): Reading => ({
  id,
  dimension,
  ...(annex ? { annex } : {}),
  needs: ["fig5"],
  evaluate(figs) {
    const fig = get(figs, "fig5");
    const t = applications(fig, series);
    const all = span(t, fig.period.from, fig.period.to, `fig5 ${series}`);
    const line = level(all);
    const lowest = Math.min(...span(t, fig.period.to - 3, fig.period.to, `fig5 ${series}`));
    return {
      value: lowest,
      unit: "persons",
      threshold: { value: round(line, 1), holdsWhen: "above" },
      holds: lowest > line,
    };
  },
});

/** "Iets hoger": requests over figure 3's asylum migrants over figure 3's years, as an excess in percent. */
const slightlyHigher = (
  id: string,
  dimension: "threshold" | "applications",
  series: Applications,
  upper: number | null,
  annex?: true,
): Reading => ({
  id,
  dimension,
  ...(annex ? { annex } : {}),
  needs: ["fig5", "fig3"],
  evaluate(figs) {
    const [f5, f3] = [get(figs, "fig5"), get(figs, "fig3")];
    const migrants = new Map<number, number>();
    const rows = f3.table.objects() as { year: number; motive: string; persons: number | null }[];
    for (const r of rows) if (r.motive === "asylum" && r.persons !== null) migrants.set(r.year, r.persons);
    const requests = applications(f5, series);
    const years: number[] = [];
    for (let y = f3.period.from; y <= f3.period.to; y++) if (migrants.has(y) && requests.has(y)) years.push(y);
    if (!years.length) return { needsData: (t) => t.texts.noAsylumYears };
    const req = years.reduce((a, y) => a + requests.get(y)!, 0);
    const mig = years.reduce((a, y) => a + migrants.get(y)!, 0);
    const excess = (req / mig - 1) * 100;
    return upper === null
      ? { value: round(excess, 2), unit: "percent", threshold: { value: 0, holdsWhen: "above" }, holds: excess > 0 }
      : {
          value: round(excess, 2),
          unit: "percent",
          threshold: { value: upper, holdsWhen: "below" },
          holds: excess > 0 && excess <= upper,
        };
  },
});

/** The largest excess the annex's claim still reads as "iets hoger" (src/claims/fig5-claims.ts SLIGHTLY). */
const SLIGHTLY_PCT = 25;

// ---------------------------------------------------------------- figures 6 and 7: the EU average

/** How "gemiddeld in de EU" is formed: Eurostat's aggregate, or the unweighted mean of the countries' own rates. */
type Aggregate = "eu27-aggregate" | "eu-efta-mean" | "eu27-mean";

/** The EU average of a year under an aggregate; null when it has no value that year. */
function euAverage(
  byGeo: Map<string, Map<number, number>>,
  year: number,
  aggregate: Aggregate,
  countries: readonly string[],
): number | null {
  if (aggregate === "eu27-aggregate") return byGeo.get(EU_AGGREGATE)?.get(year) ?? null;
  const set =
    aggregate === "eu27-mean" ? countries.filter((g) => (EU27_GEOS as readonly string[]).includes(g)) : countries;
  // A country without a value that year is left out of that year's mean (as the figure's averages do), never counted as 0.
  const values = set.flatMap((g) => (byGeo.get(g)?.has(year) ? [byGeo.get(g)!.get(year)!] : []));
  return values.length ? arithmeticMean(values) : null;
}

const AGGREGATES: Aggregate[] = ["eu27-aggregate", "eu-efta-mean", "eu27-mean"];
const aggregateReading = (
  aggregate: Aggregate,
  needs: FigureId,
  evaluate: (figs: ReadonlyMap<string, FigureData>) => ReadingOutcome,
): Reading => ({
  id: aggregate,
  dimension: "countries",
  ...(aggregate === "eu27-aggregate" ? { annex: true as const } : {}),
  needs: [needs],
  evaluate,
});

/** NL against the EU average of one year (figure 6); the annex reading also matches the printed two decimals. */
const fig6Pair = (year: number, nlPub: number, euPub: number) =>
  AGGREGATES.map((aggregate) =>
    aggregateReading(aggregate, "fig6", (figs) => {
      const byGeo = yearlyByGeo(get(figs, "fig6"));
      const nlRate = byGeo.get("NL")?.get(year) ?? null;
      const eu = euAverage(byGeo, year, aggregate, shownGeos("fig6"));
      if (nlRate === null || eu === null) return { holds: false, found: (t) => t.texts.noValueIn(year) };
      const printed =
        aggregate !== "eu27-aggregate" ||
        (nlRate.toFixed(2) === nlPub.toFixed(2) && eu.toFixed(2) === euPub.toFixed(2));
      // The threshold is NL's own rate: the EU average must be below it.
      return {
        value: round(eu, 4),
        unit: "per1000",
        threshold: { value: nlRate, holdsWhen: "below" },
        holds: nlRate > eu && printed,
      };
    }),
  );

/** Years of a figure's period in which NL is not below (fig6) / not above (fig7) the EU average, and years without a value. */
function yearsAgainstEu(fig: FigureData, aggregate: Aggregate, nlShouldBe: "lower" | "higher") {
  const byGeo = yearlyByGeo(fig);
  const countries = shownGeos(fig.id);
  const against: number[] = [];
  const missing: number[] = [];
  let matching = 0;
  for (let y = fig.period.from; y <= fig.period.to; y++) {
    const nlValue = byGeo.get("NL")?.get(y) ?? null;
    const eu = euAverage(byGeo, y, aggregate, countries);
    if (nlValue === null || eu === null) missing.push(y);
    else if (nlShouldBe === "lower" ? nlValue < eu : nlValue > eu) matching++;
    else against.push(y);
  }
  return { against, missing, matching };
}

/** "Meestal lager, alleen in 2021 en 2022 hoger": the years NL is not lower are exactly the printed ones. */
const exactYears = (figure: "fig6" | "fig7", aggregate: Aggregate, printed: number[]) =>
  aggregateReading(aggregate, figure, (figs) => {
    const r = yearsAgainstEu(get(figs, figure), aggregate, figure === "fig6" ? "lower" : "higher");
    const found = `${r.against.join(", ") || "-"}${r.missing.length ? `; no value ${r.missing.join(", ")}` : ""}`;
    return {
      value: r.matching,
      unit: "years",
      holds: r.missing.length === 0 && r.against.join(",") === printed.join(","),
      found,
    };
  });

const mostlyMajority: Reading = {
  id: "mostly-majority",
  dimension: "threshold",
  needs: ["fig6"],
  evaluate(figs) {
    const fig = get(figs, "fig6");
    const r = yearsAgainstEu(fig, "eu27-aggregate", "lower");
    const n = fig.period.to - fig.period.from + 1;
    return {
      value: r.matching,
      unit: "years",
      threshold: { value: n / 2, holdsWhen: "above" },
      holds: r.matching > n / 2,
    };
  },
};

/** The figure's own bars: NL's mean of its ten yearly rates against the EU27_2020 aggregate's. */
const periodMeanBars: Reading = {
  id: "period-mean",
  dimension: "averaging",
  needs: ["fig6"],
  evaluate(figs) {
    const fig = get(figs, "fig6");
    const byGeo = yearlyByGeo(fig);
    const mean = (geo: string) =>
      arithmeticMean(span(byGeo.get(geo) ?? new Map(), fig.period.from, fig.period.to, `fig6 ${geo}`));
    const [nlMean, euMean] = [mean("NL"), mean(EU_AGGREGATE)];
    return {
      value: round(nlMean / euMean, 4),
      unit: "ratio",
      threshold: { value: 1, holdsWhen: "below" },
      holds: nlMean < euMean,
    };
  },
};

// ---------------------------------------------------------------- the registry

const annexOnly = (
  id: string,
  dimension: Reading["dimension"],
  needs: FigureId[],
  evaluate: Reading["evaluate"],
): Reading => ({ id, dimension, annex: true, needs, evaluate });

export const CLAIM_READINGS: ClaimReadings[] = [
  {
    claim: "fig1-immigration-1995-2024",
    reference: { value: 5.3, unit: "millions" },
    readings: [
      annexOnly("cbs-immigration", "corrections", ["fig1"], (figs) => {
        const m = fig1Sum(get(figs, "fig1"), "immigration");
        return { value: round(m, 4), unit: "millions", holds: m.toFixed(1) === "5.3" };
      }),
    ],
  },
  {
    claim: "fig1-emigration-1995-2024",
    reference: { value: 3.8, unit: "millions" },
    readings: [
      annexOnly("with-corrections", "corrections", ["fig1"], (figs) => {
        const m = fig1Sum(get(figs, "fig1"), "emigration");
        return { value: round(m, 4), unit: "millions", holds: m.toFixed(1) === "3.8" };
      }),
      withoutCorrections(),
    ],
  },
  {
    claim: "fig1-net-positive-since-2008",
    readings: [
      annexOnly("with-corrections", "corrections", ["fig1"], (figs) => {
        const bad = fig1Rows(get(figs, "fig1")).filter(
          (r) => r.year >= 2008 && r.year <= 2024 && !(r.net_migration !== null && r.net_migration > 0),
        );
        return bad.length ? { holds: false, found: bad.map((r) => r.year).join(", ") } : { holds: true };
      }),
      withoutCorrections(),
    ],
  },
  {
    claim: "fig1-peak-2022",
    readings: [
      annexOnly("with-corrections", "corrections", ["fig1"], (figs) => {
        const rows = fig1Rows(get(figs, "fig1")).filter((r) => r.net_migration !== null);
        const peak = rows.reduce((best, r) => (r.net_migration! > best.net_migration! ? r : best)).year;
        return { holds: peak === 2022, found: String(peak) };
      }),
      withoutCorrections(),
    ],
  },
  {
    claim: "fig2-rise-flattens",
    readings: [flatteningWindow(3), flatteningWindow(4, true), flatteningWindow(5), flatteningLastYear],
  },
  {
    claim: "fig3-fluctuates-more-than-eu",
    readings: [fluctuatesMore("mean-abs-change", true), fluctuatesMore("cv"), fluctuatesMore("sd-log-change")],
  },
  {
    claim: "fig3-asylum-temporary-protection-most",
    readings: [fluctuatesMost("cv", true), fluctuatesMost("abs-change-over-level")],
  },
  { claim: "fig5-fluctuates", readings: [fig5Fluctuates("total"), fig5Fluctuates("first+nareizigers")] },
  { claim: "fig5-peaks-1990s-2015", readings: [fig5Peaks("total"), fig5Peaks("first+nareizigers")] },
  {
    claim: "fig5-last-4-years-high",
    readings: [
      lastFourHigh("above-p75", "threshold", "total", (all) => quantile(all, 0.75), true),
      lastFourHigh("above-median", "threshold", "total", (all) => quantile(all, 0.5)),
      lastFourHigh("above-mean", "threshold", "total", arithmeticMean),
      lastFourHigh("first-and-nareizigers", "applications", "first+nareizigers", (all) => quantile(all, 0.75)),
    ],
  },
  {
    claim: "fig5-requests-above-fig3-asylum",
    readings: [
      slightlyHigher("slightly-25", "threshold", "total", SLIGHTLY_PCT, true),
      slightlyHigher("slightly-10", "threshold", "total", 10),
      slightlyHigher("higher-at-all", "threshold", "total", null),
      slightlyHigher("first-and-nareizigers", "applications", "first+nareizigers", SLIGHTLY_PCT),
    ],
  },
  { claim: "fig6-nl-vs-eu-2021", reference: { value: 1.2, unit: "per1000" }, readings: fig6Pair(2021, 1.42, 1.2) },
  { claim: "fig6-nl-vs-eu-2022", reference: { value: 1.96, unit: "per1000" }, readings: fig6Pair(2022, 2.02, 1.96) },
  {
    claim: "fig6-nl-mostly-lower",
    readings: [...AGGREGATES.map((a) => exactYears("fig6", a, [2021, 2022])), mostlyMajority, periodMeanBars],
  },
  { claim: "fig7-nl-above-eu-except-2018-2019", readings: AGGREGATES.map((a) => exactYears("fig7", a, [2018, 2019])) },
];

export const readingsOf = (claimId: string): ClaimReadings | undefined =>
  CLAIM_READINGS.find((c) => c.claim === claimId);
