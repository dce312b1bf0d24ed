// What raw/fetch.ts needs to know about the producers' formats before it stores anything: a
// download (or a mirror file) is read whole in its official format and must be the catalogued
// table, and CBS OData responses are read page by page.
// The direction is raw <- parse: parse/load.ts reads raw/store's verified files, so raw/ never
// imports parse/. raw/fetch-options.ts declares what it needs (ContentReader); this module provides it,
// and the callers that fetch (cli/fetch.ts, build.ts, cli/audit.ts, notebook/present.ts) pass
// OFFICIAL_FORMATS in FetchOptions.content.
import type { CbsSource, Source } from "../catalog/sources";
import type { CbsPageContent, CheckedContent, ContentReader } from "../raw/fetch-options";
import { parseCbsCsv } from "./cbs-csv";
import { parseCbsODataDoc, parseJsonText, ParseError, requireColumns, type CbsODataDocument } from "./cbs-odata";
import { parseJsonStat } from "./jsonstat";

/**
 * Parses text in the source's official format and checks it is the source's table (HTML error
 * pages, truncated JSON, another table or dataset, no rows are refused with a ParseError naming
 * `where`). requiredColumns (the catalog's $select of a fresh download): a CBS OData response
 * without one of them is refused as schema drift.
 */
export function checkContent(s: Source, text: string, where: string, requiredColumns?: string[]): CheckedContent {
  if (s.format === "cbs-csv") {
    if (parseCbsCsv(text, where, { counts: s.provider === "CBS" ? s.counts : undefined }).length === 0)
      throw new ParseError(where, "holds no rows");
    return { shape: [] };
  }
  if (s.format === "jsonstat-2.0") {
    const ds =
      s.provider === "Eurostat"
        ? parseJsonStat(text, where, s.dataset, { measureKind: s.measureKind, dimensions: s.dimensions })
        : parseJsonStat(text, where);
    return { shape: ds.dimensions.map((d) => d.id), updated: ds.updated };
  }
  // The same catalog checks as the loaders (person counts whole and not negative), so fetch never stores what the build refuses.
  const doc = parseCbsODataDoc(parseJsonText(text, where), where, {
    counts: s.provider === "CBS" ? s.counts : undefined,
  });
  if (s.provider === "CBS") checkCbsIdentity(s, doc, where);
  if (doc.rows.length === 0)
    throw new ParseError(where, "holds no rows: the request matches nothing, or the table was emptied");
  if (requiredColumns?.length) requireColumns(doc, requiredColumns, where);
  return { shape: Object.keys(doc.rows[0] ?? {}) };
}

/** One page of a CBS OData response (throws on odata.error, HTML, a missing value array, another table or entity). */
export function readCbsPage(s: CbsSource, text: string, where: string, entity: string): CbsPageContent {
  const raw = parseJsonText(text, where) as Record<string, unknown>;
  const doc = parseCbsODataDoc(raw, where);
  checkCbsIdentity(s, doc, where, entity);
  const m = doc.rows[0]?.Modified;
  return {
    metadata: doc.metadata,
    rows: raw.value as Record<string, unknown>[],
    nextLink: typeof raw["odata.nextLink"] === "string" ? (raw["odata.nextLink"] as string) : undefined,
    modified: typeof m === "string" ? m : undefined,
  };
}

function checkCbsIdentity(s: CbsSource, doc: CbsODataDocument, where: string, entity = s.entity): void {
  if (doc.table && doc.table.toLowerCase() !== s.table.toLowerCase()) {
    throw new ParseError(where, `is CBS table ${doc.table}, expected ${s.table}`);
  }
  if (doc.entity && doc.entity !== entity) throw new ParseError(where, `is CBS ${doc.entity}, expected ${entity}`);
}

/** The content checks of CBS OData JSON, CBS CSV and Eurostat JSON-stat 2.0: what every fetch passes. */
export const OFFICIAL_FORMATS: ContentReader = {
  check: checkContent,
  cbsPage: readCbsPage,
  isContentError: (e): e is ParseError => e instanceof ParseError,
};
