// Staging a SYNTHETIC Eurostat decision file into a raw folder (for notebook fig7 and the tests):
// the file gets a sidecar as a download would, so the real loader verifies and reads it.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { sourceById } from "../../src/catalog/sources";
import { FIG7_SOURCE } from "../../src/figures/fig7-eu-positive-decisions";
import { stageDecisionFile } from "../../src/notebook/decision-fixtures";
import { loadJsonStat } from "../../src/parse/load";
import { rawPath, readSidecar } from "../../src/raw/store";

const fixture = (name: string) => path.join(__dirname, "../../data/synthetic/eurostat", name);
const made: string[] = [];
const tempRaw = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-decision-fixtures-"));
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

describe("stageDecisionFile", () => {
  it("stages the fixture as the downloader would: the loader verifies it against its sidecar", () => {
    const dir = tempRaw();
    stageDecisionFile(dir, FIG7_SOURCE, fixture("migr_asydcfsta-legacy.json"));
    const sc = readSidecar(rawPath(dir, sourceById(FIG7_SOURCE)));
    expect(sc).toMatchObject({
      provider: "Eurostat",
      dataset: "migr_asydcfsta",
      file: "eurostat/migr_asydcfsta.json",
      tableModified: "2099-06-30T23:00:00+0200",
    });
    expect(sc.notes).toMatch(/SYNTHETIC/);
    expect(loadJsonStat(FIG7_SOURCE, dir).provenance).toMatchObject({
      code: "migr_asydcfsta",
      modified: "2099-06-30T23:00:00+0200",
      kind: "reconstructed",
    });
  });

  it("refuses a source that is not Eurostat's, and a file of another dataset", () => {
    const dir = tempRaw();
    expect(() => stageDecisionFile(dir, "cbs-83474NED-data", fixture("migr_asydcfsta-legacy.json"))).toThrow(
      /not a Eurostat source/,
    );
    expect(() => stageDecisionFile(dir, "eurostat-migr_asydec1pc", fixture("migr_asydcfsta-legacy.json"))).toThrow();
    expect(fs.existsSync(rawPath(dir, sourceById("eurostat-migr_asydec1pc")))).toBe(false);
  });
});
