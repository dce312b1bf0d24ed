// The format checks the downloader runs before it stores anything (parse/content-check.ts, passed
// to raw/fetch.ts as OFFICIAL_FORMATS): the source's own table with rows, or a ParseError naming the file.
import { describe, expect, it } from "vitest";
import { ParseError } from "../../src/parse/cbs-odata";
import { checkContent, OFFICIAL_FORMATS, readCbsPage } from "../../src/parse/content-check";
import { CBS_DATA, CBS_INFO, EUROSTAT_DATA, fixture } from "../helpers/fetch-setup";

const cbs = fixture("cbs/90001TST/TypedDataSet.json");
const eurostat = fixture("eurostat/tst_asyapp.json");

describe("checkContent", () => {
  it("returns the columns of a CBS table and the dimensions and version of a Eurostat dataset", () => {
    expect(checkContent(CBS_DATA, cbs, "a.json").shape).toEqual([
      "ID",
      "Geslacht",
      "Perioden",
      "Immigratie_1",
      "Emigratie_2",
    ]);
    const ds = checkContent(EUROSTAT_DATA, eurostat, "b.json");
    expect(ds.shape.length).toBeGreaterThan(0);
    expect(ds.updated).toBe(JSON.parse(eurostat).updated);
  });

  it("refuses an HTML page, another table, another entity, another dataset and no rows, naming the file", () => {
    expect(() => checkContent(CBS_DATA, fixture("html/error-page.html"), "a.json")).toThrow(/a\.json: is HTML/);
    expect(() => checkContent({ ...CBS_DATA, table: "90009TST" }, cbs, "a.json")).toThrow(
      /a\.json: is CBS table 90001TST, expected 90009TST/,
    );
    expect(() => checkContent(CBS_INFO, cbs, "a.json")).toThrow(/is CBS TypedDataSet, expected TableInfos/);
    expect(() => checkContent(EUROSTAT_DATA, fixture("eurostat/tst_other.json"), "b.json")).toThrow(
      /b\.json: is dataset .*, expected tst_asyapp/,
    );
    const empty = JSON.stringify({ ...JSON.parse(cbs), value: [] });
    expect(() => checkContent(CBS_DATA, empty, "a.json")).toThrow(/a\.json: holds no rows/);
  });

  it("refuses a download without a column the catalog selects", () => {
    expect(() => checkContent(CBS_DATA, cbs, "a.json", ["Perioden", "Immigratie_9"])).toThrow(
      /lacks column\(s\) Immigratie_9 .*schema changed at CBS\?/,
    );
  });
});

describe("readCbsPage", () => {
  it("keeps the rows as sent and reads odata.nextLink", () => {
    const page = readCbsPage(
      CBS_DATA,
      JSON.stringify({ ...JSON.parse(cbs), "odata.nextLink": "next?$skip=4" }),
      "a.json",
      "TypedDataSet",
    );
    expect(page.rows[0].Geslacht).toBe("T001038  ");
    expect(page.nextLink).toBe("next?$skip=4");
    expect(page.modified).toBeUndefined();
  });
});

it("OFFICIAL_FORMATS recognises its own errors", () => {
  expect(OFFICIAL_FORMATS.isContentError(new ParseError("a.json", "x"))).toBe(true);
  expect(OFFICIAL_FORMATS.isContentError(new Error("a.json: x"))).toBe(false);
});
