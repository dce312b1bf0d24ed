// What a fetch run is given and what it reports, shared by the steps fetch.ts runs (mirror-copy.ts,
// cbs-download.ts, eurostat-download.ts), so that none of them imports another.
import type { CbsSource, Endpoints, Source } from "../catalog/sources";
import type { HttpOptions } from "./http";

export type FetchStatus =
  | "downloaded" // new bytes from the producer
  | "up-to-date" // the producer's table did not change since our copy
  | "copied" // copied from the mirror and verified
  | "unchanged" // the mirror's file equals ours already
  | "missing" // not in the mirror (or a mirror-only file without a mirror): figures report needs-data
  | "failed";

export interface FetchOutcome {
  source: Source;
  status: FetchStatus;
  message?: string;
  bytes?: number;
}

/** What a content check found: enough to compare schemas and to date the vintage. */
export interface CheckedContent {
  /** The columns (CBS OData) or dimensions (JSON-stat) to compare with our current copy; [] for CSV. */
  shape: string[];
  /** JSON-stat's `updated`: Eurostat's modification date of the dataset. */
  updated?: string;
}

/** One page of a CBS OData response. */
export interface CbsPageContent {
  /** odata.metadata */
  metadata: string;
  /** The rows as sent (keys and padding unchanged). */
  rows: Record<string, unknown>[];
  /** odata.nextLink as sent, when there is a next page. */
  nextLink?: string;
  /** TableInfos' Modified, when the page is a TableInfos response. */
  modified?: string;
}

/** The producers' formats as fetching needs them; parse/content-check.ts's OFFICIAL_FORMATS. */
export interface ContentReader {
  /**
   * Reads text whole in the source's official format and throws (naming `where`) unless it is the
   * source's table with rows; requiredColumns: the catalog's $select, checked on fresh downloads.
   */
  check(s: Source, text: string, where: string, requiredColumns?: string[]): CheckedContent;
  /** Reads one page of a CBS OData response and throws unless it is the source's table and `entity`. */
  cbsPage(s: CbsSource, text: string, where: string, entity: string): CbsPageContent;
  /** True for the errors check and cbsPage throw: their message names the file and the reason. */
  isContentError(e: unknown): e is Error & { reason: string };
}

export interface FetchOptions {
  rawDir: string;
  /** How downloads are checked before they are stored (OFFICIAL_FORMATS from parse/content-check.ts). */
  content: ContentReader;
  /** Copy from this mirror instead of downloading. */
  mirror?: string;
  /** Download again even when the producer's table did not change. */
  refresh?: boolean;
  http?: HttpOptions;
  /** API base URLs (default: the producers', from the catalog). Tests point them at a local fake server. */
  endpoints?: Endpoints;
  onStart?: (s: Source, index: number, total: number) => void;
  onDone?: (o: FetchOutcome, index: number, total: number) => void;
  /** Clock, injectable for tests. */
  now?: () => Date;
  /** Stop at the first failing source, leaving the rest untouched (npm run update: offline fails at once). */
  stopOnFailure?: boolean;
}

export class FetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FetchError";
  }
}

/** The run's clock as the sidecars record it: whole seconds, UTC. */
export const nowIso = (opts: FetchOptions) =>
  (opts.now ? opts.now() : new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
