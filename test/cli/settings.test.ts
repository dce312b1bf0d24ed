// The CLIs on wrong settings and failing steps (issue 13, item 6 and the weak items): a wrong
// environment variable is refused like its flag, a diff with nothing to compare and a bad --limit
// fail, a missing --mirror fails, --only is de-duplicated, failing images leave a consistent out/,
// and a fetch killed mid-write leaves no temporary file.
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLAIMS } from "../../src/claims/index";
import { isTempFile, tempPathFor } from "../../src/io/atomic-write";
import { annexVintageDir, projectRoot } from "../../src/paths";

const root = projectRoot();
const made: string[] = [];
const temp = (prefix = "migratie-cli-test-") => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(d);
  return d;
};
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function cli(script: string, args: string[], env: Record<string, string | undefined> = {}) {
  const e: NodeJS.ProcessEnv = { ...process.env, CI: "1", ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete e[k];
  const run = spawnSync(path.join(root, "node_modules/.bin/tsx"), [`src/cli/${script}.ts`, ...args], {
    cwd: root,
    env: e,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: run.status, stderr: run.stderr, stdout: run.stdout };
}

let mirror: string;
beforeAll(() => {
  // MIGRATIE_MIRROR when set, else the shipped vintage (it has a mirror's layout).
  mirror = process.env.MIGRATIE_MIRROR ? path.resolve(root, process.env.MIGRATIE_MIRROR) : annexVintageDir();
});

describe("settings refused like their flags", () => {
  it("MIGRATIE_MODE=foo, as --mode foo", () => {
    const r = cli("figures", ["--only", "fig5", "--no-images", "--raw", temp(), "--out", temp()], {
      MIGRATIE_MODE: "foo",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('ERROR MIGRATIE_MODE must be "annex" or "latest", not "foo"');
    const flag = cli("figures", ["--mode", "foo", "--only", "fig5"]);
    expect(flag.status).toBe(1);
    expect(flag.stderr).toMatch(/--mode <mode>' argument 'foo' is invalid/);
  });

  it("MIGRATIE_LANG=fr, as --lang fr (figures and audit)", () => {
    for (const cmd of ["figures", "audit"]) {
      const r = cli(cmd, ["--only", "fig5", "--out", temp()], { MIGRATIE_LANG: "fr" });
      expect(r.status, cmd).toBe(1);
      expect(r.stderr).toContain('ERROR MIGRATIE_LANG must be "nl" or "en", not "fr"');
      const flag = cli(cmd, ["--lang", "fr", "--only", "fig5", "--out", temp()]);
      expect(flag.status, cmd).toBe(1);
      expect(flag.stderr).toContain('ERROR --lang must be "nl" or "en", not "fr"');
    }
  });

  it("a mirror that does not exist, by flag or variable", () => {
    const raw = temp();
    expect(cli("fetch", ["--mirror", "/nonexistent", "--raw", raw])).toMatchObject({
      status: 1,
      stderr: expect.stringContaining("--mirror=/nonexistent: no such folder"),
    });
    expect(cli("fetch", ["--raw", raw], { MIGRATIE_MIRROR: "/nonexistent" })).toMatchObject({
      status: 1,
      stderr: expect.stringContaining("MIGRATIE_MIRROR=/nonexistent: no such folder"),
    });
  });

  it("MIGRATIE_OUT equal to or inside the raw folder", () => {
    const raw = temp();
    for (const out of [raw, path.join(raw, "out")]) {
      const r = cli("figures", ["--only", "fig5", "--no-images"], {
        MIGRATIE_RAW: raw,
        MIGRATIE_OUT: out,
        MIGRATIE_MIRROR: mirror,
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/output folder .* overlaps the raw data folder/);
    }
    expect(fs.readdirSync(raw)).toEqual([]); // refused before anything was fetched
  });

  it("MIGRATIE_NOTEBOOK_JOBS and JUPYTER in npm run notebooks (src/cli/notebooks.ts)", () => {
    const run = (env: Record<string, string>) =>
      spawnSync(path.join(root, "node_modules", ".bin", "tsx"), ["src/cli/notebooks.ts"], {
        cwd: root,
        env: { ...process.env, ...env },
        encoding: "utf8",
      });
    expect(run({ MIGRATIE_NOTEBOOK_JOBS: "abc" })).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('MIGRATIE_NOTEBOOK_JOBS must be a whole number from 1 to 99, not "abc"'),
    });
    expect(run({ MIGRATIE_NOTEBOOK_JOBS: "0" }).status).toBe(2);
    expect(run({ JUPYTER: "/nonexistent" })).toMatchObject({
      status: 2,
      stderr: expect.stringContaining("JUPYTER=/nonexistent: not an executable command"),
    });
  });
});

describe("npm run diff", () => {
  it("refuses two folders with nothing comparable, and a --limit that is not a number", () => {
    const none = cli("diff", ["/etc", "/tmp", "--out", temp()]);
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/\/etc: holds none of the catalogued raw files/);
    const limit = cli("diff", [mirror, mirror, "--limit", "abc", "--out", temp()]);
    expect(limit.status).toBe(1);
    expect(limit.stderr).toContain('--limit must be a whole number of rows, not "abc"');
  });
});

describe("npm run figures", () => {
  it("--only fig5 fig5 builds and shows figure 5 once", () => {
    const out = temp();
    const r = cli("figures", [
      "--only",
      "fig5",
      "fig5",
      "--no-images",
      "--raw",
      temp(),
      "--out",
      out,
      "--mirror",
      mirror,
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr.match(/built {6}fig5/g)).toHaveLength(1);
    // Its claims counted once, not twice.
    const n = CLAIMS.filter((c) => c.figure === "fig5").length;
    expect(n).toBeGreaterThan(0);
    expect(r.stderr).toMatch(new RegExp(`^${n} claims: `, "m"));
  });

  it("without Chromium: writes the figures' data, removes stale images, leaves the whole run's claims, says so and exits 1", () => {
    const out = temp();
    fs.mkdirSync(path.join(out, "fig5"), { recursive: true });
    fs.writeFileSync(path.join(out, "fig5", "figure.svg"), "<svg>an earlier run</svg>");
    fs.writeFileSync(path.join(out, "claims.json"), "whole run");
    const r = cli("figures", ["--only", "fig5", "--raw", temp(), "--out", out, "--mirror", mirror], {
      CHROMIUM_PATH: "/nonexistent",
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/ERROR no SVG\/PNG images in .*CHROMIUM_PATH=\/nonexistent: not an executable file/);
    expect(fs.existsSync(path.join(out, "fig5", "figure.svg"))).toBe(false);
    expect(fs.existsSync(path.join(out, "fig5", "data.csv"))).toBe(true);
    // --only: the claims.json of the last whole run is kept, not replaced by a part of the audit.
    expect(fs.readFileSync(path.join(out, "claims.json"), "utf8")).toBe("whole run");
  });
});

describe("a fetch killed mid-write", () => {
  it("removes its temporary files on SIGTERM and SIGINT", async () => {
    for (const signal of ["SIGTERM", "SIGINT"] as const) {
      const raw = temp();
      // A child that holds a half-written temporary file (as storeRaw would) when the signal comes.
      const script = `
        const fs = require("node:fs");
        const { removeTempsOnSignals } = require(${JSON.stringify(path.join(root, "src/raw/store.ts"))});
        const { tempPathFor } = require(${JSON.stringify(path.join(root, "src/io/atomic-write.ts"))});
        removeTempsOnSignals(${JSON.stringify(raw)}, () => {});
        fs.writeFileSync(tempPathFor(${JSON.stringify(path.join(raw, "big.json"))}), Buffer.alloc(1 << 20));
        process.stdout.write("ready\\n");
        setTimeout(() => {}, 60000);`;
      const child = spawn(path.join(root, "node_modules/.bin/tsx"), ["-e", script], {
        cwd: root,
        stdio: ["ignore", "pipe", "inherit"],
      });
      await new Promise<void>((resolve) => child.stdout.on("data", (d) => String(d).includes("ready") && resolve()));
      expect(fs.readdirSync(raw).filter(isTempFile)).toHaveLength(1);
      const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
      child.kill(signal);
      expect(await exited).toBe(signal === "SIGINT" ? 130 : 143);
      expect(fs.readdirSync(raw)).toEqual([]);
    }
    expect(tempPathFor("/x/y")).toMatch(/^\/x\/\.y\.\d+\.[0-9a-f]{8}\.tmp$/);
  });
});
