import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { parseJsonStat } from "../../src/parse/jsonstat";

const read = (name: string) => {
  const file = path.join(__dirname, "../fixtures/eurostat", name);
  return { file, text: fs.readFileSync(file, "utf8") };
};
const cell = (ds: ReturnType<typeof parseJsonStat>, geo: string, time: string) =>
  ds.cells.find((c) => c.coords.geo === geo && c.coords.time === time)!;

describe("parseJsonStat, value and status as objects (Eurostat's form)", () => {
  const { file, text } = read("jsonstat-object.json");
  const ds = parseJsonStat(text, file);

  it("unfolds the flat row-major index into dimension codes", () => {
    expect(ds.dimensions.map((d) => d.id)).toEqual(["freq", "unit", "geo", "time"]);
    expect(ds.cells).toHaveLength(6);
    expect(cell(ds, "XA", "2030").value).toBe(1.5);
    expect(cell(ds, "XA", "2031").value).toBe(2.25);
    expect(cell(ds, "XB", "2032").value).toBe(9.99);
  });
  it("keeps a missing cell missing and a real 0 as 0", () => {
    expect(cell(ds, "XA", "2032").value).toBeNull(); // index 2 absent from value
    expect(cell(ds, "XB", "2030").value).toBe(0); // index 3 is 0
    expect(cell(ds, "XB", "2031").value).toBeNull(); // index 4: confidential, no value
  });
  it("keeps status flags in their own column", () => {
    expect(cell(ds, "XA", "2031").status).toBe("p");
    expect(cell(ds, "XB", "2031").status).toBe("c");
    expect(cell(ds, "XA", "2030").status).toBeNull();
    expect(ds.statusLabels).toEqual({ p: "provisional", c: "confidential" });
  });
  it("reads labels, updated and the dataset code", () => {
    expect(ds.dimensions[2].categories).toEqual([
      { code: "XA", label: "Test country A" },
      { code: "XB", label: "Test country B" },
    ]);
    expect(ds.updated).toBe("2030-01-02T23:00:00+0100");
    expect(ds.datasetCode).toBe("test_dataset");
  });
  it("refuses a document for another dataset", () => {
    expect(() => parseJsonStat(text, file, "migr_asyapp1mp")).toThrow(
      /is dataset test_dataset, expected migr_asyapp1mp/,
    );
  });
});

describe("parseJsonStat, value and status as arrays", () => {
  const { file, text } = read("jsonstat-array.json");
  const ds = parseJsonStat(text, file);
  it("reads array values with null and array statuses", () => {
    expect(ds.cells.map((c) => [c.coords.geo, c.coords.time, c.value, c.status])).toEqual([
      ["XA", "2030", 10, "e"],
      ["XA", "2031", null, null],
      ["XB", "2030", 30, null],
      ["XB", "2031", 40, "b"],
    ]);
  });
  it("refuses an array shorter than size implies, and non-datasets", () => {
    const cut = JSON.parse(text);
    cut.value = cut.value.slice(0, 3);
    expect(() => parseJsonStat(JSON.stringify(cut), "cut.json")).toThrow(
      /cut\.json: value array has 3 cells, size implies 4/,
    );
    expect(() => parseJsonStat('{"class":"collection"}', "c.json")).toThrow(/not a JSON-stat 2.0 dataset/);
    expect(() => parseJsonStat("<html>oops</html>", "h.json")).toThrow(/h\.json: is HTML/);
    expect(() => parseJsonStat('{"error":{"status":404,"label":"not found"}}', "e.json")).toThrow(/Eurostat error/);
  });
});
