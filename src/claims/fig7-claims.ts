// The annex's statement about figure 7 (share of positive first-instance asylum decisions).
import type { FigureData } from "../figures/types";
import { EU_AGGREGATE } from "../figures/eu-countries";
import { yearlyValue } from "./lookups";
import type { ClaimDefinition } from "./types";

/** Per year of the figure's period: NL above EU27_2020, not above, or one of them missing. */
export function nlAgainstEu(fig: FigureData): { notAbove: number[]; missing: number[] } {
  const notAbove: number[] = [];
  const missing: number[] = [];
  for (let y = fig.period.from; y <= fig.period.to; y++) {
    const nlShare = yearlyValue(fig, "NL", y);
    const eu = yearlyValue(fig, EU_AGGREGATE, y);
    if (nlShare === null || eu === null) missing.push(y);
    else if (nlShare <= eu) notAbove.push(y);
  }
  return { notAbove, missing };
}

export const FIG7_CLAIMS: ClaimDefinition[] = [
  {
    id: "fig7-nl-above-eu-except-2018-2019",
    figure: "fig7",
    published: "alleen 2018 en 2019 niet hoger",
    rule:
      "Eurostat migr_asydcfsta, per year 2015-2024: NL's share of positive first-instance decisions against EU27_2020's " +
      "(Dublin rejections left out where the data identifies them); the years in which NL is not above the EU are exactly 2018 and 2019.",
    evaluate(fig) {
      const { notAbove, missing } = nlAgainstEu(fig);
      const computed =
        (notAbove.length ? `niet hoger in ${notAbove.join(", ")}` : "altijd hoger") +
        (missing.length ? `; geen waarde voor NL of EU in ${missing.join(", ")}` : "");
      return {
        computed,
        holds: missing.length === 0 && notAbove.join(",") === "2018,2019",
        detail: missing.length ? `no share for NL or ${EU_AGGREGATE} in ${missing.join(", ")}` : undefined,
      };
    },
  },
];
