// The snapshot mechanics (test/helpers/snapshot.ts) on a temporary folder.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { changedPath, checkSnapshots, firstDifferences, snapshotEnv } from "../helpers/snapshot";

const temp: string[] = [];
afterAll(() => temp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const dir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-snap-"));
  temp.push(d);
  return d;
};
const local = { update: false, ci: false };

describe("output snapshots", () => {
  it("reads UPDATE_SNAPSHOTS and CI", () => {
    expect(snapshotEnv({})).toEqual({ update: false, ci: false });
    expect(snapshotEnv({ UPDATE_SNAPSHOTS: "1", CI: "true" })).toEqual({ update: true, ci: true });
    expect(snapshotEnv({ CI: "0" })).toEqual({ update: false, ci: false });
    expect(changedPath("/a/data.csv")).toBe("/a/data.changed.csv");
  });

  it("fails on a missing snapshot and writes the new output beside it, never the snapshot itself", () => {
    const d = dir();
    const problems = checkSnapshots(d, { "data.csv": "a\n1\n" }, local);
    expect(problems.join()).toMatch(/data\.csv: no stored snapshot; the new output is in .*data\.changed\.csv/);
    expect(fs.existsSync(path.join(d, "data.csv"))).toBe(false);
    expect(fs.readFileSync(path.join(d, "data.changed.csv"), "utf8")).toBe("a\n1\n");
  });

  it("names the first differing lines; a match removes a stale .changed file", () => {
    const d = dir();
    fs.writeFileSync(path.join(d, "data.csv"), "year,n\n2020,1\n2021,2\n");
    const [p] = checkSnapshots(d, { "data.csv": "year,n\n2020,1\n2021,3\n" }, local);
    expect(p).toContain("data.csv differs from the new output");
    expect(p).toContain("line 3:\n    - 2021,2\n    + 2021,3");
    expect(fs.existsSync(path.join(d, "data.changed.csv"))).toBe(true);
    expect(checkSnapshots(d, { "data.csv": "year,n\n2020,1\n2021,2\n" }, local)).toEqual([]);
    expect(fs.existsSync(path.join(d, "data.changed.csv"))).toBe(false);
  });

  it("writes nothing under CI", () => {
    const d = dir();
    fs.writeFileSync(path.join(d, "data.csv"), "x\n");
    expect(checkSnapshots(d, { "data.csv": "y\n", "figure.json": "{}\n" }, { update: false, ci: true })).toHaveLength(2);
    expect(fs.readdirSync(d)).toEqual(["data.csv"]);
    expect(() => checkSnapshots(d, {}, { update: true, ci: true })).toThrow(/refused under CI/);
  });

  it("updates on purpose: writes the outputs, removes .changed files and snapshots no longer written", () => {
    const d = dir();
    fs.writeFileSync(path.join(d, "data.csv"), "old\n");
    fs.writeFileSync(path.join(d, "data.changed.csv"), "new\n");
    fs.writeFileSync(path.join(d, "yearly.csv"), "gone\n");
    expect(checkSnapshots(d, { "data.csv": "new\n", "figure.json": "{}\n" }, { update: true, ci: false })).toEqual([]);
    expect(fs.readdirSync(d).sort()).toEqual(["data.csv", "figure.json"]);
    expect(fs.readFileSync(path.join(d, "data.csv"), "utf8")).toBe("new\n");
    // A stored file the figure no longer writes fails the check.
    fs.writeFileSync(path.join(d, "extra.csv"), "x\n");
    expect(checkSnapshots(d, { "data.csv": "new\n", "figure.json": "{}\n" }, local).join()).toMatch(/extra\.csv: stored, but the figure no longer writes it/);
  });

  it("shows at most a few differing lines and counts the rest", () => {
    const a = Array.from({ length: 10 }, (_, i) => `${i}`).join("\n");
    const b = Array.from({ length: 10 }, (_, i) => `${i}x`).join("\n");
    expect(firstDifferences(a, b, 2)).toBe("  line 1:\n    - 0\n    + 0x\n  line 2:\n    - 1\n    + 1x\n  ... 8 more differing line(s)");
  });
});
