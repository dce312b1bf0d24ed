// The whole rebuild: fetch what is missing, build every figure's data, write its outputs and
// images, evaluate the annex's claims (out/claims.json, out/audit.md) and write the browsable
// report (out/index.html). Used by `npm run figures` and the benchmark. Nothing in src/ below
// the CLIs imports this module: the audit's run is report/audit-run.ts, fetching what is missing
// is raw/fetch.ts's fetchMissing, building one figure is figures/build-figure.ts.
import * as fs from "node:fs";
import * as path from "node:path";
import type { ClaimResult } from "./claims/types";
import { buildFigure } from "./figures/build-figure";
import { FIGURES } from "./figures/index";
import type { FigureModule, FigureStatus, Mode } from "./figures/types";
import { writeFileAtomic } from "./io/atomic-write";
import { updateImages, type RendererFactory } from "./outputs/render";
import { writePlotlyAsset } from "./outputs/page";
import { writeFigureOutputs } from "./outputs/write";
import { OFFICIAL_FORMATS } from "./parse/content-check";
import { fetchMissing, type FetchOptions, type FetchOutcome } from "./raw/fetch";
import type { Builds } from "./report/audit";
import { auditFigures, writeAudit } from "./report/audit-run";
import { indexHtml } from "./report/index-page";

export interface BuildAllOptions {
  rawDir: string;
  outDir: string;
  mode: Mode;
  figures?: FigureModule[];
  mirror?: string;
  /** Write SVG and PNG through Chromium (default true). */
  images?: boolean;
  /** Render every figure's images, even those whose inputs did not change. */
  force?: boolean;
  /** How images are made (default: Debian's Chromium); tests inject a fake. */
  renderer?: RendererFactory;
  /** Pages rendering images at once. */
  imagePages?: number;
  fetchHandlers?: Pick<FetchOptions, "onStart" | "onDone">;
  log?: (line: string) => void;
}

export interface BuildAllResult {
  fetched: FetchOutcome[];
  figures: FigureStatus[];
  claims: ClaimResult[];
  /** Every figure in both modes: what the claims were checked on. */
  builds: Builds;
  /** Figure folders whose images were rendered, and those whose images were already up to date. */
  images: { rendered: string[]; upToDate: string[] };
}

export async function buildAll(opts: BuildAllOptions): Promise<BuildAllResult> {
  const modules = opts.figures ?? FIGURES;
  const log = opts.log ?? (() => {});
  const fetched = await fetchMissing(modules, { ...opts, content: OFFICIAL_FORMATS });
  for (const f of fetched.filter((x) => x.status === "failed")) log(`ERROR fetching ${f.source.file}: ${f.message}`);

  const figures = modules.map((m) => buildFigure(m, opts));
  fs.mkdirSync(opts.outDir, { recursive: true });
  for (const f of figures) {
    if (f.status === "built") f.dir = writeFigureOutputs(f.data, opts.outDir);
  }
  const built = figures.filter((f): f is Extract<FigureStatus, { status: "built" }> => f.status === "built");
  let images: BuildAllResult["images"] = { rendered: [], upToDate: [] };
  if (opts.images !== false && built.length) {
    // Only figures whose spec, renderer or image options changed (or whose images are gone) are rendered.
    images = await updateImages(
      built.map((f) => ({ dir: f.dir, figure: f.data.figure })),
      { force: opts.force, renderer: opts.renderer, pages: opts.imagePages },
    );
    log(`Images: ${images.rendered.length} rendered, ${images.upToDate.length} up to date`);
  }

  const { builds, claims } = auditFigures(modules, opts.rawDir, { mode: opts.mode, figures });
  writeAudit(opts.outDir, modules, builds, claims);
  writePlotlyAsset(opts.outDir); // index.html loads it (the figures' pages have written it already, if any)
  writeFileAtomic(path.join(opts.outDir, "index.html"), indexHtml({ modules, figures, mode: opts.mode, claims }));
  log(`Wrote ${path.join(opts.outDir, "claims.json")}, audit.md and index.html`);
  return { fetched, figures, claims, builds, images };
}
