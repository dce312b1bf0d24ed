// Running the audit: build what the claims need (every figure in annex and latest mode), evaluate
// the claims, write out/claims.json and out/audit.md. Used by the whole rebuild (src/build.ts),
// `npm run audit` and the vintage diff; the audit's content and Markdown are in audit.ts.
import * as path from "node:path";
import type { ClaimResult } from "../claims/types";
import { formatValue } from "../claims/value";
import { buildFigure } from "../figures/build-figure";
import { FIGURES } from "../figures/index";
import type { FigureModule, FigureStatus, Mode } from "../figures/types";
import type { Lang } from "../i18n/index";
import { writeFileAtomic } from "../io/atomic-write";
import type { DataSource } from "../raw/data-source";
import { auditClaims, auditMarkdown, type Builds } from "./audit";
import { buildVintages } from "./vintages";

/**
 * Every module built in annex and in latest mode. Builds already made in one mode (by the run
 * that writes the outputs) are reused; the other mode is built here (cheap: builds only read raw files).
 */
export function buildBothModes(
  modules: FigureModule[],
  rawDir: string,
  done?: { mode: Mode; figures: FigureStatus[] },
  lang: Lang = "nl",
): Builds {
  const build = (mode: Mode) =>
    modules.map(
      (m) =>
        (done && done.mode === mode ? done.figures.find((f) => f.id === m.id) : undefined) ??
        buildFigure(m, { rawDir, mode, lang }),
    );
  return { annex: build("annex"), latest: build("latest") };
}

/**
 * Builds what the claims need and evaluates them: published values in annex mode, statements
 * about the newest data in latest mode. When the run covers every registered figure, claims of
 * figures without a module are reported as needs-data rather than left out.
 */
export function auditFigures(
  modules: FigureModule[],
  rawDir: string,
  done?: { mode: Mode; figures: FigureStatus[] },
  lang: Lang = "nl",
  /** Other data vintages present (report/vintages.ts otherVintages): the claims' annex readings are evaluated on them too. */
  vintages: DataSource[] = [],
): { builds: Builds; claims: ClaimResult[] } {
  // The claims compare numbers, never labels: the language only changes the builds' texts.
  const builds = buildBothModes(modules, rawDir, done, lang);
  const everyFigure = FIGURES.every((f) => modules.includes(f));
  const claims = auditClaims(builds, {
    ...(everyFigure ? { knownFigures: FIGURES.map((f) => f.id) } : {}),
    lang,
    vintages: buildVintages(modules, vintages, lang),
  });
  return { builds, claims };
}

/** out/claims.json and out/audit.md; data: the run's data line (raw/data-source.ts's dataLine). */
export function writeAudit(
  outDir: string,
  modules: FigureModule[],
  builds: Builds,
  claims: ClaimResult[],
  data?: string,
  lang: Lang = "nl",
): void {
  writeFileAtomic(path.join(outDir, "claims.json"), claimsJson(claims, lang));
  writeFileAtomic(path.join(outDir, "audit.md"), auditMarkdown({ modules, builds, claims, data, lang }));
}

/**
 * out/claims.json: every claim with its typed published and computed values (numbers, years,
 * codes with their unit) and, for readers, the same values as the run's pages show them (`shown`).
 */
export function claimsJson(claims: ClaimResult[], lang: Lang = "nl"): string {
  const withShown = claims.map((c) => {
    const { id, figure, statement, published, computed, ...rest } = c;
    return {
      id,
      figure,
      statement,
      published,
      computed,
      shown: { lang, published: formatValue(published, lang), computed: computed && formatValue(computed, lang) },
      ...rest,
    };
  });
  return JSON.stringify(withShown, null, 2) + "\n";
}
