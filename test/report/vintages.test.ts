// The other data vintages the robustness audit reads beside the run's: only those present, never
// the run's own folder; each built in annex mode and named by its data line.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateReadings } from "../../src/claims/readings/evaluate";
import { fig6 } from "../../src/figures/fig6-eu-asylum-per-1000";
import { annexVintageDir } from "../../src/paths";
import { annexData, mirrorData, rawData } from "../../src/raw/data-source";
import { buildVintages, otherVintages } from "../../src/report/vintages";
import { tempDir } from "../helpers/temp";

function copyFile(rel: string, to: string) {
  for (const f of [rel, `${rel}.origin.json`]) {
    fs.mkdirSync(path.dirname(path.join(to, f)), { recursive: true });
    fs.copyFileSync(path.join(annexVintageDir(), f), path.join(to, f));
  }
}

describe("other vintages", () => {
  it("lists the shipped vintage when the run reads another folder, data/raw only when it holds downloads, and a set mirror", () => {
    const raw = tempDir();
    const mirror = tempDir();
    const env = { MIGRATIE_RAW: raw, MIGRATIE_MIRROR: mirror };
    // An empty data/raw is not a vintage.
    expect(otherVintages(annexData(), env).map((d) => d.kind)).toEqual(["mirror"]);
    copyFile("eurostat/migr_asyapp1mp.json", raw);
    expect(otherVintages(annexData(), env).map((d) => d.kind)).toEqual(["raw", "mirror"]);
    expect(otherVintages(rawData(raw), env).map((d) => d.kind)).toEqual(["annex", "mirror"]);
    expect(otherVintages(mirrorData(mirror), env).map((d) => d.kind)).toEqual(["annex", "raw"]);
    expect(otherVintages(annexData(), {}).map((d) => d.kind)).not.toContain("mirror");
  });

  it("evaluates the annex reading on each, named by its data, and leaves out a vintage without the figure", () => {
    const raw = tempDir();
    copyFile("eurostat/migr_asyapp1mp.json", raw);
    const empty = tempDir();
    const [shipped] = buildVintages([fig6], [annexData()]);
    const others = buildVintages([fig6], [rawData(raw), mirrorData(empty)], "en");
    expect(others[0].data).toMatch(/^live download/);
    const r = evaluateReadings("fig6-nl-vs-eu-2021", { figures: shipped.figures }, others)!;
    const vintage = r.readings.filter((x) => x.dimension === "vintage");
    // The same bytes: the same value as the run's annex reading; the empty mirror cannot build figure 6.
    expect(vintage.map((x) => [x.id, x.status, x.value])).toEqual([["vintage-raw", "holds", 1.2]]);
  });
});
