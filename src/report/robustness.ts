// The robustness audit in the pages: per figure a section "Does the statement depend on choices?"
// with, per claim that has readings, its k of n, a table of every reading (value, threshold,
// reason, basis) and its dot plot when it has more than two numeric readings.
import { readingsFigure, readingsTable } from "../claims/readings/present";
import type { Robustness } from "../claims/readings/types";
import { messages, type Lang } from "../i18n/index";
import { escapeHtml, type Plot } from "../outputs/page";
import { robustnessText } from "../claims/readings/present";

interface WithReadings {
  id: string;
  robustness?: Robustness;
}

/** The div id of a claim's readings plot in index.html. */
export const readingsPlotId = (claimId: string) => `readings-${claimId}`;

/** The readings plots of the given claims, for the page's plot list. */
export function readingsPlots(claims: WithReadings[], lang: Lang): Plot[] {
  return claims.flatMap((c) => {
    const figure = readingsFigure(c.id, c.robustness, lang);
    return figure ? [{ divId: readingsPlotId(c.id), figure }] : [];
  });
}

/** The section of a figure's claims with readings; empty when none has any. */
export function readingsSection(claims: WithReadings[], lang: Lang): string {
  const mine = claims.filter((c) => c.robustness);
  if (!mine.length) return "";
  const t = messages(lang).readings;
  const r = messages(lang).report;
  const blocks = mine.map((c) => {
    const rows = readingsTable([c], lang)
      .map(
        (x) =>
          `<tr data-reading="${escapeHtml(x.reading)}"><td>${escapeHtml(x.reading)}${x.annex ? ` <em>(${escapeHtml(t.annexMark)})</em>` : ""}</td>` +
          `<td>${escapeHtml(x.status)}</td><td>${escapeHtml(x.value)}</td><td>${escapeHtml(x.threshold)}</td><td>${escapeHtml(x.reason)}</td><td>${escapeHtml(x.basis)}</td></tr>`,
      )
      .join("\n");
    const plot = readingsFigure(c.id, c.robustness, lang) ? `<div class="plot" id="${escapeHtml(readingsPlotId(c.id))}"></div>` : "";
    return (
      `<details class="readings" data-claim="${escapeHtml(c.id)}"><summary>${escapeHtml(c.id)}: ${escapeHtml(robustnessText(c.robustness, lang))}</summary>\n` +
      `<table><thead><tr><th>${escapeHtml(t.readingHeader)}</th><th>${escapeHtml(r.status)}</th><th>${escapeHtml(t.valueHeader)}</th><th>${escapeHtml(t.threshold)}</th><th>${escapeHtml(t.reasonHeader)}</th><th>${escapeHtml(t.basisHeader)}</th></tr></thead><tbody>\n${rows}\n</tbody></table>\n${plot}</details>`
    );
  });
  return `<h3>${escapeHtml(t.heading)}</h3>\n${blocks.join("\n")}`;
}
