// The annex's statements about figure 6 (first-time asylum applicants per 1,000 inhabitants).
import type { FigureData } from "../figures/types";
import { EU_AGGREGATE } from "../figures/eu-countries";
import { yearlyValue } from "./lookups";
import { nl, type ClaimDefinition } from "./types";

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

const pairClaim = (year: number, nlPub: string, euPub: string): ClaimDefinition => ({
  id: `fig6-nl-vs-eu-${year}`,
  figure: "fig6",
  published: `${nlPub} vs. ${euPub}`,
  rule: `Eurostat migr_asyapp1mp, unit NR, ${year}: NL and EU27_2020 as published to two decimals, and NL above the EU.`,
  rounding: "two decimals (Eurostat publishes the rate to two decimals)",
  tolerance: "identical to two decimals",
  evaluate(fig) {
    const a = yearlyValue(fig, "NL", year);
    const b = yearlyValue(fig, EU_AGGREGATE, year);
    if (a === null || b === null) return { computed: "ontbreekt", holds: false, detail: `no value for NL or EU27_2020 in ${year}` };
    const computed = `${nl(a, 2)} vs. ${nl(b, 2)}`;
    return { computed, holds: computed === `${nlPub} vs. ${euPub}` && a > b };
  },
});

export const FIG6_CLAIMS: ClaimDefinition[] = [
  pairClaim(2021, "1,42", "1,20"),
  pairClaim(2022, "2,02", "1,96"),
  {
    id: "fig6-nl-mostly-lower",
    figure: "fig6",
    published: "alleen 2021 en 2022 niet lager",
    rule: "Over 2015-2024, the years in which NL's rate is not below EU27_2020's are exactly 2021 and 2022.",
    evaluate(fig) {
      const years = yearsNlNotLower(fig);
      return { computed: years.length ? `niet lager in ${years.join(", ")}` : "altijd lager", holds: years.join(",") === "2021,2022" };
    },
  },
];
