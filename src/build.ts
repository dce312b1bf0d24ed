// The whole rebuild: fetch what is missing, build every figure's data, write its outputs and
// images, evaluate the annex's claims (out/claims.json, out/audit.md) and write the browsable
// report (out/index.html). Used by `npm run figures` and the benchmark. Nothing in src/ below
// the CLIs imports this module: the audit's run is report/audit-run.ts, fetching what is missing
// is raw/fetch.ts's fetchMissing, building one figure is figures/build-figure.ts.
import * as fs from "node:fs";
import * as path from "node:path";
import type { ClaimResult } from "./claims/types";
import { refuseOverlap } from "./config";
import { buildFigure } from "./figures/build-figure";
import { FIGURES } from "./figures/index";
import type { FigureModule, FigureStatus, Mode } from "./figures/types";
import { writeFileAtomic } from "./io/atomic-write";
import { writeImages, createRenderer } from "./outputs/render";
import { writeFigureOutputs } from "./outputs/write";
import { OFFICIAL_FORMATS } from "./parse/content-check";
import { fetchMissing, type FetchOptions, type FetchOutcome } from "./raw/fetch";
import type { Builds } from "./report/audit";
import { auditFigures, writeAudit } from "./report/audit-run";
import { indexHtml } from "./report/index-page";
import { dataFolders } from "./paths";

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
  /** Why the SVG/PNG images could not be made (Chromium missing, ...); the stale ones were removed. */
  imagesError?: string;
}

export async function buildAll(opts: BuildAllOptions): Promise<BuildAllResult> {
  const modules = opts.figures ?? FIGURES;
  const log = opts.log ?? (() => {});
  refuseOverlap(opts.outDir, dataFolders(opts.rawDir, opts.mirror)); // before anything is fetched or written
  const fetched = await fetchMissing(modules, { ...opts, content: OFFICIAL_FORMATS });
  for (const f of fetched.filter((x) => x.status === "failed")) log(`ERROR fetching ${f.source.file}: ${f.message}`);

  const figures = modules.map((m) => buildFigure(m, opts));
  fs.mkdirSync(opts.outDir, { recursive: true });
  for (const f of figures) {
    if (f.status === "built") f.dir = writeFigureOutputs(f.data, opts.outDir);
  }
  const built = figures.filter((f): f is Extract<FigureStatus, { status: "built" }> => f.status === "built");
  let imagesError: string | undefined;
  if (opts.images !== false && built.length) {
    try {
      const renderer = await createRenderer();
      try {
        await writeImages(built.map((f) => ({ dir: f.dir, figure: f.data.figure })), renderer);
      } finally {
        await renderer.close();
      }
    } catch (e) {
      // The audit and report of this run are still written; images of an earlier run are removed,
      // never left beside this run's data as if they were its own.
      imagesError = (e as Error).message;
      for (const f of built) for (const img of ["figure.svg", "figure.png"]) fs.rmSync(path.join(f.dir, img), { force: true });
      log(`ERROR images not written: ${imagesError}. The figures' SVG/PNG in ${opts.outDir} were removed (not left stale); everything else was written.`);
    }
  }

  const { builds, claims } = auditFigures(modules, opts.rawDir, { mode: opts.mode, figures });
  writeAudit(opts.outDir, modules, builds, claims);
  writeFileAtomic(path.join(opts.outDir, "index.html"), indexHtml({ modules, figures, mode: opts.mode, claims }));
  log(`Wrote ${path.join(opts.outDir, "claims.json")}, audit.md and index.html`);
  return { fetched, figures, claims, builds, imagesError };
}
