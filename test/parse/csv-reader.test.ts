import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CsvSyntaxError, readCsvRecords, readCsvRows } from "../../src/parse/csv-reader";

// Fields with the characters that matter: the delimiter, quotes, line breaks, spaces, a BOM-like char.
const field = fc.stringMatching(/^[a-z0-9 .;"\r\n\u00e9-]{0,6}$/);

/** Writes rows as CSV, quoting a field when needed (or always). */
function writeCsv(rows: string[][], alwaysQuote: boolean, eol: string): string {
  const q = (f: string) => (alwaysQuote || /[;"\r\n]/.test(f) || f === "" ? `"${f.replace(/"/g, '""')}"` : f);
  return rows.map((r) => r.map(q).join(";")).join(eol);
}

describe("readCsvRows", () => {
  it("reads what csv-parse reads, on generated CSV", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((cols) => fc.array(fc.array(field, { minLength: cols, maxLength: cols }), { minLength: 1, maxLength: 5 })),
        fc.boolean(),
        fc.constantFrom("\n", "\r\n"),
        fc.boolean(),
        (rows, alwaysQuote, eol, bom) => {
          const text = (bom ? "\ufeff" : "") + writeCsv(rows, alwaysQuote, eol) + eol;
          const expected = parse(text, { delimiter: ";", bom: true, quote: '"', skip_empty_lines: true, relax_column_count: true });
          expect(readCsvRows(text)).toEqual(expected);
          expect(readCsvRows(text)).toEqual(rows);
        },
      ),
      { numRuns: 300 },
    );
  });
  it("skips empty lines and a BOM; reads a last line without a line end", () => {
    expect(readCsvRows('\ufeff"a";"b"\r\n\r\n"1";"2"\n\n3;4')).toEqual([["a", "b"], ["1", "2"], ["3", "4"]]);
    expect(readCsvRows("")).toEqual([]);
  });
  it("refuses broken quoting, naming the line", () => {
    expect(() => readCsvRows('"a";"b\n"1";"2"\n')).toThrow(CsvSyntaxError);
    expect(() => readCsvRows('a;b\n"1"x;2\n')).toThrow(/after a closing quote on line 2/);
    expect(() => readCsvRows('a;b\n1;2"\n')).toThrow(/quote inside an unquoted field on line 2/);
    expect(() => readCsvRows('a;"b\n')).toThrow(/not closed on line 1/);
  });
});

describe("readCsvRecords", () => {
  it("keys records by the header and refuses a record of another length", () => {
    expect(readCsvRecords('"x";"y"\n"1";"2"\n')).toEqual([{ x: "1", y: "2" }]);
    expect(() => readCsvRecords('"x";"y"\n"1"\n"3";"4"\n')).toThrow(/record has 1 fields, the header 2 on line 2/);
  });
});
