// The annex's statements about figure 5 (asylum requests and nareizigers, 1975-2024).
import type { FigureId } from "../catalog/annex";
import { rowsOf } from "../figures/rows";
import type { FigureData } from "../figures/types";
import { motiveRowsOf } from "./lookups";
import { coefficientOfVariation, quantile } from "./stats";
import { nl, nlInt, type ClaimDefinition } from "./types";

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
export function yearsWithValue(fig: FigureData, series: string): number[] {
  return rowsOf<SeriesRow>(fig.table)
    .filter((r) => r.series === series && r.persons !== null)
    .map((r) => r.year);
}

/**
 * "Since <year>": the series has a value in every year from `since` to the figure's end and in
 * no year before (earlier they were counted elsewhere, so they are missing, not 0).
 */
function since(fig: FigureData, series: string, year: number) {
  const have = new Set(yearsWithValue(fig, series));
  const before = [...have].filter((y) => y < year).sort((a, b) => a - b);
  const gaps: number[] = [];
  for (let y = year; y <= fig.period.to; y++) if (!have.has(y)) gaps.push(y);
  const first = Math.min(...have);
  const parts = [`eerste jaar met waarde: ${have.size ? first : "geen"}`];
  if (gaps.length) parts.push(`ontbreekt in ${gaps.join(", ")}`);
  return { computed: `vanaf ${have.size ? first : "?"}`, holds: before.length === 0 && gaps.length === 0 && have.size > 0, detail: parts.join("; ") };
}

/** Sum of figure 3's asylum immigrants (motive asylum) per year, from its table (year,motive,persons). */
export function asylumMigrants(fig3: FigureData): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of motiveRowsOf(fig3, "asylum")) if (r.persons !== null) out.set(r.year, r.persons);
  return out;
}

/** The largest excess still read as "iets hoger" (slightly higher): a quarter. */
export const SLIGHTLY = 0.25;
export const isSlightlyHigher = (excess: number) => excess > 0 && excess <= SLIGHTLY;
const signedPct = (x: number) => `${x >= 0 ? "+" : ""}${Math.round(x * 100)}%`;

/** One series (first, subsequent, nareizigers, total) of figure 5 in one year, or null. */
export function seriesValue(fig: FigureData, series: string, year: number): number | null {
  return rowsOf<SeriesRow>(fig.table).find((r) => r.series === series && r.year === year)?.persons ?? null;
}

export const FIG5_CLAIMS: ClaimDefinition[] = [
  {
    id: "fig5-fluctuates",
    figure: "fig5",
    published: "schommelt sterk",
    rule:
      "The coefficient of variation (standard deviation / mean) of the yearly totals over the figure's period (1975-2024) " +
      "is above 0.5, the usual threshold for strong variation; the largest year-on-year change is reported.",
    tolerance: "CV > 0,5",
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
        computed: `variatiecoëfficiënt ${nl(cv, 2)}`,
        holds: cv > 0.5,
        detail: `grootste verandering: ${swing.year} ${swing.change >= 0 ? "+" : ""}${Math.round(swing.change * 100)}% t.o.v. het jaar ervoor`,
      };
    },
  },
  {
    id: "fig5-peaks-1990s-2015",
    figure: "fig5",
    published: "pieken in de jaren '90 en 2015/2016",
    rule: "The highest yearly total of 1975-2024 falls in 2015 or 2016, and the highest of 1975-2014 falls in 1990-1999.",
    evaluate(fig) {
      const p = asylumPeaks(fig);
      return {
        computed: `hoogste jaar ${p.overall}; hoogste voor 2015: ${p.before2015}`,
        holds: (p.overall === 2015 || p.overall === 2016) && p.before2015 >= 1990 && p.before2015 <= 1999,
      };
    },
  },
  {
    id: "fig5-last-4-years-high",
    figure: "fig5",
    published: "2021-2024 hoog",
    rule: "Each yearly total of the last 4 years of the figure (2021-2024) is above the 75th percentile (nearest rank) of all yearly totals 1975-2024.",
    evaluate(fig) {
      const t = asylumTotals(fig);
      const p75 = quantile([...t.values()], 0.75);
      const last = [0, 1, 2, 3].map((i) => fig.period.to - 3 + i);
      const low = last.filter((y) => !((t.get(y) ?? -Infinity) > p75));
      return {
        computed: `${last.map((y) => `${y}: ${t.get(y) ?? "?"}`).join(", ")} (75e percentiel ${p75})`,
        holds: low.length === 0,
        detail: low.length ? `niet boven het 75e percentiel: ${low.join(", ")}` : undefined,
      };
    },
  },
  {
    id: "fig5-subsequent-since-2007",
    figure: "fig5",
    published: "vanaf 2007",
    rule: "VolgendeAsielverzoeken_3 has a value in every year 2007-2024 and in no year before 2007.",
    evaluate: (fig) => since(fig, "subsequent", 2007),
  },
  {
    id: "fig5-nareizigers-since-2013",
    figure: "fig5",
    published: "vanaf 2013",
    rule: "NareizigersPersonen_4 has a value in every year 2013-2024 and in no year before 2013.",
    evaluate: (fig) => since(fig, "nareizigers", 2013),
  },
  {
    id: "fig5-longer-period",
    figure: "fig5",
    published: "langere periode dan figuren 1-4",
    rule: "Figure 5's period (annex: 1975-2024) starts earlier than that of each of figures 1-4 that is built, and is at least as long; figure 1 must be built.",
    alsoNeeds: [EARLIER_FIGURES[0]],
    alsoReads: EARLIER_FIGURES.slice(1),
    evaluate(fig, others) {
      const span = (f: FigureData) => f.period.to - f.period.from + 1;
      const earlier = EARLIER_FIGURES.filter((id) => others.has(id)).map((id) => others.get(id)!);
      const shorter = earlier.filter((f) => !(fig.period.from < f.period.from && span(fig) >= span(f)));
      return {
        computed: `${fig.period.from}-${fig.period.to} (${span(fig)} jaar) tegen ${earlier.map((f) => `${f.id} ${f.period.from}-${f.period.to}`).join(", ")}`,
        holds: shorter.length === 0,
        detail: shorter.length ? `niet langer dan ${shorter.map((f) => f.id).join(", ")}` : undefined,
      };
    },
  },
  {
    id: "fig5-requests-above-fig3-asylum",
    figure: "fig5",
    published: "iets hoger",
    rule:
      "Over figure 3's years (1999-2024 in annex mode, all in figure 5), the sum of figure 5's totals (first and subsequent " +
      "requests and nareizigers, TotaalAsielverzoekenEnNareizigers_1: the series the figure shows and the footnote speaks of) " +
      "against the sum of figure 3's asylum immigrants (84809NED A009233, nareizigers included). 'Iets hoger' (slightly higher) " +
      `counts as higher by more than 0% and at most ${SLIGHTLY * 100}%: a quarter more is the most one still calls 'iets'; more is ` +
      "'aanzienlijk'. The second reading, first requests plus nareizigers only (a subsequent request is made by someone already " +
      "counted), is shown in the detail; the printed figure's total counts because the footnote compares the figure's number. " +
      "Sums over the whole period, so the registration delay of up to 6 months does not matter.",
    tolerance: `higher by 0-${SLIGHTLY * 100}%`,
    alsoNeeds: ["fig3"],
    evaluate(fig, others) {
      const fig3 = others.get("fig3")!;
      const migrants = asylumMigrants(fig3);
      const requests = asylumTotals(fig);
      const yearsBoth: number[] = [];
      for (let y = fig3.period.from; y <= fig3.period.to; y++) if (migrants.has(y) && requests.has(y)) yearsBoth.push(y);
      if (!yearsBoth.length) return { needsData: "figure 3 has no asylum values in figure 5's years" };
      const sum = (series: string) => yearsBoth.reduce((a, y) => a + (seriesValue(fig, series, y) ?? 0), 0);
      const req = yearsBoth.reduce((a, y) => a + requests.get(y)!, 0);
      const firstAndNareis = sum("first") + sum("nareizigers");
      const mig = yearsBoth.reduce((a, y) => a + migrants.get(y)!, 0);
      const span = `${yearsBoth[0]}-${yearsBoth[yearsBoth.length - 1]}`;
      const excess = req / mig - 1;
      const excessB = firstAndNareis / mig - 1;
      return {
        computed: `${nlInt(req)} aanvragen tegen ${nlInt(mig)} asielmigranten ${span} (${signedPct(excess)})`,
        holds: isSlightlyHigher(excess),
        detail:
          `lezing 1 (telt): alle aanvragen en nareizigers ${nlInt(req)} vs. ${nlInt(mig)}, ${signedPct(excess)}` +
          `${isSlightlyHigher(excess) ? "" : ` (niet 'iets': meer dan 0-${SLIGHTLY * 100}%)`}; ` +
          `lezing 2: eerste aanvragen en nareizigers ${nlInt(firstAndNareis)} vs. ${nlInt(mig)}, ${signedPct(excessB)}` +
          `${isSlightlyHigher(excessB) ? "" : " (ook niet 'iets')"}`,
      };
    },
  },
];
