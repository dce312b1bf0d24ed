// The annex's statements about figure 1, computed from the figure's data (annex mode, 1995-2024).
import { rowsOf } from "../figures/rows";
import type { FigureData } from "../figures/types";
import { motiveValue } from "./lookups";
import type { ClaimDefinition, Evaluation } from "./types";
import { rounded, type ClaimValue, type Wording } from "./value";

interface Row {
  year: number;
  immigration: number | null;
  emigration: number | null;
  net_migration: number | null;
}
const fig1Rows = (fig: FigureData) => rowsOf<Row>(fig.table);

/** Sum of a flow over the figure's years, in millions; fails loudly on a missing year. */
export function totalMillions(fig: FigureData, column: "immigration" | "emigration"): number {
  const rows = fig1Rows(fig);
  const gaps = rows.filter((r) => r[column] === null).map((r) => r.year);
  if (gaps.length) throw new Error(`fig1: ${column} missing for ${gaps.join(", ")}`);
  return rows.reduce((a, r) => a + (r[column] as number), 0) / 1e6;
}

export function yearsWithNonPositiveNet(fig: FigureData, from: number, to: number): number[] {
  return fig1Rows(fig)
    .filter((r) => r.year >= from && r.year <= to && !(r.net_migration !== null && r.net_migration > 0))
    .map((r) => r.year);
}

export function peakNetYear(fig: FigureData): number {
  const rows = fig1Rows(fig).filter((r) => r.net_migration !== null);
  return rows.reduce((best, r) => (r.net_migration! > best.net_migration! ? r : best)).year;
}

/** A total in millions against its published one-decimal value: the exact value, and the gap when it differs. */
function millionsClaim(m: number, published: number): Evaluation {
  const holds = rounded(m, 1) === rounded(published, 1);
  return {
    computed: millions(m),
    holds,
    detail: (w) =>
      holds
        ? w.t.detail.exactMillions(w.num(m, 3))
        : w.t.detail.exactMillionsOff(w.num(m, 3), w.num(m - published, 3, true)),
  };
}

const millions = (value: number): ClaimValue => ({ kind: "number", value, unit: "millions", decimals: 1 });

/** A sum in millions published to one decimal: its rule, rounding and tolerance. */
const millionsDefinition = (column: string, published: number) => ({
  published: millions(published),
  rule: (w: Wording) => w.t.rules.fig1Total(column, "1995-2024", w.num(published, 1)),
  rounding: (w: Wording) => w.t.check.millionsOneDecimal,
  tolerance: (w: Wording) =>
    w.t.check.equalAfterRoundingMillions(w.num(published - 0.05, 2), w.num(published + 0.05, 2)),
});

/** Persons with motive temporary protection in a year, from figure 3's table (year,motive,persons). */
function temporaryProtection(fig3: FigureData, year: number): number | null {
  return motiveValue(fig3, "temporary_protection", year);
}

function netMigration(fig: FigureData, year: number): number | null {
  return fig1Rows(fig).find((r) => r.year === year)?.net_migration ?? null;
}

export const FIG1_CLAIMS: ClaimDefinition[] = [
  {
    id: "fig1-immigration-1995-2024",
    figure: "fig1",
    ...millionsDefinition("Immigratie_4", 5.3),
    evaluate: (fig) => millionsClaim(totalMillions(fig, "immigration"), 5.3),
  },
  {
    id: "fig1-emigration-1995-2024",
    figure: "fig1",
    ...millionsDefinition("EmigratieInclusiefAdministratieveC_5", 3.8),
    evaluate: (fig) => millionsClaim(totalMillions(fig, "emigration"), 3.8),
  },
  {
    id: "fig1-net-positive-since-2008",
    figure: "fig1",
    published: { kind: "years", years: [], where: "net-not-positive", within: { from: 2008, to: 2024 } },
    rule: (w) => w.t.rules.fig1NetPositive,
    evaluate(fig) {
      const bad = yearsWithNonPositiveNet(fig, 2008, 2024);
      return {
        computed: { kind: "years", years: bad, where: "net-not-positive", within: { from: 2008, to: 2024 } },
        holds: bad.length === 0,
      };
    },
  },
  {
    id: "fig1-peak-2022",
    figure: "fig1",
    published: { kind: "year", year: 2022 },
    rule: (w) => w.t.rules.fig1Peak,
    evaluate(fig) {
      const y = peakNetYear(fig);
      return { computed: { kind: "year", year: y }, holds: y === 2022 };
    },
  },
  {
    id: "fig1-ukrainians-2022",
    figure: "fig1",
    published: { kind: "number", value: 100_000, unit: "persons", decimals: 0, bound: "over" },
    rule: (w) => w.t.rules.fig1Ukrainians,
    rounding: (w) => w.t.check.over100000,
    tolerance: (w) => w.t.check.between(w.num(100_000), w.num(150_000)),
    alsoNeeds: ["fig3"],
    evaluate(fig, others) {
      const tp = temporaryProtection(others.get("fig3")!, 2022);
      if (tp === null) return { needsData: (w) => w.t.needs.noTemporaryProtection2022 };
      const computed: ClaimValue = { kind: "number", value: tp, unit: "persons", decimals: 0 };
      const n21 = netMigration(fig, 2021);
      const n22 = netMigration(fig, 2022);
      if (n21 === null || n22 === null) return { computed, holds: false, detail: (w) => w.t.detail.netMissing };
      const rise = n22 - n21;
      const share = tp / rise;
      return {
        computed,
        holds: tp > 100_000 && tp < 150_000 && share > 0.5,
        detail: (w) => w.t.detail.ukrainians(w.num(rise), w.num(share * 100)),
      };
    },
  },
];
