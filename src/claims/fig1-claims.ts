// The annex's statements about figure 1, computed from the figure's data (annex mode, 1995-2024).
import type { FigureData } from "../figures/types";
import { nl, type ClaimDefinition } from "./types";

interface Row {
  year: number;
  immigration: number | null;
  emigration: number | null;
  net_migration: number | null;
}
const rowsOf = (fig: FigureData) => fig.table.objects() as unknown as Row[];

/** Sum of a flow over the figure's years, in millions; fails loudly on a missing year. */
export function totalMillions(fig: FigureData, column: "immigration" | "emigration"): number {
  const rows = rowsOf(fig);
  const gaps = rows.filter((r) => r[column] === null).map((r) => r.year);
  if (gaps.length) throw new Error(`fig1: ${column} missing for ${gaps.join(", ")}`);
  return rows.reduce((a, r) => a + (r[column] as number), 0) / 1e6;
}

export function yearsWithNonPositiveNet(fig: FigureData, from: number, to: number): number[] {
  return rowsOf(fig)
    .filter((r) => r.year >= from && r.year <= to && !(r.net_migration !== null && r.net_migration > 0))
    .map((r) => r.year);
}

export function peakNetYear(fig: FigureData): number {
  const rows = rowsOf(fig).filter((r) => r.net_migration !== null);
  return rows.reduce((best, r) => (r.net_migration! > best.net_migration! ? r : best)).year;
}

export const FIG1_CLAIMS: ClaimDefinition[] = [
  {
    id: "fig1-immigration-1995-2024",
    figure: "fig1",
    statement: "Over de periode 1995-2024 vestigden zich 5,3 miljoen mensen in Nederland.",
    published: "5,3 miljoen",
    rule: "Sum of Immigratie_4 over the years 1995-2024, in millions, rounded to one decimal, equals 5,3.",
    evaluate(fig) {
      const m = totalMillions(fig, "immigration");
      return { computed: `${nl(m, 1)} miljoen`, holds: nl(m, 1) === "5,3", detail: `exact: ${nl(m, 3)} miljoen` };
    },
  },
  {
    id: "fig1-emigration-1995-2024",
    figure: "fig1",
    statement: "In diezelfde periode vertrokken er 3,8 miljoen mensen.",
    published: "3,8 miljoen",
    rule: "Sum of EmigratieInclusiefAdministratieveC_5 over 1995-2024, in millions, rounded to one decimal, equals 3,8.",
    evaluate(fig) {
      const m = totalMillions(fig, "emigration");
      return { computed: `${nl(m, 1)} miljoen`, holds: nl(m, 1) === "3,8", detail: `exact: ${nl(m, 3)} miljoen` };
    },
  },
  {
    id: "fig1-net-positive-since-2008",
    figure: "fig1",
    statement: "Nederland kent sinds ongeveer 2008 een positief migratiesaldo.",
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
    statement: "In 2022 was er een uitzonderlijke piek in het migratiesaldo.",
    published: "2022",
    rule: "The year with the highest net migration in 1995-2024 is 2022.",
    evaluate(fig) {
      const y = peakNetYear(fig);
      return { computed: String(y), holds: y === 2022 };
    },
  },
];
