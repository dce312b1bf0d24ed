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
import { ensureDir, writeFileAtomic } from "./io/atomic-write";
import { IMAGES_STAMP, removeOutdatedImages, updateImages, type RendererFactory } from "./outputs/render";
import { plotlyAssetSrc, writePlotlyAsset } from "./outputs/page";
import { guardSummaries, setPhase } from "./outputs/run-guard";
import { removeFigureOutputs, writeFigureOutputs } from "./outputs/write";
import { OFFICIAL_FORMATS } from "./parse/content-check";
import { dataLine, fetchTarget, type DataSource } from "./raw/data-source";
import { fetchMissing, type FetchOptions, type FetchOutcome } from "./raw/fetch";
import type { Builds } from "./report/audit";
import { auditFigures, writeAudit } from "./report/audit-run";
import { otherVintages } from "./report/vintages";
import { indexHtml, otherLanguageLink, type OtherLanguage } from "./report/index-page";
import type { Lang } from "./i18n/index";
import { dataFolders, defaultRawDir, langOutDir } from "./paths";

export interface BuildAllOptions {
  /** The one folder every figure reads (raw/data-source.ts); only a raw folder is fetched into. */
  data: DataSource;
  /** The output folder: Dutch outputs in it, English ones in its en/ (paths.ts langOutDir); one assets/ for both. */
  outDir: string;
  /** The outputs' language: nl (default, the publication's) or en. */
  lang?: Lang;
  mode: Mode;
  figures?: FigureModule[];
  /**
   * A partial run (the CLI's --only): write the figures' outputs, evaluate their claims on every
   * figure, and leave claims.json, audit.md and index.html of the last whole run as they are.
   * Without it, the audit and index.html are written for `figures`.
   */
  partial?: boolean;
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
  /** Where this language's outputs went (outDir, or outDir/en). */
  outDir: string;
  /**
   * Only some figures were built (--only): their claims are evaluated (on every figure, so that
   * comparisons hold) and returned, but claims.json, audit.md and index.html of the last whole run
   * are left as they are: a partial run never passes for the whole audit.
   */
  partial: boolean;
  fetched: FetchOutcome[];
  figures: FigureStatus[];
  /** The claims of the figures built (all claims in a whole run). */
  claims: ClaimResult[];
  /** Every figure in both modes: what the claims were checked on. */
  builds: Builds;
  /** Why the SVG/PNG images could not be made (Chromium missing, ...); the stale ones were removed. */
  imagesError?: string;
  /** Figure folders whose images were rendered, and those whose images were already up to date. */
  images: { rendered: string[]; upToDate: string[] };
}

export async function buildAll(opts: BuildAllOptions): Promise<BuildAllResult> {
  const modules = opts.figures ?? FIGURES;
  const log = opts.log ?? (() => {});
  const rawDir = opts.data.dir;
  const lang = opts.lang ?? "nl";
  const outDir = langOutDir(opts.outDir, lang);
  // Before anything is fetched or written; out/en/ lies inside out/, so checking out/ covers both.
  refuseOverlap(opts.outDir, dataFolders(defaultRawDir(), opts.data.dir));
  // Missing files are fetched only into a raw folder (--data raw): the shipped vintage and a mirror are read as they are.
  const target = fetchTarget(opts.data);
  setPhase(`fetching the missing files into ${target}`);
  const fetched = target
    ? await fetchMissing(modules, { rawDir: target, content: OFFICIAL_FORMATS, fetchHandlers: opts.fetchHandlers, log })
    : [];
  for (const f of fetched.filter((x) => x.status === "failed")) log(`ERROR fetching ${f.source.file}: ${f.message}`);

  setPhase("building the figures");
  const figures = modules.map((m) => buildFigure(m, { rawDir, mode: opts.mode, lang }));
  assertOneDataSource(figures, opts.data);
  ensureDir(outDir);
  // From the first figure written until the summaries are, an interrupt removes the old ones (outputs/run-guard.ts).
  const summariesWritten = guardSummaries(outDir);
  setPhase(`writing the figures into ${outDir}`);
  for (const f of figures) {
    if (f.status === "built") f.dir = writeFigureOutputs(f.data, outDir, opts.outDir, lang);
    // A failed figure's outputs of an earlier run are removed, not left looking current.
    else if (f.status === "failed" && removeFigureOutputs(outDir, f.id))
      log(`  ${f.id}: its outputs of an earlier run were removed (${path.join(outDir, f.id)})`);
  }
  const built = figures.filter((f): f is Extract<FigureStatus, { status: "built" }> => f.status === "built");
  let imagesError: string | undefined;
  let images: BuildAllResult["images"] = { rendered: [], upToDate: [] };
  if (opts.images !== false && built.length) {
    setPhase("rendering the images (Chromium)");
    try {
      // Only figures whose spec, renderer or image options changed (or whose images are gone) are rendered.
      images = await updateImages(
        built.map((f) => ({ dir: f.dir, figure: f.data.figure })),
        { force: opts.force, renderer: opts.renderer, pages: opts.imagePages },
      );
      log(`Images: ${images.rendered.length} rendered, ${images.upToDate.length} up to date`);
    } catch (e) {
      // The audit and report of this run are still written; images of an earlier run are removed,
      // never left beside this run's data as if they were its own.
      imagesError = (e as Error).message;
      for (const f of built)
        for (const img of ["figure.svg", "figure.png", IMAGES_STAMP]) fs.rmSync(path.join(f.dir, img), { force: true });
      log(
        `ERROR images not written: ${imagesError}. The figures' SVG/PNG in ${outDir} were removed (not left stale); everything else was written.`,
      );
    }
  } else if (built.length) {
    // Without images, a picture of another spec (other data, mode or language) is removed, never kept beside the new data.
    const removed = removeOutdatedImages(
      built.map((f) => ({ dir: f.dir, figure: f.data.figure })),
      opts.renderer && (() => opts.renderer!.id()),
    );
    if (removed.length)
      log(
        `Images: SVG/PNG of ${removed.map((d) => path.basename(d)).join(", ")} removed: their figure changed since they were rendered (run without --no-images to draw them again)`,
      );
  }

  setPhase("checking the claims");
  const partial = opts.partial === true;
  // A partial run's claims are checked on every figure (a claim may compare with one not in --only);
  // every other data vintage present is evaluated beside the run's (the robustness audit's vintage readings).
  const audit = auditFigures(
    partial ? FIGURES : modules,
    rawDir,
    { mode: opts.mode, figures },
    lang,
    otherVintages(opts.data),
  );
  const builds = audit.builds;
  assertOneDataSource([...builds.annex, ...builds.latest], opts.data);
  if (partial) {
    const claims = audit.claims.filter((c) => modules.some((m) => m.id === c.figure));
    log(
      `Partial run (${modules.map((m) => m.id).join(", ")}): claims.json, audit.md and index.html in ${outDir} ` +
        "are left as the last whole run wrote them; run without --only to update them",
    );
    return { outDir, partial, fetched, figures, claims, builds, images, imagesError };
  }
  const claims = audit.claims;
  const data = dataLine(opts.data, lang);
  writeAudit(outDir, modules, builds, claims, data, lang);
  writePlotlyAsset(opts.outDir); // index.html loads it (the figures' pages have written it already, if any)
  const plotly = plotlyAssetSrc(opts.outDir, outDir);
  writeFileAtomic(
    path.join(outDir, "index.html"),
    indexHtml({
      modules,
      figures,
      mode: opts.mode,
      claims,
      data,
      lang,
      plotly,
      otherLanguage: otherLanguage(opts.outDir, lang),
    }),
  );
  refreshOtherLink(opts.outDir, lang);
  summariesWritten();
  setPhase("finishing");
  log(`Wrote ${path.join(outDir, "claims.json")}, audit.md and index.html`);
  return { outDir, partial, fetched, figures, claims, builds, images, imagesError };
}

/** The other language's index.html, built before this one, said this one was not built yet: now it is. */
function refreshOtherLink(outDir: string, lang: Lang): void {
  const other: Lang = lang === "nl" ? "en" : "nl";
  const page = path.join(langOutDir(outDir, other), "index.html");
  if (!fs.existsSync(page)) return;
  const html = fs.readFileSync(page, "utf8");
  const updated = html.replace(/<p id="other-language">.*?<\/p>/, () =>
    otherLanguageLink(otherLanguage(outDir, other), other),
  );
  if (updated !== html) writeFileAtomic(page, updated);
}

/** The other language's index.html, relative to this one's; it says how to build it when it is not there. */
function otherLanguage(outDir: string, lang: Lang): OtherLanguage {
  const other: Lang = lang === "nl" ? "en" : "nl";
  const here = langOutDir(outDir, lang);
  const page = path.join(langOutDir(outDir, other), "index.html");
  return {
    lang: other,
    href: path.relative(here, page).split(path.sep).join("/"),
    built: fs.existsSync(page),
    command: `npm run figures -- --lang ${other}`,
  };
}

/** A figure is never built from two vintages: every file read must come from the run's one folder. */
export function assertOneDataSource(figures: FigureStatus[], data: DataSource): void {
  for (const f of figures) {
    if (f.status !== "built") continue;
    const other = f.data.sources.find((p) => path.resolve(p.data.folder) !== path.resolve(data.dir));
    if (other)
      throw new Error(
        `${f.id}: ${other.file} was read from ${other.data.folder}, not from the run's data ${data.dir}: a figure is never built from two vintages`,
      );
  }
}
