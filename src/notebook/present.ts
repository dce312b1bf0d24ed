// Small helpers for the notebooks: they return HTML or Markdown strings that a notebook shows
// with tslab.display.html / tslab.display.markdown. No tslab import here, so src/ stays testable.
import { sourceById } from "../catalog/sources";
import { buildFigure } from "../figures/build-figure";
import type { ClaimResult } from "../claims/types";
import type { FigureData, FigureModule, Mode } from "../figures/types";
import { OFFICIAL_FORMATS } from "../parse/content-check";
import { markdownCell } from "../outputs/markdown";
import { figureFragment } from "../outputs/page";
import { vintageLabel } from "../parse/load";
import { defaultRawDir, mirrorFromEnv } from "../paths";
import { fetchMissing } from "../raw/fetch";

/** annex (default) or latest, from MIGRATIE_MODE: the notebook's one parameter. */
export function modeFromEnv(): Mode {
  const m = process.env.MIGRATIE_MODE ?? "annex";
  if (m !== "annex" && m !== "latest") throw new Error(`MIGRATIE_MODE must be "annex" or "latest", not "${m}"`);
  return m;
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
/**
 * The figure as interactive HTML. A notebook has no out/ folder to load plotly.js from, so the
 * first call of a notebook inlines it (the output opens offline); later calls reuse it.
 */
export function figureHtml(fig: FigureData, divId = `${fig.id}-${fig.mode}`): string {
  const html = figureFragment({ divId, figure: fig.figure }, plotlyIncluded ? "loaded" : "inline");
  plotlyIncluded = true;
  return html;
}

/** Markdown: each source with its request, vintage, kind and checksum. */
export function provenanceMarkdown(fig: FigureData): string {
  const lines = fig.sources.map((p) => {
    const s = sourceById(p.sourceId);
    return [
      `**${markdownCell(`${p.provider} ${p.code}`)}**: ${markdownCell(p.title)}`,
      `- request: \`${p.url}\``,
      `- vintage: ${vintageLabel(p)}; file \`${p.file}\` (${p.kind}, sha256 \`${p.sha256.slice(0, 12)}…\`)`,
      `- used for: ${markdownCell(s.purpose)}`,
    ].join("\n");
  });
  const notes = fig.notes.length ? `\n\n**Notes**\n${fig.notes.map((n) => `- ${markdownCell(n)}`).join("\n")}` : "";
  return `${lines.join("\n\n")}${notes}`;
}

/** Markdown table of claims: statement, published, computed, status. */
export function claimsMarkdown(claims: ClaimResult[]): string {
  const head = "| claim | published | computed | status |\n|---|---|---|---|";
  const rows = claims.map((c) => `| ${markdownCell(c.statement)} | ${markdownCell(c.published)} | ${markdownCell(c.computed)}${c.detail ? ` (${markdownCell(c.detail)})` : ""} | **${c.status}** |`);
  return [head, ...rows].join("\n");
}
