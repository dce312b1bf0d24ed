// CBS StatLine CSV export: ';'-separated, every field quoted, UTF-8 BOM, numbers right-aligned
// with spaces, '.' for unknown and '' for not applicable. Both stay null, never 0.
import { parse } from "csv-parse/sync";
import type { CbsParseOptions, CbsRow } from "./cbs-odata";
import { brief, checkMeasure, checkUniqueKeys, looksLikeHtml, ParseError } from "./cbs-odata";

const NUMBER = /^-?\d+(\.\d+)?$/;

export function parseCbsCsv(text: string, file: string, opts: CbsParseOptions = {}): CbsRow[] {
  if (looksLikeHtml(text)) throw new ParseError(file, "is HTML, not a CBS CSV export");
  let records: string[][];
  try {
    // Records as arrays (not objects keyed by the header): a header cell such as __proto__ stays a column.
    records = parse(text, { delimiter: ";", bom: true, quote: '"', skip_empty_lines: true });
  } catch (e) {
    throw new ParseError(file, `is not a valid CBS CSV export (${(e as Error).message})`);
  }
  if (records.length === 0) return [];
  const [header, ...body] = records;
  const seen = new Set<string>();
  for (const name of header) {
    if (name.trim() === "") throw new ParseError(file, "has a column without a name in its header");
    if (seen.has(name)) throw new ParseError(file, `names column ${brief(name, 60)} twice in its header`);
    seen.add(name);
  }
  const counts = new Set(opts.counts ?? []);
  const rows = body.map((rec, i) => {
    const row: CbsRow = Object.create(null);
    header.forEach((k, j) => {
      const v = (rec[j] ?? "").trim();
      row[k] = v === "" || v === "." ? null : NUMBER.test(v) && k !== "Perioden" ? Number(v) : v;
    });
    for (const k of header) checkMeasure(row, i, k, counts, file);
    return row;
  });
  // The key: Perioden and every other column that holds a code (text) in every row; ID is a row number.
  const keys = header.filter((k) => k === "Perioden" || (k !== "ID" && rows.every((r) => typeof r[k] === "string")));
  checkUniqueKeys(rows, keys, file);
  return rows;
}
