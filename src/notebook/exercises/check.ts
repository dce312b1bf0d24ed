// What every figure's exercises share: the shape of an exercise, the grading and the messages. The
// exercises themselves live with their figure (fig1.ts ... fig7.ts); no module knows them all. A
// student writes an answer in the notebook and runs `exercises.check("decades", answer)`; the
// expected answer is computed here from the notebook's own data with the project's functions, so it
// follows the data (annex or latest mode, another vintage). A wrong answer gets a hint, never the
// answer. The generic texts are in the message tables (src/i18n), an exercise's own texts in both
// languages beside its code.
import type { FigureId } from "../../catalog/annex";
import type { FigureData } from "../../figures/types";
import { rowsOf } from "../../figures/rows";
import { messages, type Lang, type Messages } from "../../i18n/index";

/** A text in both languages of the notebooks. */
type Text = Record<Lang, string>;

/** What a check needs: the notebook's figure, and its data folder for exercises that read more. */
export interface ExerciseContext {
  fig?: FigureData;
  rawDir?: string;
}

type Expected = number | string | Record<string, number>;

export interface Exercise {
  /** Short name within its figure ("decades"); the full id is "fig1.decades". */
  key: string;
  title: Text;
  /** The question as the notebook shows it (Markdown). */
  question: Text;
  /** What it trains, for the teacher's page. */
  trains: Text;
  /** What the answer looks like, said when it has the wrong shape. */
  shape: Text;
  /** Numbers count as right when they round to the expected value at this many decimals. */
  decimals?: number;
  /** Set for answers that are years: a number far from any year is named as a count, not a year. */
  year?: boolean;
  hint: Text;
  /** The notebook's variable for the answer. */
  answer: string;
  /** Names from the package that the code below uses beyond the notebook's setup (imported in the cell). */
  uses: string[];
  /** Lines above the answer line in the student's cell: comments, or a start that compiles. */
  starter: string[];
  /** The worked solution: lines that end by declaring the answer variable. */
  solution: string[];
  /** A typical mistake: lines that declare the answer variable wrongly, and what goes wrong. */
  mistake: { code: string[]; why: Text };
  expected(ctx: ExerciseContext): Expected;
}

/** One figure's exercises, in the order of its notebook. */
export interface FigureExercises {
  figure: FigureId;
  /** The notebook's check context as code (default `{ fig: fig, rawDir: rawDir }`). */
  context?: string;
  exercises: Exercise[];
}

export interface CheckResult {
  id: string;
  status: "not-answered" | "pass" | "fail" | "cannot-check";
  /** Markdown for tslab.display.markdown. */
  message: string;
}

/** An error whose message the check shows in the student's language. */
export class ExerciseDataError extends Error {
  constructor(readonly say: (t: Messages) => string) {
    super(say(messages("en")));
  }
}

/** The notebook's figure, refused when it is missing or another figure's. */
export function figOf(ctx: ExerciseContext, id: FigureId): FigureData {
  if (!ctx.fig) throw new ExerciseDataError((t) => t.exercise.needFigure);
  const given = ctx.fig.id;
  if (given !== id) throw new ExerciseDataError((t) => t.exercise.otherFigure(id, given));
  return ctx.fig;
}

export type Row = Record<string, number | string | null>;
export const rows = (fig: FigureData): Row[] => rowsOf<Row>(fig.table);
export const sum = (xs: (number | string | null)[]): number =>
  xs.reduce<number>((a, v) => a + (typeof v === "number" ? v : 0), 0);
/** `key` of the row with the largest `value` (the first of equals). */
export const argmax = (rs: Row[], key: string, value: string): number | string =>
  rs
    .filter((r) => typeof r[value] === "number")
    .reduce((best, r) => ((r[value] as number) > (best[value] as number) ? r : best))[key] as number | string;
/** Percentage: 100 * part / whole. */
export const pct = (part: number, whole: number): number => (100 * part) / whole;
/** One motive's persons as a percentage of all persons in the rows. */
export const motiveShare = (rs: Row[], motive: string): number =>
  pct(sum(rs.filter((r) => r.motive === motive).map((r) => r.persons)), sum(rs.map((r) => r.persons)));

// The answer shapes several exercises share (what the student is told to give, and its rounding).
export const A_YEAR = {
  shape: { nl: "een jaartal (een getal zoals 1999)", en: "a year (a number such as 1999)" },
  decimals: 0,
  year: true,
};
export const A_PERCENTAGE = {
  shape: {
    nl: "een percentage met één decimaal (een getal zoals 54.3)",
    en: "a percentage with one decimal (a number such as 54.3)",
  },
  decimals: 1,
};

const close = (a: number, e: number, decimals = 0) => Math.abs(a - e) <= 0.5 * 10 ** -decimals + 1e-9;
const isNumber = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const show = (v: unknown) => (v === undefined ? "undefined" : JSON.stringify(v));

/** Why `answer` is not `expected`, in words that do not give the expected value away; "" when right. */
function mismatch(answer: unknown, expected: Expected, ex: Exercise, t: Messages, lang: Lang): string {
  const shape = ex.shape[lang];
  if (typeof expected === "number") {
    if (!isNumber(answer)) return t.exercise.notNumber(shape, show(answer));
    if (close(answer, expected, ex.decimals)) return "";
    return ex.year && (answer < 1000 || answer > 3000) ? t.exercise.persons : t.exercise.numberWrong;
  }
  if (typeof expected === "string") {
    if (typeof answer !== "string") return t.exercise.notString(shape, show(answer));
    return answer.trim().toLowerCase() === expected.toLowerCase() ? "" : t.exercise.stringWrong(answer);
  }
  if (typeof answer !== "object" || answer === null || Array.isArray(answer)) return t.exercise.notObject(shape);
  const given = answer as Record<string, unknown>;
  const keys = Object.keys(expected);
  const missing = keys.filter((k) => !(k in given));
  const extra = Object.keys(given).filter((k) => !keys.includes(k));
  if (missing.length || extra.length) return t.exercise.keys(keys.map((k) => `"${k}"`).join(", "));
  const wrong = keys.filter((k) => !isNumber(given[k]) || !close(given[k] as number, expected[k], ex.decimals));
  return wrong.length ? t.exercise.valuesWrong(wrong.map((k) => `"${k}"`).join(", "), wrong.length > 1) : "";
}

/**
 * Grades one exercise of a figure. Never throws: an unanswered exercise (answer undefined) says so,
 * a wrong one gets a hint (never the expected answer), and data that cannot be read is reported.
 */
export function checkExercise(
  set: FigureExercises,
  key: string,
  answer: unknown,
  ctx: ExerciseContext = {},
  lang: Lang = "en",
): CheckResult {
  const t = messages(lang);
  const id = `${set.figure}.${key}`;
  const n = set.exercises.findIndex((e) => e.key === key);
  if (n < 0)
    return { id, status: "cannot-check", message: t.exercise.unknown(key, set.exercises.map((e) => e.key).join(", ")) };
  const ex = set.exercises[n];
  const title = `**${t.exercise.heading(n + 1, ex.title[lang])}**`;
  if (answer === undefined)
    return { id, status: "not-answered", message: `${title}: ${t.exercise.notAnswered(ex.shape[lang])}` };
  let expected: Expected;
  try {
    expected = ex.expected(ctx);
  } catch (e) {
    const why = e instanceof ExerciseDataError ? e.say(t) : e instanceof Error ? e.message : String(e);
    return { id, status: "cannot-check", message: `${title}: ${t.exercise.cannotCheck(why)}` };
  }
  const why = mismatch(answer, expected, ex, t, lang);
  if (!why) return { id, status: "pass", message: `${title}: ${t.exercise.right}` };
  return { id, status: "fail", message: `${title}: ${t.exercise.wrong(why, `${ex.hint[lang]}.`)}` };
}

/** A figure's exercises bound to the notebook's figure, data and language: what a notebook calls. */
export interface NotebookExercises {
  /** Grades one answer; `.message` is Markdown to show. */
  check(key: string, answer: unknown): CheckResult;
  /** For the solutions notebooks: the message when the check says `status`, else an error. */
  expect(status: CheckResult["status"], key: string, answer: unknown): string;
}

export function notebookExercises(set: FigureExercises, ctx: ExerciseContext, lang: Lang = "en"): NotebookExercises {
  const check = (key: string, answer: unknown) => checkExercise(set, key, answer, ctx, lang);
  return {
    check,
    expect(status, key, answer) {
      const result = check(key, answer);
      if (result.status !== status)
        throw new Error(messages(lang).exercise.unexpected(result.id, status, result.status, result.message));
      return result.message;
    },
  };
}
