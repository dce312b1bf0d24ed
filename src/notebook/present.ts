// Small helpers for the notebooks: they return HTML or Markdown strings that a notebook shows
// with tslab.display.html / tslab.display.markdown. No tslab import here, so src/ stays testable.
import * as fs from "node:fs";
import { sourceById } from "../catalog/sources";
import { buildFigure } from "../figures/build-figure";
import type { ClaimResult } from "../claims/types";
import type { FigureData, FigureModule, Mode } from "../figures/types";
import { plotlyBundlePath } from "../outputs/write";
import { OFFICIAL_FORMATS } from "../parse/content-check";
import { vintageLabel } from "../parse/load";
import { envMode } from "../config";
import { defaultRawDir, mirrorFromEnv } from "../paths";
import { fetchMissing } from "../raw/fetch";

/** annex (default) or latest, from MIGRATIE_MODE: the notebook's one parameter. */
export function modeFromEnv(): Mode {
  return envMode();
}

/**
 * Makes sure the figure's raw files are in data/raw/ (copied from MIGRATIE_MIRROR or downloaded
 * live) and builds it. Returns the status so the notebook can say plainly when data is missing.
 */
export async function prepareFigure(m: FigureModule, mode: Mode = modeFromEnv()) {
  const rawDir = defaultRawDir();
  const mirror = mirrorFromEnv();
  const fetched = await fetchMissing([m], { rawDir, mirror, content: OFFICIAL_FORMATS });
  const failed = fetched.filter((f) => f.status === "failed").map((f) => f.message);
  const status = buildFigure(m, { rawDir, mode });
  return { status, failed, rawDir };
}

let plotlyIncluded = false;
/** The figure as interactive HTML; the first call of a notebook also inlines plotly.js (offline). */
export function figureHtml(fig: FigureData, divId = `${fig.id}-${fig.mode}`): string {
  const lib = plotlyIncluded ? "" : `<script>${fs.readFileSync(plotlyBundlePath(), "utf8").replace(/<\/script/gi, "<\\/script")}</script>`;
  plotlyIncluded = true;
  const json = (v: unknown) => JSON.stringify(v).replace(/</g, "\\u003c");
  return `${lib}<div id="${divId}"></div><script>Plotly.newPlot("${divId}", ${json(fig.figure.data)}, ${json(fig.figure.layout)}, {responsive: true, displaylogo: false});</script>`;
}

/** Markdown: each source with its request, vintage, kind and checksum. */
export function provenanceMarkdown(fig: FigureData): string {
  const lines = fig.sources.map((p) => {
    const s = sourceById(p.sourceId);
    return [
      `**${p.provider} ${p.code}**: ${p.title}`,
      `- request: \`${p.url}\``,
      `- vintage: ${vintageLabel(p)}; file \`${p.file}\` (${p.kind}, sha256 \`${p.sha256.slice(0, 12)}…\`)`,
      `- used for: ${s.purpose}`,
    ].join("\n");
  });
  const notes = fig.notes.length ? `\n\n**Notes**\n${fig.notes.map((n) => `- ${n}`).join("\n")}` : "";
  return `${lines.join("\n\n")}${notes}`;
}

const cell = (s: string | null | undefined) => String(s ?? "").replace(/\|/g, "\\|").replace(/\n/g, " ");

/** Markdown table of claims: statement, published, computed, status. */
export function claimsMarkdown(claims: ClaimResult[]): string {
  const head = "| claim | published | computed | status |\n|---|---|---|---|";
  const rows = claims.map((c) => `| ${cell(c.statement)} | ${cell(c.published)} | ${cell(c.computed)}${c.detail ? ` (${cell(c.detail)})` : ""} | **${c.status}** |`);
  return [head, ...rows].join("\n");
}
