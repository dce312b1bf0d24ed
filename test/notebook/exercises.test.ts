// The notebooks' exercises, per figure: the worked solution (its code, as a teacher finds it in the
// solutions notebook) passes the check on the real raw data, the typical mistake fails with a hint
// that does not give the answer away, the placeholder (undefined) says "not answered yet", in both
// languages; and the numbers the questions state are the data's. exercise-code.test.ts type-checks
// the same code as tslab does; `npm run notebooks` runs it in a real kernel.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as ts from "typescript";
import { beforeAll, describe, expect, it } from "vitest";
import { EU_AGGREGATE } from "../../src/catalog/annex";
import { buildFigureData } from "../../src/figures/build-figure";
import { fig1 } from "../../src/figures/fig1-immigration-emigration";
import { fig2 } from "../../src/figures/fig2-eu-motives";
import { fig3 } from "../../src/figures/fig3-non-eu-motives";
import { fig4 } from "../../src/figures/fig4-motive-composition";
import { fig5 } from "../../src/figures/fig5-asylum-requests";
import { fig6, fig6Yearly, loadFig6 } from "../../src/figures/fig6-eu-asylum-per-1000";
import { fig7, FIG7_PC_SOURCE, FIG7_SOURCE } from "../../src/figures/fig7-eu-positive-decisions";
import type { FigureData, FigureModule } from "../../src/figures/types";
import { stageDecisionFile } from "../../src/notebook/decision-fixtures";
import {
  checkExercise,
  notebookExercises,
  type Exercise,
  type FigureExercises,
} from "../../src/notebook/exercises/check";
import { FIG1_EXERCISES, FIG1_NET_TOTAL_MILLIONS } from "../../src/notebook/exercises/fig1";
import { FIG6_EXERCISE_WINDOW, FIG6_WINDOW_GAPS } from "../../src/notebook/exercises/fig6";
import { requireRaw } from "../helpers/raw";
import { EXERCISE_SETS, NOTEBOOK_NAMES } from "./exercise-sets";

let rawDir: string;
const figs: Record<string, FigureData> = {};
let demo: FigureData;
let withoutDublin: FigureData;

beforeAll(async () => {
  rawDir = await requireRaw(
    "cbs-83474NED-data",
    "cbs-84808NED-data",
    "cbs-84809NED-data",
    "cbs-80059NED-data",
    "eurostat-migr_asyapp1mp",
  );
  for (const m of [fig1, fig2, fig3, fig4, fig5, fig6] as FigureModule[]) {
    figs[m.id] = buildFigureData(m, { rawDir, mode: "annex" });
  }
  // As notebook fig7 does: the synthetic files, with and without a Dublin category.
  const fixtures = path.join(__dirname, "..", "..", "data", "synthetic", "eurostat");
  const synthetic = (file: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "exercise-test-"));
    stageDecisionFile(dir, FIG7_SOURCE, path.join(fixtures, file));
    stageDecisionFile(dir, FIG7_PC_SOURCE, path.join(fixtures, "migr_asydec1pc.json"));
    const fig = buildFigureData(fig7, { rawDir: dir, mode: "annex" });
    fs.rmSync(dir, { recursive: true, force: true });
    return fig;
  };
  demo = synthetic("migr_asydcfsta-legacy.json");
  withoutDublin = synthetic("migr_asydcfsta-dublin.json");
});

/** The notebook's variables an exercise cell sees (figure 7's notebook has no real figure offline). */
const notebookScope = (set: FigureExercises): Record<string, unknown> =>
  set.figure === "fig7" ? { rawDir, demo, withoutDublin, fig: undefined } : { rawDir, fig: figs[set.figure] };

/** Runs code lines as the notebook cell would (transpiled, no type-check) and returns the answer variable. */
async function run(set: FigureExercises, ex: Exercise, lines: string[]): Promise<unknown> {
  const js = ts.transpileModule(lines.join("\n"), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None },
  }).outputText;
  const scope = {
    ...notebookScope(set),
    ...Object.fromEntries(ex.uses.map((name) => [name, NOTEBOOK_NAMES[name].value])),
  };
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor;
  return new AsyncFunction(...Object.keys(scope), `${js}\nreturn ${ex.answer};`)(...Object.values(scope));
}

const ctxOf = (set: FigureExercises) => (set.figure === "fig7" ? {} : { fig: figs[set.figure], rawDir });

describe("exercises, per figure", () => {
  it("every figure has its exercises, with distinct keys and answer variables", () => {
    expect(EXERCISE_SETS.map((s) => s.figure)).toEqual(["fig1", "fig2", "fig3", "fig4", "fig5", "fig6", "fig7"]);
    for (const set of EXERCISE_SETS) {
      expect(new Set(set.exercises.map((e) => e.key)).size).toBe(set.exercises.length);
      expect(new Set(set.exercises.map((e) => e.answer)).size).toBe(set.exercises.length);
    }
  });

  for (const set of EXERCISE_SETS) {
    for (const ex of set.exercises) {
      const id = `${set.figure}.${ex.key}`;
      it(`${id}: the worked solution passes, the typical mistake fails without the answer, in both languages`, async () => {
        const ctx = ctxOf(set);
        const right = await run(set, ex, ex.solution);
        const wrongAnswer = await run(set, ex, ex.mistake.code);
        for (const lang of ["nl", "en"] as const) {
          const pass = checkExercise(set, ex.key, right, ctx, lang);
          expect(pass.status, pass.message).toBe("pass");

          const wrong = checkExercise(set, ex.key, wrongAnswer, ctx, lang);
          expect(wrong.status, `${id}: the mistake ${JSON.stringify(wrongAnswer)} should fail`).toBe("fail");
          expect(wrong.message).toMatch(/Hint: /);
          expect(wrong.message).toContain(ex.hint[lang]);
          const values = typeof right === "object" ? Object.values(right as object) : [right];
          // The expected number as a token of its own (the hint's "300" does not give away 30).
          for (const v of values)
            if (typeof v === "number")
              expect(wrong.message).not.toMatch(new RegExp(`(?<![\\d.])${String(v).replace(".", "\\.")}(?![\\d])`));
          if (typeof right === "string") expect(wrong.message).not.toContain(`"${right}"`);

          expect(checkExercise(set, ex.key, undefined, ctx, lang)).toMatchObject({
            status: "not-answered",
            message: expect.stringMatching(lang === "nl" ? /nog niet beantwoord/ : /not answered yet/),
          });
        }
      });
    }
  }
});

describe("the check", () => {
  it("an answer of the wrong kind fails and says what kind is wanted, in the notebook's language", () => {
    const ctx = { fig: figs.fig1 };
    expect(checkExercise(FIG1_EXERCISES, "peak", "2024", ctx, "en")).toMatchObject({
      status: "fail",
      message: expect.stringMatching(/should be a year/),
    });
    expect(checkExercise(FIG1_EXERCISES, "peak", "2024", ctx, "nl")).toMatchObject({
      status: "fail",
      message: expect.stringMatching(/moet een jaartal/),
    });
    expect(checkExercise(FIG1_EXERCISES, "peak", 224000, ctx, "en").message).toMatch(/number of persons, not a year/);
    expect(checkExercise(FIG1_EXERCISES, "decades", { "1995-2004": 1 }, ctx, "en")).toMatchObject({
      status: "fail",
      message: expect.stringMatching(/exactly the keys/),
    });
  });

  it("reports, without throwing, an unknown exercise, a missing figure and another notebook's figure, in both languages", () => {
    expect(checkExercise(FIG1_EXERCISES, "nope", 1).status).toBe("cannot-check");
    expect(checkExercise(FIG1_EXERCISES, "peak", 2000).message).toMatch(/pass the notebook's figure/);
    expect(checkExercise(FIG1_EXERCISES, "peak", 2000, {}, "nl").message).toMatch(
      /geef de figuur van het notebook mee/,
    );
    expect(checkExercise(FIG1_EXERCISES, "peak", 2000, { fig: figs.fig2 }).message).toMatch(/about fig1, not fig2/);
  });

  it("notebookExercises binds the figure: expect() returns the message when the status is as expected and throws otherwise", () => {
    const exercises = notebookExercises(FIG1_EXERCISES, { fig: figs.fig1 }, "nl");
    expect(exercises.check("peak", undefined).message).toMatch(
      /^\*\*Opgave 2 \(het piekjaar\)\*\*: nog niet beantwoord/,
    );
    expect(exercises.expect("fail", "peak", 1900)).toMatch(/❌/);
    expect(() => exercises.expect("pass", "peak", 1900)).toThrow(
      /Opgave fig1\.peak: verwacht pass, maar de controle zegt fail/,
    );
  });
});

describe("the numbers the exercises state are the data's", () => {
  it("figure 1: the net migration of 1995-2024 is the 1.44 million the decades question names", () => {
    const total = (figs.fig1.table.objects() as { net_migration: number }[]).reduce((a, r) => a + r.net_migration, 0);
    expect(total).toBe(1436453);
    expect(FIG1_NET_TOTAL_MILLIONS.en).toBe(`${(total / 1e6).toFixed(2)} million`);
    expect(FIG1_NET_TOTAL_MILLIONS.nl).toBe(`${(total / 1e6).toFixed(2).replace(".", ",")} miljoen`);
  });

  it("figure 6: the years without a rate in 2008-2017 are exactly the ones the questions name", () => {
    const { values } = fig6Yearly(loadFig6(rawDir));
    const { from, to } = FIG6_EXERCISE_WINDOW;
    const gaps = (geo: string) => {
      const present = new Set(values.filter((v) => v.geo === geo && v.value !== null).map((v) => v.year));
      const missing: number[] = [];
      for (let y = from; y <= to; y++) if (!present.has(y)) missing.push(y);
      return missing;
    };
    const span = (g: { from: number; to: number }) => Array.from({ length: g.to - g.from + 1 }, (_, i) => g.from + i);
    for (const [geo, gap] of Object.entries(FIG6_WINDOW_GAPS)) expect(gaps(geo), geo).toEqual(span(gap));
    expect(gaps("NL")).toEqual([]);
    expect(gaps(EU_AGGREGATE).length).toBeGreaterThan(0);
  });

  it("figure 6: the typical mistake of the highest rate is Hungary, averaged over its five years, as the teacher's note says", async () => {
    const set = EXERCISE_SETS.find((s) => s.figure === "fig6")!;
    const ex = set.exercises.find((e) => e.key === "window-top")!;
    expect(await run(set, ex, ex.mistake.code)).toBe("HU");
    expect(ex.mistake.why.en).toMatch(/Hungary, averaged over 2013-2017/);
  });
});
