// What every annex figure module returns: tidy data (an arquero table, written as data.csv),
// a Plotly figure spec (data + layout, plain JSON) and the provenance of its raw sources.
import type { ColumnTable } from "arquero";
import type { FigureId } from "../catalog/annex";
import type { Source } from "../catalog/types";
import type { Lang } from "../i18n/index";
import type { Provenance } from "../parse/load";

/** annex: the publication's periods. latest: extended to the newest year present in the data. */
export type Mode = "annex" | "latest";

export interface BuildOptions {
  rawDir?: string;
  mode?: Mode;
  /** The language of titles, labels, notes and the source line: nl (default, the publication's) or en. */
  lang?: Lang;
}

/** A Plotly figure as JSON: what Plotly.newPlot takes. Kept free of DOM types (tslab's lib is ES2022). */
export interface PlotlyFigure {
  data: Record<string, unknown>[];
  layout: Record<string, unknown>;
}

export interface FigureData {
  /** The annex figure it is (the registry, src/catalog/annex.ts). */
  id: FigureId;
  /** Title as in the publication (Dutch; its English rendering in an English build), with the period actually shown. */
  title: string;
  mode: Mode;
  period: { from: number; to: number };
  /** The figure's data in tidy form: written as out/<fig>/data.csv with these columns. */
  table: ColumnTable;
  /** Further tables written beside data.csv, e.g. fig6's yearly.csv. */
  extraTables?: Record<string, ColumnTable>;
  figure: PlotlyFigure;
  sources: Provenance[];
  /** What a reader should know: gaps, substitutions, provisional values. */
  notes: string[];
}

export interface FigureModule {
  id: FigureId;
  /** Publication title without period. */
  title: string;
  /** Catalog ids of the sources this figure reads (required and optional). */
  sourceIds: string[];
  build(opts?: BuildOptions): FigureData;
}

/** The outcome of building one figure: built (dir: where its outputs went, "" until written), needs-data or failed. */
export type FigureStatus =
  | { id: FigureId; status: "built"; dir: string; data: FigureData }
  | { id: FigureId; status: "needs-data"; message: string; sources: Source[] }
  | { id: FigureId; status: "failed"; message: string };
