// The annex's statements about figure 2 (EU/EFTA citizens excluding Dutch nationals, by derived
// motive, 1999-2023). The statements are qualitative; each rule says how it is read.
import { FIG2_MOTIVES } from "../figures/fig2-eu-motives";
import { rowsOf } from "../figures/rows";
import type { FigureData } from "../figures/types";
import { motiveValue } from "./lookups";
import { nlInt, type ClaimDefinition } from "./types";

/** A figure's yearly totals table (year,total): for figure 2 the EU/EFTA totals excluding Dutch nationals (84808NED total minus 'no derived motive'), for figure 3 the non-EU/EFTA totals. */
export function yearlyTotals(fig: FigureData): Map<number, number> {
  const t = fig.extraTables?.totals;
  if (!t) throw new Error(`${fig.id} has no totals table`);
  return new Map(rowsOf<{ year: number; total: number }>(t).map((r) => [r.year, r.total]));
}

function need(m: Map<number, number>, year: number, what: string): number {
  const v = m.get(year);
  if (v === undefined) throw new Error(`${what}: no value for ${year}`);
  return v;
}

/** The pandemic dip: the total of 2020 is below both 2019 and 2021. */
export function dip2020(fig: FigureData): { y2019: number; y2020: number; y2021: number; holds: boolean } {
  const t = yearlyTotals(fig);
  const [y2019, y2020, y2021] = [2019, 2020, 2021].map((y) => need(t, y, "fig2 totals"));
  return { y2019, y2020, y2021, holds: y2020 < y2019 && y2020 < y2021 };
}

/** Years of the recent window of "vlakt af": the annex's own "afgelopen 4 jaar" (figure 5). */
export const RECENT_YEARS = 4;
/** A rise has flattened when its recent yearly change is below this fraction of the earlier one. */
export const FLAT_FRACTION = 0.5;

/**
 * "De stijging lijkt af te vlakken", in two readings. Trend (counts): the average yearly change over
 * the figure's last 4 years against that from the 2004 enlargement to the start of those years.
 * Last year: the last year's change against the average yearly change from 2004 to the year before.
 */
export function flattening(fig: FigureData): {
  last: number;
  lastChange: number;
  averageChange: number;
  recentFrom: number;
  recentChange: number;
  earlierChange: number;
  holds: boolean;
  lastYearHolds: boolean;
} {
  const t = yearlyTotals(fig);
  const at = (y: number) => need(t, y, "fig2 totals");
  const last = fig.period.to;
  const lastChange = at(last) - at(last - 1);
  const averageChange = (at(last - 1) - at(2004)) / (last - 1 - 2004);
  const recentFrom = last - RECENT_YEARS;
  const recentChange = (at(last) - at(recentFrom)) / RECENT_YEARS;
  const earlierChange = (at(recentFrom) - at(2004)) / (recentFrom - 2004);
  return {
    last,
    lastChange,
    averageChange,
    recentFrom,
    recentChange,
    earlierChange,
    // Slowed to less than half of a rise that was there; a fall would be a decline, not a flattening rise.
    holds: earlierChange > 0 && recentChange < FLAT_FRACTION * earlierChange,
    lastYearHolds: lastChange < averageChange,
  };
}

export const FIG2_CLAIMS: ClaimDefinition[] = [
  {
    id: "fig2-rise-since-enlargement",
    figure: "fig2",
    published: "sterk gestegen sinds 2004, voor alle motieven",
    rule:
      "'Sterk gestegen': the yearly total (84808NED total minus A009236) of 2022, the last year before the rise flattens, " +
      "is more than twice that of 2004; 'voor alle vormen': each motive (work, family, study, other) is higher in 2022 than in 2004. " +
      "The years with a fall are reported, not tested ('vrijwel continu').",
    tolerance: "qualitative: the rule's thresholds",
    evaluate(fig) {
      const t = yearlyTotals(fig);
      const [a, b] = [need(t, 2004, "fig2 totals"), need(t, 2022, "fig2 totals")];
      const lower = FIG2_MOTIVES.filter((m) => {
        const x = motiveValue(fig, m, 2004);
        const y = motiveValue(fig, m, 2022);
        return x === null || y === null || !(y > x);
      });
      const falls = [...t.keys()].filter((y) => y > 2004 && y <= 2022 && t.get(y)! < t.get(y - 1)!);
      return {
        computed: `2004: ${nlInt(a)}, 2022: ${nlInt(b)} (x${(b / a).toFixed(1).replace(".", ",")})`,
        holds: b > 2 * a && lower.length === 0,
        detail: [lower.length ? `niet hoger in 2022: ${lower.join(", ")}` : "", `dalingen in ${falls.join(", ") || "geen jaar"}`].filter(Boolean).join("; "),
      };
    },
  },
  {
    id: "fig2-dip-2020",
    figure: "fig2",
    published: "dip in 2020",
    rule: "The yearly total of EU/EFTA citizens excluding Dutch nationals in 2020 is below that of 2019 and of 2021.",
    tolerance: "qualitative: direction only",
    evaluate(fig) {
      const d = dip2020(fig);
      return { computed: `2019: ${nlInt(d.y2019)}, 2020: ${nlInt(d.y2020)}, 2021: ${nlInt(d.y2021)}`, holds: d.holds };
    },
  },
  {
    id: "fig2-rise-flattens",
    figure: "fig2",
    published: "stijging vlakt af",
    rule:
      `Trend reading (counts): the average yearly change of the total over the figure's last ${RECENT_YEARS} years (2019-2023; ` +
      "the annex's own 'afgelopen 4 jaar' window) is below half of the average yearly change from the 2004 enlargement to the " +
      "start of that window, which was a rise. One year's change (2022-2023) is too noisy to call a trend (one dip would do), so " +
      "the last-year reading (last change below the average 2004-2022) is shown in the detail only.",
    tolerance: `recent yearly change < ${FLAT_FRACTION * 100}% of the earlier one`,
    evaluate(fig) {
      const f = flattening(fig);
      const signed = (x: number) => `${x >= 0 ? "+" : "-"}${nlInt(Math.abs(x))}`;
      return {
        computed: `${f.recentFrom}-${f.last}: ${signed(f.recentChange)} per jaar tegen ${signed(f.earlierChange)} per jaar 2004-${f.recentFrom}`,
        holds: f.holds,
        detail:
          `lezing 1 (telt): trend over de laatste ${RECENT_YEARS} jaar, ${signed(f.recentChange)} vs. ${signed(f.earlierChange)} per jaar; ` +
          `lezing 2: laatste jaar ${f.last - 1}-${f.last} ${signed(f.lastChange)} vs. gemiddeld ${signed(f.averageChange)} per jaar 2004-${f.last - 1}` +
          (f.lastYearHolds ? "" : " (volgens deze lezing geen afvlakking)"),
      };
    },
  },
];
