// npm run diff: compares two raw folders, prints the comparison (rows capped by --limit), writes
// it in full to out/diff.md, and names a folder it cannot read.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, tempDirs } from "../helpers/cli";

const temp = tempDirs();
afterAll(() => temp.cleanup());
const vintages = path.join(__dirname, "../fixtures/vintages");

describe("npm run diff", () => {
  it("prints the diff with --limit rows per list and writes all of it to out/diff.md", async () => {
    const out = temp.make();
    const r = await runCli(
      "diff",
      [path.join(vintages, "a"), path.join(vintages, "b"), "--only", "fig5", "--limit", "1", "--lang", "en"],
      { MIGRATIE_OUT: out },
    );
    expect(r.code, r.stderr).toBe(0);
    const md = fs.readFileSync(path.join(out, "diff.md"), "utf8");
    expect(r.stdout.startsWith("# Vintage diff\n")).toBe(true);
    expect(md.startsWith("# Vintage diff\n")).toBe(true);
    expect(r.stdout).toContain("| cbs/80059NED/TypedDataSet.json | changed |");
    expect(r.stdout).toContain("more (all in out/diff.md)");
    expect(md).not.toContain("more (all in out/diff.md)");
    expect(r.stderr).toMatch(
      new RegExp(
        `^\\d+ raw file\\(s\\) differ; \\d+ value\\(s\\) changed; .* -> ${path.join(out, "diff.md").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`,
        "m",
      ),
    );
  });

  it("writes Dutch by default (MIGRATIE_LANG unset), English with MIGRATIE_LANG=en", async () => {
    const args = [path.join(vintages, "a"), path.join(vintages, "b"), "--only", "fig5", "--limit", "1"];
    const nl = await runCli("diff", args, { MIGRATIE_OUT: temp.make() });
    expect(nl.code, nl.stderr).toBe(0);
    expect(nl.stdout.startsWith("# Verschil tussen twee vintages\n")).toBe(true);
    expect(nl.stderr).toMatch(/^\d+ ruwe bestand\(en\) verschillen; /m);
    const en = await runCli("diff", args, { MIGRATIE_OUT: temp.make(), MIGRATIE_LANG: "en" });
    expect(en.stdout.startsWith("# Vintage diff\n")).toBe(true);
  });

  it("exits 1 naming a folder that is not there, with no control characters from the name on the terminal", async () => {
    const missing = path.join(temp.make(), "gone\x1b[31m");
    const r = await runCli("diff", [missing, path.join(vintages, "b")], { MIGRATIE_OUT: temp.make() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`ERROR <dirA>=${missing.replace("\x1b[31m", "")}: no such folder`); // the whole sequence dropped
    expect(r.stderr).not.toContain("\x1b");
  });
});
