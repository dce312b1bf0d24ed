// Static images (SVG, PNG) of Plotly figures through Debian's Chromium, driven by playwright-core.
// One browser and one page for all figures: launching and loading plotly dominate the cost.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { PlotlyFigure } from "../figures/types";
import { writeFileAtomic } from "../io/atomic-write";
import { plotlyBundlePath } from "./page";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Without the background-networking flags Chromium tries to reach Google at start-up.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// The few playwright-core calls used here, typed by hand. Importing playwright-core's own types
// (about 50,000 lines of .d.ts) made every tslab notebook that reached this file spend about a
// second type-checking them (measured by bench/, see bench/results.md).
export interface ChromiumPage {
  setContent(html: string): Promise<void>;
  addScriptTag(options: { path: string }): Promise<unknown>;
  evaluate<R, Arg>(pageFunction: (arg: Arg) => R | Promise<R>, arg: Arg): Promise<R>;
}
export interface ChromiumContext {
  pages(): ChromiumPage[];
  newPage(): Promise<ChromiumPage>;
  close(): Promise<void>;
}
interface PlaywrightChromium {
  launchPersistentContext(userDataDir: string, options: { executablePath: string; headless: boolean; args: string[] }): Promise<ChromiumContext>;
}

export interface Renderer {
  /** scale: PNG pixels per CSS pixel (default 2, sharp on high-density screens). */
  render(figure: PlotlyFigure, format: "svg" | "png", scale?: number): Promise<Buffer>;
  close(): Promise<void>;
}

/** Starts Debian's Chromium headless with a fresh profile; close() removes the profile. */
export async function launchChromium(): Promise<{ context: ChromiumContext; close(): Promise<void> }> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`);
  }
  // require, not import: keeps playwright-core's types out of the type-check (see above).
  const { chromium } = require("playwright-core") as { chromium: PlaywrightChromium };
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), "migratie-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function createRenderer(): Promise<Renderer> {
  const chromium = await launchChromium();
  const page: ChromiumPage = chromium.context.pages()[0] ?? (await chromium.context.newPage());
  await page.setContent('<!doctype html><html><body><div id="figure"></div></body></html>');
  await page.addScriptTag({ path: plotlyBundlePath() });
  return {
    async render(figure, format, scale = 2) {
      const url = await page.evaluate(
        async ({ fig, format, scale }) => {
          // Runs in the page, where Plotly is a global. toImage draws the figure itself (into a
          // hidden div it removes again): drawing it into a div first would only double the work.
          const g = globalThis as unknown as { Plotly: any };
          const width = (fig.layout.width as number) ?? 900;
          const height = (fig.layout.height as number) ?? 520;
          const spec = { data: fig.data, layout: fig.layout, config: { staticPlot: true } };
          return g.Plotly.toImage(spec, { format, width, height, scale: format === "png" ? scale : 1 }) as Promise<string>;
        },
        { fig: figure, format, scale },
      );
      const comma = url.indexOf(",");
      const payload = url.slice(comma + 1);
      return url.slice(0, comma).endsWith(";base64") ? Buffer.from(payload, "base64") : Buffer.from(decodeURIComponent(payload), "utf8");
    },
    close: () => chromium.close(),
  };
}

/** Writes figure.svg and figure.png beside each figure's other outputs. */
export async function writeImages(items: { dir: string; figure: PlotlyFigure }[], renderer: Renderer): Promise<void> {
  for (const { dir, figure } of items) {
    writeFileAtomic(path.join(dir, "figure.svg"), await renderer.render(figure, "svg"));
    writeFileAtomic(path.join(dir, "figure.png"), await renderer.render(figure, "png"));
  }
}
