// Eurostat decision tables (migr_asydcfsta, migr_asydec1pc) on the synthetic fixtures of figure 7.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { decisionLookup, identifyDecisionCodes, readDecisionTable } from "../../src/parse/eurostat-decisions";
import { parseJsonStatDoc } from "../../src/parse/jsonstat";

const fixture = (name: string) => path.join(__dirname, "../../data/synthetic/eurostat", name);
const doc = (name: string) => JSON.parse(fs.readFileSync(fixture(name), "utf8"));
const counts = (name: string, edit?: (d: any) => void) => {
  const d = doc(name);
  edit?.(d);
  return readDecisionTable(parseJsonStatDoc(d, name), name, "PER", ["total", "positive"]);
};

/** Renames a decision code in a JSON-stat document (index and label keep their positions). */
function renameDecision(d: any, from: string, to: string, label?: string) {
  const cat = d.dimension.decision.category;
  cat.index = Object.fromEntries(Object.entries(cat.index).map(([k, v]) => [k === from ? to : k, v]));
  cat.label = Object.fromEntries(
    Object.entries(cat.label).map(([k, v]) => [k === from ? to : k, k === from && label ? label : v]),
  );
}

describe("decision code sets", () => {
  it("recognises the legacy codes (TOTAL, TOTAL_POS, ..., REJECTED) from the response", () => {
    const t = counts("migr_asydcfsta-legacy.json");
    expect(t.set).toBe("legacy");
    expect(t.categories.map((c) => [c.code, c.role])).toEqual([
      ["TOTAL", "total"],
      ["TOTAL_POS", "positive"],
      ["GENCONV", "refugee"],
      ["SUB_PROT", "subsidiary"],
      ["HUMSTAT", "humanitarian"],
      ["REJECTED", "rejected"],
    ]);
    expect(t.dublin).toBeUndefined();
  });

  it("recognises the current codes (TOTAL, POS, ..., NEG) from the response", () => {
    const t = counts("migr_asydcfsta-current.json");
    expect(t.set).toBe("current");
    expect(t.categories.find((c) => c.role === "positive")!.code).toBe("POS");
    expect(t.categories.find((c) => c.role === "rejected")!.code).toBe("NEG");
  });

  it("gives both code sets the same rows by meaning", () => {
    const strip = (name: string) => counts(name).rows.map(({ code: _code, ...r }) => r);
    expect(strip("migr_asydcfsta-current.json")).toEqual(strip("migr_asydcfsta-legacy.json"));
  });

  it("takes a category labelled Dublin beside a known set as the Dublin rejections", () => {
    const t = counts("migr_asydcfsta-dublin.json");
    expect(t.set).toBe("current");
    expect(t.dublin).toMatchObject({ code: "NEG_DUBL", role: "dublin" });
    expect(decisionLookup(t)("NL", 2020, "dublin")!.value).toBe(200);
  });

  it("refuses an unknown code set, naming every code and label", () => {
    expect(() =>
      counts("migr_asydcfsta-current.json", (d) => renameDecision(d, "NEG", "REJ_NEW", "Rejected (new)")),
    ).toThrow(
      /decision codes TOTAL "Total", POS "Total positive decisions", .*REJ_NEW "Rejected \(new\)" are not a known Eurostat code set/,
    );
    // Codes of both vintages mixed: neither set.
    expect(() => counts("migr_asydcfsta-legacy.json", (d) => renameDecision(d, "REJECTED", "NEG"))).toThrow(
      /not a known Eurostat code set/,
    );
  });

  it("refuses a known code whose label says something else", () => {
    expect(() =>
      counts("migr_asydcfsta-legacy.json", (d) =>
        renameDecision(d, "TOTAL_POS", "TOTAL_POS", "Withdrawn applications"),
      ),
    ).toThrow(/decision code TOTAL_POS is labelled "Withdrawn applications"/);
  });

  it("refuses a response without the totals the share needs", () => {
    const cats = [
      { code: "TOTAL", label: "Total" },
      { code: "NEG", label: "Rejected" },
    ];
    expect(() => identifyDecisionCodes(cats, "x.json", ["total", "positive"])).toThrow(/needed: total, positive/);
    expect(() =>
      identifyDecisionCodes(
        [
          ...cats,
          { code: "NEG_DUB", label: "Dublin" },
          { code: "POS", label: "Total positive decisions" },
          { code: "X_DUBLIN", label: "Dublin cases" },
        ],
        "x.json",
        ["positive"],
      ),
    ).toThrow(/more than one Dublin category/);
  });
});

describe("reading the cells", () => {
  const t = counts("migr_asydcfsta-legacy.json");
  const get = decisionLookup(t);

  it("takes the totals of the other dimensions, as requested", () => {
    expect(t.selection).toEqual({ freq: "A", citizen: "TOTAL", sex: "T", unit: "PER", age: "TOTAL" });
    expect(t.rows).toHaveLength(8 * 6 * 11); // 8 geos (README of the fixtures) x 6 decision codes x 11 years
  });

  it("keeps missing cells missing, real zeros as 0, and flags in their own column", () => {
    expect(get("BE", 2016, "total")!.value).toBeNull(); // absent from value
    expect(get("BE", 2016, "positive")).toMatchObject({ value: null, status: "c" }); // confidential
    expect(get("HU", 2015, "positive")!.value).toBe(0);
    expect(get("DE", 2024, "total")).toMatchObject({ value: 2000, status: "p" });
    expect(get("NL", 2018, "positive")).toMatchObject({ value: 300, status: null });
    expect(t.statusLabels).toEqual({ p: "provisional", c: "confidential" });
  });

  it("reads the percentage table (unit PC, citizen EXT_EU27_2020, no sex or age)", () => {
    const pc = readDecisionTable(parseJsonStatDoc(doc("migr_asydec1pc.json"), "pc"), "pc", "PC", ["positive"]);
    expect(pc.selection).toEqual({ freq: "A", citizen: "EXT_EU27_2020", unit: "PC" });
    expect(pc.categories.find((c) => c.code === "IPROT")!.role).toBe("international");
    expect(decisionLookup(pc)("NL", 2018, "positive")!.value).toBe(30);
  });

  it("refuses a table in another unit, or with an unexpected breakdown", () => {
    expect(() =>
      readDecisionTable(parseJsonStatDoc(doc("migr_asydec1pc.json"), "pc"), "pc", "PER", ["positive"]),
    ).toThrow(/dimension "unit" has no PER \(codes: PC\)/);
    const d = doc("migr_asydcfsta-legacy.json");
    d.dimension.sex.category = { index: { F: 0 }, label: { F: "Females" } };
    expect(() => readDecisionTable(parseJsonStatDoc(d, "x"), "x", "PER", ["total"])).toThrow(
      /dimension "sex" has no T/,
    );
  });
});
