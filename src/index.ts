// The package's public API: what the notebooks (and anyone using the package from code) import as
// `migratie-in-cijfers`. It resolves to the compiled dist/index.js with its type declarations
// (package.json "main"/"types", built by `npm run build`, which `npm ci` runs through "prepare"),
// so a notebook's kernel reads declarations instead of type-checking src/ on every start.

// The figures: one module per annex figure, and the functions the notebooks call beside them.
export { shownGeos } from "./catalog/annex";
export { FIGURES, figureById } from "./figures/index";
export { fig1, fig1CrossCheck, fig1Yearly } from "./figures/fig1-immigration-emigration";
export { fig2 } from "./figures/fig2-eu-motives";
export { fig3 } from "./figures/fig3-non-eu-motives";
export { fig4 } from "./figures/fig4-motive-composition";
export { fig5 } from "./figures/fig5-asylum-requests";
export { fig6, fig6Yearly, loadFig6 } from "./figures/fig6-eu-asylum-per-1000";
export { fig7, fig7Yearly, positiveShare } from "./figures/fig7-eu-positive-decisions";
// The command that fetches what the shipped vintage lacks (figure 7) and builds every figure from it.
export { FETCH_AND_BUILD } from "./raw/data-source";
export { euCrossSection } from "./figures/eu-average";
export { COMPOSITION_LABELS } from "./figures/family-split";
export { loadResidents, stillResident } from "./figures/still-resident";
export { buildFigure, buildFigureData } from "./figures/build-figure";
export type { FigureData, FigureModule, FigureStatus, Mode, PlotlyFigure } from "./figures/types";

// The claims' own computations, for tables that show what a claim reads.
export { motiveRowsOf, motiveValue, yearlyValue } from "./claims/lookups";
export { dip2020, flattening, yearlyTotals } from "./claims/fig2-claims";
export { motiveVariation, totalsVariation } from "./claims/fig3-claims";
export { compositionRows } from "./claims/fig4-claims";
export { asylumTotals } from "./claims/fig5-claims";
export { nlAgainstEu } from "./claims/fig7-claims";
export type { ClaimResult, ClaimStatus } from "./claims/types";

// What the notebooks show: the figure, its provenance, its claims, views of the data, exercises.
export {
  prepareFigure,
  modeFromEnv,
  langFromEnv,
  provenanceMarkdown,
  claimsMarkdown,
  figureAudit,
  figureClaims,
} from "./notebook/present";
export { showFigures } from "./notebook/figure-output";
export { meanAbsoluteChange, fig4ShareView, residentShareView } from "./notebook/views";
export { syntheticFig7 } from "./notebook/decision-fixtures";
export { openFigure } from "./notebook/open-figure";
export type { OpenFigure } from "./notebook/open-figure";
export { notebookExercises } from "./notebook/exercises/check";
export type { CheckResult, ExerciseContext, NotebookExercises } from "./notebook/exercises/check";
export { FIG1_EXERCISES } from "./notebook/exercises/fig1";
export { FIG2_EXERCISES } from "./notebook/exercises/fig2";
export { FIG3_EXERCISES } from "./notebook/exercises/fig3";
export { FIG4_EXERCISES } from "./notebook/exercises/fig4";
export { FIG5_EXERCISES } from "./notebook/exercises/fig5";
export { FIG6_EXERCISES } from "./notebook/exercises/fig6";
export { FIG7_EXERCISES } from "./notebook/exercises/fig7";
export { notebookLang } from "./notebook/language";

// The readings of the claims (robustness audit): the section "Does the statement depend on choices?".
export { readingsMarkdown, showReadings, tryReading } from "./notebook/readings";
export { readingsFigure, readingsTable, robustnessText } from "./claims/readings/present";
export { CLAIM_READINGS } from "./claims/readings/registry";
export type { Reading, ReadingOutcome, ReadingResult, Robustness } from "./claims/readings/types";
