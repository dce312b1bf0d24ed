// Static images (SVG, PNG) of Plotly figures through Debian's Chromium, driven by playwright-core.
// One browser for all figures: launching it and loading plotly.js into a page dominate the cost.
// Images are rendered only when their inputs changed (updateImages): out/<fig>/images.json records
// a hash of the figure spec, the renderer (plotly.js bundle, Chromium build) and the image options,
// and the sha256 of each image written; a rebuild with nothing changed starts no browser.
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { PlotlyFigure } from "../figures/types";
import { envChromiumPath } from "../config";
import { writeFileAtomic } from "../io/atomic-write";
import { onInterrupt } from "../io/interrupt";
import { processAlive } from "../io/leftovers";
import { plotlyBundlePath } from "./page";

/** CHROMIUM_PATH (checked: an executable file) or Debian's. */
export const chromiumPath = (): string => envChromiumPath() ?? "/usr/bin/chromium";

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
interface ChromiumPage {
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
  launchPersistentContext(
    userDataDir: string,
    options: {
      executablePath: string;
      headless: boolean;
      args: string[];
      handleSIGINT: boolean;
      handleSIGTERM: boolean;
      handleSIGHUP: boolean;
    },
  ): Promise<ChromiumContext>;
}

export interface Renderer {
  /** scale: PNG pixels per CSS pixel (default 2, sharp on high-density screens). */
  render(figure: PlotlyFigure, format: "svg" | "png", scale?: number): Promise<Buffer>;
  close(): Promise<void>;
}

/** What decides the images besides the figure itself; a change here re-renders every figure. */
const IMAGE_OPTIONS = {
  defaultWidth: 900,
  defaultHeight: 520,
  svgScale: 1,
  pngScale: 2,
  staticPlot: true,
} as const;

// A profile per browser, named by the pid of the run that made it: a run killed before it could
// remove its profile leaves one, which the next run removes (removeStaleChromiumProfiles).
const PROFILE_PREFIX = "migratie-chromium-";
const PROFILE = /^migratie-chromium-(\d+)-/;

/**
 * Removes the Chromium profiles in the temporary folder whose run is gone; older profiles (named
 * without a pid) when the Chromium that held them is gone (their SingletonLock names its pid).
 * Returns the paths removed.
 */
export function removeStaleChromiumProfiles(tmp = os.tmpdir()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(tmp).filter((n) => n.startsWith(PROFILE_PREFIX));
  } catch {
    return removed;
  }
  for (const name of names) {
    const dir = path.join(tmp, name);
    let owner = PROFILE.exec(name)?.[1];
    if (owner === undefined) {
      try {
        owner = /-(\d+)$/.exec(fs.readlinkSync(path.join(dir, "SingletonLock")))?.[1]; // "<host>-<pid>"
      } catch {
        continue; // no lock to tell whose it is: left alone
      }
    }
    if (owner === undefined || Number(owner) === process.pid || processAlive(Number(owner))) continue;
    fs.rmSync(dir, { recursive: true, force: true });
    removed.push(dir);
  }
  return removed;
}

/**
 * Starts Debian's Chromium headless with a fresh profile; close() removes the profile. Playwright's
 * own signal handlers are off (they swallowed SIGTERM and SIGHUP, and a run went on, or ended with
 * exit 0): io/interrupt.ts ends the run, and Playwright kills the browser when the process exits.
 */
export async function launchChromium(): Promise<{ context: ChromiumContext; close(): Promise<void> }> {
  const executablePath = chromiumPath();
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  }
  // require, not import: keeps playwright-core's types out of the type-check (see above).
  const { chromium } = require("playwright-core") as { chromium: PlaywrightChromium };
  removeStaleChromiumProfiles();
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
  const removeProfile = () => fs.rmSync(userDataDir, { recursive: true, force: true });
  const unregister = onInterrupt(() => {
    removeProfile();
    return "Chromium stopped";
  });
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    return {
      context,
      async close() {
        try {
          await context.close();
        } finally {
          removeProfile();
          unregister();
        }
      },
    };
  } catch (e) {
    removeProfile();
    unregister();
    throw e;
  }
}

/** One image of a figure, drawn in a page that has plotly.js loaded. */
async function renderOn(
  page: ChromiumPage,
  figure: PlotlyFigure,
  format: "svg" | "png",
  pngScale: number = IMAGE_OPTIONS.pngScale,
): Promise<Buffer> {
  const url = await page.evaluate(
    async ({ fig, format, opts, pngScale }) => {
      // Runs in the page, where Plotly is a global. toImage draws the figure itself (into a
      // hidden div it removes again): drawing it into a div first would only double the work.
      const g = globalThis as unknown as { Plotly: { toImage(spec: object, opts: object): Promise<string> } };
      const width = (fig.layout.width as number) ?? opts.defaultWidth;
      const height = (fig.layout.height as number) ?? opts.defaultHeight;
      const spec = { data: fig.data, layout: fig.layout, config: { staticPlot: opts.staticPlot } };
      return g.Plotly.toImage(spec, {
        format,
        width,
        height,
        scale: format === "png" ? pngScale : opts.svgScale,
      });
    },
    { fig: figure, format, opts: IMAGE_OPTIONS, pngScale },
  );
  const comma = url.indexOf(",");
  const payload = url.slice(comma + 1);
  return url.slice(0, comma).endsWith(";base64")
    ? Buffer.from(payload, "base64")
    : Buffer.from(decodeURIComponent(payload), "utf8");
}

/**
 * One Chromium with `pages` pages, each with plotly.js loaded; render() uses whichever page is free,
 * so up to `pages` figures are drawn at once (as far as Chromium runs the pages in parallel).
 */
export async function createRenderer(pages = 1): Promise<Renderer> {
  const chromium = await launchChromium();
  try {
    const first = chromium.context.pages()[0] ?? (await chromium.context.newPage());
    const all = [
      first,
      ...(await Promise.all(Array.from({ length: Math.max(1, pages) - 1 }, () => chromium.context.newPage()))),
    ];
    await Promise.all(
      all.map(async (page) => {
        await page.setContent('<!doctype html><html><body><div id="figure"></div></body></html>');
        await page.addScriptTag({ path: plotlyBundlePath() });
      }),
    );
    const free = [...all];
    const waiting: ((p: ChromiumPage) => void)[] = [];
    const acquire = () =>
      free.length ? Promise.resolve(free.pop()!) : new Promise<ChromiumPage>((resolve) => waiting.push(resolve));
    const release = (p: ChromiumPage) => {
      const next = waiting.shift();
      if (next) next(p);
      else free.push(p);
    };
    return {
      async render(figure, format, scale) {
        const page = await acquire();
        try {
          return await renderOn(page, figure, format, scale);
        } finally {
          release(page);
        }
      },
      close: () => chromium.close(),
    };
  } catch (e) {
    await chromium.close();
    throw e;
  }
}

export interface ImageItem {
  dir: string;
  figure: PlotlyFigure;
}

/** Writes figure.svg and figure.png beside each figure's other outputs, the figures concurrently (as the renderer's pages allow). */
export async function writeImages(items: ImageItem[], renderer: Renderer): Promise<void> {
  await Promise.all(
    items.map(async ({ dir, figure }) => {
      const [svg, png] = await Promise.all([renderer.render(figure, "svg"), renderer.render(figure, "png")]);
      writeFileAtomic(path.join(dir, "figure.svg"), svg);
      writeFileAtomic(path.join(dir, "figure.png"), png);
    }),
  );
}

/** How images are made: `id` names everything about the renderer that shapes the images. */
export interface RendererFactory {
  id(): string;
  create(pages: number): Promise<Renderer>;
}

const sha256 = (b: Buffer | string) => crypto.createHash("sha256").update(b).digest("hex");
const fileId = (p: string) => {
  const st = fs.statSync(p, { throwIfNoEntry: false });
  return st ? `${p} ${st.size} ${st.mtimeMs}` : `${p} absent`;
};

/**
 * The Chromium build without starting it: path, size and mtime of the executable, and of the binary
 * that Debian's launcher script (/usr/bin/chromium) runs. A package upgrade changes them.
 */
export function chromiumBuildId(executable = chromiumPath()): string {
  const real = fs.existsSync(executable) ? fs.realpathSync(executable) : executable;
  const ids = [fileId(real)];
  const head = fs.existsSync(real) && fs.statSync(real).size < 64 * 1024 ? fs.readFileSync(real, "utf8") : "";
  if (head.startsWith("#!")) {
    const app = /^APPNAME=(\S+)/m.exec(head)?.[1] ?? "chromium";
    const lib = /^LIBDIR=(\S+)/m.exec(head)?.[1]?.replace("$APPNAME", app);
    if (lib) ids.push(fileId(path.join(lib, app)));
  }
  return ids.join("; ");
}

let chromiumId: string | undefined;
/** Debian's Chromium with out/'s plotly.js: the default renderer. */
const chromiumRenderer: RendererFactory = {
  id: () =>
    (chromiumId ??= `plotly.js sha256 ${sha256(fs.readFileSync(plotlyBundlePath()))}; chromium ${chromiumBuildId()}`),
  create: (pages) => createRenderer(pages),
};

/** out/<fig>/images.json: what the images were made from, and what was written. */
export const IMAGES_STAMP = "images.json";
const IMAGE_FILES = ["figure.svg", "figure.png"] as const;

interface ImagesStamp {
  inputs: string;
  /** sha256 of the figure spec alone: what --no-images compares (it knows no renderer). */
  figure?: string;
  files: Record<string, string>;
}

const figureHash = (figure: PlotlyFigure) => sha256(JSON.stringify(figure));

function readStamp(dir: string): ImagesStamp | undefined {
  try {
    const stamp = JSON.parse(fs.readFileSync(path.join(dir, IMAGES_STAMP), "utf8"));
    return stamp && typeof stamp === "object" ? stamp : undefined;
  } catch {
    return undefined;
  }
}

/**
 * For a run without images (--no-images): removes figure.svg/png (and the stamp) wherever they were
 * not rendered from this figure spec (the stamp says another, or there is no stamp to say), so no
 * picture of other data stays beside the new data.csv. A stamp of an older format (without the spec's
 * own hash) is compared in full with Debian's Chromium as the renderer. Returns the dirs cleared.
 */
export function removeOutdatedImages(
  items: ImageItem[],
  fallbackRendererId: () => string = () => chromiumRenderer.id(),
): string[] {
  const removed: string[] = [];
  for (const { dir, figure } of items) {
    if (!IMAGE_FILES.some((f) => fs.existsSync(path.join(dir, f)))) continue;
    const stamp = readStamp(dir);
    const current =
      stamp?.figure !== undefined
        ? stamp.figure === figureHash(figure)
        : stamp?.inputs === imageInputsHash(figure, fallbackRendererId());
    if (current) continue;
    for (const f of [...IMAGE_FILES, IMAGES_STAMP]) fs.rmSync(path.join(dir, f), { force: true });
    removed.push(dir);
  }
  return removed;
}

function imageInputsHash(figure: PlotlyFigure, rendererId: string): string {
  return sha256(JSON.stringify({ figure, renderer: rendererId, options: IMAGE_OPTIONS }));
}

/** True when the images in dir were made from these inputs and are still the bytes written then. */
function upToDate(dir: string, inputs: string): boolean {
  const stamp = readStamp(dir);
  if (stamp?.inputs !== inputs) return false;
  return IMAGE_FILES.every((f) => {
    const p = path.join(dir, f);
    return fs.existsSync(p) && stamp.files?.[f] === sha256(fs.readFileSync(p));
  });
}

/**
 * Pages rendering at once. Each page loads plotly.js itself (parse and compile, the largest part of
 * a renderer's start), so a second page pays only when cores are free: see bench/results.md, "Images".
 */
export const DEFAULT_IMAGE_PAGES = 1;

export interface UpdateImagesOptions {
  /** Render every figure, whatever the stamps say. */
  force?: boolean;
  renderer?: RendererFactory;
  /** Pages rendering at once (default DEFAULT_IMAGE_PAGES). */
  pages?: number;
}

/**
 * Renders the images of the figures whose inputs changed (or whose images are missing or altered),
 * in one browser started only if needed. Returns the dirs rendered and those left as they were.
 */
export async function updateImages(
  items: ImageItem[],
  opts: UpdateImagesOptions = {},
): Promise<{ rendered: string[]; upToDate: string[] }> {
  const factory = opts.renderer ?? chromiumRenderer;
  const rendererId = items.length ? factory.id() : "";
  const withInputs = items.map((item) => ({ ...item, inputs: imageInputsHash(item.figure, rendererId) }));
  const stale = withInputs.filter((x) => opts.force || !upToDate(x.dir, x.inputs));
  const fresh = withInputs.filter((x) => !stale.includes(x)).map((x) => x.dir);
  if (!stale.length) return { rendered: [], upToDate: fresh };
  const renderer = await factory.create(Math.min(stale.length, Math.max(1, opts.pages ?? DEFAULT_IMAGE_PAGES)));
  try {
    await Promise.all(
      stale.map(async (x) => {
        // The old stamp goes first: an interrupted run leaves no stamp that vouches for half-written images.
        fs.rmSync(path.join(x.dir, IMAGES_STAMP), { force: true });
        await writeImages([x], renderer);
        const files = Object.fromEntries(IMAGE_FILES.map((f) => [f, sha256(fs.readFileSync(path.join(x.dir, f)))]));
        writeFileAtomic(
          path.join(x.dir, IMAGES_STAMP),
          JSON.stringify({ inputs: x.inputs, figure: figureHash(x.figure), files } satisfies ImagesStamp, null, 1) +
            "\n",
        );
      }),
    );
  } finally {
    await renderer.close();
  }
  return { rendered: stale.map((x) => x.dir), upToDate: fresh };
}
