// CBS StatLine CSV export: ';'-separated, every field quoted, UTF-8 BOM, numbers right-aligned
// with spaces, '.' for unknown and '' for not applicable. Both stay null, never 0.
import type { CbsParseOptions, CbsRow } from "./cbs-odata";
import { brief, checkMeasure, checkUniqueKeys, looksLikeHtml, measureOk, ParseError } from "./cbs-odata";
import { readCsvTable } from "./csv-reader";

const NUMBER = /^-?\d+(\.\d+)?$/;

export function parseCbsCsv(text: string, file: string, opts: CbsParseOptions = {}): CbsRow[] {
  if (looksLikeHtml(text)) throw new ParseError(file, "is HTML, not a CBS CSV export");
  let table: { header: string[]; rows: string[][] };
  try {
    table = readCsvTable(text, ";"); // BOM skipped, quoted fields, empty lines skipped
  } catch (e) {
    throw new ParseError(file, `is not a valid CBS CSV export (${(e as Error).message})`);
  }
  const { header, rows: body } = table;
  if (header.length === 0) return [];
  const seen = new Set<string>();
  for (const name of header) {
    if (name.trim() === "") throw new ParseError(file, "has a column without a name in its header");
    if (seen.has(name)) throw new ParseError(file, `names column ${brief(name, 60)} twice in its header`);
    seen.add(name);
  }
  const counts = new Set(opts.counts ?? []);
  // By column index, not Object.entries of a record per row: about 10x faster on the 80-column export.
  // Rows have no prototype: a header cell such as __proto__ stays a column.
  const isCount = header.map((h) => counts.has(h));
  const isPeriod = header.map((h) => h === "Perioden");
  const rows = body.map((fields, i) => {
    const row: CbsRow = Object.create(null);
    let ok = true;
    for (let k = 0; k < header.length; k++) {
      const v = (fields[k] ?? "").trim();
      const cell = v === "" || v === "." ? null : !isPeriod[k] && NUMBER.test(v) ? Number(v) : v;
      row[header[k]] = cell;
      if (ok && !measureOk(cell, isCount[k])) ok = false;
    }
    // The message names the whole row: checked once the row is complete.
    if (!ok) for (const k of header) checkMeasure(row, i, k, counts, file);
    return row;
  });
  // The key: Perioden and every other column that holds a code (text) in every row; ID is a row number.
  const keys = header.filter((k) => k === "Perioden" || (k !== "ID" && rows.every((r) => typeof r[k] === "string")));
  checkUniqueKeys(rows, keys, file);
  return rows;
}
