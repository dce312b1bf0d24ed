// Raw files that are present but corrupt: building a figure stops with a message naming the file
// and what is wrong with it, and `npm run figures` prints that message, not a stack trace.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildFigure } from "../../src/figures/build-figure";
import { sourceById, type Source } from "../../src/catalog/sources";
import { figureById } from "../../src/figures/index";
import { rawPath, sidecarPath, storeRaw } from "../../src/raw/store";
import { fixture, signedSidecar, tempDir } from "../helpers/fetch-setup";

let rawDir: string;
beforeEach(() => {
  rawDir = tempDir();
});
afterEach(() => {
  fs.rmSync(rawDir, { recursive: true, force: true });
});

// Figure 5 reads a single CBS table: every fault below is in the one file it needs.
const FIG = figureById("fig5");
const sources = (): Source[] => FIG.sourceIds.map(sourceById);

/** Stores content for every source of the figure with a sidecar that matches it. */
function storeAll(content: (s: Source) => string): void {
  for (const s of sources()) {
    const bytes = Buffer.from(content(s));
    storeRaw(rawPath(rawDir, s), bytes, signedSidecar(s, bytes));
  }
}

const aCbsDocument = () => fixture("cbs/90001TST/TypedDataSet.json");

describe("buildFigure on corrupt raw files", () => {
  it("names the file whose bytes no longer match its sidecar", () => {
    storeAll(aCbsDocument);
    const first = rawPath(rawDir, sources()[0]);
    fs.writeFileSync(first, fs.readFileSync(first, "utf8").replace("11110", "99990")); // same size, other bytes
    const r = buildFigure(FIG, { rawDir, mode: "annex" });
    expect(r.status).toBe("failed");
    if (r.status !== "failed") return;
    expect(r.message).toContain(first);
    expect(r.message).toMatch(/sha256 [0-9a-f]{64} does not match its sidecar .*: the file was changed or corrupted/);
  });

  it("names a truncated file", () => {
    storeAll(aCbsDocument);
    const first = rawPath(rawDir, sources()[0]);
    fs.truncateSync(first, 40);
    const r = buildFigure(FIG, { rawDir, mode: "annex" });
    expect(r.status === "failed" && r.message).toMatch(new RegExp(`${first}: size 40 bytes differs from its sidecar`));
  });

  it("names a sidecar that is not JSON", () => {
    storeAll(aCbsDocument);
    const side = sidecarPath(rawPath(rawDir, sources()[0]));
    fs.writeFileSync(side, '{"file": "cbs/');
    const r = buildFigure(FIG, { rawDir, mode: "annex" });
    expect(r.status === "failed" && r.message).toMatch(new RegExp(`${side}: sidecar is not valid JSON`));
  });

  it("names a file without its sidecar", () => {
    storeAll(aCbsDocument);
    const first = rawPath(rawDir, sources()[0]);
    fs.rmSync(sidecarPath(first));
    const r = buildFigure(FIG, { rawDir, mode: "annex" });
    expect(r.status === "failed" && r.message).toMatch(new RegExp(`${first}: no sidecar`));
  });

  it("names an HTML error page stored with a matching sidecar", () => {
    storeAll(() => fixture("html/error-page.html"));
    const r = buildFigure(FIG, { rawDir, mode: "annex" });
    expect(r.status === "failed" && r.message).toMatch(new RegExp(`${rawPath(rawDir, sources()[0])}: is HTML`));
  });

  it("names a file of the right format whose columns are not the table's", () => {
    storeAll(aCbsDocument); // CBS OData v3, but another table's columns
    const r = buildFigure(FIG, { rawDir, mode: "annex" });
    expect(r.status === "failed" && r.message).toMatch(/lacks column\(s\) .*schema changed at CBS\?/);
    expect(r.status === "failed" && r.message).toContain(sources()[0].file);
  });
});

describe("npm run figures on a corrupt raw file", () => {
  it("exits 1 with the file and the fault, without a stack trace", () => {
    storeAll(aCbsDocument);
    const first = rawPath(rawDir, sources()[0]);
    fs.writeFileSync(first, fs.readFileSync(first, "utf8").replace("11110", "99990"));
    const out = tempDir("migratie-out-test-");
    const env: NodeJS.ProcessEnv = { ...process.env, CI: "1" };
    delete env.MIGRATIE_MIRROR; // every file the figure needs is present: nothing is fetched
    const root = path.resolve(__dirname, "../..");
    const run = spawnSync(
      path.join(root, "node_modules/.bin/tsx"),
      ["src/cli/figures.ts", "--only", FIG.id, "--no-images", "--data", "raw", "--raw", rawDir, "--out", out],
      {
        cwd: root,
        env,
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    fs.rmSync(out, { recursive: true, force: true });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).toContain(first);
    expect(run.stderr).toMatch(/does not match its sidecar/);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
