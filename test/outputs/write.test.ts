import * as fs from "node:fs";
import * as path from "node:path";
import * as aq from "arquero";
import { describe, expect, it } from "vitest";
import { PLOTLY_ASSET, plotlyBundlePath } from "../../src/outputs/page";
import type { FigureData } from "../../src/figures/types";
import { figureHtml, tableToCsv, writeFigureOutputs } from "../../src/outputs/write";
import { tempDir } from "../helpers/temp";

const fig: FigureData = {
  id: "fig1",
  title: "Test </script> figure",
  mode: "annex" as const,
  period: { from: 2030, to: 2031 },
  table: aq.from([
    { year: 2030, value: 1.5 },
    { year: 2031, value: null },
  ]),
  figure: {
    data: [{ type: "bar", x: [2030, 2031], y: [1.5, null] }],
    layout: { title: { text: "</script><b>x</b>" } },
  },
  sources: [],
  notes: [],
};

describe("figure outputs", () => {
  it("writes missing values as empty CSV cells, never 0", () => {
    expect(tableToCsv(fig.table)).toBe("year,value\n2030,1.5\n2031,\n");
  });
  it("makes an HTML page that loads out/'s plotly.js by a relative path: no external URLs, script-safe JSON", () => {
    const html = figureHtml(fig.title, fig.figure);
    expect(html).toContain('<script src="../assets/plotly.min.js"></script>');
    expect(html).not.toMatch(/<script[^>]+src="(?!\.\.\/assets\/plotly\.min\.js")/);
    expect(html).not.toMatch(/<link[^>]+href=/);
    expect(html).toContain("Plotly.newPlot");
    expect(html).toContain("<title>Test &lt;/script&gt; figure</title>");
    expect(html.match(/<\/script>/g)!.length).toBe(2); // the bundle and the plot call, nothing broken out
  });
  it("writes data.csv, figure.json, figure.html and sources.json", () => {
    const out = tempDir("migratie-out-"); // removed when the test file ends
    const dir = writeFigureOutputs(fig, out);
    expect(fs.readdirSync(dir).sort()).toEqual(["data.csv", "figure.html", "figure.json", "sources.json"]);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "figure.json"), "utf8"))).toEqual(fig.figure);
  });
  it("writes out/'s one copy of plotly.js beside the figures, which figure.html loads", () => {
    const out = tempDir("migratie-out-"); // removed when the test file ends
    const dir = writeFigureOutputs(fig, out);
    writeFigureOutputs({ ...fig, id: "fig2" }, out);
    expect(fs.readdirSync(out).sort()).toEqual(["assets", "fig1", "fig2"]);
    expect(fs.readFileSync(path.join(out, PLOTLY_ASSET)).equals(fs.readFileSync(plotlyBundlePath()))).toBe(true);
    const src = /<script src="([^"]+)"><\/script>/.exec(fs.readFileSync(path.join(dir, "figure.html"), "utf8"))![1];
    expect(path.resolve(dir, src)).toBe(path.join(out, PLOTLY_ASSET));
  });
});
