// The annex's statements about figure 3 (non-EU/EFTA immigrants by motive, 1999-2024):
// "De komst van migranten van buiten de EU fluctueert sterker dan die van EU-migranten en dan met
// name die van asielmigranten en van migranten die vallen onder de tijdelijke beschermingsrichtlijn."
// Fluctuation is measured by the coefficient of variation (standard deviation / mean) of the
// yearly numbers. The ukrainians-2022 statement is in fig1-claims (it explains figure 1's peak).
import { FIG3_MOTIVES } from "../figures/fig3-non-eu-motives";
import type { FigureData } from "../figures/types";
import { yearlyTotals } from "./fig2-claims";
import { motiveRowsOf } from "./lookups";
import { coefficientOfVariation } from "./stats";
import type { ClaimDefinition } from "./types";

export { coefficientOfVariation };

/**
 * One motive's yearly persons over the years. Blanks before the motive's first value count as 0:
 * nobody could come under a category that did not exist yet (temporary protection before 2022);
 * a blank after it is missing data and an error.
 */
export function motiveSeries(fig: FigureData, motive: string, from: number, to: number): number[] {
  const rows = motiveRowsOf(fig, motive);
  if (!rows.length) throw new Error(`${fig.id} has no motive ${motive}`);
  const first = Math.min(...rows.filter((r) => r.persons !== null).map((r) => r.year));
  const out: number[] = [];
  for (let y = from; y <= to; y++) {
    const v = rows.find((r) => r.year === y)?.persons;
    if (typeof v === "number") out.push(v);
    else if (y < first) out.push(0);
    else throw new Error(`${fig.id}: ${motive} has no value in ${y}`);
  }
  return out;
}

function totalsSeries(totals: Map<number, number>, from: number, to: number, what: string): number[] {
  const out: number[] = [];
  for (let y = from; y <= to; y++) {
    const v = totals.get(y);
    if (v === undefined) throw new Error(`${what}: no total for ${y}`);
    out.push(v);
  }
  return out;
}

/** Mean absolute relative change from one year to the next: how much a series goes up and down. */
function meanAbsoluteChange(xs: number[]): number {
  if (xs.length < 2) throw new Error("year-on-year change of fewer than two values");
  const changes = xs.slice(1).map((x, i) => Math.abs(x / xs[i] - 1));
  return changes.reduce((a, b) => a + b, 0) / changes.length;
}

/**
 * Two measures of fluctuation of the yearly totals of figure 3 and figure 2 over the years both
 * cover: the mean absolute year-on-year change (swings) and the coefficient of variation (spread
 * of the levels, which a steady trend inflates as much as swings do).
 */
export function totalsVariation(
  fig3: FigureData,
  fig2: FigureData,
): { from: number; to: number; nonEu: number; eu: number; nonEuSwing: number; euSwing: number } {
  const from = Math.max(fig3.period.from, fig2.period.from);
  const to = Math.min(fig3.period.to, fig2.period.to);
  const nonEu = totalsSeries(yearlyTotals(fig3), from, to, "fig3");
  const eu = totalsSeries(yearlyTotals(fig2), from, to, "fig2");
  return {
    from,
    to,
    nonEu: coefficientOfVariation(nonEu),
    eu: coefficientOfVariation(eu),
    nonEuSwing: meanAbsoluteChange(nonEu),
    euSwing: meanAbsoluteChange(eu),
  };
}

/** CV of each non-EU motive over figure 3's period, highest first. */
export function motiveVariation(fig3: FigureData): { motive: string; cv: number }[] {
  return FIG3_MOTIVES.map((motive) => ({
    motive,
    cv: coefficientOfVariation(motiveSeries(fig3, motive, fig3.period.from, fig3.period.to)),
  })).sort((a, b) => b.cv - a.cv);
}

export const FIG3_CLAIMS: ClaimDefinition[] = [
  {
    id: "fig3-fluctuates-more-than-eu",
    figure: "fig3",
    published: { kind: "phrase", phrase: "nonEuFluctuatesMore" },
    rule: (w) => w.t.rules.fig3Fluctuates,
    tolerance: (w) => w.t.check.qualitativeDirection,
    alsoNeeds: ["fig2"],
    evaluate(fig, others) {
      const v = totalsVariation(fig, others.get("fig2")!);
      return {
        computed: {
          kind: "values",
          items: [
            { label: { group: "non-eu" }, value: v.nonEuSwing * 100 },
            { label: { group: "eu" }, value: v.euSwing * 100 },
          ],
          unit: "percent",
          decimals: 0,
          measure: "mean-yearly-change",
          within: { from: v.from, to: v.to },
        },
        holds: v.nonEuSwing > v.euSwing,
        detail: (w) =>
          w.t.detail.readingCounts(w.t.detail.swing(w.num(v.nonEuSwing * 100), w.num(v.euSwing * 100))) +
          "; " +
          w.t.detail.readingOther(w.t.detail.levels(w.num(v.nonEu, 2), w.num(v.eu, 2))) +
          (v.nonEu > v.eu ? "" : ` (${w.t.detail.notStronger})`),
      };
    },
  },
  {
    id: "fig3-asylum-temporary-protection-most",
    figure: "fig3",
    published: { kind: "phrase", phrase: "asylumTemporaryProtectionMost" },
    rule: (w) => w.t.rules.fig3Most,
    tolerance: (w) => w.t.check.qualitativeRanking,
    evaluate(fig) {
      const ranked = motiveVariation(fig);
      const top = ranked
        .slice(0, 2)
        .map((r) => r.motive)
        .sort();
      const tpFrom =
        fig.period.from +
        motiveSeries(fig, "temporary_protection", fig.period.from, fig.period.to).findIndex((v) => v > 0);
      const tpOnly = coefficientOfVariation(motiveSeries(fig, "temporary_protection", tpFrom, fig.period.to));
      return {
        computed: {
          kind: "values",
          items: ranked.map((r) => ({ label: { motive: r.motive }, value: r.cv })),
          unit: "ratio",
          decimals: 2,
          measure: "cv",
        },
        holds: top.join(",") === "asylum,temporary_protection",
        detail: (w) => w.t.detail.temporaryOnly(`${tpFrom}-${fig.period.to}`, w.num(tpOnly, 2)),
      };
    },
  },
];
