// CBS OData v3 JSON ({"odata.metadata": ..., "value": [rows]}) into plain rows.
// Keys are fixed-width and padded ('T001059  '): string cells are trimmed.
// null is CBS's '.' (unknown): it stays null, never 0.

export type CbsCell = string | number | null;
export type CbsRow = Record<string, CbsCell>;

export interface CbsODataDocument {
  /** e.g. https://opendata.cbs.nl/ODataApi/odata/83474NED/$metadata#Cbs.OData.WebAPI.TypedDataSet */
  metadata: string;
  /** Table id and entity read from odata.metadata, when present. */
  table?: string;
  entity?: string;
  rows: CbsRow[];
}

export class ParseError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = "ParseError";
  }
}

/** Recognises an HTML page (an error or login page served instead of data). */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<\?xml|<)/i.test(text.slice(0, 200).replace(/^\uFEFF/, ""));
}

/**
 * Deepest nesting accepted in a data document (CBS OData is 3 levels deep, JSON-stat 5). Deeper
 * documents are refused before anything walks them: JSON.stringify and recursive code would die
 * with "Maximum call stack size exceeded" on them.
 */
export const MAX_JSON_DEPTH = 64;

export function parseJsonText(text: string, file: string): unknown {
  if (looksLikeHtml(text))
    throw new ParseError(file, "is HTML or XML, not JSON (an error page was saved instead of data?)");
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    if (e instanceof RangeError)
      throw new ParseError(file, `is nested too deeply to be read (${e.message}): not a CBS or Eurostat document`);
    throw new ParseError(file, `is not valid JSON (${(e as Error).message}); truncated download?`);
  }
  if (nestedDeeperThan(doc, MAX_JSON_DEPTH)) {
    throw new ParseError(
      file,
      `is nested more than ${MAX_JSON_DEPTH} levels deep (nested too deeply): not a CBS or Eurostat document`,
    );
  }
  return doc;
}

/**
 * True when a parsed JSON value nests deeper than max. Recursive, but never deeper than max
 * (it stops there), and without allocating per node: it walks every cell of every document.
 */
function nestedDeeperThan(value: unknown, max: number): boolean {
  return typeof value === "object" && value !== null && deeper(value, 0, max);
}

function deeper(v: object, depth: number, max: number): boolean {
  if (depth >= max) return true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const c: unknown = v[i];
      if (typeof c === "object" && c !== null && deeper(c, depth + 1, max)) return true;
    }
    return false;
  }
  const o = v as Record<string, unknown>;
  // Own keys only (Object.prototype may have been given enumerable members by other code).
  for (const k in o) {
    if (!hasOwn(o, k)) continue;
    const c = o[k];
    if (typeof c === "object" && c !== null && deeper(c, depth + 1, max)) return true;
  }
  return false;
}

/** A short JSON rendering of a value read from a file, for messages; never throws. */
export function brief(value: unknown, max = 200): string {
  let s: string;
  try {
    // Infinity and NaN as such: JSON would show them as null.
    s = typeof value === "number" ? String(value) : (JSON.stringify(value) ?? String(value));
  } catch {
    s = "(a value nested too deeply to show)";
  }
  return s.length > max ? `${s.slice(0, max)}...` : s;
}

export const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);
const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** What the loader knows about a CBS table's measures (from the catalog). */
export interface CbsParseOptions {
  /** Measure columns that hold person counts: refused when negative or not a whole number. Rates and balances are only checked to be finite. */
  counts?: readonly string[];
  /** CSV only: keep these columns and Perioden (the catalog's `columns`); the others are read past. */
  columns?: readonly string[];
}

/** "row 3 (Nationaliteit T001059, Perioden 2019JJ00)": a row named by its key cells, for messages. */
function describeRow(row: CbsRow, index: number): string {
  const keys = Object.keys(row)
    .filter((k) => k !== "ID" && typeof row[k] === "string")
    .slice(0, 6)
    .map((k) => `${k} ${brief(row[k], 40).replace(/^"|"$/g, "")}`);
  return `row ${index}${keys.length ? ` (${keys.join(", ")})` : ""}`;
}

/**
 * Refuses a measure cell that cannot be a real number: not finite (1e999 parses as Infinity), or
 * in a person-count column negative or fractional.
 */
export function checkMeasure(
  row: CbsRow,
  index: number,
  column: string,
  counts: ReadonlySet<string>,
  file: string,
): void {
  const v = row[column];
  if (measureOk(v, counts.has(column))) return;
  // No closure for the message: this runs for every cell, and tsx (esbuild keepNames) wraps each named closure in __name.
  if (typeof v === "number") {
    if (!Number.isFinite(v))
      throw new ParseError(file, `${cellName(row, index, column)}: ${v} is not a finite number (a value like 1e999?)`);
    if (counts.has(column) && v < 0)
      throw new ParseError(file, `${cellName(row, index, column)}: ${v} is a negative number of persons`);
    if (counts.has(column) && !Number.isInteger(v))
      throw new ParseError(file, `${cellName(row, index, column)}: ${v} is a fractional number of persons`);
  } else if (typeof v === "string" && counts.has(column)) {
    throw new ParseError(file, `${cellName(row, index, column)}: holds ${brief(v, 40)}, not a number of persons`);
  }
}

/** The test checkMeasure applies, without a message: the parsers run it per cell and call checkMeasure on a row that fails it. */
export function measureOk(v: CbsCell, isCount: boolean): boolean {
  if (typeof v === "number") return Number.isFinite(v) && (!isCount || (v >= 0 && Number.isInteger(v)));
  return !(typeof v === "string" && isCount);
}

const cellName = (row: CbsRow, index: number, column: string) => `${describeRow(row, index)}, column ${column}`;

/**
 * Refuses two rows with the same key (the same code in every key column): a duplicate row, of
 * which a figure would silently keep one.
 */
export function checkUniqueKeys(
  rows: readonly CbsRow[],
  keyColumns: readonly string[],
  file: string,
  skip?: (row: CbsRow) => boolean,
): void {
  if (keyColumns.length === 0) return;
  const seen = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (skip?.(row)) continue;
    const key = rowKey(row, keyColumns);
    const first = seen.get(key);
    if (first !== undefined) {
      const what = keyColumns.map((k) => `${k} ${brief(row[k] ?? null, 40).replace(/^"|"$/g, "")}`).join(", ");
      throw new ParseError(
        file,
        `rows ${first} and ${i} have the same key (${what}): a duplicate row; which value is right is unknown`,
      );
    }
    seen.set(key, i);
  }
}

// One string per row for the duplicate check, without JSON.stringify's array per row: each cell
// tagged by type and a string prefixed by its length, so two different keys never give the same string.
function rowKey(row: CbsRow, keyColumns: readonly string[]): string {
  let key = "";
  for (let j = 0; j < keyColumns.length; j++) {
    const v = row[keyColumns[j]];
    key += v === null || v === undefined ? "n;" : typeof v === "number" ? `d${v};` : `s${v.length}:${v}`;
  }
  return key;
}

const METADATA = /\/odata\/([A-Za-z0-9_]+)\/\$metadata#Cbs\.OData\.WebAPI\.([A-Za-z0-9_]+)/;

export function parseCbsODataDoc(doc: unknown, file: string, opts: CbsParseOptions = {}): CbsODataDocument {
  return readODataDoc(doc, file, opts, false);
}

/**
 * inPlace: the rows of `doc` become the parsed rows (strings trimmed, prototype set to null) instead
 * of being copied. Only for a document nobody else holds (parseCbsOData's own JSON.parse): it halves
 * what parsing allocates. readCbsPage passes the rows on as they are, so parseCbsODataDoc copies.
 */
function readODataDoc(doc: unknown, file: string, opts: CbsParseOptions, inPlace: boolean): CbsODataDocument {
  if (!isPlainObject(doc)) throw new ParseError(file, "is not a JSON object");
  const d = doc;
  if (hasOwn(d, "odata.error") && d["odata.error"]) {
    const err = d["odata.error"];
    const value = isPlainObject(err) && isPlainObject(err.message) ? err.message.value : undefined;
    throw new ParseError(file, `holds a CBS OData error, not data: ${typeof value === "string" ? value : brief(err)}`);
  }
  if (!Array.isArray(d.value)) throw new ParseError(file, 'has no "value" array: not a CBS OData v3 response');
  const metadata = typeof d["odata.metadata"] === "string" ? (d["odata.metadata"] as string) : "";
  const m = METADATA.exec(metadata);
  const counts = new Set(opts.counts ?? []);
  const input = d.value as unknown[];
  const rows: CbsRow[] = new Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const r = input[i];
    if (!isPlainObject(r)) throw new ParseError(file, `row ${i} is not an object`);
    // Null prototype: a column named __proto__ or constructor is an ordinary column, not Object's.
    // JSON.parse makes every key an own property (also __proto__), so the row can keep its keys.
    const out: CbsRow = inPlace ? Object.setPrototypeOf(r, null) : Object.create(null);
    const keys = Object.keys(r);
    let ok = true;
    for (let j = 0; j < keys.length; j++) {
      const k = keys[j];
      const v = r[k]; // an own key: r.__proto__ from JSON.parse is an own property, not the prototype
      // Separate branches: tslab type-checks without strictNullChecks, where `v === null` does not narrow.
      let cell: CbsCell;
      if (v === null) cell = null;
      else if (typeof v === "number") cell = v;
      else if (typeof v === "string") cell = v.trim();
      else if (typeof v === "boolean") cell = String(v);
      else
        throw new ParseError(file, `row ${i}, column ${k}: unexpected ${Array.isArray(v) ? "array" : typeof v} value`);
      if (!inPlace || cell !== v) out[k] = cell;
      if (ok && !measureOk(cell, counts.has(k))) ok = false;
    }
    // The message names the whole row: checked once the row is complete.
    if (!ok) for (const k of keys) checkMeasure(out, i, k, counts, file);
    rows[i] = out;
  }
  const entity = m?.[2];
  if (entity === undefined || /DataSet$/.test(entity)) {
    // Observations: the key is every code column (the strings; ID is a row number, measures are numbers).
    if (rows.length)
      checkUniqueKeys(
        rows,
        Object.keys(rows[0]).filter((k) => k !== "ID" && typeof rows[0][k] === "string"),
        file,
      );
  } else if (rows.length && hasOwn(rows[0], "Key") && entity !== "TableInfos") {
    // A code list or DataProperties: each Key once (empty keys, e.g. of topic groups, are not looked up).
    checkUniqueKeys(rows, ["Key"], file, (r) => r.Key === "" || r.Key === null);
  }
  return { metadata, table: m?.[1], entity, rows };
}

export function parseCbsOData(text: string, file: string, opts: CbsParseOptions = {}): CbsODataDocument {
  return readODataDoc(parseJsonText(text, file), file, opts, true);
}

/** Throws a clear schema-drift error unless every row has the given columns. */
export function requireColumns(doc: { readonly rows: readonly CbsRow[] }, columns: string[], file: string): void {
  if (doc.rows.length === 0) throw new ParseError(file, "holds no rows");
  const present = new Set(Object.keys(doc.rows[0]));
  const missing = columns.filter((c) => !present.has(c));
  if (missing.length) {
    throw new ParseError(
      file,
      `lacks column(s) ${missing.join(", ")} (has ${[...present].join(", ")}): the table's schema changed at CBS?`,
    );
  }
}

/** A CBS numeric cell: a number, or null for unknown. Anything else is an error. */
export function cbsNumber(row: CbsRow, column: string, file: string): number | null {
  const v = hasOwn(row, column) ? row[column] : undefined;
  if (v === null || v === undefined) return null;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  throw new ParseError(file, `column ${column} holds "${v}", not a number`);
}
