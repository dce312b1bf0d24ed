// A raw folder filled from the SYNTHETIC motive fixtures (test/fixtures/cbs/<TABLE>/<Entity>.json,
// see the README there): every catalogued source whose file exists among the fixtures is copied in
// with a sidecar, as a download would leave it. put() replaces one file to test broken structures.
import * as fs from "node:fs";
import * as path from "node:path";
import { SOURCES, sourceById, sourceUrl } from "../../src/catalog/sources";
import { rawPath, sha256, storeRaw } from "../../src/raw/store";
import { tempDir } from "../helpers/temp";

const FIXTURES = path.join(__dirname, "../fixtures");

export function put(rawDir: string, sourceId: string, text: string): void {
  const s = sourceById(sourceId);
  const bytes = Buffer.from(text);
  storeRaw(rawPath(rawDir, s), bytes, {
    file: s.file,
    bytes: bytes.length,
    sha256: sha256(bytes),
    provider: "CBS",
    table: s.provider === "CBS" ? s.table : undefined,
    title: s.title,
    url: sourceUrl(s) ?? "",
    format: s.format,
    retrieved: "2099-01-01",
    kind: "reconstructed",
    notes: "SYNTHETIC test fixture (test/fixtures/cbs), not CBS data",
  });
}

/** A fresh temporary raw folder with the fixtures of the given tables (default: all four). */
export function motiveFixtureRawDir(opts: { tables?: string[]; without?: string[] } = {}): string {
  const tables = opts.tables ?? ["84808NED", "84809NED", "85904NED", "85905NED"];
  const dir = tempDir("migratie-motive-fixtures-"); // removed when the test file ends
  for (const s of SOURCES) {
    if (s.provider !== "CBS" || !tables.includes(s.table) || opts.without?.includes(s.id)) continue;
    const file = path.join(FIXTURES, ...s.file.split("/"));
    if (fs.existsSync(file)) put(dir, s.id, fs.readFileSync(file, "utf8"));
  }
  return dir;
}

/** The text of a fixture file, e.g. fixtureText("cbs/84809NED/Migratiemotief.json"). */
export function fixtureText(file: string): string {
  return fs.readFileSync(path.join(FIXTURES, ...file.split("/")), "utf8");
}
