// The exercise modules of every figure, found in src/notebook/exercises/ (one per figure, so a new
// figure's exercises are tested without editing a list), and the package names their code may use.
import * as fs from "node:fs";
import * as path from "node:path";
import { shownGeos } from "../../src/catalog/annex";
import { motiveRowsOf } from "../../src/claims/lookups";
import { euCrossSection } from "../../src/figures/eu-average";
import { fig6Yearly, loadFig6 } from "../../src/figures/fig6-eu-asylum-per-1000";
import { positiveShare } from "../../src/figures/fig7-eu-positive-decisions";
import type { FigureExercises } from "../../src/notebook/exercises/check";

const EXERCISE_DIR = path.join(__dirname, "..", "..", "src", "notebook", "exercises");

const isSet = (x: unknown): x is FigureExercises =>
  typeof x === "object" && x !== null && "figure" in x && Array.isArray((x as FigureExercises).exercises);

export const EXERCISE_SETS: FigureExercises[] = (
  await Promise.all(
    fs
      .readdirSync(EXERCISE_DIR)
      .filter((f) => /^fig\d+\.ts$/.test(f))
      .map(async (f) => Object.values(await import(path.join(EXERCISE_DIR, f))).filter(isSet)),
  )
)
  .flat()
  .sort((a, b) => a.figure.localeCompare(b.figure, "en", { numeric: true }));

/** What an exercise's `uses` may name: the module a notebook imports it from, and its value. */
export const NOTEBOOK_NAMES: Record<string, { module: string; value: unknown }> = {
  euCrossSection: { module: "src/figures/eu-average", value: euCrossSection },
  fig6Yearly: { module: "src/figures/fig6-eu-asylum-per-1000", value: fig6Yearly },
  loadFig6: { module: "src/figures/fig6-eu-asylum-per-1000", value: loadFig6 },
  shownGeos: { module: "src/catalog/annex", value: shownGeos },
  motiveRowsOf: { module: "src/claims/lookups", value: motiveRowsOf },
  positiveShare: { module: "src/figures/fig7-eu-positive-decisions", value: positiveShare },
};
