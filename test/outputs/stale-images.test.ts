// issue: `--no-images` after a run on other data left every figure.png/svg showing the other data
// beside the new data.csv (exit 0, no message). Without images, a picture whose figure spec changed
// since it was rendered is removed; one whose spec is the same stays.
import * as fs from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { buildAll } from "../../src/build";
import { fig1 } from "../../src/figures/fig1-immigration-emigration";
import { fig5 } from "../../src/figures/fig5-asylum-requests";
import type { PlotlyFigure } from "../../src/figures/types";
import { IMAGES_STAMP, removeOutdatedImages, type RendererFactory } from "../../src/outputs/render";
import { readOnlyData } from "../../src/raw/data-source";
import { changedMirror, FIG1_FILE, scaleImmigration } from "../helpers/changed-mirror";
import { tempDir } from "../helpers/temp";

const fakeRenderer: RendererFactory = {
  id: () => "fake",
  async create() {
    return {
      render: async (figure: PlotlyFigure, format: "svg" | "png") =>
        Buffer.from(`${format} ${JSON.stringify(figure).length}`),
      close: async () => {},
    };
  },
};

const images = (dir: string) =>
  ["figure.svg", "figure.png", IMAGES_STAMP].filter((f) => fs.existsSync(path.join(dir, f)));

describe("--no-images never leaves a stale image", () => {
  it("removes the images of a figure whose data changed, keeps those of an unchanged figure", async () => {
    const out = tempDir("migratie-stale-images-");
    const base = { outDir: out, mode: "annex" as const, figures: [fig1, fig5], renderer: fakeRenderer };
    // Both runs read a mirror: the data line under each figure (part of its spec) is the same.
    await buildAll({ ...base, data: readOnlyData(changedMirror(FIG1_FILE, (t) => t)) });
    expect(images(path.join(out, "fig1"))).toHaveLength(3);
    const lines: string[] = [];
    const other = changedMirror(FIG1_FILE, scaleImmigration(1.1));
    await buildAll({
      ...base,
      data: readOnlyData(other),
      images: false,
      renderer: undefined,
      log: (l) => lines.push(l),
    });
    expect(images(path.join(out, "fig1"))).toEqual([]);
    expect(images(path.join(out, "fig5"))).toHaveLength(3); // its data did not change: its pictures still agree with it
    expect(lines.join("\n")).toMatch(/SVG\/PNG of fig1 removed: their figure changed/);
  }, 60_000);

  it("removes images without a stamp, and judges an old stamp (no spec hash) by its full inputs", () => {
    const dir = tempDir("migratie-stale-images-");
    const figure: PlotlyFigure = { data: [], layout: {} };
    fs.writeFileSync(path.join(dir, "figure.png"), "png");
    expect(removeOutdatedImages([{ dir, figure }], () => "r")).toEqual([dir]);
    expect(images(dir)).toEqual([]);
    fs.writeFileSync(path.join(dir, "figure.png"), "png");
    fs.writeFileSync(path.join(dir, IMAGES_STAMP), JSON.stringify({ inputs: "not these", files: {} }));
    expect(removeOutdatedImages([{ dir, figure }], () => "r")).toEqual([dir]);
  });
});
