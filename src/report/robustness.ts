// The robustness audit in the pages: per figure a section "Does the statement depend on choices?"
// with, per claim that has readings, its k of n, a table of every reading (value, threshold,
// reason, basis) and its dot plot when it has more than two numeric readings.
import { readingsFigure, readingsTable, robustnessText } from "../claims/readings/present";
import type { Robustness } from "../claims/readings/types";
import { messages, type Lang } from "../i18n/index";
import { html, joinHtml, type Html } from "../outputs/html";
import type { Plot } from "../outputs/page";

interface WithReadings {
  id: string;
  robustness?: Robustness;
}

/** The div id of a claim's readings plot in index.html. */
const readingsPlotId = (claimId: string) => `readings-${claimId}`;

/** The readings plots of the given claims, for the page's plot list. */
export function readingsPlots(claims: WithReadings[], lang: Lang): Plot[] {
  return claims.flatMap((c) => {
    const figure = readingsFigure(c.id, c.robustness, lang);
    return figure ? [{ divId: readingsPlotId(c.id), figure }] : [];
  });
}

/** The robustness cell of a claims table. */
export const robustnessCell = (c: WithReadings, lang: Lang): Html =>
  html`<td class="robustness">${robustnessText(c.robustness, lang)}</td>`;

/** The section of a figure's claims with readings; empty when none has any. */
export function readingsSection(claims: WithReadings[], lang: Lang): Html | "" {
  const mine = claims.filter((c) => c.robustness);
  if (!mine.length) return "";
  const t = messages(lang).readings;
  const r = messages(lang).report;
  const blocks = mine.map((c) => {
    const rows = readingsTable([c], lang).map(
      (x) =>
        html`<tr data-reading="${x.id}" data-status="${x.statusKey}"><td>${x.reading}${x.annex && html` <em>(${t.annexMark})</em>`}</td>${[
          html`<td>${x.status}</td><td>${x.value}</td><td>${x.threshold}</td><td>${x.reason}</td><td>${x.basis}</td></tr>`,
        ]}`,
    );
    const plot =
      readingsFigure(c.id, c.robustness, lang) && html`<div class="plot" id="${readingsPlotId(c.id)}"></div>`;
    const head = [t.readingHeader, r.status, t.valueHeader, t.threshold, t.reasonHeader, t.basisHeader].map(
      (h) => html`<th>${h}</th>`,
    );
    return html`<details class="readings" data-claim="${c.id}"><summary>${c.id}: ${robustnessText(c.robustness, lang)}</summary>
<table><thead><tr>${head}</tr></thead><tbody>
${joinHtml(rows, "\n")}
</tbody></table>
${plot}</details>`;
  });
  return html`<h3>${t.heading}</h3>
<p>${t.docs}</p>
${joinHtml(blocks, "\n")}`;
}
