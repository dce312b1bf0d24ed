// What a crashed run leaves is removed by the next one; an output folder that is not ours is
// refused; a folder that cannot be created says why (issue: temp files and Chromium profiles
// survived a crash, MIGRATIE_OUT=/ wrote into /, a read-only parent was reported as ENOENT).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { OUT_MARKER } from "../../src/io/out-folder";
import { realMirror } from "../helpers/changed-mirror";
import { deadPid, startCli } from "../helpers/run-process";
import { tempDir } from "../helpers/temp";

const figures = (out: string, extra: Record<string, string> = {}) =>
  startCli(
    "figures",
    ["--no-images", "--only", "fig5", "--mirror", realMirror(), ...(out ? ["--out", out] : [])],
    extra,
  ).done;

describe("leftovers of a killed run", () => {
  it("removes temporary files in out/ and Chromium profiles in the temporary folder whose run is gone", async () => {
    const out = tempDir("migratie-leftover-out-");
    fs.writeFileSync(path.join(out, OUT_MARKER), "");
    const dead = await deadPid();
    fs.mkdirSync(path.join(out, "fig5"));
    const temp = path.join(out, "fig5", `.data.csv.${dead}.0123abcd.tmp`);
    fs.writeFileSync(temp, "half a file");
    const live = path.join(out, `.claims.json.${process.pid}.0123abcd.tmp`); // a running writer's: left alone
    fs.writeFileSync(live, "being written");
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), `migratie-chromium-${dead}-`));
    fs.writeFileSync(path.join(profile, "Local State"), "{}");
    const r = await figures(out);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.existsSync(temp)).toBe(false);
    expect(fs.existsSync(profile)).toBe(false);
    expect(fs.existsSync(live)).toBe(true);
    expect(r.stderr).toMatch(/Removed 1 temporary file\(s\) left in .* by a killed run/);
    fs.rmSync(live);
  }, 120_000);
});

describe("an output folder must be one of ours", () => {
  it("refuses MIGRATIE_OUT=/ and a non-empty folder that is not an output folder; adopts an old output folder", async () => {
    const root = await startCli("figures", ["--no-images", "--only", "fig5", "--mirror", realMirror()], {
      MIGRATIE_OUT: "/",
    }).done;
    expect(root.code).toBe(1);
    expect(root.stderr).toMatch(/ERROR output folder \/ is the root of the file system/);
    expect(fs.existsSync("/fig5")).toBe(false);

    const home = tempDir("migratie-foreign-");
    fs.writeFileSync(path.join(home, "thesis.docx"), "mine");
    const foreign = await figures(home);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toMatch(
      /is not empty and not an output folder of migratie-in-cijfers \(no \.migratie-out; it holds thesis\.docx\)/,
    );
    expect(fs.readdirSync(home)).toEqual(["thesis.docx"]);

    const old = tempDir("migratie-old-out-"); // written before folders were marked
    fs.mkdirSync(path.join(old, "fig1"));
    fs.writeFileSync(path.join(old, "claims.json"), "[]");
    const adopted = await figures(old);
    expect(adopted.code, adopted.stderr).toBe(0);
    expect(fs.existsSync(path.join(old, OUT_MARKER))).toBe(true);
  }, 180_000);
});

/** A read-only folder: a read-only tmpfs when this test may mount one (root), else a folder without write permission. */
function readOnlyParent(): { dir: string; cause: RegExp; release(): void } | undefined {
  const dir = tempDir("migratie-readonly-");
  if (process.getuid?.() !== 0) {
    fs.chmodSync(dir, 0o555);
    return { dir, cause: /EACCES/, release: () => fs.chmodSync(dir, 0o755) };
  }
  const mount = spawnSync("mount", ["-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", dir]);
  if (mount.status !== 0) return undefined;
  return { dir, cause: /EROFS/, release: () => void spawnSync("umount", [dir]) };
}

describe("a folder that cannot be created", () => {
  const ro = readOnlyParent();
  afterAll(() => ro?.release());
  it.runIf(ro)(
    "reports the real cause (EROFS or EACCES), not ENOENT",
    async () => {
      const r = await figures(path.join(ro!.dir, "out"));
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(ro!.cause);
      expect(r.stderr).not.toMatch(/ENOENT/);
      expect(r.stderr).toMatch(/cannot create the output folder/);
    },
    120_000,
  );
});
