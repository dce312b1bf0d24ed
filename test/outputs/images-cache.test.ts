// Images are rendered only when their inputs changed: the figure spec, the renderer's id or the
// image options. A fake renderer factory counts browser starts and rendered images.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readOnlyData } from "../../src/raw/data-source";
import { buildAll } from "../../src/build";
import { fig1 } from "../../src/figures/fig1-immigration-emigration";
import { fig5 } from "../../src/figures/fig5-asylum-requests";
import type { PlotlyFigure } from "../../src/figures/types";
import { chromiumBuildId, IMAGES_STAMP, updateImages, type RendererFactory } from "../../src/outputs/render";
import { realRawDir } from "../helpers/raw";

/** A renderer that writes the figure's title and a counter; records every start and image. */
function fakeRenderer(id = "fake 1") {
  const log = { starts: 0, images: [] as string[] };
  const factory: RendererFactory = {
    id: () => id,
    async create() {
      log.starts++;
      return {
        async render(figure: PlotlyFigure, format: "svg" | "png") {
          const title = JSON.stringify(figure.layout.title ?? "");
          log.images.push(`${title}.${format}`);
          return Buffer.from(`${format} ${title} ${log.images.length}`);
        },
        async close() {},
      };
    },
  };
  return { factory, log };
}

const fig = (title: string, y = [1, 2]): PlotlyFigure => ({
  data: [{ type: "bar", x: [2001, 2002], y }],
  layout: { title: { text: title } },
});

describe("updateImages", () => {
  let out: string;
  let items: { dir: string; figure: PlotlyFigure }[];
  beforeEach(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-images-"));
    items = ["a", "b", "c"].map((id) => {
      const dir = path.join(out, id);
      fs.mkdirSync(dir);
      return { dir, figure: fig(id) };
    });
  });
  afterEach(() => fs.rmSync(out, { recursive: true, force: true }));

  it("renders everything once, then starts no renderer while nothing changed", async () => {
    const { factory, log } = fakeRenderer();
    expect((await updateImages(items, { renderer: factory })).rendered).toHaveLength(3);
    expect(log.starts).toBe(1);
    expect(log.images).toHaveLength(6);
    for (const { dir } of items) expect(fs.readdirSync(dir).sort()).toEqual(["figure.png", "figure.svg", IMAGES_STAMP]);
    const again = await updateImages(items, { renderer: factory });
    expect(again).toEqual({ rendered: [], upToDate: items.map((i) => i.dir) });
    expect(log.starts).toBe(1);
  });

  it("re-renders only the figure whose spec changed", async () => {
    const { factory, log } = fakeRenderer();
    await updateImages(items, { renderer: factory });
    items[1] = { ...items[1], figure: fig("b", [1, 3]) };
    const r = await updateImages(items, { renderer: factory });
    expect(r.rendered).toEqual([items[1].dir]);
    expect(log.starts).toBe(2);
    expect(log.images.slice(6)).toEqual(['{"text":"b"}.svg', '{"text":"b"}.png']);
  });

  it("re-renders a figure whose image was deleted or altered, even though its stamp is there", async () => {
    const { factory } = fakeRenderer();
    await updateImages(items, { renderer: factory });
    fs.rmSync(path.join(items[0].dir, "figure.png"));
    fs.writeFileSync(path.join(items[2].dir, "figure.svg"), "<svg>truncated");
    const r = await updateImages(items, { renderer: factory });
    expect(r.rendered.sort()).toEqual([items[0].dir, items[2].dir]);
    expect(fs.existsSync(path.join(items[0].dir, "figure.png"))).toBe(true);
  });

  it("re-renders everything when the renderer changed, or with force", async () => {
    await updateImages(items, { renderer: fakeRenderer("fake 1").factory });
    expect((await updateImages(items, { renderer: fakeRenderer("fake 2").factory })).rendered).toHaveLength(3);
    const { factory, log } = fakeRenderer("fake 2");
    expect((await updateImages(items, { renderer: factory, force: true })).rendered).toHaveLength(3);
    expect(log.starts).toBe(1);
  });

  it("ignores a damaged stamp and renders again", async () => {
    const { factory } = fakeRenderer();
    await updateImages(items, { renderer: factory });
    fs.writeFileSync(path.join(items[0].dir, IMAGES_STAMP), "{not json");
    expect((await updateImages(items, { renderer: factory })).rendered).toEqual([items[0].dir]);
  });
});

describe("chromiumBuildId", () => {
  it("names the executable by path, size and mtime without starting it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-chromium-id-"));
    try {
      const exe = path.join(dir, "chromium");
      fs.writeFileSync(exe, "binary");
      const before = chromiumBuildId(exe);
      expect(before).toContain(`${exe} 6 `);
      fs.writeFileSync(exe, "binary, upgraded");
      expect(chromiumBuildId(exe)).not.toBe(before);
      expect(chromiumBuildId(path.join(dir, "absent"))).toContain("absent");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("buildAll's images", () => {
  let out: string;
  beforeEach(() => {
    out = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-build-images-"));
  });
  afterEach(() => fs.rmSync(out, { recursive: true, force: true }));

  it("a second build with nothing changed starts no renderer; --force renders every figure", async () => {
    const rawDir = await realRawDir();
    const { factory, log } = fakeRenderer();
    const opts = {
      data: readOnlyData(rawDir),
      outDir: out,
      mode: "annex" as const,
      figures: [fig1, fig5],
      renderer: factory,
    };
    const first = await buildAll(opts);
    expect(first.images.rendered).toHaveLength(2);
    expect(log.starts).toBe(1);
    const second = await buildAll(opts);
    expect(second.images).toEqual({ rendered: [], upToDate: first.images.rendered });
    expect(log.starts).toBe(1);
    const forced = await buildAll({ ...opts, force: true });
    expect(forced.images.rendered).toHaveLength(2);
    expect(log.starts).toBe(2);
  });
});
