// Property-based tests of the JSON-stat parser and the decision tables read from it: real fixtures,
// mutated (keys dropped, types changed, numbers replaced by text, Infinity, huge or negative values,
// sizes and index positions changed, entries duplicated, deep nesting, ids such as __proto__ or
// constructor), and arbitrary documents. Each is read into cells whose values are all finite, or
// refused naming the file; never a TypeError, a RangeError, a hang. Seed and runs: see fuzz.ts.
import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDecisionTable, type DecisionTable } from "../../src/parse/eurostat-decisions";
import { parseJsonStat, parseJsonStatDoc, type JsonStatDataset, type JsonStatOptions } from "../../src/parse/jsonstat";
import { mutateJson, mutation, ODD_NAMES, propertyTimeout, refusesOrReadsFinite } from "./fuzz";

const FIXTURES = path.join(__dirname, "../fixtures");
const load = (rel: string) => JSON.parse(fs.readFileSync(path.join(FIXTURES, rel), "utf8"));

const BASES: { rel: string; opts: JsonStatOptions; doc: any }[] = (
  [
    { rel: "eurostat/jsonstat-object.json", opts: { measureKind: "rate" } },
    { rel: "eurostat/jsonstat-array.json", opts: { measureKind: "count" } },
    { rel: "../../data/synthetic/eurostat/migr_asydcfsta-legacy.json", opts: { measureKind: "count" } },
    { rel: "../../data/synthetic/eurostat/migr_asydec1pc.json", opts: { measureKind: "rate" } },
    {
      rel: "vintages/a/eurostat/migr_asyapp1mp.json",
      opts: { measureKind: "rate", dimensions: ["freq", "unit", "geo", "time"] },
    },
    { rel: "server/eurostat/tst_asyapp.json", opts: {} },
  ] as { rel: string; opts: JsonStatOptions }[]
).map((b) => ({ ...b, doc: load(b.rel) }));

const DECISIONS = [
  {
    rel: "../../data/synthetic/eurostat/migr_asydcfsta-current.json",
    unit: "PER" as const,
    required: ["total", "positive"] as const,
    kind: "count" as const,
  },
  {
    rel: "../../data/synthetic/eurostat/migr_asydcfsta-dublin.json",
    unit: "PER" as const,
    required: ["total", "positive"] as const,
    kind: "count" as const,
  },
  {
    rel: "../../data/synthetic/eurostat/migr_asydec1pc.json",
    unit: "PC" as const,
    required: ["positive"] as const,
    kind: "rate" as const,
  },
].map((b) => ({ ...b, doc: load(b.rel) }));

const values = (ds: JsonStatDataset) => ds.cells.map((c) => c.value);

/** What a dataset read without refusal guarantees beyond finite values. */
const wellFormed = (opts: JsonStatOptions) => (ds: JsonStatDataset) => {
  const n = ds.dimensions.reduce((a, d) => a * d.categories.length, 1);
  if (ds.cells.length !== n) throw new Error(`${ds.cells.length} cells, dimensions imply ${n}`);
  for (const d of ds.dimensions) {
    if (new Set(d.categories.map((c) => c.code)).size !== d.categories.length)
      throw new Error(`dimension ${d.id} repeats a code`);
    if (d.categories.some((c) => typeof c.code !== "string" || typeof c.label !== "string"))
      throw new Error(`dimension ${d.id} has a code or label that is not text`);
  }
  const seen = new Set<string>();
  for (const c of ds.cells) {
    const key = JSON.stringify(ds.dimensions.map((d) => c.coords[d.id]));
    if (ds.dimensions.some((d) => typeof c.coords[d.id] !== "string"))
      throw new Error(`cell ${key} lacks a coordinate`);
    if (seen.has(key)) throw new Error(`cell ${key} twice`);
    seen.add(key);
    if (c.status !== null && typeof c.status !== "string") throw new Error(`status ${String(c.status)}`);
    if (opts.measureKind === "count" && c.value !== null && (c.value < 0 || !Number.isInteger(c.value)))
      throw new Error(`count ${c.value}`);
  }
  for (const v of Object.values(ds.statusLabels))
    if (typeof v !== "string") throw new Error("status label that is not text");
};

describe("parseJsonStat on mutated fixtures", () => {
  it("reads every fixture unchanged", () => {
    for (const b of BASES)
      expect(parseJsonStat(JSON.stringify(b.doc), b.rel, undefined, b.opts).cells.length).toBeGreaterThan(0);
  });

  it(
    "reads finite values or refuses naming the file",
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...BASES), fc.array(mutation, { minLength: 1, maxLength: 4 }), (b, ms) => {
          const text = mutateJson(b.doc, ms);
          refusesOrReadsFinite(b.rel, () => parseJsonStat(text, b.rel, undefined, b.opts), values, wellFormed(b.opts));
        }),
      );
    },
    propertyTimeout(),
  );

  it(
    "targeted: sizes, index positions and dimension ids",
    () => {
      // Mutations aimed at the structure the cube is built from, which random paths reach rarely.
      const targeted = fc.record({
        dim: fc.nat(),
        size: fc.oneof(fc.integer({ min: -2, max: 8 }), fc.constantFrom(6000, 1e9, 1.5, Number.MAX_SAFE_INTEGER)),
        position: fc.integer({ min: -1, max: 8 }),
        id: fc.oneof(fc.constantFrom(...ODD_NAMES), fc.string({ maxLength: 4 })),
        what: fc.constantFrom("size", "position", "id", "code"),
      });
      fc.assert(
        fc.property(fc.constantFrom(...BASES), fc.array(targeted, { minLength: 1, maxLength: 3 }), (b, ts) => {
          const d = JSON.parse(JSON.stringify(b.doc));
          for (const t of ts) {
            const i = t.dim % d.id.length;
            const id = d.id[i];
            const cat = d.dimension[id]?.category;
            if (t.what === "size") d.size[i] = t.size;
            else if (t.what === "position" && cat?.index && !Array.isArray(cat.index)) {
              const codes = Object.keys(cat.index);
              cat.index[codes[t.dim % codes.length]] = t.position;
            } else if (t.what === "id") {
              d.id[i] = t.id;
              Object.defineProperty(d.dimension, t.id, {
                value: d.dimension[id],
                enumerable: true,
                writable: true,
                configurable: true,
              });
            } else if (t.what === "code" && cat?.index && !Array.isArray(cat.index)) {
              const codes = Object.keys(cat.index);
              const from = codes[t.dim % codes.length];
              Object.defineProperty(cat.index, t.id, {
                value: cat.index[from],
                enumerable: true,
                writable: true,
                configurable: true,
              });
              if (t.id !== from) delete cat.index[from];
            }
          }
          const text = JSON.stringify(d);
          refusesOrReadsFinite(b.rel, () => parseJsonStat(text, b.rel, undefined, b.opts), values, wellFormed(b.opts));
        }),
      );
    },
    propertyTimeout(),
  );
});

describe("readDecisionTable on mutated decision tables", () => {
  it(
    "reads finite values or refuses naming the file",
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...DECISIONS), fc.array(mutation, { minLength: 1, maxLength: 3 }), (b, ms) => {
          const text = mutateJson(b.doc, ms);
          refusesOrReadsFinite(
            b.rel,
            () =>
              readDecisionTable(parseJsonStat(text, b.rel, undefined, { measureKind: b.kind }), b.rel, b.unit, [
                ...b.required,
              ]),
            (t: DecisionTable) => t.rows.map((r) => r.value),
            (t) => {
              if (
                t.rows.some((r) => !Number.isInteger(r.year) || typeof r.geo !== "string" || typeof r.role !== "string")
              )
                throw new Error("a row without year, geo or role");
            },
          );
        }),
      );
    },
    propertyTimeout(),
  );
});

describe("parseJsonStat on arbitrary input", () => {
  it(
    "arbitrary JSON documents, and dataset-shaped ones",
    () => {
      const code = fc.oneof(fc.constantFrom(...ODD_NAMES), fc.string({ maxLength: 3 }));
      const shaped = fc.record({
        class: fc.constant("dataset"),
        id: fc.array(code, { maxLength: 3 }),
        size: fc.array(fc.oneof(fc.nat({ max: 4 }), fc.jsonValue({ maxDepth: 0 })), { maxLength: 3 }),
        dimension: fc.dictionary(
          code,
          fc.record({
            category: fc.record({
              index: fc.oneof(
                fc.array(code, { maxLength: 4 }),
                fc.dictionary(code, fc.integer({ min: -1, max: 4 }), { maxKeys: 4 }),
              ),
            }),
          }),
          { maxKeys: 3 },
        ),
        value: fc.oneof(
          fc.array(fc.jsonValue({ maxDepth: 0 }), { maxLength: 20 }),
          fc.dictionary(
            fc.oneof(fc.nat({ max: 30 }).map(String), fc.string({ maxLength: 3 })),
            fc.jsonValue({ maxDepth: 0 }),
            { maxKeys: 6 },
          ),
        ),
        status: fc.oneof(
          fc.constant(undefined),
          fc.string({ maxLength: 2 }),
          fc.dictionary(fc.nat({ max: 30 }).map(String), fc.jsonValue({ maxDepth: 0 }), { maxKeys: 4 }),
        ),
      });
      fc.assert(
        fc.property(
          fc.oneof(fc.jsonValue({ maxDepth: 4 }), shaped),
          fc.constantFrom<JsonStatOptions>({}, { measureKind: "count" }),
          (doc, opts) => {
            refusesOrReadsFinite(
              "any.json",
              () => parseJsonStatDoc(doc, "any.json", undefined, opts),
              values,
              wellFormed(opts),
            );
            refusesOrReadsFinite(
              "any.json",
              () => parseJsonStat(JSON.stringify(doc) ?? "", "any.json", undefined, opts),
              values,
              wellFormed(opts),
            );
          },
        ),
      );
    },
    propertyTimeout(),
  );
});
