import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCbsCsv } from "../../src/parse/cbs-csv";

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
  it("refuses HTML", () => {
    expect(() => parseCbsCsv("<html><body>error</body></html>", "e.csv")).toThrow(/e\.csv: is HTML/);
  });
});
