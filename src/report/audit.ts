// The audit of the annex's numbers: every claim evaluated on the figures built in the mode it
// needs (annex for published values, latest for statements about the newest data), with the
// vintage of the data used, and written out as a readable out/audit.md.
import {
  ANNEX_FIGURES,
  ANNEX_STATEMENTS,
  claimStatementEn,
  figureName,
  isFigureId,
  type AnnexStatement,
} from "../catalog/annex";
import { messages, type Lang } from "../i18n/index";
import { CLAIMS } from "../claims/index";
import { evaluateReadings, type VintageBuild } from "../claims/readings/evaluate";
import { robustnessText } from "../claims/readings/present";
import { evaluateClaim, noStatement, type ClaimDefinition, type ClaimResult, type ClaimStatus } from "../claims/types";
import { formatValue } from "../claims/value";
import { FIGURES } from "../figures/index";
import type { FigureData, FigureModule, FigureStatus } from "../figures/types";
import { markdownCell } from "../outputs/markdown";
import { readingsMarkdown } from "./robustness-markdown";
import { citationLine, dataLabel } from "../parse/citation";
import { vintageLabel, type Provenance } from "../parse/load";
import { FETCH_AND_BUILD } from "../raw/data-source";
import { sourceNames } from "../catalog/sources";

/** The same figures built twice: for the publication's periods and up to the newest year. */
export interface Builds {
  annex: FigureStatus[];
  latest: FigureStatus[];
}

export interface AuditOptions {
  claims?: ClaimDefinition[];
  /**
   * Figure ids this package has modules for. Claims about other figures are reported as
   * needs-data (no module yet) instead of being left out; omit to report only the built set.
   */
  knownFigures?: string[];
  /** The language of the vintage lines and of the reasons a figure is missing (default nl). */
  lang?: Lang;
  /** Other data vintages (report/vintages.ts): each claim's annex reading is evaluated on them too. */
  vintages?: VintageBuild[];
}

const builtMap = (list: FigureStatus[]) =>
  new Map(list.flatMap((s) => (s.status === "built" ? [[s.id, s.data] as [string, FigureData]] : [])));

/** Why a figure is not there, in one line, in `lang`: a missing source by its producer, table and title. */
export function whyNotBuilt(s: FigureStatus | undefined, id: string, lang: Lang = "nl"): string {
  const t = messages(lang).report;
  if (!s) return FIGURES.some((f) => f.id === id) ? t.notInRun(id) : t.noModule(id);
  if (s.status === "needs-data") {
    return t.needsSource(sourceNames(s.sources), FETCH_AND_BUILD);
  }
  if (s.status === "failed") return t.failed(id, s.message);
  return "";
}

/** "CBS 83474NED (opgehaald 2025-04-22); ..." for the sources of the given figures. */
function vintageOf(figs: FigureData[], lang: Lang = "nl"): string {
  const seen = new Map<string, Provenance>();
  for (const f of figs) for (const p of f.sources) seen.set(`${p.sourceId}:${p.sha256}`, p);
  return [...seen.values()].map((p) => `${p.provider} ${p.code} (${vintageLabel(p, lang)})`).join("; ");
}

/** Evaluates the claims of the figures in `builds` (and, with knownFigures, of figures without a module). */
export function auditClaims(builds: Builds, opts: AuditOptions = {}): ClaimResult[] {
  const claims = opts.claims ?? CLAIMS;
  const maps = { annex: builtMap(builds.annex), latest: builtMap(builds.latest) };
  const inRun = new Set(builds.annex.map((s) => s.id));
  // The readings read the figures built for the publication's periods, as the annex's claims do.
  const annexMissing = new Map(
    builds.annex.flatMap((s) =>
      s.status === "built" ? [] : [[s.id, whyNotBuilt(s, s.id, opts.lang)] as [string, string]],
    ),
  );
  const out: ClaimResult[] = [];
  for (const def of claims) {
    const unknownFigure = opts.knownFigures !== undefined && !opts.knownFigures.includes(def.figure);
    if (!inRun.has(def.figure) && !unknownFigure) continue; // a figure left out of this run (--only)
    const mode = def.mode ?? "annex";
    const statuses = builds[mode];
    const built = maps[mode];
    const status = statuses.find((s) => s.id === def.figure);
    const r = evaluateClaim(
      def,
      built.get(def.figure),
      whyNotBuilt(status, def.figure, opts.lang) || undefined,
      built,
      opts.lang,
    );
    // Say why a compared figure is absent, not only which one.
    const absent = (def.alsoNeeds ?? []).filter((id) => !built.has(id));
    if (r.status === "needs-data" && built.has(def.figure) && absent.length) {
      const t = messages(opts.lang).report;
      r.detail = absent
        .map((id) =>
          t.alsoNeeds(
            id,
            whyNotBuilt(
              statuses.find((s) => s.id === id),
              id,
              opts.lang,
            ),
          ),
        )
        .join("; ");
    }
    // A figure that failed (a damaged file, broken code) is an error, not missing data: no fetch repairs it.
    const failed = [def.figure, ...(def.alsoNeeds ?? [])].filter(
      (id) => statuses.find((s) => s.id === id)?.status === "failed",
    );
    if (r.status === "needs-data" && failed.length) r.status = "error";
    const used = [def.figure, ...(def.alsoNeeds ?? []), ...(def.alsoReads ?? [])].flatMap((id) =>
      built.has(id) ? [built.get(id)!] : [],
    );
    if (used.length) r.vintage = vintageOf(used, opts.lang);
    const robustness = evaluateReadings(
      def.id,
      { figures: maps.annex, missing: annexMissing },
      opts.vintages,
      [],
      opts.lang,
    );
    if (robustness) r.robustness = robustness;
    out.push(r);
  }
  return out;
}

function countByStatus(claims: ClaimResult[]): Record<ClaimStatus, number> {
  const n: Record<ClaimStatus, number> = { reproduced: 0, differs: 0, "needs-data": 0, error: 0 };
  for (const c of claims) n[c.status]++;
  return n;
}

/** "5 claims: 1 reproduced, 1 differ, 3 need data"; English by default, as the CLIs log it. */
export function summaryLine(claims: ClaimResult[], lang: Lang = "en"): string {
  const n = countByStatus(claims);
  return messages(lang).report.summary(claims.length, n.reproduced, n.differs, n["needs-data"], n.error);
}

// ---------------------------------------------------------------- markdown

/**
 * The status cell: the status word, with the difference or the missing source. English by
 * default, as the CLIs log it; the outputs pass their language.
 */
export function statusText(c: ClaimResult, lang: Lang = "en"): string {
  const t = messages(lang).report;
  const label = statusLabel(c.status, lang);
  switch (c.status) {
    case "reproduced":
      return `${label}${c.detail ? ` (${c.detail})` : ""}`;
    case "differs":
      return `**${label}**: ${c.detail ?? t.differsDetail(formatValue(c.published, lang), c.computed ? formatValue(c.computed, lang) : "–")}`;
    case "needs-data":
      // parse/load.ts's messages start with "needs data:": said once.
      return `${label}: ${(c.detail ?? t.figureDataMissing).replace(/^needs data:\s*/i, "")}`;
    case "error":
      return `**${label}**: ${c.detail ?? ""}`;
  }
}

/** A claim's status as a reader of that language says it (claims.json keeps the code). */
export function statusLabel(status: ClaimStatus, lang: Lang): string {
  const t = messages(lang).report;
  const labels: Record<ClaimStatus, string> = {
    reproduced: t.reproduced,
    differs: t.differs,
    "needs-data": t.needsDataStatus,
    error: t.error,
  };
  return labels[status];
}

/**
 * A claim's statement as the output shows it: the annex's Dutch text; in English output quoted,
 * with its English rendering beside it (the registry's `en`).
 */
export function shownStatement(c: Pick<ClaimResult, "id" | "statement">, lang: Lang = "nl"): string {
  // claims/types.ts's English stand-in for a claim without a statement (claims.json keeps it).
  if (c.statement === noStatement(c.id)) return messages(lang).report.noStatement(c.id);
  if (lang === "nl") return c.statement;
  const en = claimStatementEn(c.id);
  return en ? messages(lang).report.withEnglish(`"${c.statement}"`, en) : c.statement;
}

/** A module's title for a figure that was not built: the publication's, or its English rendering. */
export function moduleTitle(m: FigureModule, lang: Lang = "nl"): string {
  return lang === "en" && isFigureId(m.id) ? figureName(m.id, "en") : m.title;
}

interface FigureEntry {
  id: string;
  title: string;
  /** The figure built in annex mode (the audit's basis). */
  annex?: FigureStatus;
}

/** Figures of the run in publication order, then figures that only claims name. */
function figureEntries(
  modules: FigureModule[],
  builds: Builds,
  claims: ClaimResult[],
  lang: Lang = "nl",
): FigureEntry[] {
  const entries: FigureEntry[] = modules.map((m) => {
    const annex = builds.annex.find((s) => s.id === m.id);
    return { id: m.id, title: annex?.status === "built" ? annex.data.title : moduleTitle(m, lang), annex };
  });
  for (const c of claims) if (!entries.some((e) => e.id === c.figure)) entries.push({ id: c.figure, title: c.figure });
  return entries;
}

function sourcesMarkdown(e: FigureEntry, lang: Lang): string {
  const t = messages(lang).report;
  const s = e.annex;
  if (!s) return t.dataNotBuilt(whyNotBuilt(s, e.id, lang));
  if (s.status !== "built") return t.dataStatus(t.figureStatus[s.status], whyNotBuilt(s, e.id, lang));
  const lines = s.data.sources.map(
    (p) =>
      `- ${p.provider} ${p.code} "${markdownCell(p.title)}": ${vintageLabel(p, lang)}; ${t.sourceKind[p.kind]}; ${t.from} ${markdownCell(dataLabel(p.data, p.retrieved, lang))}; \`${p.file}\`, sha256 \`${p.sha256}\`\n` +
      `  - ${t.citeAs}: ${markdownCell(citationLine(p, lang))}`,
  );
  return `${t.dataUsed}\n${lines.join("\n")}`;
}

function statementMarkdown(s: AnnexStatement, lang: Lang): string {
  const t = messages(lang).report;
  const where = s.where === "footnote" ? t.where.footnote(String(s.footnote)) : t.where[s.where];
  const text = `"${markdownCell(s.text)}"`;
  const shown = lang === "en" ? t.withEnglish(text, markdownCell(s.en)) : text;
  return `- ${s.figure}, ${where}: ${shown}${s.notComputed ? `: ${s.notComputed[lang]}` : ""}`;
}

export interface AuditMarkdownInput {
  modules: FigureModule[];
  builds: Builds;
  claims: ClaimResult[];
  statements?: AnnexStatement[];
  /** The run's data (raw/data-source.ts's dataLine): the shipped vintage, a mirror or live downloads. */
  data?: string;
  /** nl (default): the statements as printed; en: English titles, each statement with its English rendering. */
  lang?: Lang;
}

/** out/audit.md: per figure the data's vintage and a table statement | published | computed | status. */
export function auditMarkdown({
  modules,
  builds,
  claims,
  statements = ANNEX_STATEMENTS,
  data,
  lang = "nl",
}: AuditMarkdownInput): string {
  const t = messages(lang).report;
  const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
  const out: string[] = [
    `# ${t.auditTitle}`,
    "",
    t.auditAbout,
    "",
    t.auditModes,
    "",
    ...(data ? [`${data}.`, ""] : []),
    `**${summaryLine(claims, lang)}.**`,
    "",
    row([t.figure, t.annexFigure, t.claimsCount, t.reproducedCount, t.differCount, t.needDataCount]),
    "|---|---|---|---|---|---|",
  ];
  const entries = figureEntries(modules, builds, claims, lang);
  for (const e of entries) {
    const mine = claims.filter((c) => c.figure === e.id);
    const n = countByStatus(mine);
    const st = t.figureStatus[e.annex ? e.annex.status : "absent"];
    out.push(row([e.id, st, mine.length, n.reproduced, n.differs, n["needs-data"]]));
  }
  for (const e of entries) {
    const mine = claims.filter((c) => c.figure === e.id);
    out.push("", `## ${e.id}: ${markdownCell(e.title)}`, "");
    // English output: the printed (Dutch) title stays the reference.
    if (lang === "en" && isFigureId(e.id)) out.push(t.publishedTitle(markdownCell(ANNEX_FIGURES[e.id].title)), "");
    out.push(sourcesMarkdown(e, lang), "");
    if (!mine.length) {
      out.push(t.noClaims);
      continue;
    }
    out.push(
      row(["#", t.statement, t.published, t.computed, t.status, messages(lang).readings.column]),
      "|---|---|---|---|---|---|",
    );
    const figureMissing = e.annex && e.annex.status !== "built" ? whyNotBuilt(e.annex, e.id, lang) : undefined;
    mine.forEach((c, i) => {
      const mode = c.mode === "latest" ? ` *(${t.latest})*` : "";
      // The figure's own missing data is said once, above the table.
      const status =
        c.status === "needs-data" && figureMissing !== undefined && c.detail === figureMissing
          ? t.figureDataAbove
          : statusText(c, lang);
      out.push(
        `| ${i + 1} | ${markdownCell(shownStatement(c, lang))}${mode} | ${markdownCell(formatValue(c.published, lang))} | ${markdownCell(c.computed ? formatValue(c.computed, lang) : "–")} | ${markdownCell(status)} | ${markdownCell(robustnessText(c.robustness, lang))} |`,
      );
    });
    out.push("", t.howChecked, "");
    mine.forEach((c, i) => {
      const extra = [
        c.rounding && `${t.rounding}: ${c.rounding}`,
        c.tolerance && `${t.tolerance}: ${c.tolerance}`,
        c.vintage && `${t.data}: ${c.vintage}`,
      ]
        .filter(Boolean)
        .join("; ");
      out.push(`${i + 1}. \`${c.id}\`: ${markdownCell(c.rule)}${extra ? ` (${markdownCell(extra)})` : ""}`);
    });
    out.push(...readingsMarkdown(mine, lang));
  }
  const inRun = new Set(entries.map((e) => e.id));
  const notComputed = statements.filter((s) => s.notComputed && inRun.has(s.figure));
  if (notComputed.length) {
    out.push("", `## ${t.notComputedHeading}`, "", ...notComputed.map((s) => statementMarkdown(s, lang)));
  }
  const claimIds = new Set(claims.map((c) => c.id));
  const uncovered = statements.filter(
    (s) => !s.notComputed && inRun.has(s.figure) && !s.claims.some((id) => claimIds.has(id)),
  );
  if (uncovered.length) {
    out.push("", `## ${t.uncoveredHeading}`, "", ...uncovered.map((s) => statementMarkdown(s, lang)));
  }
  return out.join("\n") + "\n";
}
