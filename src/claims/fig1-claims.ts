// The annex's statements about figure 1, computed from the figure's data (annex mode, 1995-2024).
import { rowsOf } from "../figures/rows";
import type { FigureData } from "../figures/types";
import { motiveValue } from "./lookups";
import { nl, nlInt, nlSigned, type ClaimDefinition, type Evaluation } from "./types";

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
  const holds = nl(m, 1) === nl(published, 1);
  const exact = `exact: ${nl(m, 3)} miljoen`;
  return { computed: `${nl(m, 1)} miljoen`, holds, detail: holds ? exact : `${exact}; ${nlSigned(m - published, 3)} miljoen t.o.v. gepubliceerd` };
}

/** Persons with motive temporary protection in a year, from figure 3's table (year,motive,persons). */
export function temporaryProtection(fig3: FigureData, year: number): number | null {
  return motiveValue(fig3, "temporary_protection", year);
}

export function netMigration(fig: FigureData, year: number): number | null {
  return fig1Rows(fig).find((r) => r.year === year)?.net_migration ?? null;
}

export const FIG1_CLAIMS: ClaimDefinition[] = [
  {
    id: "fig1-immigration-1995-2024",
    figure: "fig1",
    published: "5,3 miljoen",
    rule: "Sum of Immigratie_4 over the years 1995-2024, in millions, rounded to one decimal, equals 5,3.",
    rounding: "millions, one decimal",
    tolerance: "equal after rounding (exact sum 5,25 to 5,35 million)",
    evaluate: (fig) => millionsClaim(totalMillions(fig, "immigration"), 5.3),
  },
  {
    id: "fig1-emigration-1995-2024",
    figure: "fig1",
    published: "3,8 miljoen",
    rule: "Sum of EmigratieInclusiefAdministratieveC_5 over 1995-2024, in millions, rounded to one decimal, equals 3,8.",
    rounding: "millions, one decimal",
    tolerance: "equal after rounding (exact sum 3,75 to 3,85 million)",
    evaluate: (fig) => millionsClaim(totalMillions(fig, "emigration"), 3.8),
  },
  {
    id: "fig1-net-positive-since-2008",
    figure: "fig1",
    published: "positief in elk jaar 2008-2024",
    rule: "Immigration minus emigration is above 0 in every year 2008-2024 ('sinds ongeveer 2008' read as from 2008 on).",
    evaluate(fig) {
      const bad = yearsWithNonPositiveNet(fig, 2008, 2024);
      return {
        computed: bad.length ? `niet positief in ${bad.join(", ")}` : "positief in elk jaar 2008-2024",
        holds: bad.length === 0,
      };
    },
  },
  {
    id: "fig1-peak-2022",
    figure: "fig1",
    published: "2022",
    rule: "The year with the highest net migration in 1995-2024 is 2022.",
    evaluate(fig) {
      const y = peakNetYear(fig);
      return { computed: String(y), holds: y === 2022 };
    },
  },
  {
    id: "fig1-ukrainians-2022",
    figure: "fig1",
    published: "ruim 100.000",
    rule:
      "Figure 3's immigrants with motive temporary protection (CBS 84809NED, A052135) in 2022 number more than 100,000 " +
      "and less than 150,000 ('ruim 100.000'), and they are more than half of the rise in net migration from 2021 to 2022 " +
      "in figure 1 ('vooral': the peak came mainly from them).",
    rounding: "'ruim' (well over) a round 100.000",
    tolerance: "100.000 < value < 150.000",
    alsoNeeds: ["fig3"],
    evaluate(fig, others) {
      const tp = temporaryProtection(others.get("fig3")!, 2022);
      if (tp === null) return { needsData: "figure 3 has no temporary protection value for 2022 (CBS 84809NED, A052135)" };
      const n21 = netMigration(fig, 2021);
      const n22 = netMigration(fig, 2022);
      if (n21 === null || n22 === null) return { computed: nlInt(tp), holds: false, detail: "net migration 2021 or 2022 missing in figure 1" };
      const rise = n22 - n21;
      const share = tp / rise;
      return {
        computed: `${nlInt(tp)} (stijging migratiesaldo 2021-2022: ${nlInt(rise)}; aandeel ${Math.round(share * 100)}%)`,
        holds: tp > 100_000 && tp < 150_000 && share > 0.5,
      };
    },
  },
];
