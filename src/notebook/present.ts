// Small helpers for the notebooks: they return HTML or Markdown strings that a notebook shows
// with tslab.display.html / tslab.display.markdown. No tslab import here, so src/ stays testable.
import { sourceById } from "../catalog/sources";
import { buildFigure } from "../figures/build-figure";
import type { ClaimResult } from "../claims/types";
import type { FigureData, FigureModule, Mode } from "../figures/types";
import { OFFICIAL_FORMATS } from "../parse/content-check";
import { markdownCell } from "../outputs/markdown";
import { figureFragment } from "../outputs/page";
import { citationLine, dataLabel } from "../parse/citation";
import { vintageLabel } from "../parse/load";
import { dataLine, fetchTarget, resolveDataSource, type DataSource } from "../raw/data-source";
import { fetchMissing } from "../raw/fetch";

/** annex (default) or latest, from MIGRATIE_MODE: the notebook's one parameter. */
export function modeFromEnv(): Mode {
  const m = process.env.MIGRATIE_MODE ?? "annex";
  if (m !== "annex" && m !== "latest") throw new Error(`MIGRATIE_MODE must be "annex" or "latest", not "${m}"`);
  return m;
}

/**
 * Builds the figure from the run's data, as `npm run figures` does: the shipped annex vintage by
 * default, MIGRATIE_MIRROR when set, data/raw with MIGRATIE_DATA=raw (then missing files are
 * downloaded live first). Returns the status so the notebook can say plainly when data is missing;
 * rawDir is the one folder the notebook reads.
 */
export async function prepareFigure(m: FigureModule, mode: Mode = modeFromEnv()) {
  const data: DataSource = resolveDataSource();
  const target = fetchTarget(data);
  const fetched = target ? await fetchMissing([m], { rawDir: target, content: OFFICIAL_FORMATS }) : [];
  const failed = fetched.filter((f) => f.status === "failed").map((f) => f.message);
  const status = buildFigure(m, { rawDir: data.dir, mode });
  return { status, failed, rawDir: data.dir, data };
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

/** Markdown: the data used, then each source with its request, vintage, kind, checksum and citation. */
export function provenanceMarkdown(fig: FigureData, data?: DataSource): string {
  const lines = fig.sources.map((p) => {
    const s = sourceById(p.sourceId);
    return [
      `**${markdownCell(`${p.provider} ${p.code}`)}**: ${markdownCell(p.title)}`,
      `- request: \`${p.url}\``,
      `- vintage: ${vintageLabel(p)}, from ${dataLabel(p.data, p.retrieved)}; file \`${p.file}\` (${p.kind}, sha256 \`${p.sha256.slice(0, 12)}…\`)`,
      `- used for: ${markdownCell(s.purpose)}`,
      `- cite as: ${markdownCell(citationLine(p))}`,
    ].join("\n");
  });
  const head = data ? `${markdownCell(dataLine(data))}.\n\n` : "";
  const notes = fig.notes.length ? `\n\n**Notes**\n${fig.notes.map((n) => `- ${markdownCell(n)}`).join("\n")}` : "";
  return `${head}${lines.join("\n\n")}${notes}`;
}

/** Markdown table of claims: statement, published, computed, status. */
export function claimsMarkdown(claims: ClaimResult[]): string {
  const head = "| claim | published | computed | status |\n|---|---|---|---|";
  const rows = claims.map((c) => `| ${markdownCell(c.statement)} | ${markdownCell(c.published)} | ${markdownCell(c.computed)}${c.detail ? ` (${markdownCell(c.detail)})` : ""} | **${c.status}** |`);
  return [head, ...rows].join("\n");
}
