// The annex's statements about figure 5 (asylum requests and nareizigers, 1975-2024).
import type { FigureData } from "../figures/types";
import { type ClaimDefinition } from "./types";

/** Yearly totals (TotaalAsielverzoekenEnNareizigers_1) of the figure. */
export function asylumTotals(fig: FigureData): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of fig.table.objects() as unknown as { year: number; series: string; persons: number | null }[]) {
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

/** The value at the given quantile (nearest rank) of the yearly totals. */
export function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

export const FIG5_CLAIMS: ClaimDefinition[] = [
  {
    id: "fig5-peaks-1990s-2015",
    figure: "fig5",
    statement:
      "Er zijn meerdere pieken te zien: in de jaren '90 ten tijde van de oorlog in voormalig Joegoslavië, en een grote piek in de jaren 2015/2016.",
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
    statement: "De afgelopen 4 jaar was het aantal asielaanvragen ook hoog in historisch perspectief.",
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
];
