// The CBS CSV reader against csv-parse, which it replaced for speed: on the real StatLine export
// and on small inputs in the same dialect (CRLF, empty lines, "" escapes, ';' and newlines
// inside quotes, missing final newline) both give the same rows, and where csv-parse refuses
// an input, so does the reader.
import * as fs from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { sourceById } from "../../src/catalog/sources";
import type { CbsRow } from "../../src/parse/cbs-odata";
import { parseCbsCsv } from "../../src/parse/cbs-csv";
import { rawPath } from "../../src/raw/store";
import { requireRaw } from "../helpers/raw";

const NUMBER = /^-?\d+(\.\d+)?$/;

/** The previous implementation, on csv-parse: the reference. */
function viaCsvParse(text: string): CbsRow[] {
  const records: Record<string, string>[] = parse(text, { delimiter: ";", columns: true, bom: true, quote: '"', skip_empty_lines: true });
  return records.map((rec) => {
    const row: CbsRow = {};
    for (const [k, raw] of Object.entries(rec)) {
      const v = raw.trim();
      row[k] = v === "" || v === "." ? null : NUMBER.test(v) && k !== "Perioden" ? Number(v) : v;
    }
    return row;
  });
}

const ACCEPTED: Record<string, string> = {
  "LF line ends": '"ID";"Perioden";"X_1"\n"0";"2019JJ00";"  1000"\n',
  "CRLF line ends": '"ID";"Perioden";"X_1"\r\n"0";"2019JJ00";"  1000"\r\n',
  "no final newline": '"ID";"Perioden";"X_1"\n"0";"2019JJ00";"  1000"',
  "BOM and empty lines": '\uFEFF"ID";"Perioden";"X_1"\n\n"0";"2019JJ00";"."\n\n',
  "unquoted fields": "ID;Perioden;X_1\n0;2019JJ00;  -12.5\n",
  "escaped quote, ';' and newline inside quotes": '"ID";"Titel";"X_1"\n"0";"a ""b""; c\nd";""\n',
  "trailing ';'": '"ID";"X_1"\n"0";\n',
  "header only": '"ID";"X_1"\n',
  "empty text": "",
};

const REFUSED: Record<string, string> = {
  "too few fields": '"ID";"X_1"\n"0"\n',
  "too many fields": '"ID";"X_1"\n"0";"1";"2"\n',
  "unclosed quote": '"ID";"X_1"\n"0";"1\n',
  "text after a closing quote": '"ID";"X_1"\n"0"x;"1"\n',
  "quote inside an unquoted field": '"ID";"X_1"\n0;1"2"\n',
};

describe("parseCbsCsv gives what csv-parse gave", () => {
  for (const [name, text] of Object.entries(ACCEPTED)) {
    it(`accepts: ${name}`, () => {
      expect(parseCbsCsv(text, "t.csv")).toEqual(viaCsvParse(text));
    });
  }
  for (const [name, text] of Object.entries(REFUSED)) {
    it(`refuses: ${name}`, () => {
      expect(() => viaCsvParse(text)).toThrow();
      expect(() => parseCbsCsv(text, "t.csv")).toThrow(/t\.csv: is not a valid CBS CSV export/);
    });
  }
  it("on the real StatLine export of 37296ned", async () => {
    const dir = await requireRaw("cbs-37296ned-csv");
    const text = fs.readFileSync(rawPath(dir, sourceById("cbs-37296ned-csv")), "utf8");
    const rows = parseCbsCsv(text, "37296ned.csv");
    expect(rows.length).toBeGreaterThan(50);
    expect(rows).toEqual(viaCsvParse(text));
  });
});
