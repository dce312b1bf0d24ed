// The notebooks' section "Does the statement depend on choices?": the figure's claims under each
// of their readings (a table, and a dot plot per claim with more than two numeric readings), and
// tryReading, with which a student adds a reading of their own and sees it beside the others.
import { evaluateReadings, summarize } from "../claims/readings/evaluate";
import { readingsFigure, readingsTable, robustnessText } from "../claims/readings/present";
import type { Reading, ReadingResult } from "../claims/readings/types";
import type { ClaimResult } from "../claims/types";
import type { FigureData } from "../figures/types";
import { messages, type Lang } from "../i18n/index";
import { markdownCell } from "../outputs/markdown";
import { displayBundle, figureOutputHtml } from "./figure-output";

/** Markdown: per claim with readings its k of n, and a table of its readings (value, threshold, reason, basis). */
export function readingsMarkdown(claims: ClaimResult[], lang: Lang = "nl"): string {
  const t = messages(lang).readings;
  const mine = claims.filter((c) => c.robustness);
  if (!mine.length) return messages(lang).notebook.noReadings;
  const head = `| ${[t.readingHeader, messages(lang).report.status, t.valueHeader, t.threshold, t.reasonHeader, t.basisHeader].join(" | ")} |\n|---|---|---|---|---|---|`;
  return mine
    .map((c) => {
      const rows = readingsTable([c], lang).map(
        (r) =>
          `| ${markdownCell(r.reading)}${r.annex ? ` *(${t.annexMark})*` : ""} | ${r.status} | ${markdownCell(r.value)} | ${markdownCell(r.threshold)} | ${markdownCell(r.reason)} | ${markdownCell(r.basis)} |`,
      );
      return [`**\`${c.id}\`**: ${markdownCell(robustnessText(c.robustness, lang))}`, "", head, ...rows].join("\n");
    })
    .join("\n\n");
}

let shown = 0;

/** Shows the dot plot of every claim that has one (interactive where plotly.js can be had). */
export function showReadings(claims: ClaimResult[], lang: Lang = "nl"): void {
  for (const c of claims) {
    const figure = readingsFigure(c.id, c.robustness, lang);
    if (!figure) continue;
    const title = messages(lang).readings.figureTitle(c.id);
    displayBundle({
      "text/html": figureOutputHtml(`readings-${c.id}-${++shown}`, figure, undefined, title),
      "application/vnd.plotly.v1+json": figure,
      "text/plain": title,
    });
  }
}

/**
 * The claim with one more reading: the student's, evaluated on the same figures (annex mode) and
 * counted in holds k of n like the declared ones. Its name is its id; what it finds or lacks is said in `lang`.
 */
export function tryReading(
  claim: ClaimResult,
  reading: Reading,
  figures: ReadonlyMap<string, FigureData>,
  lang: Lang = "nl",
): ClaimResult {
  const declared = claim.robustness?.readings ?? evaluateReadings(claim.id, { figures }, [], [], lang)?.readings ?? [];
  const mine = evaluateReadings(claim.id, { figures }, [], [reading], lang)!.readings.find(
    (r) => r.id === reading.id,
  ) as ReadingResult;
  return { ...claim, robustness: summarize([...declared.filter((r) => r.id !== reading.id), mine]) };
}
