import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { lineEnding, parseCbsCsv } from "../../src/parse/cbs-csv";

const fixture = path.join(__dirname, "../fixtures/cbs/TEST02ned-UntypedDataSet.csv");

describe("parseCbsCsv", () => {
  const rows = parseCbsCsv(fs.readFileSync(fixture, "utf8"), fixture);

  it("strips the BOM and reads ';'-separated quoted fields", () => {
    expect(Object.keys(rows[0])).toEqual(["ID", "Perioden", "Immigratie_1", "Emigratie_2", "Saldo_3"]);
    expect(rows).toHaveLength(2);
  });
  it("trims right-aligned numbers and keeps period keys as text", () => {
    expect(rows[0].Immigratie_1).toBe(269064);
    expect(rows[0].Perioden).toBe("2019JJ00");
    expect(rows[1].Saldo_3).toBe(-12.5);
  });
  it("reads '.' (unknown) and '' (not applicable) as missing, never 0", () => {
    expect(rows[0].Saldo_3).toBeNull();
    expect(rows[1].Emigratie_2).toBeNull();
  });
  it("keeps only the selected columns and Perioden, and still checks the kept ones", () => {
    const text = fs.readFileSync(fixture, "utf8");
    const some = parseCbsCsv(text, fixture, { columns: ["Saldo_3"] });
    expect(some.map((r) => ({ ...r }))).toEqual([
      { Perioden: "2019JJ00", Saldo_3: null },
      { Perioden: "2020JJ00", Saldo_3: -12.5 },
    ]);
    expect(() => parseCbsCsv(text, "c.csv", { columns: ["Saldo_3"], counts: ["Saldo_3"] })).toThrow(
      /c\.csv: row 1 .*column Saldo_3: -12\.5 is a negative number of persons/,
    );
    // A column that is not kept is not checked: the selection is what the figures read.
    expect(parseCbsCsv(text, "c.csv", { columns: ["Immigratie_1"], counts: ["Saldo_3"] })).toHaveLength(2);
    expect(() => parseCbsCsv(text, "c.csv", { columns: ["Immigratie_73", "Saldo_3"] })).toThrow(
      /^c\.csv: lacks column\(s\) Immigratie_73 of the catalog/,
    );
    expect(() => parseCbsCsv(text.replace('"Perioden"', '"Periode"'), "c.csv", { columns: ["Saldo_3"] })).toThrow(
      /lacks column\(s\) Perioden/,
    );
  });
  it("finds the record terminator outside quoted fields, whatever the line endings", () => {
    expect(lineEnding('"a";"b"\n"1";"2"')).toBe("\n");
    expect(lineEnding('"a";"b"\r\n"1";"2"')).toBe("\r\n");
    expect(lineEnding('"a";"b"\r"1";"2"')).toBe("\r");
    // A line break inside a quoted header cell is part of the cell, not the terminator.
    expect(lineEnding('"a\r\nx";"b"\n"1";"2"')).toBe("\n");
    expect(lineEnding('"a";"b"')).toBeUndefined();
    // The fixture ends its lines in \r\n; the same export with \n reads the same.
    const lf = fs.readFileSync(fixture, "utf8").replace(/\r\n/g, "\n");
    expect(parseCbsCsv(lf, fixture)).toEqual(rows);
  });
  it("refuses HTML", () => {
    expect(() => parseCbsCsv("<html><body>error</body></html>", "e.csv")).toThrow(/e\.csv: is HTML/);
  });
});
