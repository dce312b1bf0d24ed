// CSV readers on the one CSV source (the 64 KB StatLine export of 37296ned): csv-parse (what
// src/parse/cbs-csv.ts used before) and papaparse (what it uses now), each to records keyed by the
// header; then parseCbsCsv (papaparse + trimming + numbers + checks) keeping every column, and keeping
// the catalog's columns as the loader does.
import * as fs from "node:fs";
import { parse as csvParse } from "csv-parse/sync";
import * as Papa from "papaparse";
import { SOURCES } from "../../src/catalog/sources";
import { parseCbsCsv } from "../../src/parse/cbs-csv";
import { rawPath } from "../../src/raw/store";

export interface CsvReaderTiming {
  reader: string;
  firstMs: number;
  /** Median of 15 calls after the first. */
  warmMs: number;
  /** Same records as csv-parse's (undefined for parseCbsCsv, whose rows are typed). */
  same?: boolean;
}

type Reader = { reader: string; read: (text: string) => unknown };

const papaparse: Reader = {
  reader: "papaparse 5 (header: true)",
  read: (t) => Papa.parse(t.replace(/^\ufeff/, ""), { delimiter: ";", header: true, skipEmptyLines: true }).data,
};

export function csvReaders(rawDir: string): CsvReaderTiming[] {
  const s = SOURCES.find((x) => x.format === "cbs-csv" && fs.existsSync(rawPath(rawDir, x)));
  if (!s) return [];
  const text = fs.readFileSync(rawPath(rawDir, s), "utf8");
  const readers: Reader[] = [
    {
      reader: "csv-parse 7 (columns: true)",
      read: (t) => csvParse(t, { delimiter: ";", columns: true, bom: true, quote: '"', skip_empty_lines: true }),
    },
    papaparse,
    {
      reader: "parseCbsCsv, every column (papaparse + trim + numbers + checks)",
      read: (t) => parseCbsCsv(t, s.file, { counts: s.provider === "CBS" ? s.counts : undefined }),
    },
    {
      reader: "parseCbsCsv, the catalog's columns (as loaded)",
      read: (t) => parseCbsCsv(t, s.file, s.provider === "CBS" ? { counts: s.counts, columns: s.columns } : {}),
    },
  ];
  const reference = JSON.stringify(readers[0].read(text));
  return readers.map(({ reader, read }) => {
    let t = performance.now();
    const first = read(text);
    const firstMs = performance.now() - t;
    const warm: number[] = [];
    for (let i = 0; i < 15; i++) {
      t = performance.now();
      read(text);
      warm.push(performance.now() - t);
    }
    warm.sort((a, b) => a - b);
    const same = reader.startsWith("parseCbsCsv") ? undefined : JSON.stringify(first) === reference;
    return { reader, firstMs, warmMs: warm[7], same };
  });
}
