// src/config.ts: every environment variable the package reads is checked like its flag (issue 13,
// item 6), and an output folder may not overlap a data folder.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { checkMode, ConfigError, envChromiumPath, envDir, envIsCI, envMode, refuseOverlap } from "../src/config";
import { modeFromEnv } from "../src/notebook/present";
import { dataFolders, mirrorFromEnv, projectRoot } from "../src/paths";

const saved = { ...process.env };
afterEach(() => {
  for (const k of ["MIGRATIE_MODE", "MIGRATIE_MIRROR", "MIGRATIE_RAW", "MIGRATIE_OUT", "CHROMIUM_PATH", "CI"]) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-config-test-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("MIGRATIE_MODE", () => {
  it("is annex by default, latest when asked, refused otherwise (also in the notebooks)", () => {
    delete process.env.MIGRATIE_MODE;
    expect(envMode()).toBe("annex");
    process.env.MIGRATIE_MODE = "latest";
    expect(modeFromEnv()).toBe("latest");
    process.env.MIGRATIE_MODE = "foo";
    expect(() => envMode()).toThrow(ConfigError);
    expect(() => modeFromEnv()).toThrow('MIGRATIE_MODE must be "annex" or "latest", not "foo"');
    expect(() => checkMode("Latest", "--mode")).toThrow(/--mode must be/);
  });
});

describe("folders from the environment", () => {
  it("MIGRATIE_MIRROR must be an existing folder; relative paths are taken from the project root", () => {
    process.env.MIGRATIE_MIRROR = "/nonexistent-mirror";
    expect(() => mirrorFromEnv()).toThrow("MIGRATIE_MIRROR=/nonexistent-mirror: no such folder");
    process.env.MIGRATIE_MIRROR = "package.json";
    expect(() => mirrorFromEnv()).toThrow(/MIGRATIE_MIRROR=.*package\.json: not a folder/);
    process.env.MIGRATIE_MIRROR = "src";
    expect(mirrorFromEnv()).toBe(path.join(projectRoot(), "src"));
  });

  it("MIGRATIE_RAW and MIGRATIE_OUT may be new folders, never a file", () => {
    process.env.MIGRATIE_OUT = path.join(dir, "new");
    expect(envDir("MIGRATIE_OUT", projectRoot())).toBe(path.join(dir, "new"));
    fs.writeFileSync(path.join(dir, "file"), "");
    process.env.MIGRATIE_RAW = path.join(dir, "file");
    expect(() => envDir("MIGRATIE_RAW", projectRoot())).toThrow(/MIGRATIE_RAW=.*: not a folder/);
    process.env.MIGRATIE_RAW = "";
    expect(envDir("MIGRATIE_RAW", projectRoot())).toBeUndefined(); // empty = unset, as in the shell
  });
});

describe("CHROMIUM_PATH and CI", () => {
  it("CHROMIUM_PATH must be an executable file", () => {
    process.env.CHROMIUM_PATH = "/nonexistent";
    expect(() => envChromiumPath()).toThrow("CHROMIUM_PATH=/nonexistent: not an executable file");
    process.env.CHROMIUM_PATH = "/etc/passwd";
    expect(() => envChromiumPath()).toThrow(/not an executable file/);
    process.env.CHROMIUM_PATH = process.execPath;
    expect(envChromiumPath()).toBe(process.execPath);
  });

  it("CI counts when set to anything but 0/false/no", () => {
    for (const [v, want] of [
      ["1", true],
      ["true", true],
      ["0", false],
      ["false", false],
      ["", false],
    ] as const) {
      process.env.CI = v;
      expect(envIsCI(), v).toBe(want);
    }
  });
});

describe("an output folder overlapping a data folder", () => {
  it("is refused: equal, inside, or holding the raw folder, the mirror or the shipped vintage", () => {
    const raw = path.join(dir, "raw");
    for (const out of [raw, path.join(raw, "out"), dir, path.join(projectRoot(), "data", "annex-2025")]) {
      expect(() => refuseOverlap(out, dataFolders(raw)), out).toThrow(/overlaps the (raw data folder|shipped vintage)/);
    }
    expect(() => refuseOverlap(path.join(dir, "out"), dataFolders(raw, path.join(dir, "out", "m")))).toThrow(
      /overlaps the mirror/,
    );
    expect(() => refuseOverlap(path.join(dir, "out"), dataFolders(raw))).not.toThrow();
    expect(() => refuseOverlap(path.join(dir, "raw2"), dataFolders(raw))).not.toThrow(); // a shared prefix is not overlap
  });
});
