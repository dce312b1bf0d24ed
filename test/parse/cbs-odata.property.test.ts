// Property-based tests of the CBS OData parser: real fixtures, mutated (keys dropped, types changed,
// numbers replaced by text, Infinity, huge or negative values, entries duplicated, deep nesting, odd
// names), and arbitrary documents. Each is read into rows whose numbers are all finite, or refused
// naming the file; never a TypeError, a RangeError, a hang. Seed and runs: see fuzz.ts.
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCbsOData, parseCbsODataDoc, type CbsODataDocument } from "../../src/parse/cbs-odata";
import { mutateJson, mutation, propertyTimeout, refusesOrReadsFinite } from "./fuzz";

const FIXTURES = path.join(__dirname, "../fixtures");
// Each with the columns its catalog entry would name as person counts.
const BASES = [
  { rel: "cbs/TEST01NED-TypedDataSet.json", counts: [] },
  { rel: "cbs/84808NED/TypedDataSet.json", counts: ["ImmigrantenUitEUEFTALanden_1"] },
  { rel: "cbs/84808NED/AfgeleidMigratiedoel.json", counts: [] },
  { rel: "cbs/85904NED/DataProperties.json", counts: [] },
  { rel: "server/cbs/90001TST/TypedDataSet.json", counts: [] },
  { rel: "server/cbs/90001TST/TableInfos.json", counts: [] },
  {
    rel: "vintages/a/cbs/80059NED/TypedDataSet.json",
    counts: [
      "TotaalAsielverzoekenEnNareizigers_1",
      "EersteAsielverzoekenPersonen_2",
      "VolgendeAsielverzoeken_3",
      "NareizigersPersonen_4",
    ],
  },
].map((b) => ({ ...b, doc: JSON.parse(fs.readFileSync(path.join(FIXTURES, b.rel), "utf8")) }));

const numbers = (doc: CbsODataDocument) =>
  doc.rows.flatMap((r) => Object.values(r).filter((v) => typeof v !== "string"));

/** What a document read without refusal guarantees beyond finite numbers. */
function wellFormed(counts: string[]) {
  return (doc: CbsODataDocument) => {
    for (const row of doc.rows) {
      for (const [k, v] of Object.entries(row)) {
        if (v !== null && typeof v !== "string" && typeof v !== "number") throw new Error(`cell ${k} is a ${typeof v}`);
        if (counts.includes(k) && v !== null && (typeof v !== "number" || v < 0 || !Number.isInteger(v)))
          throw new Error(`count ${k} holds ${v}`);
      }
    }
  };
}

describe("parseCbsOData on mutated fixtures", () => {
  it("reads every fixture unchanged", () => {
    for (const b of BASES)
      expect(parseCbsOData(JSON.stringify(b.doc), b.rel, { counts: b.counts }).rows.length).toBeGreaterThan(0);
  });

  it(
    "reads finite numbers or refuses naming the file",
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...BASES), fc.array(mutation, { minLength: 1, maxLength: 4 }), (b, ms) => {
          const text = mutateJson(b.doc, ms);
          refusesOrReadsFinite(
            b.rel,
            () => parseCbsOData(text, b.rel, { counts: b.counts }),
            numbers,
            wellFormed(b.counts),
          );
        }),
      );
    },
    propertyTimeout(),
  );
});

describe("parseCbsOData on arbitrary input", () => {
  it(
    "arbitrary JSON documents and values",
    () => {
      const value = fc.oneof(
        fc.jsonValue({ maxDepth: 4 }),
        fc.record({
          "odata.metadata": fc.string(),
          value: fc.array(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 5 }), {
            maxLength: 6,
          }),
        }),
      );
      fc.assert(
        fc.property(value, (doc) => {
          refusesOrReadsFinite(
            "any.json",
            () => parseCbsODataDoc(doc, "any.json", { counts: ["a", ""] }),
            numbers,
            wellFormed(["a", ""]),
          );
          refusesOrReadsFinite(
            "any.json",
            () => parseCbsOData(JSON.stringify(doc), "any.json"),
            numbers,
            wellFormed([]),
          );
        }),
      );
    },
    propertyTimeout(),
  );

  it(
    "arbitrary text",
    () => {
      fc.assert(
        fc.property(fc.string({ maxLength: 200 }), (text) => {
          refusesOrReadsFinite("any.json", () => parseCbsOData(text, "any.json"), numbers);
        }),
      );
    },
    propertyTimeout(),
  );
});
