// The vintage diff on two SYNTHETIC raw folders (test/fixtures/vintages/README.md): what b/ changes
// against a/ is known by construction, and the diff must find exactly that.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { FigureDiff, TableDiff, VintageDiff } from "../../src/report/diff";
import { diffMarkdown } from "../../src/report/diff-markdown";
import { diffRawFolders } from "../../src/report/diff-read";

const A = path.join(__dirname, "../fixtures/vintages/a");
const B = path.join(__dirname, "../fixtures/vintages/b");
const ROOT = path.join(__dirname, "../..");

let d: VintageDiff;
const figure = (id: string) => d.figures.find((f) => f.id === id)!;
const table = (f: FigureDiff, name: string, mode: string) => f.tables.find((t) => t.table === name && t.mode === mode);
const change = (t: TableDiff | undefined, key: Record<string, unknown>, column: string) =>
  t?.changed.find((c) => c.column === column && Object.entries(key).every(([k, v]) => c.key[k] === v));

beforeAll(() => {
  d = diffRawFolders(A, B);
});

describe("vintage diff of two raw folders", () => {
  it("lists the raw files that changed, with their vintages", () => {
    const byFile = Object.fromEntries(d.files.map((f) => [f.file, f]));
    expect(byFile["cbs/80059NED/TypedDataSet.json"].change).toBe("changed");
    expect(byFile["eurostat/migr_asyapp1mp.json"].change).toBe("changed");
    expect(byFile["eurostat/migr_asyapp1mp.json"].a?.version).toBe("2025-06-01");
    expect(byFile["eurostat/migr_asyapp1mp.json"].b?.version).toBe("2099-06-30");
    expect(byFile["cbs/83474NED/TypedDataSet.json"].change).toBe("absent");
  });

  it("finds revised values of figure 5 (old, new) in annex mode", () => {
    const t = table(figure("fig5"), "data.csv", "annex");
    expect(change(t, { year: 2015, series: "total" }, "persons")).toMatchObject({ old: 20000, new: 8000 });
    expect(change(t, { year: 1994, series: "total" }, "persons")).toMatchObject({ old: 9000, new: 9500 });
    expect(t!.changed).toHaveLength(4); // total and first, 1994 and 2015
    expect(t!.appeared).toEqual([]);
  });

  it("finds the year that appeared in figure 5 (latest mode)", () => {
    const f = figure("fig5");
    expect(f.a.latestPeriod).toBe("1975-2024");
    expect(f.b.latestPeriod).toBe("1975-2025");
    const t = table(f, "data.csv", "latest")!;
    expect(t.appearedKeys).toEqual({ year: ["2025"] });
    expect(t.appeared.map((r) => r.series)).toEqual(["first", "subsequent", "nareizigers", "total"]);
    expect(t.changed).toEqual([]); // the revisions were reported in annex mode already
  });

  it("finds the revised rate, the country and the year that appeared in figure 6", () => {
    const f = figure("fig6");
    const yearly = table(f, "yearly.csv", "annex")!;
    expect(change(yearly, { geo: "NL", year: 2019 }, "value")).toMatchObject({ old: 1, new: 1.55 });
    expect(yearly.appearedKeys).toEqual({ geo: ["DE"] });
    expect(yearly.appeared).toHaveLength(10);
    const averages = table(f, "data.csv", "annex")!;
    expect(averages.appearedKeys).toEqual({ geo: ["DE"], label: ["Duitsland"] }); // no value at all in the old vintage: not in its figure
    const latest = table(f, "yearly.csv", "latest")!;
    expect(latest.appearedKeys).toEqual({ year: ["2025"] });
    expect(latest.disappearedKeys).toEqual({ year: ["2015"] }); // latest mode keeps a ten-year window
  });

  it("lists the claims that change status", () => {
    const moved = Object.fromEntries(
      d.claims.filter((c) => c.a.status !== c.b.status).map((c) => [c.id, `${c.a.status} -> ${c.b.status}`]),
    );
    expect(moved).toEqual({
      "fig5-peaks-1990s-2015": "reproduced -> differs",
      "fig6-nl-mostly-lower": "reproduced -> differs",
      "fig6-consulted-2025-06-26": "reproduced -> differs",
    });
  });

  it("reports figures without data in either folder instead of comparing them", () => {
    expect(figure("fig1").a.status).toBe("needs-data");
    expect(figure("fig1").b.status).toBe("needs-data");
    expect(figure("fig1").tables).toEqual([]);
  });

  it("finds nothing between a folder and itself", () => {
    const same = diffRawFolders(A, A);
    expect(same.files.every((f) => f.change === "same" || f.change === "absent")).toBe(true);
    expect(same.figures.every((f) => f.tables.length === 0)).toBe(true);
    expect(same.claims).toEqual([]);
  });

  it("writes the same comparison as text, in English", () => {
    const md = diffMarkdown(d, { lang: "en" });
    expect(md.startsWith("# Vintage diff\n")).toBe(true);
    expect(md).toContain("| 2015, total | persons | 20000 | 8000 |");
    expect(md).toContain("| NL, 2019 | value | 1 | 1.55 |");
    expect(md).toContain("Appeared: year 2025.");
    expect(md).toContain("Appeared: geo DE.");
    expect(md).toContain("fig5-peaks-1990s-2015 **reproduced → differs**");
    expect(md).toMatch(/\| eurostat\/migr_asyapp1mp\.json \| changed \| version 2025-06-01, retrieved /);
  });

  it("and in Dutch, with no English fixed text and the Dutch decimal mark", () => {
    const md = diffMarkdown(d, { lang: "nl" });
    expect(md.startsWith("# Verschil tussen twee vintages\n")).toBe(true);
    expect(md).toContain("| NL, 2019 | value | 1 | 1,55 |");
    expect(md).toContain("Verschenen: year 2025.");
    expect(md).toContain("fig5-peaks-1990s-2015 **gereproduceerd → wijkt af**");
    expect(md).toMatch(/\| eurostat\/migr_asyapp1mp\.json \| gewijzigd \| versie 2025-06-01, opgehaald /);
    for (const en of [
      "Appeared",
      "changed:",
      "Raw files",
      "Claims that change",
      "built, annex",
      "retrieved",
      "more (all in",
    ])
      expect(md).not.toContain(en);
  });
});

describe("npm run diff", () => {
  it("prints the comparison and writes out/diff.md", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-diff-"));
    const tsx = path.join(ROOT, "node_modules/.bin/tsx");
    const stdout = execFileSync(tsx, ["src/cli/diff.ts", A, B, "--out", out, "--limit", "4", "--lang", "en"], {
      cwd: ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    expect(stdout).toContain("| 2015, total | persons | 20000 | 8000 |");
    expect(stdout).toContain("… 6 more (all in out/diff.md)"); // 10 DE rows, 4 shown
    const md = fs.readFileSync(path.join(out, "diff.md"), "utf8");
    expect(md).toContain("- DE, 2024: value 2");
    expect(md).not.toContain("more (all in out/diff.md)");
    fs.rmSync(out, { recursive: true, force: true });
  });

  it("refuses a folder that does not exist", () => {
    expect(() => diffRawFolders(A, path.join(A, "nope"))).toThrow(/no such folder/);
  });
});
