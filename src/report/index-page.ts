// out/index.html: one page with every figure (interactive; plotly.js loaded once from
// out/assets/plotly.min.js by a relative path), its data table, its sources with vintage and
// sha256, the figures that need data and why, and the audit table. No external resources: it opens
// from disk and makes no network requests.
import * as path from "node:path";
import type { ColumnTable } from "arquero";
import type { ClaimResult } from "../claims/types";
import { formatValue } from "../claims/value";
import { rowsOf } from "../figures/rows";
import type { FigureModule, FigureStatus, Mode } from "../figures/types";
import { html, joinHtml, raw, type Html } from "../outputs/html";
import { htmlPage, PLOTLY_ASSET, type Plot, type PlotlyLib } from "../outputs/page";
import { citationLine, dataLabel } from "../parse/citation";
import { vintageLabel } from "../parse/load";
import { messages, type Lang } from "../i18n/index";
import { langOutDir, notebookPagesDir } from "../paths";
import { moduleTitle, shownStatement, statusText, summaryLine, whyNotBuilt } from "./audit";
import { readingsPlots, readingsSection, robustnessCell } from "./robustness";

const STYLE = `
body{font-family:Arial,Helvetica,sans-serif;color:#222;margin:0 auto;max-width:1100px;padding:0 16px 48px;line-height:1.4}
h1{margin-top:24px} h2{border-top:2px solid #1f4e79;padding-top:12px;margin-top:40px}
table{border-collapse:collapse;font-size:13px;margin:8px 0} th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#eef2f7} td.num{text-align:right;font-variant-numeric:tabular-nums} td.missing{color:#999;text-align:center}
code{font-size:12px;word-break:break-all} details{margin:8px 0} summary{cursor:pointer;font-weight:bold}
.status-reproduced{color:#2e7d32} .status-differs{color:#b22222;font-weight:bold} .status-needs-data{color:#8a6d00} .status-error{color:#b22222;font-weight:bold}
.needs-data{background:#fff8e1;border-left:4px solid #e0a800;padding:8px 12px} .failed{background:#fdecea;border-left:4px solid #b22222;padding:8px 12px}
nav a{margin-right:12px} .plot{min-height:200px;overflow-x:auto}
`;

/** The link to the other language's index.html; `built`: false when that page is not there (yet). */
export interface OtherLanguage {
  lang: Lang;
  href: string;
  built: boolean;
  /** The command that builds it. */
  command: string;
}

function cellHtml(v: unknown, missingValue: string): Html {
  if (v === null || v === undefined) return html`<td class="missing" title="${missingValue}">–</td>`;
  if (typeof v === "number") return html`<td class="num">${String(v)}</td>`;
  return html`<td>${String(v)}</td>`;
}

function tableHtml(t: ColumnTable, caption: string, lang: Lang): Html {
  const m = messages(lang).report;
  const cols = t.columnNames();
  const rows = rowsOf<Record<string, unknown>>(t);
  const head = cols.map((c) => html`<th>${c}</th>`);
  const body = rows.map((r) => html`<tr>${cols.map((c) => cellHtml(r[c], m.missingValue))}</tr>`);
  return html`<details class="data-table"><summary>${caption} (${m.rows(rows.length)})</summary>
<table><thead><tr>${head}</tr></thead><tbody>
${joinHtml(body, "\n")}
</tbody></table></details>`;
}

function claimsTable(claims: ClaimResult[], withFigure: boolean, lang: Lang): Html {
  const t = messages(lang).report;
  if (!claims.length) return html`<p>${t.noClaims}</p>`;
  const th = (label: string) => html`<th>${label}</th>`;
  const head = [
    withFigure && th(t.figure),
    th(t.statement),
    th(t.published),
    th(t.computed),
    th(t.status),
    th(messages(lang).readings.column),
  ];
  const rows = claims.map((c) => {
    const mode = c.mode === "latest" && html` <em>(${t.latest})</em>`;
    const fig = withFigure && html`<td><a href="#${c.figure}">${c.figure}</a></td>`;
    return html`<tr data-claim="${c.id}" data-status="${c.status}">${fig}${[
      html`<td title="${c.rule}">${shownStatement(c, lang)}${mode}</td><td>${formatValue(c.published, lang)}</td>`,
      html`<td>${c.computed ? formatValue(c.computed, lang) : "–"}</td><td class="status-${c.status}">${statusText(c, lang).replace(/\*\*/g, "")}</td>${robustnessCell(c, lang)}</tr>`,
    ]}`;
  });
  return html`<table class="claims"><thead><tr>${head}</tr></thead><tbody>\n${joinHtml(rows, "\n")}\n</tbody></table>`;
}

function sourcesHtml(f: Extract<FigureStatus, { status: "built" }>, lang: Lang): Html {
  const t = messages(lang).report;
  const items = f.data.sources.map(
    (p) =>
      html`<li>${[
        html`<strong>${p.provider} ${p.code}</strong>: ${p.title}<br>`,
        html`${t.vintage}: ${vintageLabel(p, lang)} (${t.sourceKind[p.kind]}), ${t.from} ${dataLabel(p.data, p.retrieved, lang)}; `,
        html`${t.file} <code>${p.file}</code><br>`,
        html`${t.request}: <code>${p.url}</code><br>sha256: <code class="sha256">${p.sha256}</code><br>`,
        html`<span class="citation">${t.citeAs}: ${citationLine(p, lang)}</span>`,
      ]}</li>`,
  );
  return html`<h3>${t.sourcesHeading}</h3><ul class="sources">${joinHtml(items, "\n")}</ul>`;
}

function notBuiltSection(
  m: FigureModule,
  s: Exclude<FigureStatus, { status: "built" }> | undefined,
  claims: ClaimResult[],
  lang: Lang,
): Html {
  const t = messages(lang).report;
  let cls = "needs-data";
  let what = t.notBuiltInRun;
  let message = "";
  let missing: Html | undefined;
  if (s?.status === "failed") {
    cls = "failed";
    what = t.couldNotBuild;
    message = s.message;
  } else if (s !== undefined) {
    what = t.needsData;
    message = whyNotBuilt(s, m.id, lang);
    const files = s.sources.map(
      (x) => html`<code>${x.file}</code> (${x.provider} ${x.provider === "CBS" ? x.table : x.dataset})`,
    );
    if (files.length) missing = html`<p>${t.missingFiles}: ${joinHtml(files, ", ")}</p>`;
  }
  return html`<section class="figure" id="${m.id}" data-figure="${m.id}" data-status="${s === undefined ? "absent" : s.status}">
<h2>${m.id}: ${moduleTitle(m, lang)}</h2>
<div class="${cls}"><strong>${what}.</strong> ${message}</div>${missing}
<h3>${t.claimsHeading}</h3>${claimsTable(claims, false, lang)}
${readingsSection(claims, lang)}
${notebookLinks(m, lang)}
</section>`;
}

function builtSection(
  m: FigureModule,
  s: Extract<FigureStatus, { status: "built" }>,
  claims: ClaimResult[],
  lang: Lang,
): Html {
  const t = messages(lang).report;
  const d = s.data;
  const extra = Object.entries(d.extraTables ?? {}).map(([name, table]) => tableHtml(table, `${name}.csv`, lang));
  const notes =
    d.notes.length > 0 && html`<h3>${t.notesHeading}</h3><ul>${d.notes.map((n) => html`<li>${n}</li>`)}</ul>`;
  return html`<section class="figure" id="${m.id}" data-figure="${m.id}" data-status="built">
<h2>${m.id}: ${d.title}</h2>
<p>${t.modePeriod(d.mode, d.period.from, d.period.to)}</p>
<div class="plot" id="plot-${m.id}"></div>
${tableHtml(d.table, "data.csv", lang)}
${joinHtml(extra, "\n")}
${sourcesHtml(s, lang)}
${notes}
<h3>${t.claimsHeading}</h3>${claimsTable(claims, false, lang)}
${readingsSection(claims, lang)}
${notebookLinks(m, lang)}
</section>`;
}

/**
 * The figure's notebook pages, relative to this language's index.html: its own edition's page and
 * solutions (notebooks/, solutions/ beside it) and the other language's page.
 */
function notebookLinks(m: FigureModule, lang: Lang): Html {
  const t = messages(lang).report.notebookLinks;
  const here = langOutDir(".", lang);
  const link = (dir: string, label: string) =>
    html`<a href="${path.relative(here, dir).split(path.sep).join("/")}/${m.notebook}.html">${label}</a>`;
  return html`<p class="notebook-links">${t.notebook} <code>${m.notebook}</code>: ${joinHtml(
    [
      link(notebookPagesDir(".", lang), t.page),
      link(notebookPagesDir(".", lang, true), t.solutions),
      link(notebookPagesDir(".", lang === "nl" ? "en" : "nl"), t.otherEdition),
    ],
    " · ",
  )} (${t.when})</p>`;
}

function figureSection(m: FigureModule, s: FigureStatus | undefined, claims: ClaimResult[], lang: Lang): Html {
  const mine = claims.filter((c) => c.figure === m.id);
  if (s === undefined) return notBuiltSection(m, undefined, mine, lang);
  if (s.status === "built") return builtSection(m, s, mine, lang);
  return notBuiltSection(m, s, mine, lang);
}

function languageLink(o: OtherLanguage, lang: Lang): Html {
  const t = messages(lang);
  const note = !o.built && html` ${t.page.notBuilt(o.command)}`;
  return html`<p id="other-language"><a href="${o.href}" hreflang="${o.lang}">${t.page.otherLanguage}</a>${note}</p>`;
}

/** The link to the other language's page, with how to build it when it is not there yet. */
export function otherLanguageLink(o: OtherLanguage, lang: Lang): string {
  return languageLink(o, lang).toString();
}

export interface IndexPageInput {
  modules: FigureModule[];
  /** The figures as built by the run (in `mode`). */
  figures: FigureStatus[];
  mode: Mode;
  claims: ClaimResult[];
  /** Default: out/'s copy, beside index.html (the caller writes it with writePlotlyAsset). */
  plotly?: PlotlyLib;
  /** The run's data (raw/data-source.ts's dataLine). */
  data?: string;
  /** The language of the figures (default nl). */
  lang?: Lang;
  /** The other language's index.html, linked at the top. */
  otherLanguage?: OtherLanguage;
}

export function indexHtml({
  modules,
  figures,
  mode,
  claims,
  data,
  plotly = { src: PLOTLY_ASSET },
  lang = "nl",
  otherLanguage,
}: IndexPageInput): string {
  const t = messages(lang).report;
  const statusOf = (id: string) => figures.find((f) => f.id === id);
  const plots: Plot[] = modules.flatMap((m) => {
    const s = statusOf(m.id);
    return s?.status === "built" ? [{ divId: `plot-${m.id}`, figure: s.data.figure }] : [];
  });
  // Each figure's section draws its claims' readings plots.
  plots.push(
    ...readingsPlots(
      claims.filter((c) => modules.some((m) => m.id === c.figure)),
      lang,
    ),
  );
  const notBuilt = modules.filter((m) => statusOf(m.id)?.status !== "built");
  const nav = [
    ...modules.map((m) => html`<a href="#${m.id}">${m.id}</a>`),
    html`<a href="#audit">${t.auditHeading.toLowerCase()}</a>`,
  ];
  const needsItems = notBuilt.map((m) => {
    const s = statusOf(m.id);
    let why = t.notBuiltWhy;
    if (s !== undefined && s.status !== "built")
      why = s.status === "needs-data" ? whyNotBuilt(s, m.id, lang) : s.message;
    const status = s === undefined ? "absent" : s.status;
    return html`<li data-figure="${m.id}" data-status="${status}"><a href="#${m.id}">${m.id}</a> (${moduleTitle(m, lang)}): ${why}</li>`;
  });
  const needsList = notBuilt.length ? html`<ul>${joinHtml(needsItems, "\n")}</ul>` : html`<p>${t.noneNeedData}</p>`;
  // The messages' fixed texts hold no markup characters (test/report/index-page.lang.test.ts); their
  // arguments are markup.
  const modeHtml = html`<strong>${mode}</strong>`.toString();
  const summary = html`${summaryLine(claims, lang)}`.toString();
  const intro = raw(
    t.intro(
      mode === "annex" ? t.modeAnnex(modeHtml) : t.modeLatest(modeHtml),
      html`<em>${t.latest}</em>`.toString(),
      summary,
    ),
  );
  const body = html`<h1>Migratie in cijfers</h1>
${otherLanguage && html`${languageLink(otherLanguage, lang)}\n`}<p>${intro}</p>
${data && html`<p id="data-used">${data}.</p>`}
<nav>${nav}</nav>
<section id="needs-data"><h2>${t.needsDataHeading}</h2>
${needsList}
</section>
${joinHtml(
  modules.map((m) => figureSection(m, statusOf(m.id), claims, lang)),
  "\n",
)}
<section id="audit"><h2>${t.auditHeading}</h2>
<p>${t.auditIntro(summaryLine(claims, lang))}</p>
${claimsTable(claims, true, lang)}
</section>`;
  return htmlPage({
    title: t.pageTitle,
    lang,
    head: html`<link rel="icon" href="data:,">\n<style>${raw(STYLE)}</style>\n`,
    body,
    plotly,
    plots,
  });
}
