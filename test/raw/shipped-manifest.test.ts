// The shipped vintage's second line of defence (issue: changing a shipped file and its sidecar's
// sha256 and size together passed; figures exited 0 calling it the "shipped annex vintage").
// The cases run the figures CLI on a copy of the project whose data/annex-2025 was changed, as a
// clone would be: its src/ and node_modules are this project's (linked), its data its own.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { OUT_MARKER } from "../../src/io/out-folder";
import { SHIPPED_MANIFEST_SHA256, shippedManifest } from "../../src/raw/manifest";
import { projectRoot } from "../../src/paths";
import { sha256 } from "../../src/raw/store";
import { resign } from "../helpers/changed-mirror";
import { start, tsx } from "../helpers/run-process";
import { tempDir } from "../helpers/temp";

const root = projectRoot();
const GERMANY_FILE = "eurostat/migr_asyapp1mp.json";

/** A clone of the project with its own copy of data/annex-2025. */
function clone(): { dir: string; shipped: string } {
  const dir = tempDir("migratie-clone-");
  for (const f of ["package.json", "tsconfig.json"]) fs.copyFileSync(path.join(root, f), path.join(dir, f));
  for (const f of ["src", "node_modules"]) fs.symlinkSync(path.join(root, f), path.join(dir, f));
  const shipped = path.join(dir, "data", "annex-2025");
  fs.cpSync(path.join(root, "data", "annex-2025"), shipped, { recursive: true });
  return { dir, shipped };
}

/** Germany's 2016 rate doubled (its 10-year average rises from 3.27 to 4.14). */
function doubleGermany2016(text: string): string {
  const doc = JSON.parse(text);
  const geo = doc.dimension.geo.category.index.DE as number;
  const year = doc.dimension.time.category.index["2016"] as number;
  const k = String(geo * doc.size[3] + year);
  doc.value[k] = doc.value[k] * 2;
  return JSON.stringify(doc);
}

describe("the shipped vintage is checked against its manifest, whose sha256 is pinned", () => {
  it("the pin is the manifest's sha256, and the manifest lists every shipped file", () => {
    expect(sha256(fs.readFileSync(path.join(root, "data/annex-2025/manifest.json")))).toBe(SHIPPED_MANIFEST_SHA256);
    expect(shippedManifest().size).toBeGreaterThan(0);
  });

  it("refuses a consistent tamper and a corrupted file: claims error, the hint restores from git, the old outputs go", async () => {
    const { dir, shipped } = clone();
    resign(shipped, GERMANY_FILE, doubleGermany2016); // sidecar updated: passes the sidecar check
    fs.appendFileSync(path.join(shipped, "cbs/80059NED/TypedDataSet.json"), " "); // sidecar not updated
    const out = tempDir("migratie-clone-out-");
    fs.writeFileSync(path.join(out, OUT_MARKER), "");
    fs.mkdirSync(path.join(out, "fig6"));
    fs.writeFileSync(path.join(out, "fig6", "data.csv"), "geo,label,average\nDE,Duitsland,3.27\n"); // an earlier run's
    // A whole run: only a whole run writes claims.json (--only leaves the last whole run's audit alone).
    const run = await startIn(dir, ["src/cli/figures.ts", "--no-images", "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /FAILED +fig6 +data\/annex-2025\/eurostat\/migr_asyapp1mp\.json: sha256 \w+ \(\d+ bytes\) differs from the shipped vintage's manifest .*git checkout -- data\/annex-2025\/eurostat\/migr_asyapp1mp\.json/,
    );
    expect(run.stderr).toMatch(
      /FAILED +fig5 .*80059NED\/TypedDataSet\.json: size \d+ bytes differs from its sidecar .*git checkout -- data\/annex-2025\/cbs\/80059NED\/TypedDataSet\.json/,
    );
    expect(run.stderr).not.toMatch(/npm run fetch/);
    expect(fs.existsSync(path.join(out, "fig6"))).toBe(false);
    const claims = JSON.parse(fs.readFileSync(path.join(out, "claims.json"), "utf8")) as {
      figure: string;
      status: string;
    }[];
    const of = (fig: string) => claims.filter((c) => c.figure === fig).map((c) => c.status);
    expect(of("fig6").length).toBeGreaterThan(0);
    expect(new Set(of("fig6"))).toEqual(new Set(["error"]));
    expect(new Set(of("fig5"))).toEqual(new Set(["error"]));
  }, 180_000);

  it("refuses a manifest changed along with the file (its sha256 is pinned in the code), and a shipped file deleted", async () => {
    const { dir, shipped } = clone();
    const bytes = resign(shipped, GERMANY_FILE, doubleGermany2016);
    const manifest = JSON.parse(fs.readFileSync(path.join(shipped, "manifest.json"), "utf8"));
    for (const e of manifest.files)
      if (e.file === GERMANY_FILE) Object.assign(e, { bytes: bytes.length, sha256: sha256(bytes) });
    fs.writeFileSync(path.join(shipped, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
    fs.rmSync(path.join(shipped, "cbs/80059NED/TypedDataSet.json"));
    const out = tempDir("migratie-clone-out-");
    const run = await startIn(dir, ["src/cli/figures.ts", "--no-images", "--only", "fig5", "fig6", "--out", out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /FAILED +fig6 +data\/annex-2025\/manifest\.json: sha256 \w+ is not the one pinned in src\/raw\/manifest\.ts .*git checkout -- data\/annex-2025\/manifest\.json/,
    );
    expect(run.stderr).not.toMatch(/needs data +fig5/); // a deleted shipped file is an error, not missing data
    expect(run.stderr).toMatch(/FAILED +fig5 /);
  }, 180_000);
});

/** Runs `tsx args` with the clone as the working directory (its project root). */
const startIn = (cwd: string, args: string[]) => start(tsx, args, {}, cwd).done;
