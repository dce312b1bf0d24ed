// The exercises at the end of each notebook and their check. A student writes an answer in the
// notebook and runs `check(id, answer, { fig, rawDir })`; the expected answer is computed here from
// the same data with the project's functions, so it follows the data (annex or latest mode, another
// vintage). A wrong answer gets a hint, never the answer. test/notebook/exercises.test.ts holds a
// worked solution for each exercise and checks that it passes and that wrong answers fail.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { euCrossSection } from "../figures/eu-average";
import { buildFigureData } from "../figures/build-figure";
import { fig6Yearly, loadFig6 } from "../figures/fig6-eu-asylum-per-1000";
import { fig7, FIG7_PC_SOURCE, FIG7_SOURCE, positiveShare } from "../figures/fig7-eu-positive-decisions";
import { rowsOf } from "../figures/rows";
import type { FigureData } from "../figures/types";
import { shownGeos } from "../catalog/annex";
import { projectRoot } from "../paths";
import { resolveDataSource } from "../raw/data-source";
import { stageDecisionFile } from "./decision-fixtures";

/** What a check needs: the notebook's figure, and the raw folder for exercises that read more. */
export interface ExerciseContext {
  fig?: FigureData;
  rawDir?: string;
}

type Expected = number | string | Record<string, number>;

interface Exercise {
  /** What the answer looks like, said when it has the wrong shape. */
  shape: string;
  /** Numbers count as right when they round to the expected value at this many decimals. */
  decimals?: number;
  hint: string;
  expected(ctx: ExerciseContext): Expected;
}

export interface CheckResult {
  id: string;
  status: "not-answered" | "pass" | "fail" | "cannot-check";
  /** Markdown for tslab.display.markdown. */
  message: string;
}

const figOf = (ctx: ExerciseContext, id: string): FigureData => {
  if (!ctx.fig) throw new Error(`pass the notebook's figure: check(..., answer, { fig })`);
  if (ctx.fig.id !== id) throw new Error(`this exercise is about ${id}, not ${ctx.fig.id}`);
  return ctx.fig;
};

type Row = Record<string, number | string | null>;
const rows = (fig: FigureData) => rowsOf<Row>(fig.table);
const sum = (xs: (number | string | null)[]) => xs.reduce<number>((a, v) => a + (typeof v === "number" ? v : 0), 0);
const argmax = (rs: Row[], key: string, value: string) =>
  rs.filter((r) => typeof r[value] === "number").reduce((best, r) => ((r[value] as number) > (best[value] as number) ? r : best))[key] as number | string;

/** Percentage to one decimal: 100 * part / whole. */
const pct = (part: number, whole: number) => (100 * part) / whole;

// The window of the fig6 exercises: the first ten years of migr_asyapp1mp (the annex: 2015-2024).
export const FIG6_EXERCISE_WINDOW = { from: 2008, to: 2017 };
const fig6Window = (ctx: ExerciseContext) => {
  const { values } = fig6Yearly(loadFig6(ctx.rawDir ?? resolveDataSource().dir)); // the run's one data folder, as the notebook's figure
  const { from, to } = FIG6_EXERCISE_WINDOW;
  const years = new Set(values.filter((v) => v.geo === "NL" && v.value !== null).map((v) => v.year));
  for (let y = from; y <= to; y++) if (!years.has(y)) throw new Error(`the Eurostat download has no Dutch rate for ${y}`);
  return rowsOf<{ geo: string; average: number | null }>(euCrossSection(values, from, to, shownGeos("fig6")).averages);
};

// The synthetic decision files of notebook fig7 (test/fixtures/eurostat/), built as the notebook does.
function syntheticFig7(file: string): FigureData {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-exercise-"));
  try {
    const fixtures = path.join(projectRoot(), "test", "fixtures", "eurostat");
    stageDecisionFile(dir, FIG7_SOURCE, path.join(fixtures, file));
    stageDecisionFile(dir, FIG7_PC_SOURCE, path.join(fixtures, "migr_asydec1pc.json"));
    return buildFigureData(fig7, { rawDir: dir, mode: "annex" });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
const nlAverage = (fig: FigureData) => rowsOf<{ geo: string; average: number }>(fig.table).find((r) => r.geo === "NL")!.average;

/** One motive's persons as a percentage of all persons in the rows. */
const motiveShare = (rs: ReturnType<typeof rows>, motive: string) =>
  pct(sum(rs.filter((r) => r.motive === motive).map((r) => r.persons)), sum(rs.map((r) => r.persons)));

// The answer shapes several exercises share (what the student is told to give, and its rounding).
const A_YEAR = { shape: "a year (a number such as 1999)", decimals: 0 };
const A_PERCENTAGE = { shape: "a percentage with one decimal (a number such as 54.3)", decimals: 1 };

const EXERCISES: Record<string, Exercise> = {
  "fig1.decades": {
    shape: 'an object with the net migration (persons) per decade: { "1995-2004": ..., "2005-2014": ..., "2015-2024": ... }',
    decimals: 0,
    hint: "add up the `net_migration` column of `fig.table` over the ten years of each decade, both ends included",
    expected: (ctx) => {
      const rs = rows(figOf(ctx, "fig1"));
      const decade = (from: number) => sum(rs.filter((r) => (r.year as number) >= from && (r.year as number) <= from + 9).map((r) => r.net_migration));
      return { "1995-2004": decade(1995), "2005-2014": decade(2005), "2015-2024": decade(2015) };
    },
  },
  "fig1.peak": {
    ...A_YEAR,
    hint: "look for the largest `net_migration` in `fig.table`, not the largest immigration",
    expected: (ctx) => argmax(rows(figOf(ctx, "fig1")), "year", "net_migration"),
  },
  "fig1.emigration-ratio": {
    ...A_PERCENTAGE,
    hint: "divide the total emigration of the whole period by the total immigration, times 100",
    expected: (ctx) => {
      const rs = rows(figOf(ctx, "fig1"));
      return pct(sum(rs.map((r) => r.emigration)), sum(rs.map((r) => r.immigration)));
    },
  },
  "fig2.work-share": {
    ...A_PERCENTAGE,
    hint: "sum `persons` of motive `work` over all years and divide by the sum of `persons` over all motives and years",
    expected: (ctx) => motiveShare(rows(figOf(ctx, "fig2")), "work"),
  },
  "fig2.peak-family": {
    ...A_YEAR,
    hint: "keep the rows of motive `family` and find the year with the most persons",
    expected: (ctx) => argmax(rows(figOf(ctx, "fig2")).filter((r) => r.motive === "family"), "year", "persons"),
  },
  "fig3.peak-asylum": {
    ...A_YEAR,
    hint: "keep the rows of motive `asylum` and find the year with the most persons",
    expected: (ctx) => argmax(rows(figOf(ctx, "fig3")).filter((r) => r.motive === "asylum"), "year", "persons"),
  },
  "fig3.last-year-total": {
    shape: "a number of persons (a whole number)",
    decimals: 0,
    hint: "take the rows of the figure's last year (`fig.period.to`) and add up `persons` over all motives",
    expected: (ctx) => {
      const fig = figOf(ctx, "fig3");
      return sum(rows(fig).filter((r) => r.year === fig.period.to).map((r) => r.persons));
    },
  },
  "fig4.largest": {
    shape: 'a motive key as in the table\'s `motive` column (a string such as "study")',
    hint: "the motive with the most persons; the `share` column gives the same order",
    expected: (ctx) => argmax(rows(figOf(ctx, "fig4")), "motive", "persons"),
  },
  "fig4.asylum-share": {
    ...A_PERCENTAGE,
    hint: "persons of motive `asylum` divided by the persons of all motives, times 100 (the `share` column is a fraction, not a percentage)",
    expected: (ctx) => motiveShare(rows(figOf(ctx, "fig4")), "asylum"),
  },
  "fig5.peak": {
    ...A_YEAR,
    hint: "use the series `total` only, and find its largest value",
    expected: (ctx) => argmax(rows(figOf(ctx, "fig5")).filter((r) => r.series === "total"), "year", "persons"),
  },
  "fig5.nareizigers-share": {
    ...A_PERCENTAGE,
    hint: "over 2015-2024: the sum of series `nareizigers` divided by the sum of series `total`, times 100",
    expected: (ctx) => {
      const rs = rows(figOf(ctx, "fig5")).filter((r) => (r.year as number) >= 2015 && (r.year as number) <= 2024);
      return pct(sum(rs.filter((r) => r.series === "nareizigers").map((r) => r.persons)), sum(rs.filter((r) => r.series === "total").map((r) => r.persons)));
    },
  },
  "fig6.window-nl": {
    shape: "a rate per 1,000 inhabitants with two decimals (a number such as 1.23)",
    decimals: 2,
    hint: "`euCrossSection(fig6Yearly(loadFig6(rawDir)).values, 2008, 2017)` gives the averages of that window; take the row of geo `NL`",
    expected: (ctx) => fig6Window(ctx).find((r) => r.geo === "NL")!.average!,
  },
  "fig6.window-top": {
    shape: 'a Eurostat country code (a string such as "BE")',
    hint: "the same cross-section as in the previous exercise: its first row is the highest average, but skip the EU aggregate `EU27_2020`",
    expected: (ctx) => fig6Window(ctx).filter((r) => r.geo !== "EU27_2020" && r.average !== null)[0].geo,
  },
  "fig7.arithmetic": {
    shape: 'an object with two percentages with one decimal: { all: ..., withoutDublin: ... }',
    decimals: 1,
    hint: "`positiveShare(positive, total)` and `positiveShare(positive, total, dublin)`: 360 positive of 1,200 decisions, 300 of them Dublin rejections",
    expected: () => ({ all: positiveShare(360, 1200)!, withoutDublin: positiveShare(360, 1200, 300)! }),
  },
  "fig7.dublin-gap": {
    shape: "a difference in percentage points with one decimal (a number such as 2.5)",
    decimals: 1,
    hint: "NL's `average` in `withoutDublin.table` minus NL's `average` in `demo.table` (the synthetic builds above)",
    expected: () => nlAverage(syntheticFig7("migr_asydcfsta-dublin.json")) - nlAverage(syntheticFig7("migr_asydcfsta-legacy.json")),
  },
};

export const EXERCISE_IDS = Object.keys(EXERCISES);

const close = (a: number, e: number, decimals = 0) => Math.abs(a - e) <= 0.5 * 10 ** -decimals + 1e-9;
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Why `answer` is not `expected`, in words that do not give the expected value away; "" when right. */
function mismatch(answer: unknown, expected: Expected, ex: Exercise): string {
  if (typeof expected === "number") {
    if (!isNumber(answer)) return `the answer should be ${ex.shape}, not ${JSON.stringify(answer)}.`;
    return close(answer, expected, ex.decimals) ? "" : "the number is not right yet.";
  }
  if (typeof expected === "string") {
    if (typeof answer !== "string") return `the answer should be ${ex.shape}, not ${JSON.stringify(answer)}.`;
    return answer.trim().toLowerCase() === expected.toLowerCase() ? "" : `"${answer}" is not right yet.`;
  }
  if (typeof answer !== "object" || answer === null || Array.isArray(answer)) return `the answer should be ${ex.shape}.`;
  const given = answer as Record<string, unknown>;
  const keys = Object.keys(expected);
  const missing = keys.filter((k) => !(k in given));
  const extra = Object.keys(given).filter((k) => !keys.includes(k));
  if (missing.length || extra.length) return `the answer should have exactly the keys ${keys.map((k) => `"${k}"`).join(", ")}.`;
  const wrong = keys.filter((k) => !isNumber(given[k]) || !close(given[k] as number, expected[k], ex.decimals));
  return wrong.length ? `the value${wrong.length > 1 ? "s" : ""} for ${wrong.map((k) => `"${k}"`).join(", ")} ${wrong.length > 1 ? "are" : "is"} not right yet.` : "";
}

/**
 * Grades one exercise. Never throws: an unanswered exercise (answer undefined) says so, a wrong one
 * gets a hint (never the expected answer), and data that cannot be read is reported as such.
 */
export function check(id: string, answer: unknown, ctx: ExerciseContext = {}): CheckResult {
  const ex = EXERCISES[id];
  const title = `**Exercise ${id}**`;
  if (!ex) return { id, status: "cannot-check", message: `${title}: no such exercise (known: ${EXERCISE_IDS.join(", ")}).` };
  if (answer === undefined) return { id, status: "not-answered", message: `${title}: not answered yet. Replace \`undefined\` by ${ex.shape}, then run this cell again.` };
  let expected: Expected;
  try {
    expected = ex.expected(ctx);
  } catch (e) {
    return { id, status: "cannot-check", message: `${title}: cannot be checked: ${e instanceof Error ? e.message : String(e)}.` };
  }
  const why = mismatch(answer, expected, ex);
  if (!why) return { id, status: "pass", message: `${title}: ✅ right.` };
  return { id, status: "fail", message: `${title}: ❌ ${why} Hint: ${ex.hint}.` };
}
