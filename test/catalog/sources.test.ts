import { describe, expect, it } from "vitest";
import { requestUrl, SOURCES, sourceUrl, validateSource } from "../../src/catalog/sources";

describe("source catalog", () => {
  it("has unique ids and files in the mirror's layout", () => {
    expect(new Set(SOURCES.map((s) => s.id)).size).toBe(SOURCES.length);
    expect(new Set(SOURCES.map((s) => s.file)).size).toBe(SOURCES.length);
    for (const s of SOURCES) {
      if (s.provider === "CBS") expect(s.file).toMatch(new RegExp(`^cbs/${s.table}/[A-Za-z]+\\.(json|csv)$`));
      else expect(s.file).toBe(`eurostat/${s.dataset}.json`);
    }
  });

  it("filters the multi-million-row motive tables at the API", () => {
    for (const s of SOURCES) {
      if (s.provider === "CBS" && /^8480[89]NED$/.test(s.table) && s.entity === "TypedDataSet") {
        expect(s.query?.filter, s.id).toBeTruthy();
        expect(s.query?.select ?? s.paged, s.id).toBeTruthy();
      }
    }
  });

  it("builds CBS OData and Eurostat requests, encoded on the wire", () => {
    const cbs = SOURCES.find((s) => s.id === "cbs-84809NED-data")!;
    expect(sourceUrl(cbs)).toContain(
      "https://opendata.cbs.nl/ODataApi/odata/84809NED/TypedDataSet?$filter=Geslacht eq 'T001038'",
    );
    const wire = requestUrl(cbs)!;
    expect(wire).toContain("$format=json");
    expect(wire).not.toMatch(/[ ']/);
    const es = SOURCES.find((s) => s.id === "eurostat-migr_asyapp1mp")!;
    expect(sourceUrl(es)).toBe(
      "https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/migr_asyapp1mp?format=JSON&lang=EN",
    );
  });

  it("refuses ids and paths that are not plain identifiers", () => {
    const base = SOURCES.find((s) => s.id === "cbs-83474NED-data")!;
    expect(() => validateSource({ ...base, table: "../etc" } as typeof base)).toThrow(/Refusing CBS table id/);
    expect(() => validateSource({ ...base, table: "" } as typeof base)).toThrow(/Refusing/);
    expect(() => validateSource({ ...base, file: "../../x.json" })).toThrow(/relative path inside data\/raw/);
  });
});
