// A figure as a notebook output: a MIME bundle with the interactive HTML (no plotly.js in it), the
// static PNG and the Plotly spec; the HTML draws the figure where plotly.js is on the page and
// keeps the static image where it is not.
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import type { FigureData } from "../../src/figures/types";
import { displayBundle, figureBundle, figureBundles, showFigures } from "../../src/notebook/figure-output";
import { plotlyBundlePath } from "../../src/outputs/page";
import { launchChromium } from "../../src/outputs/render";

const fig: FigureData = {
  id: "fig1",
  title: "Test </script><b>figure</b>",
  mode: "annex",
  period: { from: 2030, to: 2031 },
  table: aq.from([{ year: 2030, value: 1 }]),
  figure: {
    data: [{ type: "bar", x: [2030, 2031], y: [1, 2] }],
    layout: { title: { text: "</script><b>x</b>" }, width: 400, height: 300 },
  },
  sources: [],
  notes: [],
};

describe("figureBundle", () => {
  it("holds the HTML, the PNG, the Plotly spec and the title, and no plotly.js", () => {
    const b = figureBundle(fig, Buffer.from("PNGDATA"));
    expect(Object.keys(b).sort()).toEqual(["application/vnd.plotly.v1+json", "image/png", "text/html", "text/plain"]);
    expect(b["image/png"]).toBe(Buffer.from("PNGDATA").toString("base64"));
    expect(b["text/plain"]).toBe(fig.title);
    expect(b["application/vnd.plotly.v1+json"]).toMatchObject({ data: fig.figure.data, layout: fig.figure.layout });
    const html = b["text/html"] as string;
    expect(html).toContain(`<img src="data:image/png;base64,${b["image/png"]}"`);
    expect(html.length).toBeLessThan(10_000);
    expect(html).not.toContain("</script><b>"); // the title in the spec cannot end the script
    expect(html).toContain("kernelspecs/tslab/plotly.min.js");
  });

  it("gives every output its own element id, and without a PNG shows the title", () => {
    const a = figureBundle(fig)["text/html"] as string;
    const b = figureBundle(fig)["text/html"] as string;
    const id = (h: string) => /<div id="([^"]+)"/.exec(h)![1];
    expect(id(a)).not.toBe(id(b));
    expect(a).not.toContain("<img");
    expect(figureBundle(fig)).not.toHaveProperty("image/png");
    expect(a).toContain("Test &lt;/script&gt;");
  });

  it("showFigures shows the interactive figure without drawing a static image unless MIGRATIE_NOTEBOOK_IMAGES=1", async () => {
    const jupyter = require("tslab/dist/jupyter") as { lastWriteDisplayData: unknown };
    const shown: Record<string, unknown>[] = [];
    const before = process.env.MIGRATIE_NOTEBOOK_IMAGES;
    jupyter.lastWriteDisplayData = (d: { data: Record<string, unknown> }) => shown.push(d.data);
    try {
      delete process.env.MIGRATIE_NOTEBOOK_IMAGES;
      await showFigures(fig, fig);
      expect(shown.map((b) => Object.keys(b).sort())).toEqual(
        [0, 1].map(() => ["application/vnd.plotly.v1+json", "text/html", "text/plain"]),
      );
      process.env.MIGRATIE_NOTEBOOK_IMAGES = "yes";
      await expect(showFigures(fig)).rejects.toThrow(
        'MIGRATIE_NOTEBOOK_IMAGES must be "1" (add static images) or "0", not "yes"',
      );
    } finally {
      jupyter.lastWriteDisplayData = null;
      if (before === undefined) delete process.env.MIGRATIE_NOTEBOOK_IMAGES;
      else process.env.MIGRATIE_NOTEBOOK_IMAGES = before;
    }
  });

  it("displayBundle outside a running tslab cell says so", () => {
    expect(() => displayBundle({ "text/plain": "x" })).toThrow(/no tslab cell is running/);
  });
});

describe("the figure output in a browser", () => {
  it("draws the interactive figure where plotly.js is loaded and keeps the static image where it is not", async () => {
    const [bundle] = await figureBundles([fig]);
    expect((bundle["image/png"] as string).length).toBeGreaterThan(1000);
    const chromium = await launchChromium();
    try {
      const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
      await page.setContent(`<!doctype html><html><head></head><body>${bundle["text/html"]}</body></html>`);
      const before = await page.evaluate(() => {
        const d = (globalThis as any).document;
        return {
          img: d.querySelectorAll(".migratie-figure img").length,
          plot: d.querySelectorAll(".js-plotly-plot").length,
        };
      }, undefined);
      expect(before).toEqual({ img: 1, plot: 0 });
      await page.setContent(`<!doctype html><html><head></head><body></body></html>`);
      await page.addScriptTag({ path: plotlyBundlePath() });
      await page.evaluate((html: string) => {
        const d = (globalThis as any).document;
        const range = d.createRange();
        d.body.appendChild(range.createContextualFragment(html)); // runs the output's script, as Jupyter does
      }, bundle["text/html"] as string);
      const after = await page.evaluate(() => {
        const d = (globalThis as any).document;
        return {
          img: d.querySelectorAll(".migratie-figure img").length,
          svg: d.querySelectorAll(".js-plotly-plot .main-svg").length > 0,
        };
      }, undefined);
      expect(after).toEqual({ img: 0, svg: true });
    } finally {
      await chromium.close();
    }
  });
});
