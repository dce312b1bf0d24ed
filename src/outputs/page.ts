// The one writer of HTML with interactive Plotly figures: out/<fig>/figure.html, out/index.html and
// the notebooks' figure outputs. Pages in out/ load out/'s single copy of plotly.js
// (out/assets/plotly.min.js) by a relative path, so they open from disk with no network; a notebook
// output has no out/ beside it and inlines plotly.js instead.
import * as fs from "node:fs";
import * as path from "node:path";
import type { PlotlyFigure } from "../figures/types";
import { writeFileAtomic } from "../io/atomic-write";
import { html, raw, type Html } from "./html";

export function plotlyBundlePath(): string {
  return require.resolve("plotly.js-dist-min/plotly.min.js");
}

let bundle: Buffer | undefined;
const plotlyBundle = () => (bundle ??= fs.readFileSync(plotlyBundlePath()));

/** out/'s copy of plotly.js, relative to out/. */
export const PLOTLY_ASSET = "assets/plotly.min.js";

/**
 * A value as a JavaScript expression inside <script>: `JSON.parse("...")` of its JSON text, not the
 * JSON as an object literal, since a literal treats a key "__proto__" as the prototype (the key and
 * its value would be lost). "<", ">" and "&" are escaped, so no "</script>" or "<!--" in the data can
 * end or change the script, and U+2028/2029 (line terminators in older JavaScript).
 */
export function scriptJson(v: unknown): string {
  if (v === undefined) return "null";
  const literal = JSON.stringify(JSON.stringify(v));
  return `JSON.parse(${literal.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)})`;
}

/**
 * How a page gets plotly.js: by a relative URL to out/'s copy, inlined (a self-contained notebook
 * output), or not at all (a later figure in a notebook that has already loaded it).
 */
export type PlotlyLib = { src: string } | "inline" | "loaded";

/** The <script> element that loads plotly.js, or nothing when it is already loaded. */
export function plotlyScript(lib: PlotlyLib): Html {
  if (lib === "loaded") return html``;
  if (lib === "inline") {
    // The HTML spec's advice for script contents: "<!--", "<script" and "</script" written with
    // \x3C, which means "<" in the string or regular expression they occur in.
    const js = plotlyBundle()
      .toString("utf8")
      .replace(/<(?=!--|\/?script)/gi, "\\x3C");
    return html`<script>${raw(js)}</script>`;
  }
  return html`<script src="${lib.src}"></script>`;
}

export interface Plot {
  /** id of the element the figure is drawn into. */
  divId: string;
  figure: PlotlyFigure;
}

/** One <script> that draws each figure into its element (plotly.js must be loaded before it). */
function plotsScript(plots: Plot[]): Html {
  const calls = plots.map(
    (p) =>
      `Plotly.newPlot(${scriptJson(p.divId)}, ${scriptJson(p.figure.data)}, ${scriptJson(p.figure.layout)}, {responsive: true, displaylogo: false});`,
  );
  // scriptJson leaves no character that can end the script.
  return html`<script>\n${raw(calls.join("\n"))}\n</script>`;
}

export interface PageInput {
  title: string;
  lang?: string;
  /** Extra markup for <head> (styles). */
  head?: Html;
  /** The page's content; holds an element for each plot's divId. */
  body: Html;
  /** A page in out/: { src } relative to the page (see plotlyAssetSrc). */
  plotly: PlotlyLib;
  plots: Plot[];
  /** The style attribute of <body>. */
  bodyStyle?: string;
}

/** A whole HTML page whose figures are drawn once plotly.js is loaded. */
export function htmlPage({ title, lang = "nl", head, body, plotly, plots, bodyStyle }: PageInput): string {
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${title}</title>
${head}${plotlyScript(plotly)}
</head>
<body${bodyStyle !== undefined && html` style="${bodyStyle}"`}>
${body}
${plots.length > 0 && plotsScript(plots)}
</body>
</html>
`.toString();
}

/** The relative URL from a page in out/ (at `pageDir`) to out/'s copy of plotly.js. */
export function plotlyAssetSrc(outDir: string, pageDir: string): { src: string } {
  const rel = path.relative(pageDir, path.join(outDir, PLOTLY_ASSET));
  return { src: rel.split(path.sep).join("/") };
}

// Targets this process wrote or checked, with the size and mtime they had: a later call skips
// even the comparison while the file is untouched.
const checked = new Map<string, { size: number; mtimeMs: number }>();

/**
 * Writes out/assets/plotly.min.js (atomically) unless an identical copy is there. Every page in
 * out/ loads this one copy; returns its path.
 */
export function writePlotlyAsset(outDir: string): string {
  const target = path.join(outDir, PLOTLY_ASSET);
  const known = checked.get(target);
  const st = fs.statSync(target, { throwIfNoEntry: false });
  if (st && known && st.size === known.size && st.mtimeMs === known.mtimeMs) return target;
  const lib = plotlyBundle();
  if (!(st && st.size === lib.length && fs.readFileSync(target).equals(lib))) writeFileAtomic(target, lib);
  const now = fs.statSync(target);
  checked.set(target, { size: now.size, mtimeMs: now.mtimeMs });
  return target;
}
