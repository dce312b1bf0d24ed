// CBS StatLine CSV export: ';'-separated, every field quoted, UTF-8 BOM, numbers right-aligned
// with spaces, '.' for unknown and '' for not applicable. Both stay null, never 0.
// The export is read by a small RFC 4180 reader for this dialect (';', '"', "" inside quotes,
// \n or \r\n, empty lines skipped), strict like csv-parse was: an unclosed quote, a quote
// inside an unquoted field, text after a closing quote or a record with another number of
// fields than the header is refused. It is about ten times faster than csv-parse here.
import type { CbsRow } from "./cbs-odata";
import { looksLikeHtml, ParseError } from "./cbs-odata";

const NUMBER = /^-?\d+(\.\d+)?$/;
const SEMICOLON = 59;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** The records of a ';'-separated, '"'-quoted text, BOM removed, empty lines skipped. */
function readCsvRecords(text: string, file: string): string[][] {
  const fail = (reason: string, line: number) => new ParseError(file, `is not a valid CBS CSV export (${reason} on line ${line})`);
  const n = text.length;
  const records: string[][] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let record: string[] = [];
  let onlyEmptyUnquoted = true; // the record so far is one empty unquoted field: an empty line
  while (i < n) {
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      const startLine = line;
      let j = i + 1;
      value = "";
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) throw fail("quote not closed", startLine);
        for (let k = text.indexOf("\n", j); k !== -1 && k < q; k = text.indexOf("\n", k + 1)) line++;
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += text.slice(j, q + 1); // "" inside quotes is one "
          j = q + 2;
          continue;
        }
        value += text.slice(j, q);
        i = q + 1;
        break;
      }
      const c = text.charCodeAt(i);
      if (i < n && c !== SEMICOLON && c !== LF && c !== CR) throw fail("text after a closing quote", line);
      onlyEmptyUnquoted = false;
    } else {
      let j = i;
      for (; j < n; j++) {
        const c = text.charCodeAt(j);
        if (c === SEMICOLON || c === LF || c === CR) break;
        if (c === QUOTE) throw fail("quote inside an unquoted field", line);
      }
      value = text.slice(i, j);
      if (value !== "" || record.length) onlyEmptyUnquoted = false;
      i = j;
    }
    record.push(value);
    const c = i < n ? text.charCodeAt(i) : LF;
    if (c === SEMICOLON) {
      i++;
      onlyEmptyUnquoted = false;
      if (i === n) record.push(""); // a trailing ';' ends with an empty field
      else continue;
    } else {
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    }
    if (!onlyEmptyUnquoted) records.push(record);
    record = [];
    onlyEmptyUnquoted = true;
    line++;
  }
  return records;
}

export function parseCbsCsv(text: string, file: string): CbsRow[] {
  if (looksLikeHtml(text)) throw new ParseError(file, "is HTML, not a CBS CSV export");
  const records = readCsvRecords(text, file);
  if (!records.length) return [];
  const header = records[0];
  const rows: CbsRow[] = [];
  for (let r = 1; r < records.length; r++) {
    const rec = records[r];
    if (rec.length !== header.length) {
      throw new ParseError(file, `is not a valid CBS CSV export (record ${r + 1} has ${rec.length} fields, the header ${header.length})`);
    }
    const row: CbsRow = {};
    for (let f = 0; f < header.length; f++) {
      const k = header[f];
      const v = rec[f].trim();
      row[k] = v === "" || v === "." ? null : NUMBER.test(v) && k !== "Perioden" ? Number(v) : v;
    }
    rows.push(row);
  }
  return rows;
}
