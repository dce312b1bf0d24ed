// The exercise modules of every figure (src/notebook/exercises/<figure>.ts, one per figure, so a new
// figure's exercises are tested without editing a list), and the package names their code may use.
import { shownGeos } from "../../src/catalog/annex";
import { motiveRowsOf } from "../../src/claims/lookups";
import { euCrossSection } from "../../src/figures/eu-average";
import { fig6Yearly, loadFig6 } from "../../src/figures/fig6-eu-asylum-per-1000";
import { positiveShare } from "../../src/figures/fig7-eu-positive-decisions";
import { exercisesOf } from "../../src/cli/notebooks-generate";
import { FIGURES } from "../../src/figures/index";
import type { FigureExercises } from "../../src/notebook/exercises/check";

// Through the module lookup the notebook generator uses, for every figure of the registry.
export const EXERCISE_SETS: FigureExercises[] = (await Promise.all(FIGURES.map((m) => exercisesOf(m.id)))).filter(
  (set): set is FigureExercises => set !== undefined,
);

/** What an exercise's `uses` may name: the module a notebook imports it from, and its value. */
export const NOTEBOOK_NAMES: Record<string, { module: string; value: unknown }> = {
  euCrossSection: { module: "src/figures/eu-average", value: euCrossSection },
  fig6Yearly: { module: "src/figures/fig6-eu-asylum-per-1000", value: fig6Yearly },
  loadFig6: { module: "src/figures/fig6-eu-asylum-per-1000", value: loadFig6 },
  shownGeos: { module: "src/catalog/annex", value: shownGeos },
  motiveRowsOf: { module: "src/claims/lookups", value: motiveRowsOf },
  positiveShare: { module: "src/figures/fig7-eu-positive-decisions", value: positiveShare },
};
