// The in-process stages of a rebuild, each timed on its own: copy/verify from the mirror, the
// lower bound (read + JSON.parse), parse through the loaders, every figure's data, and the
// outputs (HTML/CSV/JSON, then SVG and PNG through one Chromium), and the edits that make a
// rebuild see one changed figure. Sources and figures come
// from the registries, so new ones are measured without touching the benchmark.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildFigure } from "../../src/figures/build-figure";
import { SOURCES, type Source } from "../../src/catalog/sources";
import { FIGURES } from "../../src/figures/index";
import type { FigureData, FigureStatus } from "../../src/figures/types";
import { createRenderer, launchChromium, writeImages } from "../../src/outputs/render";
import { writeFigureOutputs } from "../../src/outputs/write";
import { clearLoadCache, loadCbsCsv, loadCbsOData, loadJsonStat } from "../../src/parse/load";
import { OFFICIAL_FORMATS } from "../../src/parse/content-check";
import { fetchSources, type FetchOutcome } from "../../src/raw/fetch";
import { rawPath, readRaw, readSidecar, sha256, storeRaw } from "../../src/raw/store";

export const tempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), `migratie-bench-${prefix}-`));

export async function copyStage(mirror: string): Promise<{ ms: number; rawDir: string; outcomes: FetchOutcome[] }> {
  const rawDir = tempDir("raw");
  const start = performance.now();
  const outcomes = await fetchSources(SOURCES, { rawDir, mirror, content: OFFICIAL_FORMATS });
  return { ms: performance.now() - start, rawDir, outcomes };
}

/** Catalogued sources whose file is present in rawDir (the others are needs-data or optional). */
const presentSources = (rawDir: string): Source[] => SOURCES.filter((s) => fs.existsSync(rawPath(rawDir, s)));

export interface Timed {
  id: string;
  ms: number;
}

/**
 * The lower bound: read every raw file and JSON.parse it, nothing else (no sidecar, no checksum,
 * no rows). The one CSV source is read and split into lines and fields, the least that yields its cells.
 */
export function lowerBound(rawDir: string): { ms: number; bytes: number; perSource: Timed[] } {
  let bytes = 0;
  const perSource: Timed[] = [];
  const start = performance.now();
  for (const s of presentSources(rawDir)) {
    const t = performance.now();
    const text = fs.readFileSync(rawPath(rawDir, s), "utf8");
    bytes += text.length;
    if (s.format === "cbs-csv") text.split("\n").map((line) => line.split(";"));
    else JSON.parse(text);
    perSource.push({ id: s.id, ms: performance.now() - t });
  }
  return { ms: performance.now() - start, bytes, perSource };
}

/** Loads one source through its format's loader (verify against the sidecar, parse, rows). */
function loadSource(s: Source, rawDir: string): number {
  switch (s.format) {
    case "cbs-odata-v3-json":
      return loadCbsOData(s.id, rawDir).data.rows.length;
    case "cbs-csv":
      return loadCbsCsv(s.id, rawDir).data.length;
    case "jsonstat-2.0":
      return loadJsonStat(s.id, rawDir).data.cells.length;
  }
}

/**
 * Every present source through its loader, with the loaders' cache emptied first: what one
 * `npm run figures` process does (the figure data stage after it reuses the parsed files).
 */
export function parseStage(rawDir: string): { ms: number; perSource: (Timed & { rows: number })[] } {
  const perSource: (Timed & { rows: number })[] = [];
  clearLoadCache();
  const start = performance.now();
  for (const s of presentSources(rawDir)) {
    const t = performance.now();
    const rows = loadSource(s, rawDir);
    perSource.push({ id: s.id, ms: performance.now() - t, rows });
  }
  return { ms: performance.now() - start, perSource };
}

/** Reading and verifying alone (sidecar and its schema, size, sha256), no parsing: the part of the parse stage the checks cost. */
export function verifyStage(rawDir: string): number {
  const start = performance.now();
  for (const s of presentSources(rawDir)) readRaw(rawDir, s);
  return performance.now() - start;
}

/** Every registered figure's data in annex mode, as `npm run figures` builds it (sources from the loaders' cache). */
export function figureDataStage(rawDir: string): {
  ms: number;
  perFigure: (Timed & { status: FigureStatus["status"]; message?: string })[];
  built: FigureData[];
} {
  const perFigure: (Timed & { status: FigureStatus["status"]; message?: string })[] = [];
  const built: FigureData[] = [];
  const start = performance.now();
  for (const m of FIGURES) {
    const t = performance.now();
    const status = buildFigure(m, { rawDir, mode: "annex" });
    perFigure.push({
      id: m.id,
      ms: performance.now() - t,
      status: status.status,
      message: status.status === "built" ? undefined : status.message,
    });
    if (status.status === "built") built.push(status.data);
  }
  return { ms: performance.now() - start, perFigure, built };
}

export interface OutputTimings {
  /** data.csv, figure.json, figure.html (plotly inlined), sources.json for all figures. */
  writeMs: number;
  /** Chromium launched and closed with nothing else: the browser's own start-up. */
  launchOnlyMs: number;
  /** createRenderer: launch plus loading plotly.js into the page. */
  rendererMs: number;
  /** SVG and PNG per figure. */
  perFigure: Timed[];
  closeMs: number;
  /** write + renderer + images + close: what `npm run figures` spends on outputs. */
  totalMs: number;
}

export async function outputsStage(built: FigureData[], outDir: string): Promise<OutputTimings> {
  const launch = performance.now();
  const browser = await launchChromium();
  await browser.close();
  const launchOnlyMs = performance.now() - launch;

  const start = performance.now();
  const dirs = built.map((f) => ({ dir: writeFigureOutputs(f, outDir), figure: f.figure, id: f.id }));
  const writeMs = performance.now() - start;
  const r0 = performance.now();
  const renderer = await createRenderer();
  const rendererMs = performance.now() - r0;
  const perFigure: Timed[] = [];
  let closeMs: number;
  try {
    for (const d of dirs) {
      const t = performance.now();
      await writeImages([d], renderer);
      perFigure.push({ id: d.id, ms: performance.now() - t });
    }
  } finally {
    const c = performance.now();
    await renderer.close();
    closeMs = performance.now() - c;
  }
  return { writeMs, launchOnlyMs, rendererMs, perFigure, closeMs, totalMs: performance.now() - start };
}

/** Every figure's SVG and PNG with `pages` pages rendering at once: Chromium start, plotly.js into each page, images, close. */
export async function imagesWithPages(built: FigureData[], outDir: string, pages: number): Promise<number> {
  const items = built.map((f) => {
    const dir = path.join(outDir, `pages-${pages}`, f.id);
    fs.mkdirSync(dir, { recursive: true });
    return { dir, figure: f.figure };
  });
  const start = performance.now();
  const renderer = await createRenderer(pages);
  try {
    await writeImages(items, renderer);
  } finally {
    await renderer.close();
  }
  return performance.now() - start;
}

/**
 * A new vintage of one source that feeds one figure only (as when CBS revises a table): every
 * number in its rows plus one, stored with a matching sidecar in the benchmark's own raw copy.
 * Returns the figure that changed.
 */
export function changeOneFigure(rawDir: string): string {
  const s = presentSources(rawDir).find(
    (x) => x.figures.length === 1 && x.format === "cbs-odata-v3-json" && x.need === "required",
  );
  if (!s) throw new Error("no source feeds exactly one figure: cannot measure a one-figure rebuild");
  const p = rawPath(rawDir, s);
  const doc = JSON.parse(fs.readFileSync(p, "utf8")) as { value: Record<string, unknown>[] };
  for (const row of doc.value)
    for (const [k, v] of Object.entries(row)) if (typeof v === "number" && k !== "ID") row[k] = v + 1;
  const bytes = Buffer.from(JSON.stringify(doc));
  storeRaw(p, bytes, {
    ...readSidecar(p),
    bytes: bytes.length,
    sha256: sha256(bytes),
    notes: "changed by the benchmark: every number plus one",
  });
  return s.figures[0];
}

/** Bytes of every file under dir. */
export function dirBytes(dir: string): number {
  let total = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile())
      total += fs.statSync(path.join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)).size;
  }
  return total;
}
