// SVG and PNG through Chromium: one renderer, a small synthetic figure, both formats.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRenderer, type Renderer } from "../../src/outputs/render";
import type { PlotlyFigure } from "../../src/figures/types";

const figure: PlotlyFigure = {
  data: [{ type: "bar", name: "Synthetisch", x: [2001, 2002], y: [10, 20] }],
  layout: { title: { text: "Testfiguur" }, width: 400, height: 300 },
};

describe("createRenderer", () => {
  let renderer: Renderer;
  beforeAll(async () => {
    renderer = await createRenderer();
  });
  afterAll(async () => {
    await renderer?.close();
  });

  it("writes an SVG with the figure's title at the layout's size", async () => {
    const svg = (await renderer.render(figure, "svg")).toString("utf8");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain('width="400"');
    expect(svg).toContain("Testfiguur");
  });

  it("writes a PNG at twice the layout's size", async () => {
    const png = await renderer.render(figure, "png");
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBe(800); // IHDR width
    expect(png.readUInt32BE(20)).toBe(600); // IHDR height
  });
});
