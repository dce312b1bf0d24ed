// CBS StatLine CSV export: ';'-separated, every field quoted, UTF-8 BOM, numbers right-aligned
// with spaces, '.' for unknown and '' for not applicable. Both stay null, never 0.
import type { CbsCell, CbsParseOptions, CbsRow } from "./cbs-odata";
import { brief, checkMeasure, checkUniqueKeys, looksLikeHtml, measureOk, ParseError } from "./cbs-odata";
import * as Papa from "papaparse";

const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * The common cell, a whole number padded with spaces ("   269064"), read in one pass without
 * the trimmed copy, the pattern test and Number(): the value Number() gives for it, or undefined
 * for anything else (which then takes the general path). At most 15 digits, so the sum is exact.
 */
function wholeNumber(raw: string): number | undefined {
  let a = 0;
  let b = raw.length;
  while (a < b && raw.charCodeAt(a) === 32) a++;
  while (b > a && raw.charCodeAt(b - 1) === 32) b--;
  const neg = a < b && raw.charCodeAt(a) === 45;
  const start = neg ? a + 1 : a;
  if (start === b || b - start > 15) return undefined;
  let n = 0;
  for (let i = start; i < b; i++) {
    const d = raw.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return undefined;
    n = n * 10 + d;
  }
  return neg ? -n : n;
}

/**
 * The record terminator, from the header's end: the first line break with an even number of quotes
 * before it (outside any quoted field). papaparse guesses it otherwise with a regular expression
 * over the whole text, a third of its time on the 64 KB export. undefined (papaparse guesses) when
 * the text has no such break.
 */
export function lineEnding(text: string): "\r\n" | "\n" | "\r" | undefined {
  let quotes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quotes++;
    else if ((c === 10 || c === 13) && quotes % 2 === 0)
      return c === 10 ? "\n" : text.charCodeAt(i + 1) === 10 ? "\r\n" : "\r";
  }
  return undefined;
}

/**
 * The header and the records, read by papaparse (RFC 4180 quoting: fields may hold ';', quotes and
 * line breaks). The BOM is dropped, empty lines are skipped; any quoting error papaparse reports, or
 * a record with another number of fields than the header, is refused (the thrown message names the record).
 */
function readTable(text: string): { header: string[]; rows: string[][]; quoted: boolean } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const newline = lineEnding(body);
  const base = { delimiter: ";", quoteChar: '"', skipEmptyLines: true, newline } as const;
  // A StatLine export quotes every field and no field holds ';', a quote or a line break. Then
  // papaparse's fastMode (split on line ends and ';') gives the same fields, three times faster,
  // but with their enclosing quotes (removed by `unquote`, only for the cells kept). Any other field,
  // and the whole text goes through papaparse's full parser.
  const fast = Papa.parse<string[]>(body, { ...base, fastMode: true });
  let data = fast.data;
  const quoted = allPlain(data);
  if (!quoted) {
    const result = Papa.parse<string[]>(body, base);
    const err = result.errors[0];
    if (err) throw new Error(`${err.message}${err.row !== undefined ? ` (record ${err.row + 1})` : ""}`);
    data = result.data;
  }
  const [header = [], ...rows] = data;
  rows.forEach((r, i) => {
    if (r.length !== header.length)
      throw new Error(`record ${i + 2} has ${r.length} fields, the header ${header.length}`);
  });
  return { header: quoted ? header.map(unquote) : header, rows, quoted };
}

/**
 * True when every field of a fastMode split is "plain" (enclosed in quotes, none inside) or has no
 * quote at all: then no field had a ';', quote or line break inside quotes, and the split is exact.
 */
function allPlain(records: string[][]): boolean {
  for (const fields of records) {
    for (let k = 0; k < fields.length; k++) {
      const f = fields[k];
      const last = f.length - 1;
      if (!(last >= 1 && f.charCodeAt(0) === 34 && f.indexOf('"', 1) === last) && f.indexOf('"') !== -1) return false;
    }
  }
  return true;
}

/** A plain field without its enclosing quotes (a field without quotes as it is). */
function unquote(f: string): string {
  return f.length >= 2 && f.charCodeAt(0) === 34 ? f.slice(1, -1) : f;
}

export function parseCbsCsv(text: string, file: string, opts: CbsParseOptions = {}): CbsRow[] {
  if (looksLikeHtml(text)) throw new ParseError(file, "is HTML, not a CBS CSV export");
  let table: { header: string[]; rows: string[][]; quoted: boolean };
  try {
    table = readTable(text);
  } catch (e) {
    throw new ParseError(file, `is not a valid CBS CSV export (${(e as Error).message})`);
  }
  const { header, rows: body, quoted } = table;
  if (header.length === 0) return [];
  const seen = new Set<string>();
  for (const name of header) {
    if (name.trim() === "") throw new ParseError(file, "has a column without a name in its header");
    if (seen.has(name)) throw new ParseError(file, `names column ${brief(name, 60)} twice in its header`);
    seen.add(name);
  }
  const counts = new Set(opts.counts ?? []);
  // The columns kept, by index into the header: all, or the catalog's selection and Perioden.
  let kept = header.map((_, k) => k);
  if (opts.columns) {
    const lacking = ["Perioden", ...opts.columns].filter((c) => !seen.has(c));
    if (lacking.length)
      throw new ParseError(
        file,
        `lacks column(s) ${lacking.join(", ")} of the catalog (has ${brief(header.join(", "), 200)}): the export's columns changed?`,
      );
    const wanted = new Set(["Perioden", ...opts.columns]);
    kept = kept.filter((k) => wanted.has(header[k]));
  }
  // By column index, not Object.entries of a record per row: about 10x faster on the 80-column export.
  // Rows have no prototype: a header cell such as __proto__ stays a column.
  const isCount = header.map((h) => counts.has(h));
  const isPeriod = header.map((h) => h === "Perioden");
  const rows = body.map((fields, i) => {
    const row: CbsRow = Object.create(null);
    let ok = true;
    for (let j = 0; j < kept.length; j++) {
      const k = kept[j];
      const raw = quoted ? unquote(fields[k]) : (fields[k] ?? "");
      const whole = isPeriod[k] ? undefined : wholeNumber(raw);
      let cell: CbsCell;
      if (whole !== undefined) cell = whole;
      else {
        const v = raw.trim();
        cell = v === "" || v === "." ? null : !isPeriod[k] && NUMBER.test(v) ? Number(v) : v;
      }
      row[header[k]] = cell;
      if (ok && !measureOk(cell, isCount[k])) ok = false;
    }
    // The message names the whole row: checked once the row is complete.
    if (!ok) for (const k of kept) checkMeasure(row, i, header[k], counts, file);
    return row;
  });
  // The key: Perioden and every other column that holds a code (text) in every row; ID is a row number.
  const keys = kept
    .map((k) => header[k])
    .filter((k) => k === "Perioden" || (k !== "ID" && rows.every((r) => typeof r[k] === "string")));
  checkUniqueKeys(rows, keys, file);
  return rows;
}
