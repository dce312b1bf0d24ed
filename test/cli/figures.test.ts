// npm run figures: builds the chosen figures into MIGRATIE_OUT (reading the mirror in place), with out/'s one plotly.js, index.html and the audit; exits 1 when a figure fails.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLAIMS } from "../../src/claims/index";
import { PLOTLY_ASSET } from "../../src/outputs/page";
import { mirror, runCli, tempDirs } from "../helpers/cli";

const temp = tempDirs();
afterAll(() => temp.cleanup());

describe("npm run figures", () => {
  it("builds the figures into out/ and says where each went", async () => {
    const raw = temp.make();
    const out = temp.make();
    const r = await runCli("figures", ["--no-images", "--only", "fig5", "fig6"], {
      MIGRATIE_MIRROR: mirror(),
      MIGRATIE_RAW: raw,
      MIGRATIE_OUT: out,
    });
    expect(r.code, r.stderr).toBe(0);
    for (const id of ["fig5", "fig6"]) {
      const meta = JSON.parse(fs.readFileSync(path.join(out, id, "sources.json"), "utf8")) as { title: string };
      expect(r.stderr).toContain(`  built      ${id}  ${meta.title}  -> ${path.join(out, id)}`);
      expect(fs.readdirSync(path.join(out, id)).sort()).toEqual(
        expect.arrayContaining(["data.csv", "figure.html", "figure.json", "sources.json"]),
      );
      expect(fs.existsSync(path.join(out, id, "figure.svg"))).toBe(false); // --no-images
      expect(fs.readFileSync(path.join(out, id, "figure.html"), "utf8")).toContain(
        '<script src="../assets/plotly.min.js"></script>',
      );
    }
    // --only: no claims.json, audit.md or index.html of a part of the figures; the marker of an output folder; the run lock is gone.
    expect(fs.readdirSync(out).sort()).toEqual([".migratie-out", "assets", "fig5", "fig6"]);
    expect(fs.existsSync(path.join(out, PLOTLY_ASSET))).toBe(true);
    const n = CLAIMS.filter((c) => c.figure === "fig5" || c.figure === "fig6").length;
    expect(r.stderr).toMatch(new RegExp(`^${n} claims: .* -> not written \\(partial run\\)$`, "m"));
  });

  it("exits 1 and names the file when a raw file no longer matches its checksum", async () => {
    const raw = temp.make();
    const out = temp.make();
    const env = { MIGRATIE_MIRROR: mirror(), MIGRATIE_RAW: raw, MIGRATIE_OUT: out };
    expect((await runCli("fetch", ["--only", "fig5"], env)).code).toBe(0);
    const file = path.join(raw, "cbs/80059NED/TypedDataSet.json");
    fs.appendFileSync(file, " ");
    // --data raw: read data/raw (here MIGRATIE_RAW), where the damaged copy is; nothing is fetched since every file is present.
    const r = await runCli("figures", ["--no-images", "--data", "raw", "--only", "fig5"], {
      MIGRATIE_RAW: raw,
      MIGRATIE_OUT: out,
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ {2}FAILED +fig5 .*80059NED/m);
  });

  it("refuses an unknown mode", async () => {
    const r = await runCli("figures", ["--no-images", "--mode", "newest"], {
      MIGRATIE_RAW: temp.make(),
      MIGRATIE_OUT: temp.make(),
    });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/argument 'newest' is invalid\. Allowed choices are annex, latest/);
  });
});
