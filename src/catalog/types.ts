// The catalog's types: what a source entry says. Apart from sources.ts so that the entry lists
// (sources.ts, decision-sources.ts, motive-sources.ts) share them without importing each other back.
import type { FigureId } from "./annex";

/** The producers' API base URLs. Tests pass their own (a local fake server) through FetchOptions.endpoints. */
export interface Endpoints {
  cbsApi: string;
  cbsFeed: string;
  eurostatApi: string;
}

type SourceFormat = "cbs-odata-v3-json" | "cbs-csv" | "jsonstat-2.0";

export interface SourceBase {
  /** Stable id used by loaders, e.g. "cbs-83474NED-data". */
  id: string;
  provider: "CBS" | "Eurostat";
  title: string;
  format: SourceFormat;
  /** Path under data/raw/ (and under a mirror), e.g. "cbs/83474NED/TypedDataSet.json". */
  file: string;
  /** Annex figures that read this source: the one place this is said (a figure module's sourceIds is derived from it). */
  figures: FigureId[];
  /**
   * required: the figure cannot be built without it.
   * optional: a cross-check or extra detail; its absence is reported, never fatal.
   */
  need: "required" | "optional";
  /** Why this source is in the catalog (shown in notebooks and the audit). */
  purpose: string;
}

export interface CbsSource extends SourceBase {
  provider: "CBS";
  table: string;
  /** OData entity: TypedDataSet, TableInfos, a dimension's code list, ... */
  entity: string;
  /** OData query options, without $format (added by the downloader). */
  query?: { filter?: string; select?: string[] };
  /** Set when the rows may exceed ODataApi's 10,000-row limit: use ODataFeed and follow odata.nextLink. */
  paged?: boolean;
  /** A file that only exists as a recorded export (no stable API URL): read from a mirror, never fetched live. */
  mirrorOnly?: boolean;
  /** Measure columns that are person counts: the parser refuses negative or fractional values (rates and balances are only checked to be finite). */
  counts?: string[];
  /**
   * A CSV export (format cbs-csv): the columns the figures read. The loader keeps only these and
   * Perioden (a StatLine export has some 80; the cross-check reads 2), and refuses an export without
   * one of them. Fetching still checks every column. Absent: every column is kept.
   */
  columns?: string[];
}

export interface EurostatSource extends SourceBase {
  provider: "Eurostat";
  dataset: string;
  /** Query parameters after format=JSON&lang=EN (dimension filters, time range). */
  params?: Record<string, string | string[]>;
  /** count: values are persons (whole, not negative); rate: per 1,000 or percent (any finite number). */
  measureKind?: "count" | "rate";
  /** The dimension ids the request returns, where known: a document with others is refused. */
  dimensions?: string[];
}

export type Source = CbsSource | EurostatSource;
