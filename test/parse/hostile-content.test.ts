// Hostile and broken input to the parsers (issue 13, items 2, 4, 7 and the deep nesting one): each
// case is a real fixture altered in the test, and each is refused with the file, the cell and the
// reason, or read correctly. Listed in docs/faults.md.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sourceById } from "../../src/catalog/sources";
import { parseCbsCsv } from "../../src/parse/cbs-csv";
import { cbsNumber, MAX_JSON_DEPTH, parseCbsOData, parseCbsODataDoc, requireColumns } from "../../src/parse/cbs-odata";
import { parseCbsPeriod } from "../../src/parse/cbs-period";
import { decisionLookup, readDecisionTable } from "../../src/parse/eurostat-decisions";
import { parseJsonStat, parseJsonStatDoc } from "../../src/parse/jsonstat";
import { loadCbsOData, loadJsonStat } from "../../src/parse/load";
import { rawPath, storeRaw } from "../../src/raw/store";
import { signedSidecar } from "../helpers/fetch-setup";

const FIXTURES = path.join(__dirname, "../fixtures");
const text = (rel: string) => fs.readFileSync(path.join(FIXTURES, rel), "utf8");
const json = (rel: string) => JSON.parse(text(rel));

const CBS = "cbs/TEST01NED-TypedDataSet.json";
const CSV = "cbs/TEST02ned-UntypedDataSet.csv";
const STAT = "eurostat/jsonstat-object.json";
const DECISIONS = "../../data/synthetic/eurostat/migr_asydcfsta-legacy.json";

/** `value` nested `depth` levels deep, built without recursion. */
function deep(depth: number, leaf: unknown = 1): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}

describe("numbers that are not numbers (CBS OData)", () => {
  const base = text(CBS);

  it("refuses 1e999 (Infinity) in a measure, naming the file, the row and the column", () => {
    const bad = base.replace('"Totaal_1":1000', '"Totaal_1":1e999');
    expect(() => parseCbsOData(bad, "t.json")).toThrow(
      /^t\.json: row 0 \(Nationaliteit T001059, Perioden 2013JJ00\), column Totaal_1: Infinity is not a finite number/,
    );
    expect(() => parseCbsOData(base.replace('"Totaal_1":85', '"Totaal_1":-1e999'), "t.json")).toThrow(
      /row 2 .*-Infinity is not a finite number/,
    );
  });

  it("refuses negative and fractional values in columns the catalog names as person counts; others pass", () => {
    // Row 3 of the fixture holds Totaal_1 -15 and Nareizigers_2 12.5 (the plain tests read them as such).
    expect(() => parseCbsOData(base, "t.json", { counts: ["Totaal_1"] })).toThrow(
      /^t\.json: row 3 \(.*\), column Totaal_1: -15 is a negative number of persons/,
    );
    expect(() => parseCbsOData(base, "t.json", { counts: ["Nareizigers_2"] })).toThrow(
      /column Nareizigers_2: 12\.5 is a fractional number of persons/,
    );
    expect(parseCbsOData(base, "t.json").rows[3].Totaal_1).toBe(-15);
  });

  it("refuses two rows with the same key: a duplicate period row is not silently kept last", () => {
    const d = json(CBS);
    d.value.push({ ...d.value[0], ID: 4, Totaal_1: 999 });
    expect(() => parseCbsOData(JSON.stringify(d), "t.json")).toThrow(
      /^t\.json: rows 0 and 4 have the same key \(Nationaliteit T001059, Perioden 2013JJ00\): a duplicate row/,
    );
    // Padding does not make a key different: CBS keys are trimmed first.
    d.value[4].Perioden = "2013JJ00  ";
    expect(() => parseCbsOData(JSON.stringify(d), "t.json")).toThrow(/rows 0 and 4 have the same key/);
  });

  it("refuses a code list with the same Key twice", () => {
    const d = json("cbs/84808NED/AfgeleidMigratiedoel.json");
    d.value.push({ ...d.value[1], Title: "Arbeid (nogmaals)" });
    expect(() => parseCbsOData(JSON.stringify(d), "list.json")).toThrow(
      /^list\.json: rows 1 and \d+ have the same key \(Key A009232\)/,
    );
  });

  it("refuses a row that is an array, not an object", () => {
    const d = json(CBS);
    d.value[1] = [1, 2];
    expect(() => parseCbsOData(JSON.stringify(d), "t.json")).toThrow(/^t\.json: row 1 is not an object/);
  });

  it("reads a null cell of a count column as missing, not as an error", () => {
    const d = json(CBS);
    d.value.pop(); // row 3 holds the negative and fractional values
    const doc = parseCbsOData(JSON.stringify(d), "t.json", { counts: ["Totaal_1", "Nareizigers_2"] });
    expect(doc.rows[0].Nareizigers_2).toBeNull();
    expect(doc.rows[1].Nareizigers_2).toBe(0);
  });
});

describe("numbers that are not numbers (CBS CSV)", () => {
  const base = text(CSV);

  it("refuses a number too large to be finite, naming the file, the row and the column", () => {
    const huge = "9".repeat(400);
    expect(() => parseCbsCsv(base.replace("  269064", huge), "c.csv")).toThrow(
      /^c\.csv: row 0 \(Perioden 2019JJ00\), column Immigratie_1: Infinity is not a finite number/,
    );
  });

  it("refuses negative, fractional and non-numeric person counts where the catalog names the column", () => {
    expect(() => parseCbsCsv(base, "c.csv", { counts: ["Saldo_3"] })).toThrow(
      /^c\.csv: row 1 \(Perioden 2020JJ00\), column Saldo_3: -12\.5 is a negative number of persons/,
    );
    expect(() => parseCbsCsv(base.replace("  269064", "2690.5"), "c.csv", { counts: ["Immigratie_1"] })).toThrow(
      /2690\.5 is a fractional number of persons/,
    );
    expect(() => parseCbsCsv(base.replace("  269064", "1e999"), "c.csv", { counts: ["Immigratie_1"] })).toThrow(
      /column Immigratie_1: holds "1e999", not a number of persons/,
    );
    // '.' and '' stay missing values in a count column.
    expect(parseCbsCsv(base, "c.csv", { counts: ["Emigratie_2"] })[1].Emigratie_2).toBeNull();
  });

  it("refuses a duplicate period row", () => {
    const eol = base.includes("\r\n") ? "\r\n" : "\n"; // CBS exports end lines with CRLF
    const dup = base.trimEnd() + `${eol}"2";"2019JJ00";"  1";"  2";"  3"${eol}`;
    expect(() => parseCbsCsv(dup, "c.csv")).toThrow(
      /^c\.csv: rows 0 and 2 have the same key \(Perioden 2019JJ00\): a duplicate row/,
    );
  });

  it("refuses a header naming a column twice, and keeps odd column names as columns", () => {
    expect(() => parseCbsCsv(base.replace('"Saldo_3"', '"Emigratie_2"'), "c.csv")).toThrow(
      /^c\.csv: names column "Emigratie_2" twice/,
    );
    const odd = parseCbsCsv(base.replace('"Saldo_3"', '"__proto__"'), "c.csv");
    expect(Object.keys(odd[1])).toContain("__proto__");
    expect(odd[1]["__proto__"]).toBe(-12.5);
  });
});

describe("numbers that are not numbers (JSON-stat)", () => {
  const base = text(STAT);

  it("refuses 1e999 as a Eurostat value, naming the file and the cell", () => {
    expect(() => parseJsonStat(base.replace('"1": 2.25', '"1": 1e999'), "s.json")).toThrow(
      /^s\.json: cell freq=A, unit=NR, geo=XA, time=2031 \(value index 1\): Infinity is not a finite number/,
    );
    expect(() => parseJsonStat(base.replace('"1": 2.25', '"1": "2.25"'), "s.json")).toThrow(
      /time=2031 \(value index 1\) holds "2\.25", not a number/,
    );
  });

  it("refuses two codes with the same index position (ME's position given to NL)", () => {
    const bad = base.replace('"index": {"XA": 0, "XB": 1}', '"index": {"XA": 1, "XB": 1}');
    expect(() => parseJsonStat(bad, "s.json")).toThrow(
      /^s\.json: dimension "geo": codes "XA" and "XB" share index position 1/,
    );
  });

  it("refuses the same code twice in an index array, and positions outside the dimension", () => {
    const d = json(STAT);
    d.dimension.geo.category.index = ["XA", "XA"];
    expect(() => parseJsonStatDoc(d, "s.json")).toThrow(
      /^s\.json: dimension "geo": code "XA" appears twice in the category index/,
    );
    d.dimension.geo.category.index = { XA: 0, XB: 7 };
    expect(() => parseJsonStatDoc(d, "s.json")).toThrow(/code "XB" has index position 7, outside 0\.\.1/);
  });

  it("refuses a duplicate geo code in the real decision table's index (it would double a country)", () => {
    const d = json(DECISIONS);
    const geo = d.dimension.geo.category.index;
    const [a, b] = Object.keys(geo);
    geo[b] = geo[a];
    expect(() => parseJsonStatDoc(d, "dec.json")).toThrow(
      new RegExp(`^dec\\.json: dimension "geo": codes "${a}" and "${b}" share index position`),
    );
  });

  it("refuses negative and fractional person counts when the catalog says the dataset counts persons", () => {
    expect(() => parseJsonStat(base, "s.json", undefined, { measureKind: "count" })).toThrow(
      /^s\.json: cell .*time=2030 \(value index 0\): 1\.5 is a fractional number of persons/,
    );
    const d = json(DECISIONS);
    d.value[Object.keys(d.value)[0]] = -5;
    expect(() => parseJsonStatDoc(d, "dec.json", undefined, { measureKind: "count" })).toThrow(
      /-5 is a negative number of persons/,
    );
    expect(parseJsonStat(base, "s.json", undefined, { measureKind: "rate" }).cells[0].value).toBe(1.5);
  });

  it("keeps status-only cells missing (no value, a flag)", () => {
    const ds = parseJsonStat(base, "s.json", undefined, { measureKind: "rate" });
    expect(ds.cells[4]).toMatchObject({ value: null, status: "c" });
  });
});

describe("a cube bomb", () => {
  it("refuses a document declaring 6000 x 6000 cells with a nearly empty value, before expanding it", () => {
    const d = json(STAT);
    const codes = (prefix: string) => Array.from({ length: 6000 }, (_, i) => `${prefix}${i}`);
    d.dimension.geo.category = { index: codes("G") };
    d.dimension.time.category = { index: codes("T") };
    d.size = [1, 1, 6000, 6000];
    d.value = { "0": 1 };
    d.status = {};
    const started = Date.now();
    expect(() => parseJsonStat(JSON.stringify(d), "bomb.json")).toThrow(
      /^bomb\.json: declares 1 x 1 x 6000 x 6000 = 36000000 cells, more than the 1000000 accepted: refusing to expand it/,
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("refuses sizes that are not whole numbers of categories, or do not match the categories", () => {
    const d = json(STAT);
    for (const bad of [-1, 1.5, "2", null, Infinity]) {
      d.size = [1, 1, bad, 3];
      expect(() => parseJsonStatDoc(d, "s.json")).toThrow(
        /^s\.json: size of dimension "geo" is .*, not a whole number of categories/,
      );
    }
    d.size = [1, 1, 3, 3];
    expect(() => parseJsonStatDoc(d, "s.json")).toThrow(/^s\.json: dimension "geo" has 2 categories but size says 3/);
  });

  it("refuses a document whose dimensions are not the catalogued request's", () => {
    const ok = { dimensions: ["freq", "unit", "geo", "time"] };
    expect(parseJsonStat(text(STAT), "s.json", undefined, ok).cells).toHaveLength(6);
    const d = json(STAT);
    d.id = ["freq", "unit", "geo", "citizen"];
    d.dimension.citizen = d.dimension.time;
    expect(() => parseJsonStatDoc(d, "s.json", undefined, ok)).toThrow(
      /^s\.json: has dimensions freq, unit, geo, citizen; the catalogued request returns freq, unit, geo, time/,
    );
  });

  it("refuses a dimension id given twice", () => {
    const d = json(STAT);
    d.id = ["freq", "unit", "geo", "geo"];
    expect(() => parseJsonStatDoc(d, "s.json")).toThrow(/^s\.json: dimension id "geo" appears twice/);
  });
});

describe("codes that are names of Object's members", () => {
  const ODD = ["constructor", "__proto__", "toString"];

  /** Renames a dimension of a parsed JSON-stat document (an own property, also for __proto__). */
  function renameDimension(d: any, from: string, to: string) {
    d.id = d.id.map((id: string) => (id === from ? to : id));
    const dims: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(d.dimension))
      Object.defineProperty(dims, k === from ? to : k, {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    d.dimension = dims;
  }

  it.each(ODD)("reads the decision table with a dimension named %s (no 'wanted.find is not a function')", (odd) => {
    const d = json(DECISIONS);
    renameDimension(d, "sex", odd);
    // Through JSON text, as from a file: JSON.parse keeps __proto__ as an own key.
    const ds = parseJsonStat(JSON.stringify(d), "dec.json");
    expect(ds.dimensions.map((x) => x.id)).toContain(odd);
    expect(ds.cells[0].coords[odd]).toBe("T");
    const t = readDecisionTable(ds, "dec.json", "PER", ["total", "positive"]);
    expect(t.selection[odd]).toBe("T");
    expect(t.rows).toHaveLength(8 * 6 * 11); // 8 geos in the fixtures (EU27_2020, BE, DE, HU, NL, LI, NO, RS)
    expect(decisionLookup(t)("NL", 2018, "positive")!.value).toBe(300);
  });

  it.each(ODD)("keeps %s as a geo code, a status flag and a missing label", (odd) => {
    const d = json(STAT);
    d.dimension.geo.category.index = JSON.parse(`{"XA": 0, "${odd}": 1}`);
    d.dimension.geo.category.label = { XA: "Test country A" };
    d.status = JSON.parse(`{"1": "${odd}"}`);
    const ds = parseJsonStat(JSON.stringify(d), "s.json");
    expect(ds.dimensions[2].categories[1]).toEqual({ code: odd, label: odd });
    expect(ds.cells.filter((c) => c.coords.geo === odd)).toHaveLength(3);
    expect(ds.cells[1].status).toBe(odd);
    expect(ds.statusLabels[odd]).toBeUndefined();
  });

  it.each(ODD)("refuses a missing dimension named %s as missing (not Object's member)", (odd) => {
    const d = json(STAT);
    d.id = ["freq", "unit", "geo", odd];
    expect(() => parseJsonStatDoc(d, "s.json")).toThrow(new RegExp(`^s\\.json: dimension "${odd}" has no category`));
  });

  it.each(ODD)("keeps a CBS column named %s as a column, and an absent one absent", (odd) => {
    const d = JSON.parse(text(CBS).replace(/"Nareizigers_2"/g, `"${odd}"`));
    const doc = parseCbsODataDoc(d, "t.json");
    expect(Object.keys(doc.rows[1])).toContain(odd);
    expect(cbsNumber(doc.rows[1], odd, "t.json")).toBe(0);
    requireColumns(doc, [odd], "t.json");
    const plain = parseCbsOData(text(CBS), "t.json");
    expect(cbsNumber(plain.rows[1], odd, "t.json")).toBeNull();
    expect(() => requireColumns(plain, [odd], "t.json")).toThrow(/lacks column/);
  });
});

describe("documents nested too deeply", () => {
  const nested = (n: number) => "[".repeat(n) + "]".repeat(n);

  it("refuses an error body nested 100,000 levels deep as nested too deeply, naming the file", () => {
    const body = `{"error":${nested(100_000)}}`;
    expect(() => parseJsonStat(body, "deep.json")).toThrow(
      /^deep\.json: is nested more than 64 levels deep \(nested too deeply\)/,
    );
    expect(() => parseCbsOData(`{"odata.error":${nested(100_000)}}`, "deep.json")).toThrow(
      /^deep\.json: .*nested too deeply/,
    );
    expect(() => parseCbsOData(`{"value":[${nested(MAX_JSON_DEPTH + 1)}]}`, "deep.json")).toThrow(/nested too deeply/);
  });

  it("shows a deep error body passed as an object without a RangeError", () => {
    expect(() => parseJsonStatDoc({ error: deep(100_000) }, "deep.json")).toThrow(
      /^deep\.json: holds a Eurostat error, not data: \(a value nested too deeply to show\)/,
    );
    expect(() => parseCbsODataDoc({ "odata.error": deep(100_000) }, "deep.json")).toThrow(
      /^deep\.json: holds a CBS OData error, not data: \(a value nested too deeply to show\)/,
    );
  });
});

describe("period keys name the place they come from", () => {
  it("prefixes the message with where the key was read, when given", () => {
    expect(() => parseCbsPeriod("2024XX00", "f.json, row 3")).toThrow(
      /^f\.json, row 3: Not a CBS period key: "2024XX00"/,
    );
    expect(() => parseCbsPeriod("2024MM13", "f.json")).toThrow(
      /^f\.json: CBS period key "2024MM13" has an impossible month/,
    );
  });
});

describe("the loader passes what the catalog knows about measures and dimensions", () => {
  const rawDir = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-hostile-"));
  afterAll(() => fs.rmSync(rawDir, { recursive: true, force: true }));

  /** Stores content for a catalogued source with a sidecar that matches it ("re-signed"). */
  function store(sourceId: string, content: string): string {
    const s = sourceById(sourceId);
    const bytes = Buffer.from(content);
    const file = rawPath(rawDir, s);
    storeRaw(file, bytes, signedSidecar(s, bytes));
    return file;
  }

  it("refuses a negative count in a CBS column the catalog names as persons (80059NED)", () => {
    const d = json("vintages/a/cbs/80059NED/TypedDataSet.json");
    store("cbs-80059NED-data", JSON.stringify(d));
    expect(loadCbsOData("cbs-80059NED-data", rawDir).data.rows).toHaveLength(d.value.length);
    d.value[2].EersteAsielverzoekenPersonen_2 = -40;
    const file = store("cbs-80059NED-data", JSON.stringify(d));
    expect(() => loadCbsOData("cbs-80059NED-data", rawDir)).toThrow(
      `${file}: row 2 (Nationaliteit T001059, Perioden 1977JJ00), column EersteAsielverzoekenPersonen_2: -40 is a negative number of persons`,
    );
  });

  it("reads migr_asyapp1mp's rates, and refuses it with a dimension the request does not return", () => {
    const d = json("vintages/a/eurostat/migr_asyapp1mp.json");
    store("eurostat-migr_asyapp1mp", JSON.stringify(d));
    expect(loadJsonStat("eurostat-migr_asyapp1mp", rawDir).data.cells.some((c) => c.value === 1.5)).toBe(true);
    d.id[0] = "citizen";
    d.dimension.citizen = d.dimension.freq;
    const file = store("eurostat-migr_asyapp1mp", JSON.stringify(d));
    expect(() => loadJsonStat("eurostat-migr_asyapp1mp", rawDir)).toThrow(
      `${file}: has dimensions citizen, unit, geo, time; the catalogued request returns freq, unit, geo, time`,
    );
  });
});
