// CBS StatLine CSV export: ';'-separated, every field quoted, UTF-8 BOM, numbers right-aligned
// with spaces, '.' for unknown and '' for not applicable. Both stay null, never 0.
import type { CbsRow } from "./cbs-odata";
import { looksLikeHtml, ParseError } from "./cbs-odata";
import { readCsvRecords } from "./csv-reader";

const NUMBER = /^-?\d+(\.\d+)?$/;

export function parseCbsCsv(text: string, file: string): CbsRow[] {
  if (looksLikeHtml(text)) throw new ParseError(file, "is HTML, not a CBS CSV export");
  let records: Record<string, string>[];
  try {
    records = readCsvRecords(text, ";"); // BOM skipped, quoted fields, empty lines skipped
  } catch (e) {
    throw new ParseError(file, `is not a valid CBS CSV export (${(e as Error).message})`);
  }
  return records.map((rec) => {
    const row: CbsRow = {};
    for (const [k, raw] of Object.entries(rec)) {
      const v = raw.trim();
      row[k] = v === "" || v === "." ? null : NUMBER.test(v) && k !== "Perioden" ? Number(v) : v;
    }
    return row;
  });
}
