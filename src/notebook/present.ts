// Small helpers for the notebooks: they return HTML or Markdown strings that a notebook shows
// with tslab.display.html / tslab.display.markdown. No tslab import here, so src/ stays testable.
import { sourceById } from "../catalog/sources";
import { buildFigure } from "../figures/build-figure";
import { CLAIMS } from "../claims/index";
import type { ClaimDefinition, ClaimResult } from "../claims/types";
import { formatValue } from "../claims/value";
import { FIGURES, figureById } from "../figures/index";
import type { FigureData, FigureModule, FigureStatus, Mode } from "../figures/types";
import { OFFICIAL_FORMATS } from "../parse/content-check";
import { markdownCell } from "../outputs/markdown";
import { citationLine, dataLabel } from "../parse/citation";
import { vintageLabel } from "../parse/load";
import { dataLine, fetchTarget, resolveDataSource, type DataSource } from "../raw/data-source";
import { envLang, envMode } from "../config";
import { messages, type Lang } from "../i18n/index";
import { fetchMissing } from "../raw/fetch";
import { auditClaims, statusLabel, type Builds } from "../report/audit";
import { buildBothModes } from "../report/audit-run";

/** The downloads that failed, each as "<file>: <why>". */
const failedFetches = (fetched: Awaited<ReturnType<typeof fetchMissing>>): string[] =>
  fetched.filter((f) => f.status === "failed").map((f) => `${f.source.file}: ${f.message ?? "failed"}`);

/** annex (default) or latest, from MIGRATIE_MODE: the notebook's one parameter. */
export function modeFromEnv(): Mode {
  return envMode();
}

/** nl (default) or en, from MIGRATIE_LANG: the language of the notebook's figures and notes. */
export function langFromEnv(): Lang {
  return envLang();
}

/**
 * Builds the figure from the run's data, as `npm run figures` does: the shipped annex vintage by
 * default, MIGRATIE_MIRROR when set, data/raw with MIGRATIE_DATA=raw (then missing files are
 * downloaded live first). Returns the status so the notebook can say plainly when data is missing;
 * rawDir is the one folder the notebook reads.
 */
export async function prepareFigure(m: FigureModule, mode: Mode = modeFromEnv(), lang: Lang = langFromEnv()) {
  const data: DataSource = resolveDataSource();
  const target = fetchTarget(data);
  const fetched = target ? await fetchMissing([m], { rawDir: target, content: OFFICIAL_FORMATS }) : [];
  const failed = failedFetches(fetched);
  const status = buildFigure(m, { rawDir: data.dir, mode, lang });
  return { status, failed, rawDir: data.dir, data, lang };
}

export interface FigureAuditOptions {
  /** The notebook's own build (prepareFigure) and its mode: reused, as the audit reuses the CLI's builds. */
  prepared?: { mode: Mode; status: FigureStatus };
  rawDir?: string;
  /** The language of the builds (default MIGRATIE_LANG): claims do not depend on it, titles and notes do. */
  lang?: Lang;
}

export interface FigureAudit {
  /** Exactly the audit's results (out/claims.json) for this figure's claims, in the audit's order. */
  claims: ClaimResult[];
  /** The figures the claims were checked on: this one and those its claims compare with, in both modes. */
  builds: Builds;
  /** Those figures built in annex mode, by id (what the published values were checked on). */
  annex: Map<string, FigureData>;
  /** Raw files that could not be fetched or copied. */
  failed: string[];
}

/**
 * The figures a figure's claims are computed from: the figure itself and every figure one of its
 * claims compares with (ClaimDefinition.alsoNeeds, and alsoReads: e.g. fig5-longer-period reads
 * whichever of figures 2-4 is built), in publication order.
 */
export function claimFigures(figId: string, claims: ClaimDefinition[] = CLAIMS): FigureModule[] {
  const ids = new Set<string>([figId]);
  for (const c of claims)
    if (c.figure === figId) for (const id of [...(c.alsoNeeds ?? []), ...(c.alsoReads ?? [])]) ids.add(id);
  return FIGURES.filter((m) => ids.has(m.id));
}

/**
 * A figure's claims through the audit's own code (report/audit.ts auditClaims, on builds made as
 * report/audit-run.ts makes them): only this figure and the figures its claims compare with are
 * built, in annex and latest mode, not the whole audit. A claim sees exactly the figures it sees in
 * `npm run figures`, so the notebook shows what out/claims.json says (npm run check:notebooks).
 */
export async function figureAudit(figId: string, opts: FigureAuditOptions = {}): Promise<FigureAudit> {
  figureById(figId); // an unknown id fails here, with the valid ones
  const modules = claimFigures(figId);
  // The run's one data folder, as prepareFigure and `npm run figures` pick it; only `--data raw` fetches.
  const data = resolveDataSource();
  const rawDir = opts.rawDir ?? data.dir;
  const target = opts.rawDir ? undefined : fetchTarget(data);
  const fetched = target ? await fetchMissing(modules, { rawDir: target, content: OFFICIAL_FORMATS }) : [];
  const failed = failedFetches(fetched);
  const done = opts.prepared && { mode: opts.prepared.mode, figures: [opts.prepared.status] };
  const lang = opts.lang ?? langFromEnv();
  const builds = buildBothModes(modules, rawDir, done, lang);
  const claims = auditClaims(builds, { claims: CLAIMS.filter((c) => c.figure === figId), lang });
  const annex = new Map(
    builds.annex.flatMap((s) => (s.status === "built" ? [[s.id, s.data] as [string, FigureData]] : [])),
  );
  return { claims, builds, annex, failed };
}

/** Only the claim results of figureAudit. */
export async function figureClaims(figId: string, opts: FigureAuditOptions = {}): Promise<ClaimResult[]> {
  return (await figureAudit(figId, opts)).claims;
}

/** Markdown in the notebook's language: the data used, then each source with its request, vintage, kind, checksum and citation. */
export function provenanceMarkdown(fig: FigureData, data?: DataSource, lang: Lang = langFromEnv()): string {
  const t = messages(lang).notebook;
  const lines = fig.sources.map((p) => {
    // The catalog's purpose of a source is written in English: the English edition shows it.
    const purpose = lang === "en" ? [`- used for: ${markdownCell(sourceById(p.sourceId).purpose)}`] : [];
    return [
      `**${markdownCell(`${p.provider} ${p.code}`)}**: ${markdownCell(p.title)}`,
      `- ${t.request}: \`${p.url}\``,
      `- ${t.vintage(vintageLabel(p, lang), dataLabel(p.data, p.retrieved, lang), p.file, p.kind, p.sha256.slice(0, 12))}`,
      ...purpose,
      `- ${t.citeAs}: ${markdownCell(citationLine(p, lang))}`,
    ].join("\n");
  });
  const head = data ? `${markdownCell(dataLine(data, lang))}.\n\n` : "";
  const notes = fig.notes.length
    ? `\n\n**${t.notes}**\n${fig.notes.map((n) => `- ${markdownCell(n)}`).join("\n")}`
    : "";
  return `${head}${lines.join("\n\n")}${notes}`;
}

/** Marks the machine-readable copy of a claims table (read by test/notebook/executed-claims.test.ts). */
const CLAIMS_MARKER = "migratie-claims";

/**
 * Markdown table of claims: id, statement, published, computed, status. It ends with an HTML
 * comment (not rendered) holding each claim's figure, id and status as JSON, so a test can check
 * an executed notebook against out/claims.json.
 */
export function claimsMarkdown(claims: ClaimResult[], lang: Lang = langFromEnv()): string {
  const t = messages(lang).notebook;
  const h = t.claimsHeader;
  const head = `| ${[h.id, h.claim, h.published, h.computed, h.status].join(" | ")} |\n|---|---|---|---|---|`;
  const rows = claims.map((c) => {
    const latest = c.mode === "latest" ? ` *${t.latest}*` : "";
    const computed = `${markdownCell(c.computed ? formatValue(c.computed, lang) : "–")}${c.detail ? ` (${markdownCell(c.detail)})` : ""}`;
    return `| \`${markdownCell(c.id)}\` | ${markdownCell(c.statement)}${latest} | ${markdownCell(formatValue(c.published, lang))} | ${computed} | **${statusLabel(c.status, lang)}** |`;
  });
  // Only strings in the JSON, so "--" occurs inside strings only: escaping it keeps the comment closed.
  const data = JSON.stringify(claims.map((c) => ({ figure: c.figure, id: c.id, status: c.status }))).replace(
    /--/g,
    "-\\u002d",
  );
  return [t.claimsLead, "", head, ...rows, "", `<!-- ${CLAIMS_MARKER} ${data} -->`].join("\n");
}

/** The claims a claimsMarkdown text carries (figure, id, status), or undefined when it is not one. */
export function claimsFromMarkdown(md: string): { figure: string; id: string; status: string }[] | undefined {
  const m = md.match(new RegExp(`<!-- ${CLAIMS_MARKER} (.*) -->`));
  return m ? JSON.parse(m[1]) : undefined;
}
