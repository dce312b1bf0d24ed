import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { cbsNumber, parseCbsOData, requireColumns } from "../../src/parse/cbs-odata";

const fixture = path.join(__dirname, "../fixtures/cbs/TEST01NED-TypedDataSet.json");
const text = fs.readFileSync(fixture, "utf8");

describe("parseCbsOData", () => {
  const doc = parseCbsOData(text, fixture);

  it("reads the table and entity from odata.metadata", () => {
    expect(doc.table).toBe("TEST01NED");
    expect(doc.entity).toBe("TypedDataSet");
    expect(doc.rows).toHaveLength(4);
  });
  it("trims CBS's padded keys", () => {
    expect(doc.rows.map((r) => r.Nationaliteit)).toEqual(["T001059", "T001059", "T001059", "A012345"]);
  });
  it("keeps null as missing and 0 as 0", () => {
    expect(doc.rows[0].Nareizigers_2).toBeNull();
    expect(doc.rows[1].Nareizigers_2).toBe(0);
    expect(cbsNumber(doc.rows[0], "Nareizigers_2", fixture)).toBeNull();
    expect(cbsNumber(doc.rows[3], "Nareizigers_2", fixture)).toBe(12.5);
    expect(cbsNumber(doc.rows[3], "Totaal_1", fixture)).toBe(-15);
  });
  it("refuses a number column holding text, naming the column", () => {
    expect(() => cbsNumber(doc.rows[0], "Perioden", fixture)).toThrow(/Perioden/);
  });
  it("reports schema drift naming the missing column", () => {
    expect(() => requireColumns(doc, ["Perioden", "Immigratie_4"], fixture)).toThrow(/lacks column\(s\) Immigratie_4/);
  });
  it("rejects HTML, truncated JSON, OData errors and other JSON, naming the file", () => {
    expect(() => parseCbsOData("<!DOCTYPE html><html><body>Service unavailable</body></html>", "x.json")).toThrow(
      /x\.json: is HTML/,
    );
    expect(() => parseCbsOData(text.slice(0, 200), "y.json")).toThrow(/y\.json: is not valid JSON/);
    expect(() =>
      parseCbsOData('{"odata.error":{"code":"","message":{"lang":"nl","value":"Te veel rijen"}}}', "z.json"),
    ).toThrow(/Te veel rijen/);
    expect(() => parseCbsOData('{"rows":[]}', "w.json")).toThrow(/no "value" array/);
  });
});
