// The data a run reads (raw/data-source.ts): the shipped annex vintage by default, a mirror when one
// is given (it replaces the vintage), data/raw only when asked for; the shipped vintage is never
// written to, whatever the caller passes.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { sourceById } from "../../src/catalog/sources";
import { OFFICIAL_FORMATS } from "../../src/parse/content-check";
import { annexVintageDir, projectRoot } from "../../src/paths";
import {
  annexData,
  dataLine,
  describeDataSource,
  fetchTarget,
  mirrorData,
  rawData,
  readOnlyData,
  resolveDataSource,
} from "../../src/raw/data-source";
import { fetchSources } from "../../src/raw/fetch";
import { RawDataError, rawPath, readSidecar, sha256, storeRaw, writeSidecar } from "../../src/raw/store";
import { tempDir } from "../helpers/fetch-setup";

const ANNEX = annexVintageDir();
const temps: string[] = [];
afterEach(() => {
  for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const temp = () => {
  const d = tempDir("migratie-data-source-");
  temps.push(d);
  return d;
};

describe("resolveDataSource", () => {
  it("is the shipped annex vintage by default", () => {
    expect(resolveDataSource({}, {})).toEqual({ kind: "annex", dir: ANNEX });
    expect(resolveDataSource({ data: "annex" }, {})).toEqual(annexData());
  });

  it("reads a mirror in place when one is given, by flag or MIGRATIE_MIRROR (relative to the project root)", () => {
    const m = temp();
    expect(resolveDataSource({ mirror: m }, {})).toEqual({ kind: "mirror", dir: m });
    expect(resolveDataSource({}, { MIGRATIE_MIRROR: path.relative(projectRoot(), m) })).toEqual({
      kind: "mirror",
      dir: m,
    });
  });

  it("reads data/raw (or MIGRATIE_RAW, or --raw) only with --data raw / MIGRATIE_DATA=raw", () => {
    expect(resolveDataSource({ data: "raw" }, {})).toEqual({
      kind: "raw",
      dir: path.join(projectRoot(), "data", "raw"),
    });
    expect(resolveDataSource({}, { MIGRATIE_DATA: "raw", MIGRATIE_RAW: "/tmp/x" })).toEqual({
      kind: "raw",
      dir: "/tmp/x",
    });
    expect(resolveDataSource({ data: "raw", raw: "/tmp/y" }, { MIGRATIE_RAW: "/tmp/x" })).toEqual({
      kind: "raw",
      dir: "/tmp/y",
    });
  });

  it("lets a command-line --data win over MIGRATIE_MIRROR", () => {
    expect(resolveDataSource({ data: "annex" }, { MIGRATIE_MIRROR: temp() })).toEqual(annexData());
  });

  it("refuses contradictions and unknown values, naming them", () => {
    const m = temp();
    expect(() => resolveDataSource({ data: "raw", mirror: m }, {})).toThrow(
      /--data raw and --mirror .* exclude each other/,
    );
    expect(() => resolveDataSource({}, { MIGRATIE_DATA: "raw", MIGRATIE_MIRROR: m })).toThrow(
      /MIGRATIE_DATA=raw and MIGRATIE_MIRROR=.* exclude each other/,
    );
    expect(() => resolveDataSource({ data: "latest" }, {})).toThrow(/must be "annex" .* or "raw" .*not "latest"/);
    expect(() => resolveDataSource({ mirror: path.join(m, "absent") }, {})).toThrow(/absent: no such folder/);
  });
});

describe("describeDataSource: the first line of npm run figures", () => {
  it("names the shipped vintage and the range of its retrieval dates", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ANNEX, "manifest.json"), "utf8")) as {
      files: { retrieved: string }[];
    };
    const days = manifest.files.map((f) => f.retrieved.slice(0, 10)).sort();
    expect(dataLine(annexData())).toBe(
      `Data: annex vintage data/annex-2025 (shipped with the package; retrieved ${days[0]}..${days[days.length - 1]})`,
    );
  });

  it("names a mirror by its path, and an empty raw folder as such", () => {
    const m = temp();
    expect(describeDataSource(mirrorData(m))).toBe(`mirror ${m} (no catalogued files)`);
    expect(describeDataSource(rawData(m))).toBe(`live downloads in ${m} (none yet: missing files are downloaded live)`);
  });

  it("speaks the build's language when given one (audit.md, index.html); English by default (the CLIs' log)", () => {
    const m = temp();
    expect(dataLine(annexData(), "nl")).toMatch(
      /^Data: annex-vintage data\/annex-2025 \(meegeleverd met het pakket; opgehaald \d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d\)$/,
    );
    expect(dataLine(annexData(), "en")).toBe(dataLine(annexData()));
    expect(describeDataSource(mirrorData(m), "nl")).toBe(`mirror ${m} (geen gecatalogiseerde bestanden)`);
    expect(describeDataSource(rawData(m), "nl")).toBe(
      `live gedownloade bestanden in ${m} (nog geen: ontbrekende bestanden worden live gedownload)`,
    );
  });
});

describe("the shipped vintage is read-only", () => {
  const s = sourceById("cbs-80059NED-data");

  it("is never a fetch target, however it is named", () => {
    expect(fetchTarget(annexData())).toBeUndefined();
    expect(fetchTarget(mirrorData(temp()))).toBeUndefined();
    expect(fetchTarget(rawData(ANNEX))).toBeUndefined();
    expect(fetchTarget(rawData(path.join(ANNEX, "..", "annex-2025")))).toBeUndefined();
    const raw = temp();
    expect(fetchTarget(rawData(raw))).toBe(raw);
    expect(readOnlyData(ANNEX)).toEqual(annexData());
  });

  it("refuses storeRaw, writeSidecar and fetchSources into it, before touching anything", async () => {
    const target = rawPath(ANNEX, s);
    const before = fs.readFileSync(target);
    const sc = readSidecar(target);
    expect(() => storeRaw(target, Buffer.from("x"), { ...sc, bytes: 1, sha256: sha256("x") })).toThrow(RawDataError);
    expect(() => writeSidecar(target, sc)).toThrow(/read-only/);
    await expect(fetchSources([s], { rawDir: ANNEX, mirror: temp(), content: OFFICIAL_FORMATS })).rejects.toThrow(
      /shipped annex vintage .* read-only/,
    );
    expect(fs.readFileSync(target).equals(before)).toBe(true);
  });

  it("refuses a symlink to it as well", () => {
    const link = path.join(temp(), "link");
    fs.symlinkSync(ANNEX, link);
    expect(() => writeSidecar(rawPath(link, s), readSidecar(rawPath(ANNEX, s)))).toThrow(/read-only/);
  });
});
