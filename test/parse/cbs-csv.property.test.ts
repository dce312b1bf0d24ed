// Property-based tests of the CBS CSV parser: CBS CSV exports built from real fixtures (the CSV
// fixture, and 80059NED's rows written as a StatLine export), mutated cell by cell, row by row and
// as text, and arbitrary text. Each is read into rows whose numbers are all finite, or refused
// naming the file; never a TypeError, a RangeError, a hang. Seed and runs: see fuzz.ts.
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CbsRow } from "../../src/parse/cbs-odata";
import { parseCbsCsv } from "../../src/parse/cbs-csv";
import { ODD_NAMES, propertyTimeout, refusesOrReadsFinite } from "./fuzz";

const FIXTURES = path.join(__dirname, "../fixtures");

/** A CBS CSV as records (header first). */
const records = (text: string): string[][] => parse(text, { delimiter: ";", bom: true });

/** 80059NED's OData rows written the way StatLine exports CSV: quoted, right-aligned numbers, '.' for null. */
function odataAsCsv(rel: string): string[][] {
  const rows = JSON.parse(fs.readFileSync(path.join(FIXTURES, rel), "utf8")).value as Record<string, unknown>[];
  const header = Object.keys(rows[0]);
  return [
    header,
    ...rows.map((r) =>
      header.map((k) =>
        r[k] === null ? "." : typeof r[k] === "number" && k !== "ID" ? String(r[k]).padStart(9) : String(r[k]),
      ),
    ),
  ];
}

const BASES = [
  {
    name: "TEST02ned-UntypedDataSet.csv",
    records: records(fs.readFileSync(path.join(FIXTURES, "cbs/TEST02ned-UntypedDataSet.csv"), "utf8")),
    counts: ["Immigratie_1"],
  },
  {
    name: "80059NED-as-csv.csv",
    records: odataAsCsv("vintages/a/cbs/80059NED/TypedDataSet.json"),
    counts: ["EersteAsielverzoekenPersonen_2", "VolgendeAsielverzoeken_3"],
  },
];

/** StatLine's CSV form: BOM, every field quoted, ';', CRLF. */
const write = (recs: string[][]) =>
  "\uFEFF" + recs.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(";")).join("\r\n") + "\r\n";

const CELLS = [
  "1e999",
  "9".repeat(400),
  "-5",
  "-0.5",
  "0.5",
  "  12",
  "NaN",
  "Infinity",
  "",
  ".",
  "x",
  "-",
  "__proto__",
  "constructor",
  '"',
  ";",
  "\r\n",
  "2019JJ00",
  "0x10",
  "1,5",
  "12 000",
];

type CsvMutation =
  | { kind: "cell"; row: number; col: number; value: string }
  | { kind: "dropCell"; row: number }
  | { kind: "duplicateRow"; row: number }
  | { kind: "header"; col: number; name: string }
  | { kind: "text"; cut: number; insert: string };

const csvMutation: fc.Arbitrary<CsvMutation> = fc.oneof(
  fc.record({
    kind: fc.constant("cell" as const),
    row: fc.nat(),
    col: fc.nat(),
    value: fc.oneof(fc.constantFrom(...CELLS), fc.string({ maxLength: 8 })),
  }),
  fc.record({ kind: fc.constant("dropCell" as const), row: fc.nat() }),
  fc.record({ kind: fc.constant("duplicateRow" as const), row: fc.nat() }),
  fc.record({
    kind: fc.constant("header" as const),
    col: fc.nat(),
    name: fc.oneof(fc.constantFrom(...ODD_NAMES, "Perioden", "ID", "Immigratie_1"), fc.string({ maxLength: 6 })),
  }),
  fc.record({
    kind: fc.constant("text" as const),
    cut: fc.nat(),
    insert: fc.constantFrom("", '"', ";", "\n", "<html>", "\uFEFF", '""";'),
  }),
);

function mutateCsv(base: string[][], ms: CsvMutation[]): string {
  const recs = base.map((r) => [...r]);
  const texts: CsvMutation[] = [];
  for (const m of ms) {
    const body = recs.length - 1;
    if (m.kind === "cell" && body > 0) {
      const r = recs[1 + (m.row % body)];
      r[m.col % r.length] = m.value;
    } else if (m.kind === "dropCell" && body > 0) recs[1 + (m.row % body)].pop();
    else if (m.kind === "duplicateRow" && body > 0) recs.push([...recs[1 + (m.row % body)]]);
    else if (m.kind === "header") recs[0][m.col % recs[0].length] = m.name;
    else if (m.kind === "text") texts.push(m);
  }
  let text = write(recs);
  for (const m of texts)
    if (m.kind === "text")
      text = text.slice(0, m.cut % (text.length + 1)) + m.insert + text.slice(m.cut % (text.length + 1));
  return text;
}

const numbers = (rows: CbsRow[]) => rows.flatMap((r) => Object.values(r).filter((v) => typeof v !== "string"));
const countsWhole = (counts: string[]) => (rows: CbsRow[]) => {
  for (const r of rows)
    for (const k of counts) {
      const v = r[k];
      if (v !== null && v !== undefined && (typeof v !== "number" || v < 0 || !Number.isInteger(v)))
        throw new Error(`count ${k} holds ${v}`);
    }
};

describe("parseCbsCsv on mutated exports", () => {
  it("reads every base unchanged", () => {
    for (const b of BASES)
      expect(parseCbsCsv(write(b.records), b.name, { counts: b.counts }).length).toBe(b.records.length - 1);
  });

  it(
    "reads finite numbers or refuses naming the file",
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...BASES), fc.array(csvMutation, { minLength: 1, maxLength: 4 }), (b, ms) => {
          const text = mutateCsv(b.records, ms);
          refusesOrReadsFinite(
            b.name,
            () => parseCbsCsv(text, b.name, { counts: b.counts }),
            numbers,
            countsWhole(b.counts),
          );
        }),
      );
    },
    propertyTimeout(),
  );

  it(
    "arbitrary text",
    () => {
      const text = fc.oneof(
        fc.string({ maxLength: 300 }),
        fc
          .array(fc.array(fc.oneof(fc.constantFrom(...CELLS), fc.string({ maxLength: 5 })), { maxLength: 5 }), {
            maxLength: 6,
          })
          .map(write),
      );
      fc.assert(
        fc.property(text, (t) => {
          refusesOrReadsFinite(
            "any.csv",
            () => parseCbsCsv(t, "any.csv", { counts: ["ID"] }),
            numbers,
            countsWhole(["ID"]),
          );
        }),
      );
    },
    propertyTimeout(),
  );
});
