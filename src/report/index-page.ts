// out/index.html: one page with every figure (interactive; plotly.js loaded once from
// out/assets/plotly.min.js by a relative path), its data table, its sources with vintage and
// sha256, the figures that need data and why, and the audit table. No external resources: it opens
// from disk and makes no network requests.
import type { ColumnTable } from "arquero";
import type { ClaimResult } from "../claims/types";
import { formatValue } from "../claims/value";
import { rowsOf } from "../figures/rows";
import type { FigureModule, FigureStatus, Mode } from "../figures/types";
import { escapeHtml, htmlPage, PLOTLY_ASSET, type Plot, type PlotlyLib } from "../outputs/page";
import { citationLine, dataLabel } from "../parse/citation";
import { vintageLabel } from "../parse/load";
import { messages, type Lang } from "../i18n/index";
import { moduleTitle, shownStatement, statusText, summaryLine } from "./audit";

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

function tableHtml(t: ColumnTable, caption: string, lang: Lang): string {
  const m = messages(lang).report;
  const cols = t.columnNames();
  const rows = rowsOf<Record<string, unknown>>(t);
  const head = cols.map((c) => `<th>${escapeHtml(c)}</th>`).join("");
  const body = rows
    .map((r) => {
      const cells = cols.map((c) => {
        const v = r[c];
        if (v === null || v === undefined) return `<td class="missing" title="${escapeHtml(m.missingValue)}">–</td>`;
        if (typeof v === "number") return `<td class="num">${escapeHtml(String(v))}</td>`;
        return `<td>${escapeHtml(String(v))}</td>`;
      });
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("\n");
  return `<details class="data-table"><summary>${escapeHtml(caption)} (${escapeHtml(m.rows(rows.length))})</summary>
<table><thead><tr>${head}</tr></thead><tbody>
${body}
</tbody></table></details>`;
}

function claimsTable(claims: ClaimResult[], withFigure: boolean, lang: Lang): string {
  const t = messages(lang).report;
  if (!claims.length) return `<p>${escapeHtml(t.noClaims)}</p>`;
  const th = (label: string) => `<th>${escapeHtml(label)}</th>`;
  const head = `${withFigure ? th(t.figure) : ""}${th(t.statement)}${th(t.published)}${th(t.computed)}${th(t.status)}`;
  const rows = claims.map((c) => {
    const mode = c.mode === "latest" ? ` <em>(${escapeHtml(t.latest)})</em>` : "";
    const fig = withFigure ? `<td><a href="#${escapeHtml(c.figure)}">${escapeHtml(c.figure)}</a></td>` : "";
    return (
      `<tr data-claim="${escapeHtml(c.id)}" data-status="${c.status}">${fig}` +
      `<td title="${escapeHtml(c.rule)}">${escapeHtml(shownStatement(c, lang))}${mode}</td><td>${escapeHtml(formatValue(c.published, lang))}</td>` +
      `<td>${escapeHtml(c.computed ? formatValue(c.computed, lang) : "–")}</td><td class="status-${c.status}">${escapeHtml(statusText(c, lang).replace(/\*\*/g, ""))}</td></tr>`
    );
  });
  return `<table class="claims"><thead><tr>${head}</tr></thead><tbody>\n${rows.join("\n")}\n</tbody></table>`;
}

function sourcesHtml(f: Extract<FigureStatus, { status: "built" }>, lang: Lang): string {
  const t = messages(lang).report;
  const items = f.data.sources.map(
    (p) =>
      `<li><strong>${escapeHtml(`${p.provider} ${p.code}`)}</strong>: ${escapeHtml(p.title)}<br>` +
      `${escapeHtml(t.vintage)}: ${escapeHtml(vintageLabel(p, lang))} (${escapeHtml(t.sourceKind[p.kind])}), ${escapeHtml(t.from)} ${escapeHtml(dataLabel(p.data, p.retrieved, lang))}; ` +
      `${escapeHtml(t.file)} <code>${escapeHtml(p.file)}</code><br>` +
      `${escapeHtml(t.request)}: <code>${escapeHtml(p.url)}</code><br>sha256: <code class="sha256">${escapeHtml(p.sha256)}</code><br>` +
      `<span class="citation">${escapeHtml(t.citeAs)}: ${escapeHtml(citationLine(p, lang))}</span></li>`,
  );
  return `<h3>${escapeHtml(t.sourcesHeading)}</h3><ul class="sources">${items.join("\n")}</ul>`;
}

function notBuiltSection(m: FigureModule, s: Exclude<FigureStatus, { status: "built" }> | undefined, claims: ClaimResult[], lang: Lang): string {
  const t = messages(lang).report;
  const id = escapeHtml(m.id);
  let cls = "needs-data";
  let what = t.notBuiltInRun;
  let message = "";
  let missing = "";
  if (s === undefined) {
    message = "";
  } else if (s.status === "failed") {
    cls = "failed";
    what = t.couldNotBuild;
    message = s.message;
  } else {
    what = t.needsData;
    message = s.message;
    const files = s.sources.map((x) => `<code>${escapeHtml(x.file)}</code> (${escapeHtml(x.provider)} ${escapeHtml(x.provider === "CBS" ? x.table : x.dataset)})`);
    if (files.length) missing = `<p>${escapeHtml(t.missingFiles)}: ${files.join(", ")}</p>`;
  }
  return `<section class="figure" id="${id}" data-figure="${id}" data-status="${s === undefined ? "absent" : s.status}">
<h2>${id}: ${escapeHtml(moduleTitle(m, lang))}</h2>
<div class="${cls}"><strong>${escapeHtml(what)}.</strong> ${escapeHtml(message)}</div>${missing}
<h3>${escapeHtml(t.claimsHeading)}</h3>${claimsTable(claims, false, lang)}
</section>`;
}

function builtSection(m: FigureModule, s: Extract<FigureStatus, { status: "built" }>, claims: ClaimResult[], lang: Lang): string {
  const t = messages(lang).report;
  const id = escapeHtml(m.id);
  const d = s.data;
  const extra = Object.entries(d.extraTables ?? {}).map(([name, table]) => tableHtml(table, `${name}.csv`, lang));
  const notes = d.notes.length ? `<h3>${escapeHtml(t.notesHeading)}</h3><ul>${d.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul>` : "";
  return `<section class="figure" id="${id}" data-figure="${id}" data-status="built">
<h2>${id}: ${escapeHtml(d.title)}</h2>
<p>${escapeHtml(t.modePeriod(d.mode, d.period.from, d.period.to))}</p>
<div class="plot" id="plot-${id}"></div>
${tableHtml(d.table, "data.csv", lang)}
${extra.join("\n")}
${sourcesHtml(s, lang)}
${notes}
<h3>${escapeHtml(t.claimsHeading)}</h3>${claimsTable(claims, false, lang)}
</section>`;
}

function figureSection(m: FigureModule, s: FigureStatus | undefined, claims: ClaimResult[], lang: Lang): string {
  const mine = claims.filter((c) => c.figure === m.id);
  if (s === undefined) return notBuiltSection(m, undefined, mine, lang);
  if (s.status === "built") return builtSection(m, s, mine, lang);
  return notBuiltSection(m, s, mine, lang);
}

/** The link to the other language's page, with how to build it when it is not there yet. */
export function otherLanguageLink(o: OtherLanguage, lang: Lang): string {
  const t = messages(lang);
  const note = o.built ? "" : ` ${escapeHtml(t.page.notBuilt(o.command))}`;
  return `<p id="other-language"><a href="${escapeHtml(o.href)}" hreflang="${o.lang}">${escapeHtml(t.page.otherLanguage)}</a>${note}</p>`;
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

export function indexHtml({ modules, figures, mode, claims, data, plotly = { src: PLOTLY_ASSET }, lang = "nl", otherLanguage }: IndexPageInput): string {
  const t = messages(lang).report;
  const statusOf = (id: string) => figures.find((f) => f.id === id);
  const plots: Plot[] = modules.flatMap((m) => {
    const s = statusOf(m.id);
    return s?.status === "built" ? [{ divId: `plot-${m.id}`, figure: s.data.figure }] : [];
  });
  const notBuilt = modules.filter((m) => statusOf(m.id)?.status !== "built");
  const nav = [...modules.map((m) => `<a href="#${escapeHtml(m.id)}">${escapeHtml(m.id)}</a>`), `<a href="#audit">${escapeHtml(t.auditHeading.toLowerCase())}</a>`].join("");
  const needsList = notBuilt.length
    ? `<ul>${notBuilt
        .map((m) => {
          const s = statusOf(m.id);
          let why = t.notBuiltWhy;
          if (s !== undefined && s.status !== "built") why = s.message;
          return `<li data-figure="${escapeHtml(m.id)}" data-status="${s === undefined ? "absent" : s.status}"><a href="#${escapeHtml(m.id)}">${escapeHtml(m.id)}</a> (${escapeHtml(moduleTitle(m, lang))}): ${escapeHtml(why)}</li>`;
        })
        .join("\n")}</ul>`
    : `<p>${escapeHtml(t.noneNeedData)}</p>`;
  const summary = escapeHtml(summaryLine(claims, lang));
  // The fixed texts hold no markup characters; the arguments are html.
  const modeHtml = `<strong>${escapeHtml(mode)}</strong>`;
  const intro = t.intro(mode === "annex" ? t.modeAnnex(modeHtml) : t.modeLatest(modeHtml), `<em>${escapeHtml(t.latest)}</em>`, summary);
  const body = `<h1>Migratie in cijfers</h1>
${otherLanguage ? `${otherLanguageLink(otherLanguage, lang)}\n` : ""}<p>${intro}</p>
${data ? `<p id="data-used">${escapeHtml(data)}.</p>` : ""}
<nav>${nav}</nav>
<section id="needs-data"><h2>${escapeHtml(t.needsDataHeading)}</h2>
${needsList}
</section>
${modules.map((m) => figureSection(m, statusOf(m.id), claims, lang)).join("\n")}
<section id="audit"><h2>${escapeHtml(t.auditHeading)}</h2>
<p>${escapeHtml(t.auditIntro(summaryLine(claims, lang)))}</p>
${claimsTable(claims, true, lang)}
</section>`;
  return htmlPage({
    title: t.pageTitle,
    lang,
    head: `<link rel="icon" href="data:,">\n<style>${STYLE}</style>\n`,
    body,
    plotly,
    plots,
  });
}
