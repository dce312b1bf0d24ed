// A figure as a notebook output: one display output holding a MIME bundle, as plotly's own
// renderers do, so that every front end shows something and no output carries plotly.js (4.8 MB):
//   text/html      the static image (or the title), replaced by the interactive figure where plotly.js can be had:
//                  already on the page (out/notebooks/*.html), or from the Jupyter server, which
//                  serves it beside the committed kernelspec (jupyter/kernels/tslab/plotly.min.js)
//   image/png      the static image alone, for viewers that run no JavaScript or show no HTML
//                  (only with MIGRATIE_NOTEBOOK_IMAGES=1, which `npm run notebooks` sets)
//   application/vnd.plotly.v1+json  the spec, for front ends with a Plotly renderer (VS Code)
//   text/plain     the title
// environment.md lists which front end shows which.
import type { FigureData, PlotlyFigure } from "../figures/types";
import { html, raw } from "../outputs/html";
import { scriptJson } from "../outputs/page";
import { createRenderer, type Renderer } from "../outputs/render";
import { envNotebookImages } from "../config";

export type MimeBundle = Record<string, unknown>;

/** Where a Jupyter server serves plotly.js: the kernelspec's resource folder (a committed symlink). */
const KERNELSPEC_PLOTLY = "kernelspecs/tslab/plotly.min.js";

/**
 * HTML that shows `png` (base64) and, once plotly.js is available, replaces it with the
 * interactive figure. plotly.js is taken from window.Plotly, else loaded from the Jupyter
 * server that serves the page (through require.js where the page has it, as the classic Notebook
 * does: an AMD build of plotly.js loaded by a plain script tag would be captured by it); where
 * neither works the static image stays.
 */
export function figureOutputHtml(divId: string, figure: PlotlyFigure, png: string | undefined, alt: string): string {
  const img = png ? html`<img src="data:image/png;base64,${png}" alt="${alt}" style="max-width:100%">` : alt;
  const script = `(function () {
  var id = ${scriptJson(divId)}, fig = ${scriptJson(figure)};
  function draw(Plotly) {
    var el = document.getElementById(id);
    if (!el || !Plotly || !Plotly.newPlot) return;
    el.innerHTML = "";
    Plotly.newPlot(el, fig.data, fig.layout, {responsive: true, displaylogo: false});
  }
  if (window.Plotly) return draw(window.Plotly);
  if (!/^https?:$/.test(location.protocol)) return;
  var base = document.body.getAttribute("data-base-url");
  var config = document.getElementById("jupyter-config-data");
  if (!base && config) { try { base = JSON.parse(config.textContent).baseUrl; } catch (e) {} }
  var url = (base || "/").replace(/\\/?$/, "/") + ${scriptJson(KERNELSPEC_PLOTLY)};
  if (typeof window.require === "function" && window.require.config) {
    window.require.config({paths: {"migratie-plotly": url.replace(/\\.js$/, "")}});
    // plotly.js 4 sets window.Plotly and defines no AMD module; older versions define one.
    window.require(["migratie-plotly"], function (P) { draw(P || window.Plotly); }, function () {});
  } else {
    var s = document.createElement("script");
    s.src = url;
    s.onload = function () { draw(window.Plotly); };
    document.head.appendChild(s);
  }
})();`;
  // scriptJson leaves no character in the script's data that can end the script.
  return html`<div id="${divId}" class="migratie-figure">${img}</div>\n<script>\n${raw(script)}\n</script>`.toString();
}

// Element ids: unique within a notebook, also when a figure is shown twice (fig7's synthetic demo).
let shown = 0;

/** The display output of a figure; `png` is the static image (PNG bytes), when there is one. */
export function figureBundle(fig: FigureData, png?: Buffer, divId = `${fig.id}-${fig.mode}-${++shown}`): MimeBundle {
  const b64 = png?.toString("base64");
  const bundle: MimeBundle = {
    "text/html": figureOutputHtml(divId, fig.figure, b64, fig.title),
    "application/vnd.plotly.v1+json": {
      data: fig.figure.data,
      layout: fig.figure.layout,
      config: { displaylogo: false },
    },
    "text/plain": fig.title,
  };
  if (b64) bundle["image/png"] = b64;
  return bundle;
}

/** The bundles of `figs`, their static images drawn by one Chromium (closed again). */
export async function figureBundles(figs: FigureData[], renderer?: Renderer): Promise<MimeBundle[]> {
  const r = renderer ?? (await createRenderer());
  try {
    const out: MimeBundle[] = [];
    // Scale 1: the image is stored twice in the notebook (HTML fallback and image/png).
    for (const fig of figs) out.push(figureBundle(fig, await r.render(fig.figure, "png", 1)));
    return out;
  } finally {
    if (!renderer) await r.close();
  }
}

interface DisplayWriter {
  (data: { data: MimeBundle; metadata: object; transient: object }, update: boolean): void;
}

/**
 * Shows a MIME bundle as one output of the running tslab cell. tslab's public display sends one
 * MIME type per output, so this uses the writer behind it (tslab/dist/jupyter), which the kernel
 * sets for each cell it runs.
 */
export function displayBundle(bundle: MimeBundle): void {
  const jupyter = require("tslab/dist/jupyter") as { lastWriteDisplayData: DisplayWriter | null };
  if (!jupyter.lastWriteDisplayData)
    throw new Error("displayBundle: no tslab cell is running (call it from a notebook)");
  jupyter.lastWriteDisplayData({ data: bundle, metadata: {}, transient: {} }, false);
}

/**
 * Shows each figure in the notebook: interactive, with the spec for front ends that draw Plotly
 * themselves; with MIGRATIE_NOTEBOOK_IMAGES=1 (set by `npm run notebooks`) also its static image,
 * drawn by one Chromium for all of them, for viewers that run no JavaScript.
 */
export async function showFigures(...figs: FigureData[]): Promise<void> {
  const bundles = envNotebookImages() ? await figureBundles(figs) : figs.map((f) => figureBundle(f));
  for (const b of bundles) displayBundle(b);
}
