// The loaders' cache: a raw file is verified and parsed once while it is unchanged, and never
// returned stale once it changed (replaced, or edited in place).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { sourceById } from "../../src/catalog/sources";
import { clearLoadCache, loadCbsCsv } from "../../src/parse/load";
import { rawPath, sha256, storeRaw, type Sidecar } from "../../src/raw/store";

const SOURCE = "cbs-37296ned-csv";
// The test export with the catalog's column names for 37296ned (the loader keeps those and Perioden).
const fixture = Buffer.from(
  fs
    .readFileSync(path.join(__dirname, "../fixtures/cbs/TEST02ned-UntypedDataSet.csv"), "utf8")
    .replace('"Immigratie_1"', '"Immigratie_73"')
    .replace('"Emigratie_2"', '"EmigratieInclusiefAdministratieveC_74"'),
);

function store(rawDir: string, bytes: Buffer): string {
  const s = sourceById(SOURCE);
  const sidecar: Sidecar = {
    file: s.file,
    bytes: bytes.length,
    sha256: sha256(bytes),
    provider: "CBS",
    table: "37296ned",
    title: s.title,
    url: "https://example.test/37296ned",
    format: "cbs-csv",
    retrieved: "2025-01-01T00:00:00",
    kind: "recorded",
  };
  const p = rawPath(rawDir, s);
  storeRaw(p, bytes, sidecar);
  return p;
}

describe("loader cache", () => {
  let rawDir: string;
  beforeEach(() => {
    clearLoadCache();
    rawDir = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-load-cache-"));
  });
  afterEach(() => fs.rmSync(rawDir, { recursive: true, force: true }));

  it("parses an unchanged file once and shares the result, frozen at the top", () => {
    store(rawDir, fixture);
    const a = loadCbsCsv(SOURCE, rawDir);
    const b = loadCbsCsv(SOURCE, rawDir);
    expect(b.data).toBe(a.data);
    // The top level (the rows array) is frozen; the rows are readonly by type only (Shared).
    expect(Object.isFrozen(a.data)).toBe(true);
    expect(() => (a.data as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(a.provenance.sha256).toBe(sha256(fixture));
  });

  it("keeps the catalog's columns and Perioden of a CSV export, and refuses an export without one of them", () => {
    store(rawDir, fixture);
    const rows = loadCbsCsv(SOURCE, rawDir).data;
    expect(Object.keys(rows[0])).toEqual(["Perioden", "Immigratie_73", "EmigratieInclusiefAdministratieveC_74"]);
    expect(rows[1]).toEqual(
      Object.assign(Object.create(null), {
        Perioden: "2020JJ00",
        Immigratie_73: 220853,
        EmigratieInclusiefAdministratieveC_74: null,
      }),
    );
    clearLoadCache();
    store(rawDir, Buffer.from(fixture.toString("utf8").replace('"Immigratie_73"', '"Immigratie_1"')));
    expect(() => loadCbsCsv(SOURCE, rawDir)).toThrow(
      /UntypedDataSet\.csv: lacks column\(s\) Immigratie_73 of the catalog/,
    );
  });

  it("reads a replaced file again", () => {
    store(rawDir, fixture);
    const before = loadCbsCsv(SOURCE, rawDir).data;
    const changed = Buffer.from(fixture.toString("utf8").replace("269064", "269065"));
    store(rawDir, changed);
    const after = loadCbsCsv(SOURCE, rawDir);
    expect(after.data).not.toBe(before);
    expect(after.data[0].Immigratie_73).toBe(269065);
    expect(after.provenance.sha256).toBe(sha256(changed));
  });

  it("refuses a file changed in place (same size) instead of returning the cached rows", () => {
    const p = store(rawDir, fixture);
    loadCbsCsv(SOURCE, rawDir);
    const st = fs.statSync(p);
    fs.writeFileSync(p, Buffer.from(fixture.toString("utf8").replace("269064", "269065")));
    fs.utimesSync(p, st.atime, st.mtime); // even with the old mtime: ctime and the checksum give it away
    expect(() => loadCbsCsv(SOURCE, rawDir)).toThrow(/sha256 .* does not match/);
  });
});
