// Writes a figure's outputs to out/<fig>/: data.csv (+ extra tables), figure.json (the Plotly
// spec), figure.html (interactive, Plotly inlined: opens from disk without network) and
// sources.json (provenance). Every write is atomic.
import * as fs from "node:fs";
import * as path from "node:path";
import type { ColumnTable } from "arquero";
import { writeFileAtomic } from "../io/atomic-write";
import type { FigureData, PlotlyFigure } from "../figures/types";
import { citationLine, dataLabel } from "../parse/citation";

let plotlyJs: string | undefined;
export function plotlyBundlePath(): string {
  return require.resolve("plotly.js-dist-min/plotly.min.js");
}
function plotlySource(): string {
  return (plotlyJs ??= fs.readFileSync(plotlyBundlePath(), "utf8"));
}

/** CSV with a header, ',' separated, empty cell for missing values. */
export function tableToCsv(t: ColumnTable): string {
  const csv = t.toCSV();
  return csv.endsWith("\n") ? csv : csv + "\n";
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);
// JSON inside <script>: keep "</script>" and U+2028/2029 from ending or breaking the script.
const scriptJson = (v: unknown) => JSON.stringify(v).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");

/** A self-contained page with one interactive figure. */
export function figureHtml(title: string, figure: PlotlyFigure): string {
  return `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<script>${plotlySource().replace(/<\/script/gi, "<\\/script")}</script></head>
<body style="margin:0">
<div id="figure"></div>
<script>Plotly.newPlot("figure", ${scriptJson(figure.data)}, ${scriptJson(figure.layout)}, {responsive: true, displaylogo: false});</script>
</body>
</html>
`;
}

export function writeFigureOutputs(fig: FigureData, outDir: string): string {
  const dir = path.join(outDir, fig.id);
  fs.mkdirSync(dir, { recursive: true });
  writeFileAtomic(path.join(dir, "data.csv"), tableToCsv(fig.table));
  for (const [name, t] of Object.entries(fig.extraTables ?? {})) writeFileAtomic(path.join(dir, `${name}.csv`), tableToCsv(t));
  writeFileAtomic(path.join(dir, "figure.json"), JSON.stringify(fig.figure, null, 1) + "\n");
  writeFileAtomic(path.join(dir, "figure.html"), figureHtml(fig.title, fig.figure));
  // Each source names the data it was read from and carries its citation line.
  // (the folder as the user knows it, not this machine's absolute path).
  const sources = fig.sources.map((p) => ({ ...p, data: { kind: p.data.kind, label: dataLabel(p.data, p.retrieved) }, citation: citationLine(p) }));
  const meta = { id: fig.id, title: fig.title, mode: fig.mode, period: fig.period, sources, notes: fig.notes };
  writeFileAtomic(path.join(dir, "sources.json"), JSON.stringify(meta, null, 2) + "\n");
  return dir;
}
