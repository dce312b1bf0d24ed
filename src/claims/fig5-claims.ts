// The annex's statements about figure 5 (asylum requests and nareizigers, 1975-2024).
import type { FigureId } from "../catalog/annex";
import { rowsOf } from "../figures/rows";
import type { FigureData } from "../figures/types";
import { motiveRowsOf } from "./lookups";
import { coefficientOfVariation, quantile } from "./stats";
import type { ClaimDefinition, Evaluation } from "./types";

/** The figures before figure 5, whose periods fig5-longer-period compares with (figure 1 is required). */
const EARLIER_FIGURES: FigureId[] = ["fig1", "fig2", "fig3", "fig4"];

export { quantile };

/** Yearly totals (TotaalAsielverzoekenEnNareizigers_1) of the figure. */
type SeriesRow = { year: number; series: string; persons: number | null };

export function asylumTotals(fig: FigureData): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of rowsOf<SeriesRow>(fig.table)) {
    if (r.series === "total" && r.persons !== null) out.set(r.year, r.persons);
  }
  return out;
}

function peakYear(totals: Map<number, number>, from: number, to: number): number {
  let best = -1;
  let bestYear = NaN;
  for (const [y, v] of totals) if (y >= from && y <= to && v > best) [best, bestYear] = [v, y];
  return bestYear;
}

/** The year with the highest total over the whole period, and the highest before 2015. */
export function asylumPeaks(fig: FigureData): { overall: number; before2015: number } {
  const t = asylumTotals(fig);
  return { overall: peakYear(t, fig.period.from, fig.period.to), before2015: peakYear(t, fig.period.from, 2014) };
}

/** The years of a series (first, subsequent, nareizigers, total) that hold a value. */
function yearsWithValue(fig: FigureData, series: string): number[] {
  return rowsOf<SeriesRow>(fig.table)
    .filter((r) => r.series === series && r.persons !== null)
    .map((r) => r.year);
}

/**
 * "Since <year>": the series has a value in every year from `since` to the figure's end and in
 * no year before (earlier they were counted elsewhere, so they are missing, not 0).
 */
function since(fig: FigureData, series: string, year: number): Evaluation {
  const have = new Set(yearsWithValue(fig, series));
  const before = [...have].filter((y) => y < year).sort((a, b) => a - b);
  const gaps: number[] = [];
  for (let y = year; y <= fig.period.to; y++) if (!have.has(y)) gaps.push(y);
  if (!have.size) throw new Error(`${fig.id}: ${series} has no value in any year`);
  const first = Math.min(...have);
  return {
    computed: { kind: "year", year: first, relation: "from" },
    holds: before.length === 0 && gaps.length === 0,
    detail: (w) =>
      [w.t.detail.firstYear(String(first)), ...(gaps.length ? [w.t.detail.missingIn(w.list(gaps))] : [])].join("; "),
  };
}

/** Sum of figure 3's asylum immigrants (motive asylum) per year, from its table (year,motive,persons). */
function asylumMigrants(fig3: FigureData): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of motiveRowsOf(fig3, "asylum")) if (r.persons !== null) out.set(r.year, r.persons);
  return out;
}

/** The largest excess still read as "iets hoger" (slightly higher): a quarter. */
const SLIGHTLY = 0.25;
const isSlightlyHigher = (excess: number) => excess > 0 && excess <= SLIGHTLY;

/** One series (first, subsequent, nareizigers, total) of figure 5 in one year, or null. */
function seriesValue(fig: FigureData, series: string, year: number): number | null {
  return rowsOf<SeriesRow>(fig.table).find((r) => r.series === series && r.year === year)?.persons ?? null;
}

const sinceClaim = (id: string, series: string, column: string, year: number): ClaimDefinition => ({
  id,
  figure: "fig5",
  published: { kind: "year", year, relation: "from" },
  rule: (w) => w.t.rules.fig5Since(column, String(year), "2024"),
  evaluate: (fig) => since(fig, series, year),
});

export const FIG5_CLAIMS: ClaimDefinition[] = [
  {
    id: "fig5-fluctuates",
    figure: "fig5",
    published: { kind: "phrase", phrase: "fluctuatesStrongly" },
    rule: (w) => w.t.rules.fig5Fluctuates,
    tolerance: (w) => w.t.check.cvAbove(w.num(0.5, 1)),
    evaluate(fig) {
      const t = asylumTotals(fig);
      const yearsIn = [...t.keys()].filter((y) => y >= fig.period.from && y <= fig.period.to).sort((a, b) => a - b);
      const cv = coefficientOfVariation(yearsIn.map((y) => t.get(y)!));
      let swing = { year: yearsIn[0], change: 0 };
      for (const y of yearsIn) {
        const prev = t.get(y - 1);
        if (prev === undefined || prev === 0) continue;
        const change = t.get(y)! / prev - 1;
        if (Math.abs(change) > Math.abs(swing.change)) swing = { year: y, change };
      }
      return {
        computed: { kind: "number", value: cv, unit: "ratio", decimals: 2, measure: "cv" },
        holds: cv > 0.5,
        detail: (w) => w.t.detail.largestChange(String(swing.year), w.num(swing.change * 100, 0, true)),
      };
    },
  },
  {
    id: "fig5-peaks-1990s-2015",
    figure: "fig5",
    published: { kind: "phrase", phrase: "peaks1990s2015" },
    rule: (w) => w.t.rules.fig5Peaks,
    evaluate(fig) {
      const p = asylumPeaks(fig);
      return {
        computed: { kind: "peaks", overall: p.overall, before: p.before2015, beforeYear: 2015 },
        holds: (p.overall === 2015 || p.overall === 2016) && p.before2015 >= 1990 && p.before2015 <= 1999,
      };
    },
  },
  {
    id: "fig5-last-4-years-high",
    figure: "fig5",
    published: { kind: "phrase", phrase: "last4YearsHigh" },
    rule: (w) => w.t.rules.fig5Last4,
    evaluate(fig) {
      const t = asylumTotals(fig);
      const p75 = quantile([...t.values()], 0.75);
      const last = [0, 1, 2, 3].map((i) => fig.period.to - 3 + i);
      const low = last.filter((y) => !((t.get(y) ?? -Infinity) > p75));
      return {
        computed: {
          kind: "values",
          items: last.map((y) => ({ label: { year: y }, value: t.get(y) ?? null })),
          unit: "persons",
          decimals: 0,
          reference: { measure: "p75", value: p75 },
        },
        holds: low.length === 0,
        detail: low.length ? (w) => w.t.detail.notAboveP75(w.list(low)) : undefined,
      };
    },
  },
  sinceClaim("fig5-subsequent-since-2007", "subsequent", "VolgendeAsielverzoeken_3", 2007),
  sinceClaim("fig5-nareizigers-since-2013", "nareizigers", "NareizigersPersonen_4", 2013),
  {
    id: "fig5-longer-period",
    figure: "fig5",
    published: { kind: "phrase", phrase: "longerPeriod" },
    rule: (w) => w.t.rules.fig5Longer,
    alsoNeeds: [EARLIER_FIGURES[0]],
    alsoReads: EARLIER_FIGURES.slice(1),
    evaluate(fig, others) {
      const span = (f: FigureData) => f.period.to - f.period.from + 1;
      const earlier = EARLIER_FIGURES.filter((id) => others.has(id)).map((id) => others.get(id)!);
      const shorter = earlier.filter((f) => !(fig.period.from < f.period.from && span(fig) >= span(f)));
      return {
        computed: {
          kind: "periods",
          own: { ...fig.period },
          others: earlier.map((f) => ({ figure: f.id, ...f.period })),
        },
        holds: shorter.length === 0,
        detail: shorter.length ? (w) => w.t.detail.notLongerThan(w.list(shorter.map((f) => f.id))) : undefined,
      };
    },
  },
  {
    id: "fig5-requests-above-fig3-asylum",
    figure: "fig5",
    published: { kind: "phrase", phrase: "slightlyHigher" },
    rule: (w) => w.t.rules.fig5Requests(String(SLIGHTLY * 100)),
    tolerance: (w) => w.t.check.higherBy(String(SLIGHTLY * 100)),
    alsoNeeds: ["fig3"],
    evaluate(fig, others) {
      const fig3 = others.get("fig3")!;
      const migrants = asylumMigrants(fig3);
      const requests = asylumTotals(fig);
      const yearsBoth: number[] = [];
      for (let y = fig3.period.from; y <= fig3.period.to; y++)
        if (migrants.has(y) && requests.has(y)) yearsBoth.push(y);
      if (!yearsBoth.length) return { needsData: (w) => w.t.needs.noAsylumYears };
      const sum = (series: string) => yearsBoth.reduce((a, y) => a + (seriesValue(fig, series, y) ?? 0), 0);
      const req = yearsBoth.reduce((a, y) => a + requests.get(y)!, 0);
      const firstAndNareis = sum("first") + sum("nareizigers");
      const mig = yearsBoth.reduce((a, y) => a + migrants.get(y)!, 0);
      const excess = req / mig - 1;
      const excessB = firstAndNareis / mig - 1;
      return {
        computed: {
          kind: "comparison",
          a: { label: { series: "requests" }, value: req },
          b: { label: { series: "asylum-migrants" }, value: mig },
          unit: "persons",
          within: { from: yearsBoth[0], to: yearsBoth[yearsBoth.length - 1] },
          excess: excess * 100,
        },
        holds: isSlightlyHigher(excess),
        detail: (w) => {
          const pct = (x: number) => w.t.value.percent(w.num(x * 100, 0, true));
          const max = String(SLIGHTLY * 100);
          return (
            w.t.detail.readingCounts(w.t.detail.allRequests(w.num(req), w.num(mig), pct(excess))) +
            (isSlightlyHigher(excess) ? "" : ` (${w.t.detail.notSlightly(max)})`) +
            "; " +
            w.t.detail.readingOther(w.t.detail.firstRequests(w.num(firstAndNareis), w.num(mig), pct(excessB))) +
            (isSlightlyHigher(excessB) ? "" : ` (${w.t.detail.alsoNotSlightly})`)
          );
        },
      };
    },
  },
];
