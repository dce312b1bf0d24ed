// The notebooks' exercises: a worked solution for each (the way a student would do it in the
// notebook, on the real raw data) passes the check, wrong answers fail without giving the answer
// away, and the committed placeholder (undefined) says "not answered yet".
import { shownGeos } from "../../src/catalog/annex";
import { rowsOf } from "../../src/figures/rows";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildFigureData } from "../../src/figures/build-figure";
import { euCrossSection } from "../../src/figures/eu-average";
import { fig1 } from "../../src/figures/fig1-immigration-emigration";
import { fig2 } from "../../src/figures/fig2-eu-motives";
import { fig3 } from "../../src/figures/fig3-non-eu-motives";
import { fig4 } from "../../src/figures/fig4-motive-composition";
import { fig5 } from "../../src/figures/fig5-asylum-requests";
import { fig6, fig6Yearly, loadFig6 } from "../../src/figures/fig6-eu-asylum-per-1000";
import { fig7, FIG7_PC_SOURCE, FIG7_SOURCE, positiveShare } from "../../src/figures/fig7-eu-positive-decisions";
import type { FigureData, FigureModule } from "../../src/figures/types";
import { stageDecisionFile } from "../../src/notebook/decision-fixtures";
import { check, EXERCISE_IDS, type ExerciseContext } from "../../src/notebook/exercises";
import { requireRaw } from "../helpers/raw";

type Row = Record<string, any>;
const objects = (fig: FigureData) => rowsOf<Row>(fig.table);
const total = (rs: Row[], key: string) => rs.reduce((a, r) => a + (r[key] ?? 0), 0);
const top = (rs: Row[], key: string, by: string) => [...rs].sort((a, b) => (b[by] ?? -Infinity) - (a[by] ?? -Infinity))[0][key];
const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

interface Case {
  ctx: () => ExerciseContext;
  solution: (ctx: ExerciseContext) => unknown;
  /** A plausible wrong answer. */
  wrong: (right: any) => unknown;
}

let rawDir: string;
const figs: Record<string, FigureData> = {};
let demo: FigureData;
let withoutDublin: FigureData;

beforeAll(async () => {
  rawDir = await requireRaw("cbs-83474NED-data", "cbs-84808NED-data", "cbs-84809NED-data", "cbs-80059NED-data", "eurostat-migr_asyapp1mp");
  for (const m of [fig1, fig2, fig3, fig4, fig5, fig6] as FigureModule[]) {
    figs[m.id] = buildFigureData(m, { rawDir, mode: "annex" });
  }
  // As notebook fig7 does: the synthetic files, with and without a Dublin category.
  const fixtures = path.join(__dirname, "..", "fixtures", "eurostat");
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

const on = (id: string) => () => ({ fig: figs[id], rawDir });
const nl = (fig: FigureData) => objects(fig).find((r) => r.geo === "NL")!.average as number;

const CASES: Record<string, Case> = {
  "fig1.decades": {
    ctx: on("fig1"),
    solution: ({ fig }) => {
      const answer: Record<string, number> = {};
      for (const from of [1995, 2005, 2015]) answer[`${from}-${from + 9}`] = total(objects(fig!).filter((r) => r.year >= from && r.year <= from + 9), "net_migration");
      return answer;
    },
    wrong: (right) => ({ ...right, "2005-2014": right["2005-2014"] + 1000 }),
  },
  "fig1.peak": { ctx: on("fig1"), solution: ({ fig }) => top(objects(fig!), "year", "net_migration"), wrong: (y) => y - 1 },
  "fig1.emigration-ratio": {
    ctx: on("fig1"),
    solution: ({ fig }) => round((100 * total(objects(fig!), "emigration")) / total(objects(fig!), "immigration"), 1),
    wrong: (v) => round(v + 0.3, 1),
  },
  "fig2.work-share": {
    ctx: on("fig2"),
    solution: ({ fig }) => round((100 * total(objects(fig!).filter((r) => r.motive === "work"), "persons")) / total(objects(fig!), "persons"), 1),
    wrong: (v) => v + 1,
  },
  "fig2.peak-family": { ctx: on("fig2"), solution: ({ fig }) => top(objects(fig!).filter((r) => r.motive === "family"), "year", "persons"), wrong: (y) => y + 1 },
  "fig3.peak-asylum": { ctx: on("fig3"), solution: ({ fig }) => top(objects(fig!).filter((r) => r.motive === "asylum"), "year", "persons"), wrong: (y) => y + 1 },
  "fig3.last-year-total": {
    ctx: on("fig3"),
    solution: ({ fig }) => total(objects(fig!).filter((r) => r.year === fig!.period.to), "persons"),
    wrong: (v) => v - 5,
  },
  "fig4.largest": { ctx: on("fig4"), solution: ({ fig }) => top(objects(fig!), "motive", "share"), wrong: () => "other" },
  "fig4.asylum-share": {
    ctx: on("fig4"),
    solution: ({ fig }) => round(100 * objects(fig!).find((r) => r.motive === "asylum")!.share, 1),
    // The fraction instead of the percentage: a likely mistake.
    wrong: (v) => round(v / 100, 3),
  },
  "fig5.peak": { ctx: on("fig5"), solution: ({ fig }) => top(objects(fig!).filter((r) => r.series === "total"), "year", "persons"), wrong: (y) => y - 1 },
  "fig5.nareizigers-share": {
    ctx: on("fig5"),
    solution: ({ fig }) => {
      const decade = objects(fig!).filter((r) => r.year >= 2015 && r.year <= 2024);
      return round((100 * total(decade.filter((r) => r.series === "nareizigers"), "persons")) / total(decade.filter((r) => r.series === "total"), "persons"), 1);
    },
    wrong: (v) => v + 0.2,
  },
  "fig6.window-nl": {
    ctx: on("fig6"),
    solution: ({ rawDir }) => round(rowsOf<Row>(euCrossSection(fig6Yearly(loadFig6(rawDir!)).values, 2008, 2017, shownGeos("fig6")).averages).find((r) => r.geo === "NL")!.average, 2),
    wrong: (v) => round(v + 0.05, 2),
  },
  "fig6.window-top": {
    ctx: on("fig6"),
    solution: ({ rawDir }) => rowsOf<Row>(euCrossSection(fig6Yearly(loadFig6(rawDir!)).values, 2008, 2017, shownGeos("fig6")).averages).filter((r) => r.geo !== "EU27_2020")[0].geo,
    wrong: () => "EU27_2020",
  },
  "fig7.arithmetic": {
    ctx: () => ({}),
    solution: () => ({ all: round(positiveShare(360, 1200)!, 1), withoutDublin: round(positiveShare(360, 1200, 300)!, 1) }),
    wrong: (right) => ({ all: right.all, withoutDublin: right.all }),
  },
  "fig7.dublin-gap": { ctx: () => ({}), solution: () => round(nl(withoutDublin) - nl(demo), 1), wrong: (v) => -v },
};

describe("exercises", () => {
  it("every exercise has a worked solution here", () => {
    expect(Object.keys(CASES).sort()).toEqual([...EXERCISE_IDS].sort());
  });

  for (const [id, c] of Object.entries(CASES)) {
    it(`${id}: the solution passes, a wrong answer fails without the answer, undefined is not answered yet`, () => {
      const ctx = c.ctx();
      const right = c.solution(ctx);
      const pass = check(id, right, ctx);
      expect(pass.status, pass.message).toBe("pass");

      const wrong = check(id, c.wrong(right), ctx);
      expect(wrong.status).toBe("fail");
      expect(wrong.message).toMatch(/Hint: /);
      const values = typeof right === "object" ? Object.values(right as object) : [right];
      // The expected number as a token of its own (the hint's "300" does not give away 30).
      for (const v of values) if (typeof v === "number") expect(wrong.message).not.toMatch(new RegExp(`(?<![\\d.])${String(v).replace(".", "\\.")}(?![\\d])`));
      if (typeof right === "string") expect(wrong.message).not.toContain(`"${right}"`);

      expect(check(id, undefined, ctx)).toMatchObject({ status: "not-answered", message: expect.stringMatching(/not answered yet/) });
    });
  }

  it("an answer of the wrong kind fails and says what kind is wanted", () => {
    expect(check("fig1.peak", "2024", { fig: figs.fig1 })).toMatchObject({ status: "fail", message: expect.stringMatching(/should be a year/) });
    expect(check("fig1.decades", { "1995-2004": 1 }, { fig: figs.fig1 })).toMatchObject({ status: "fail", message: expect.stringMatching(/exactly the keys/) });
  });

  it("reports, without throwing, an unknown exercise, a missing figure and another notebook's figure", () => {
    expect(check("fig9.nope", 1).status).toBe("cannot-check");
    expect(check("fig1.peak", 2000).message).toMatch(/pass the notebook's figure/);
    expect(check("fig1.peak", 2000, { fig: figs.fig2 }).message).toMatch(/about fig1, not fig2/);
  });
});
