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
    published: { kind: "years", years: [2018, 2019], where: "nl-not-higher", within: { from: 2015, to: 2024 } },
    rule: (w) => w.t.rules.fig7AboveEu,
    evaluate(fig) {
      const { notAbove, missing } = nlAgainstEu(fig);
      return {
        computed: { kind: "years", years: notAbove, where: "nl-not-higher", within: { ...fig.period } },
        holds: missing.length === 0 && notAbove.join(",") === "2018,2019",
        detail: missing.length ? (w) => w.t.detail.noShare(`NL/${EU_AGGREGATE}`, w.list(missing)) : undefined,
      };
    },
  },
];
