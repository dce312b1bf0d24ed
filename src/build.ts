// The whole rebuild: fetch what is missing, build every figure's data, write its outputs and
// images, evaluate the annex's claims (out/claims.json, out/audit.md) and write the browsable
// report (out/index.html). Used by `npm run figures`, `npm run audit` and the benchmark.
import * as fs from "node:fs";
import * as path from "node:path";
import type { ClaimResult } from "./claims/types";
import { buildFigure, fetchMissing, type FigureStatus } from "./figures/build-figure";
import { FIGURES } from "./figures/index";
import type { FigureData, FigureModule, Mode } from "./figures/types";
import { writeImages, createRenderer } from "./outputs/render";
import { writePlotlyAsset } from "./outputs/page";
import { writeFigureOutputs } from "./outputs/write";
import type { FetchOptions, FetchOutcome } from "./raw/fetch";
import { writeFileAtomic } from "./raw/store";
import { auditClaims, auditMarkdown, type Builds } from "./report/audit";
import { indexHtml } from "./report/index-page";

// Building one figure lives in figures/build-figure.ts (notebooks use it without this module).
export { buildFigure, fetchMissing, type FigureStatus };

export interface BuildAllOptions {
  rawDir: string;
  outDir: string;
  mode: Mode;
  figures?: FigureModule[];
  mirror?: string;
  /** Write SVG and PNG through Chromium (default true). */
  images?: boolean;
  fetchHandlers?: Pick<FetchOptions, "onStart" | "onDone">;
  log?: (line: string) => void;
}

export interface BuildAllResult {
  fetched: FetchOutcome[];
  figures: FigureStatus[];
  claims: ClaimResult[];
  /** Every figure in both modes: what the claims were checked on. */
  builds: Builds;
}

export async function buildAll(opts: BuildAllOptions): Promise<BuildAllResult> {
  const modules = opts.figures ?? FIGURES;
  const log = opts.log ?? (() => {});
  const fetched = await fetchMissing(modules, opts);
  for (const f of fetched.filter((x) => x.status === "failed")) log(`ERROR fetching ${f.source.file}: ${f.message}`);

  const figures = modules.map((m) => buildFigure(m, opts));
  fs.mkdirSync(opts.outDir, { recursive: true });
  for (const f of figures) {
    if (f.status === "built") f.dir = writeFigureOutputs(f.data, opts.outDir);
  }
  const built = figures.filter((f): f is Extract<FigureStatus, { status: "built" }> => f.status === "built");
  if (opts.images !== false && built.length) {
    const renderer = await createRenderer();
    try {
      await writeImages(built.map((f) => ({ dir: f.dir, figure: f.data.figure })), renderer);
    } finally {
      await renderer.close();
    }
  }

  const { builds, claims } = auditFigures(modules, opts.rawDir, { mode: opts.mode, figures });
  writeAudit(opts.outDir, modules, builds, claims);
  writePlotlyAsset(opts.outDir); // index.html loads it (the figures' pages have written it already, if any)
  writeFileAtomic(path.join(opts.outDir, "index.html"), indexHtml({ modules, figures, mode: opts.mode, claims }));
  log(`Wrote ${path.join(opts.outDir, "claims.json")}, audit.md and index.html`);
  return { fetched, figures, claims, builds };
}

/**
 * Every module built in annex and in latest mode. Builds already made in one mode (by the run
 * that writes the outputs) are reused; the other mode is built here (cheap: builds only read raw files).
 */
export function buildBothModes(modules: FigureModule[], rawDir: string, done?: { mode: Mode; figures: FigureStatus[] }): Builds {
  const build = (mode: Mode) =>
    modules.map((m) => (done && done.mode === mode ? done.figures.find((f) => f.id === m.id) : undefined) ?? buildFigure(m, { rawDir, mode }));
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
): { builds: Builds; claims: ClaimResult[] } {
  const builds = buildBothModes(modules, rawDir, done);
  const everyFigure = FIGURES.every((f) => modules.includes(f));
  const claims = auditClaims(builds, everyFigure ? { knownFigures: FIGURES.map((f) => f.id) } : {});
  return { builds, claims };
}

/** out/claims.json and out/audit.md. */
export function writeAudit(outDir: string, modules: FigureModule[], builds: Builds, claims: ClaimResult[]): void {
  fs.mkdirSync(outDir, { recursive: true });
  writeFileAtomic(path.join(outDir, "claims.json"), JSON.stringify(claims, null, 2) + "\n");
  writeFileAtomic(path.join(outDir, "audit.md"), auditMarkdown({ modules, builds, claims }));
}
