// Writes a figure's outputs to out/<fig>/: data.csv (+ extra tables), figure.json (the Plotly
// spec), figure.html (interactive; loads out/assets/plotly.min.js by a relative path, so it opens
// from disk without network) and sources.json (provenance). Every write is atomic.
import * as fs from "node:fs";
import * as path from "node:path";
import type { ColumnTable } from "arquero";
import { writeFileAtomic } from "../io/atomic-write";
import type { FigureData, PlotlyFigure } from "../figures/types";
import { html } from "./html";
import { htmlPage, plotlyAssetSrc, writePlotlyAsset, type PlotlyLib } from "./page";
import { citationLine, dataLabel } from "../parse/citation";

/** CSV with a header, ',' separated, empty cell for missing values. */
export function tableToCsv(t: ColumnTable): string {
  const csv = t.toCSV();
  return csv.endsWith("\n") ? csv : csv + "\n";
}

/** A page with one interactive figure; by default for out/<fig>/, beside out/assets/. */
export function figureHtml(
  title: string,
  figure: PlotlyFigure,
  plotly: PlotlyLib = { src: "../assets/plotly.min.js" },
  lang = "nl",
): string {
  return htmlPage({
    title,
    lang,
    body: html`<div id="figure"></div>`,
    plotly,
    plots: [{ divId: "figure", figure }],
    bodyStyle: "margin:0",
  });
}

/**
 * The figure's data outputs by file name: data.csv, a CSV per extra table, figure.json. One
 * function for out/ and the output snapshots (test/snapshots/), so both hold the same bytes.
 */
export function figureDataFiles(fig: FigureData): Record<string, string> {
  const files: Record<string, string> = { "data.csv": tableToCsv(fig.table) };
  for (const [name, t] of Object.entries(fig.extraTables ?? {})) files[`${name}.csv`] = tableToCsv(t);
  files["figure.json"] = JSON.stringify(fig.figure, null, 1) + "\n";
  return files;
}

/**
 * Writes out/<fig>/. `assetsRoot`: the folder whose assets/ holds plotly.js (default outDir; out/
 * for the English outputs in out/en/, so both languages share one copy).
 */
export function writeFigureOutputs(fig: FigureData, outDir: string, assetsRoot = outDir, lang = "nl"): string {
  const dir = path.join(outDir, fig.id);
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(figureDataFiles(fig))) writeFileAtomic(path.join(dir, name), text);
  writePlotlyAsset(assetsRoot);
  writeFileAtomic(
    path.join(dir, "figure.html"),
    figureHtml(fig.title, fig.figure, plotlyAssetSrc(assetsRoot, dir), lang),
  );
  // Each source names the data it was read from and carries its citation line
  // (the folder as the user knows it, not this machine's absolute path).
  const sources = fig.sources.map((p) => ({
    ...p,
    data: { kind: p.data.kind, label: dataLabel(p.data, p.retrieved) },
    citation: citationLine(p),
  }));
  const meta = { id: fig.id, title: fig.title, mode: fig.mode, period: fig.period, sources, notes: fig.notes };
  writeFileAtomic(path.join(dir, "sources.json"), JSON.stringify(meta, null, 2) + "\n");
  return dir;
}

/**
 * Removes out/<fig>/ of a figure this run could not build (a damaged file): its files of an earlier
 * run would otherwise stay beside this run's claims and pages, looking current. Returns whether
 * there was anything to remove.
 */
export function removeFigureOutputs(outDir: string, id: string): boolean {
  const dir = path.join(outDir, id);
  if (!fs.existsSync(dir)) return false;
  fs.rmSync(dir, { recursive: true, force: true });
  return true;
}
