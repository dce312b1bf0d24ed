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

export function parseJsonText(text: string, file: string): unknown {
  if (looksLikeHtml(text)) throw new ParseError(file, "is HTML or XML, not JSON (an error page was saved instead of data?)");
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    throw new ParseError(file, `is not valid JSON (${(e as Error).message}); truncated download?`);
  }
}

const METADATA = /\/odata\/([A-Za-z0-9_]+)\/\$metadata#Cbs\.OData\.WebAPI\.([A-Za-z0-9_]+)/;

export function parseCbsODataDoc(doc: unknown, file: string): CbsODataDocument {
  if (typeof doc !== "object" || doc === null) throw new ParseError(file, "is not a JSON object");
  const d = doc as Record<string, unknown>;
  if (d["odata.error"]) {
    const msg = (d["odata.error"] as { message?: { value?: string } }).message?.value ?? JSON.stringify(d["odata.error"]);
    throw new ParseError(file, `holds a CBS OData error, not data: ${msg}`);
  }
  if (!Array.isArray(d.value)) throw new ParseError(file, 'has no "value" array: not a CBS OData v3 response');
  const metadata = typeof d["odata.metadata"] === "string" ? (d["odata.metadata"] as string) : "";
  const m = METADATA.exec(metadata);
  const rows = (d.value as unknown[]).map((r, i) => {
    if (typeof r !== "object" || r === null) throw new ParseError(file, `row ${i} is not an object`);
    const out: CbsRow = {};
    for (const [k, v] of Object.entries(r as Record<string, unknown>)) {
      // Separate branches: tslab type-checks without strictNullChecks, where `v === null` does not narrow.
      if (v === null) out[k] = null;
      else if (typeof v === "number") out[k] = v;
      else if (typeof v === "string") out[k] = v.trim();
      else if (typeof v === "boolean") out[k] = String(v);
      else throw new ParseError(file, `row ${i}, column ${k}: unexpected ${typeof v} value`);
    }
    return out;
  });
  return { metadata, table: m?.[1], entity: m?.[2], rows };
}

export function parseCbsOData(text: string, file: string): CbsODataDocument {
  return parseCbsODataDoc(parseJsonText(text, file), file);
}

/** Throws a clear schema-drift error unless every row has the given columns. */
export function requireColumns(doc: CbsODataDocument, columns: string[], file: string): void {
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
  const v = row[column];
  if (v === null || v === undefined) return null;
  if (typeof v === "number") return v;
  throw new ParseError(file, `column ${column} holds "${v}", not a number`);
}
