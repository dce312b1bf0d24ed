// A small reader for delimited text with a header line (RFC 4180 quoting: fields may be quoted,
// "" inside quotes is one quote, quoted fields may hold the delimiter and line breaks), used for
// the CBS StatLine CSV export. It replaces csv-parse there: csv-parse took about 40 ms for the
// 64 KB export, this loop a millisecond or two (bench/results.md, "CSV readers"). Its results are
// compared with csv-parse's on generated input in test/parse/csv-reader.test.ts.

export class CsvSyntaxError extends Error {
  constructor(message: string, readonly line: number) {
    super(`${message} on line ${line}`);
    this.name = "CsvSyntaxError";
  }
}

const QUOTE = 34; // "
const CR = 13;
const LF = 10;

/**
 * Every record as an array of fields. A leading BOM is skipped, empty lines are skipped, a quote
 * must open a field and close it (followed by the delimiter or a line end), and a quoted field
 * must be closed before the end of the text.
 */
export function readCsvRows(text: string, delimiter = ";"): string[][] {
  return readRowsWithLines(text, delimiter).rows;
}

function readRowsWithLines(text: string, delimiter: string): { rows: string[][]; lines: number[] } {
  const delim = delimiter.charCodeAt(0);
  const n = text.length;
  const rows: string[][] = [];
  const lines: number[] = []; // the line each record starts on, for messages
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let row: string[] = [];
  let rowHasContent = false;
  let rowLine = 1;
  while (i <= n) {
    // One field starting at i.
    let field: string;
    if (i < n && text.charCodeAt(i) === QUOTE) {
      const startLine = line;
      let value = "";
      let from = i + 1;
      for (;;) {
        const q = text.indexOf('"', from);
        if (q < 0) throw new CsvSyntaxError("quoted field is not closed", startLine);
        for (let k = from; k < q; k++) if (text.charCodeAt(k) === LF) line++;
        value += text.slice(from, q);
        if (text.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          from = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      const c = i < n ? text.charCodeAt(i) : -1;
      if (c !== -1 && c !== delim && c !== LF && !(c === CR && text.charCodeAt(i + 1) === LF)) {
        throw new CsvSyntaxError(`unexpected character after a closing quote`, line);
      }
      field = value;
      rowHasContent = true;
    } else {
      let j = i;
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c === delim || c === LF) break;
        if (c === QUOTE) throw new CsvSyntaxError("quote inside an unquoted field", line);
        j++;
      }
      let end = j;
      if (j < n && text.charCodeAt(j) === LF && end > i && text.charCodeAt(end - 1) === CR) end--;
      field = text.slice(i, end);
      if (field !== "") rowHasContent = true;
      i = j;
    }
    row.push(field);
    // i is now at a delimiter, a line end (\n or \r\n) or the end of the text.
    const c = i < n ? text.charCodeAt(i) : -1;
    if (c === delim) {
      rowHasContent = true; // "a;" is a record of two empty fields, not an empty line
      i++;
      continue;
    }
    if (rowHasContent) {
      rows.push(row);
      lines.push(rowLine);
    }
    row = [];
    rowHasContent = false;
    if (c === CR) i++;
    i++; // past \n, or past the end (ends the loop)
    line++;
    rowLine = line;
  }
  return { rows, lines };
}

/** The header line and the records after it; every record must have as many fields as the header. */
export function readCsvTable(text: string, delimiter = ";"): { header: string[]; rows: string[][] } {
  const { rows, lines } = readRowsWithLines(text, delimiter);
  const header = rows[0] ?? [];
  for (let r = 1; r < rows.length; r++) {
    if (rows[r].length !== header.length) {
      throw new CsvSyntaxError(`record has ${rows[r].length} fields, the header ${header.length}`, lines[r]);
    }
  }
  return { header, rows: rows.slice(1) };
}

/** Records as objects keyed by the header line's names (like csv-parse's `columns: true`). */
export function readCsvRecords(text: string, delimiter = ";"): Record<string, string>[] {
  const { header, rows } = readCsvTable(text, delimiter);
  return rows.map((fields) => {
    const rec: Record<string, string> = {};
    for (let k = 0; k < header.length; k++) rec[header[k]] = fields[k];
    return rec;
  });
}
