// The annex's statements about figure 2 (EU/EFTA citizens excluding Dutch nationals, by derived
// motive, 1999-2023). The statements are qualitative; each rule says how it is read.
import { FIG2_MOTIVES } from "../figures/fig2-eu-motives";
import { rowsOf } from "../figures/rows";
import type { FigureData } from "../figures/types";
import { motiveValue } from "./lookups";
import type { ClaimDefinition } from "./types";

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
const RECENT_YEARS = 4;
/** A rise has flattened when its recent yearly change is below this fraction of the earlier one. */
const FLAT_FRACTION = 0.5;

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
    published: { kind: "phrase", phrase: "strongRiseAllMotives" },
    rule: (w) => w.t.rules.fig2Rise,
    tolerance: (w) => w.t.check.qualitativeThresholds,
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
        computed: {
          kind: "values",
          items: [
            { label: { year: 2004 }, value: a },
            { label: { year: 2022 }, value: b },
          ],
          unit: "persons",
          decimals: 0,
        },
        holds: b > 2 * a && lower.length === 0,
        detail: (w) =>
          [
            w.t.detail.factor(w.num(b / a, 1)),
            lower.length ? w.t.detail.notHigher2022(w.list(lower.map((m) => w.label({ motive: m })))) : "",
            falls.length ? w.t.detail.falls(w.list(falls)) : w.t.detail.noFalls,
          ]
            .filter(Boolean)
            .join("; "),
      };
    },
  },
  {
    id: "fig2-dip-2020",
    figure: "fig2",
    published: { kind: "phrase", phrase: "dip2020" },
    rule: (w) => w.t.rules.fig2Dip,
    tolerance: (w) => w.t.check.qualitativeDirection,
    evaluate(fig) {
      const d = dip2020(fig);
      return {
        computed: {
          kind: "values",
          items: [
            { label: { year: 2019 }, value: d.y2019 },
            { label: { year: 2020 }, value: d.y2020 },
            { label: { year: 2021 }, value: d.y2021 },
          ],
          unit: "persons",
          decimals: 0,
        },
        holds: d.holds,
      };
    },
  },
  {
    id: "fig2-rise-flattens",
    figure: "fig2",
    published: { kind: "phrase", phrase: "riseFlattens" },
    rule: (w) => w.t.rules.fig2Flattens(String(RECENT_YEARS), String(FLAT_FRACTION * 100)),
    tolerance: (w) => w.t.check.flatFraction(String(FLAT_FRACTION * 100)),
    evaluate(fig) {
      const f = flattening(fig);
      return {
        computed: {
          kind: "values",
          items: [
            { label: { period: { from: f.recentFrom, to: f.last } }, value: f.recentChange },
            { label: { period: { from: 2004, to: f.recentFrom } }, value: f.earlierChange },
          ],
          unit: "persons-per-year",
          decimals: 0,
          signed: true,
        },
        holds: f.holds,
        detail: (w) => {
          const signed = (x: number) => w.num(x, 0, true);
          return (
            w.t.detail.readingCounts(
              w.t.detail.flattenTrend(String(RECENT_YEARS), signed(f.recentChange), signed(f.earlierChange)),
            ) +
            "; " +
            w.t.detail.readingOther(
              w.t.detail.flattenLastYear(
                `${f.last - 1}-${f.last}`,
                signed(f.lastChange),
                signed(f.averageChange),
                `2004-${f.last - 1}`,
              ),
            ) +
            (f.lastYearHolds ? "" : ` (${w.t.detail.notByThisReading})`)
          );
        },
      };
    },
  },
];
