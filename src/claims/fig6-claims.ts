// The annex's statements about figure 6 (first-time asylum applicants per 1,000 inhabitants).
import type { FigureData } from "../figures/types";
import { EU_AGGREGATE } from "../figures/eu-countries";
import { yearlyValue } from "./lookups";
import type { ClaimDefinition } from "./types";
import { rounded, type ClaimValue } from "./value";

/** Years of the figure's period in which NL is at or above the EU rate (missing values count as not lower). */
export function yearsNlNotLower(fig: FigureData): number[] {
  const out: number[] = [];
  for (let y = fig.period.from; y <= fig.period.to; y++) {
    const nlRate = yearlyValue(fig, "NL", y);
    const eu = yearlyValue(fig, EU_AGGREGATE, y);
    if (nlRate === null || eu === null || nlRate >= eu) out.push(y);
  }
  return out;
}

/** NL's and the EU's rate side by side, per 1,000 inhabitants to two decimals. */
const pair = (nlRate: number | null, eu: number | null): ClaimValue => ({
  kind: "values",
  items: [
    { label: { geo: "NL" }, value: nlRate },
    { label: { geo: EU_AGGREGATE }, value: eu },
  ],
  unit: "per-1000",
  decimals: 2,
});

const pairClaim = (year: number, nlPub: number, euPub: number): ClaimDefinition => ({
  id: `fig6-nl-vs-eu-${year}`,
  figure: "fig6",
  published: pair(nlPub, euPub),
  rule: (w) => w.t.rules.fig6Pair(String(year)),
  rounding: (w) => w.t.check.twoDecimals,
  tolerance: (w) => w.t.check.identicalTwoDecimals,
  evaluate(fig) {
    const a = yearlyValue(fig, "NL", year);
    const b = yearlyValue(fig, EU_AGGREGATE, year);
    if (a === null || b === null)
      return {
        computed: pair(a, b),
        holds: false,
        detail: (w) => w.t.detail.noPairValue(`NL/${EU_AGGREGATE}`, String(year)),
      };
    return { computed: pair(a, b), holds: rounded(a, 2) === nlPub && rounded(b, 2) === euPub && a > b };
  },
});

export const FIG6_CLAIMS: ClaimDefinition[] = [
  pairClaim(2021, 1.42, 1.2),
  pairClaim(2022, 2.02, 1.96),
  {
    id: "fig6-nl-mostly-lower",
    figure: "fig6",
    published: { kind: "years", years: [2021, 2022], where: "nl-not-lower", within: { from: 2015, to: 2024 } },
    rule: (w) => w.t.rules.fig6MostlyLower,
    evaluate(fig) {
      const years = yearsNlNotLower(fig);
      return {
        computed: { kind: "years", years, where: "nl-not-lower", within: { ...fig.period } },
        holds: years.join(",") === "2021,2022",
      };
    },
  },
];
