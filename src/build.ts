// The whole rebuild: fetch what is missing, build every figure's data, write its outputs and
// images, and evaluate the annex's claims. Used by `npm run figures` and the benchmark.
import * as fs from "node:fs";
import * as path from "node:path";
import { sourceById, type Source } from "./catalog/sources";
import { evaluateClaims } from "./claims/index";
import type { ClaimResult } from "./claims/types";
import { FIGURES } from "./figures/index";
import type { FigureData, FigureModule, Mode } from "./figures/types";
import { writeImages, createRenderer } from "./outputs/render";
import { writeFigureOutputs } from "./outputs/write";
import { NeedsDataError } from "./parse/load";
import { fetchSources, type FetchOptions, type FetchOutcome } from "./raw/fetch";
import { rawPath, writeFileAtomic } from "./raw/store";

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

export type FigureStatus =
  | { id: string; status: "built"; dir: string; data: FigureData }
  | { id: string; status: "needs-data"; message: string; sources: Source[] }
  | { id: string; status: "failed"; message: string };

export interface BuildAllResult {
  fetched: FetchOutcome[];
  figures: FigureStatus[];
  claims: ClaimResult[];
}

/** Fetches (from the mirror, or live) only the catalogued files that are not in rawDir yet. */
export async function fetchMissing(modules: FigureModule[], opts: BuildAllOptions): Promise<FetchOutcome[]> {
  const wanted = [...new Set(modules.flatMap((m) => m.sourceIds))].map(sourceById);
  const absent = wanted.filter((s) => !fs.existsSync(rawPath(opts.rawDir, s)));
  if (!absent.length) return [];
  opts.log?.(`Fetching ${absent.length} missing source(s) ${opts.mirror ? `from mirror ${opts.mirror}` : "live"}`);
  return fetchSources(absent, { rawDir: opts.rawDir, mirror: opts.mirror, ...opts.fetchHandlers });
}

export function buildFigure(m: FigureModule, opts: Pick<BuildAllOptions, "rawDir" | "mode">): FigureStatus {
  try {
    return { id: m.id, status: "built", dir: "", data: m.build({ rawDir: opts.rawDir, mode: opts.mode }) };
  } catch (e) {
    if (e instanceof NeedsDataError) return { id: m.id, status: "needs-data", message: e.message, sources: [e.source] };
    // Corrupt or unexpected raw files: the error names the file and the cause; no stack trace for users.
    return { id: m.id, status: "failed", message: (e as Error).message };
  }
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

  // Published values are checked in annex mode only: in latest mode the periods differ.
  const annex = new Map<string, FigureData>();
  const missing = new Map<string, string>();
  for (const f of figures) {
    if (f.status === "built" && f.data.mode === "annex") annex.set(f.id, f.data);
    else if (f.status === "built") {
      const again = buildFigure(modules.find((m) => m.id === f.id)!, { rawDir: opts.rawDir, mode: "annex" });
      if (again.status === "built") annex.set(f.id, again.data);
    } else missing.set(f.id, f.message);
  }
  const claims = evaluateClaims(annex, missing).filter((c) => modules.some((m) => m.id === c.figure));
  writeFileAtomic(path.join(opts.outDir, "claims.json"), JSON.stringify(claims, null, 2) + "\n");
  return { fetched, figures, claims };
}
