// A figure module is three steps with one job each (buildFigure in build-figure.ts composes them):
//   load(dir)              the only step that reads files: the figure's raw tables, parsed, from one data folder;
//   compute(tables, opts)  pure: the tidy table(s), period, provenance and notes (typed until a page formats them);
//   chart(result, lang)    the Plotly spec in the page's language.
// What the rest of the pipeline gets (FigureData) is the computed result with its title, chart and
// notes in one language: tidy data (arquero tables, written as data.csv), a Plotly figure spec
// (data + layout, plain JSON) and the provenance of its raw sources.
import type { ColumnTable } from "arquero";
import type { FigureId } from "../catalog/annex";
import type { Source } from "../catalog/types";
import type { ModeSetting } from "../config";
import type { Lang, Messages } from "../i18n/index";
import type { Provenance } from "../parse/load";

export { MODES } from "../config";
/** annex: the publication's periods. latest: extended to the newest year present in the data. */
export type Mode = ModeSetting;

/** A Plotly figure as JSON: what Plotly.newPlot takes. Kept free of DOM types (tslab's lib is ES2022). */
export interface PlotlyFigure {
  data: Record<string, unknown>[];
  layout: Record<string, unknown>;
}

/**
 * A note of a figure: a message of the language tables applied to the values it is about (years,
 * codes, numbers), formatted only when the page's language is known.
 */
export type Note = (t: Messages) => string;

export interface ComputeOptions {
  mode: Mode;
  /** The language of the country names in the tidy tables of figures 6 and 7 (data.csv's label column); nl by default. */
  lang?: Lang;
}

/** What compute returns: the figure's data, free of file access. */
export interface FigureResult {
  /** The annex figure it is (the registry, src/catalog/annex.ts). */
  id: FigureId;
  mode: Mode;
  period: { from: number; to: number };
  /** The figure's data in tidy form: written as out/<fig>/data.csv with these columns. */
  table: ColumnTable;
  /** Further tables written beside data.csv, e.g. fig6's yearly.csv. */
  extraTables?: Record<string, ColumnTable>;
  sources: Provenance[];
  /** What a reader should know: gaps, substitutions, provisional values. */
  notes: Note[];
  /** A line under the title (figure 4: main motives only or with family members attributed). */
  subtitle?: Note;
}

/** A built figure in one language: what outputs, claims, reports and notebooks read. */
export interface FigureData extends Omit<FigureResult, "notes" | "subtitle"> {
  /** Title as in the publication (Dutch; its English rendering in an English build), with the period actually shown. */
  title: string;
  figure: PlotlyFigure;
  notes: string[];
}

export interface FigureModule<Tables = unknown> {
  id: FigureId;
  /** Publication title without period. */
  title: string;
  /** The stem its notebooks share (notebooks/source/<notebook>.md, notebooks/nl/<notebook>.ipynb, ...): its file's name. */
  notebook: string;
  /** Catalog ids of the sources this figure reads (required and optional): the catalog's Source.figures. */
  sourceIds: string[];
  /** Reads the figure's raw tables from one data folder (verified against their sidecars). */
  load(dir: string): Tables;
  /** The figure's data from its tables: no file access. */
  compute(tables: Tables, opts: ComputeOptions): FigureResult;
  /** The Plotly spec of computed figure data, in a language. */
  chart(result: FigureResult, lang: Lang): PlotlyFigure;
}

/** The outcome of building one figure: built (dir: where its outputs went, "" until written), needs-data or failed. */
export type FigureStatus =
  | { id: FigureId; status: "built"; dir: string; data: FigureData }
  | { id: FigureId; status: "needs-data"; message: string; sources: Source[] }
  | { id: FigureId; status: "failed"; message: string };
