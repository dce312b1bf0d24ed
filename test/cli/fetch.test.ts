// npm run fetch: copies from the mirror into MIGRATIE_RAW, says what it did, and exits 1 only
// when a source failed (a corrupt copy), not when the mirror lacks one.
import * as fs from "node:fs";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SOURCES, sourcesForFigure } from "../../src/catalog/sources";
import { selectSources } from "../../src/cli/fetch";
import { mirror, runCli, tempDirs } from "../helpers/cli";

const temp = tempDirs();
afterAll(() => temp.cleanup());

describe("selectSources", () => {
  it("takes every source, a figure's sources, or source ids, in catalog order", () => {
    expect(selectSources(undefined)).toBe(SOURCES);
    expect(selectSources(["fig5"])).toEqual(sourcesForFigure("fig5"));
    const two = [SOURCES[3].id, SOURCES[0].id];
    expect(selectSources(two).map((s) => s.id)).toEqual([SOURCES[0].id, SOURCES[3].id]);
  });
  it("names the valid ids for an unknown one", () => {
    expect(() => selectSources(["fig99"])).toThrow(/Unknown figure "fig99". Valid figures: fig1, /);
    expect(() => selectSources(["no-such-source"])).toThrow(
      /Unknown figure or source id "no-such-source". Figures: .* Sources: /,
    );
  });
});

describe("npm run fetch", () => {
  it("copies every source the mirror has, then finds them unchanged", async () => {
    const raw = temp.make();
    const env = { MIGRATIE_MIRROR: mirror(), MIGRATIE_RAW: raw };
    const first = await runCli("fetch", [], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toContain(`Copying from mirror ${mirror()} into ${raw} (${SOURCES.length} sources)`);
    expect(first.stderr).toMatch(
      /^Done: 0 downloaded, 0 up to date, [1-9]\d* copied, 0 unchanged, \d+ missing, 0 failed$/m,
    );
    expect(fs.existsSync(path.join(raw, "cbs/80059NED/TypedDataSet.json"))).toBe(true);

    const again = await runCli("fetch", ["--only", "fig5"], env);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/^ {2}unchanged +cbs\/80059NED\/TypedDataSet\.json \(10\.3 kB\)$/m);
    expect(again.stderr).toMatch(/^Done: 0 downloaded, 0 up to date, 0 copied, 1 unchanged, 0 missing, 0 failed$/m);
  });

  it("exits 1 and names the file when a mirror's copy does not match its checksum", async () => {
    const bad = temp.make();
    fs.cpSync(path.join(mirror(), "cbs/80059NED"), path.join(bad, "cbs/80059NED"), { recursive: true });
    const file = path.join(bad, "cbs/80059NED/TypedDataSet.json");
    fs.writeFileSync(
      file,
      fs.readFileSync(file, "utf8").replace(/\d/, (d) => String((Number(d) + 1) % 10)),
    );
    const r = await runCli("fetch", ["--only", "fig5", "--mirror", bad, "--raw", temp.make()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^ERROR .*cbs\/80059NED\/TypedDataSet\.json/m);
    expect(r.stderr).toMatch(/0 copied, 0 unchanged, 0 missing, 1 failed$/m);
  });

  it("exits 1 on an unknown figure, with the valid ones", async () => {
    const r = await runCli("fetch", ["--only", "fig99"], { MIGRATIE_MIRROR: mirror(), MIGRATIE_RAW: temp.make() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('ERROR Unknown figure "fig99". Valid figures: fig1, fig2, fig3, fig4, fig5, fig6, fig7');
  });
});
