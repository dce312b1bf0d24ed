// Loaders: the only way figure modules read raw data. Each loader finds a catalogued file under
// the raw folder, verifies it against its sidecar, parses it in its official format, and returns
// the parsed table together with its provenance (request, vintage, checksum).
import * as fs from "node:fs";
import type { Source } from "../catalog/sources";
import { sourceById } from "../catalog/sources";
import { messages, type Lang } from "../i18n/index";
import { displayPath, originOf, type DataOrigin } from "../raw/data-source";
import { rawPath, readRaw, sidecarPath, type RawFile, type Sidecar } from "../raw/store";
import { parseCbsCsv } from "./cbs-csv";
import { parseCbsOData, type CbsODataDocument, type CbsRow } from "./cbs-odata";
import { parseJsonStat, type JsonStatDataset } from "./jsonstat";
import type { Shared } from "./shared";

export interface Provenance {
  sourceId: string;
  provider: "CBS" | "Eurostat";
  /** CBS table or Eurostat dataset code. */
  code: string;
  title: string;
  url: string;
  file: string;
  sha256: string;
  /** When the values were downloaded. */
  retrieved: string;
  /** The producer's last modification (CBS TableInfos.Modified, Eurostat updated), where known. */
  modified?: string;
  kind: Sidecar["kind"];
  /** The data it was read from: the shipped annex vintage, a mirror, or a live download (parse/citation.ts labels it). */
  data: DataOrigin;
}

export type { Shared };

export interface Loaded<T> {
  data: Shared<T>;
  provenance: Provenance;
}

/** A required raw file is absent: the figure needs data, it must not be filled in. */
// The folder is shown relative to the project when inside it: the message reaches pages that are handed out.
export class NeedsDataError extends Error {
  /** hint: how to get the file, instead of the general one (a figure whose tables no mirror has says so). */
  constructor(
    readonly source: Source,
    readonly rawDir: string,
    hint = "Download it live into data/raw and build from there (`npm run update`, or `npm run figures -- --data raw`), " +
      "or read a mirror that has it (--mirror, MIGRATIE_MIRROR).",
  ) {
    super(
      `needs data: ${source.provider} ${source.provider === "CBS" ? source.table : source.dataset} (${source.file}) is not in ${displayPath(rawDir)}. ${hint}`,
    );
    this.name = "NeedsDataError";
  }
}

function provenance(s: Source, sc: Sidecar, data: DataOrigin, modified?: string): Provenance {
  return {
    sourceId: s.id,
    provider: s.provider,
    code: s.provider === "CBS" ? s.table : s.dataset,
    title: s.title,
    url: sc.url,
    file: s.file,
    sha256: sc.sha256,
    retrieved: sc.retrieved,
    modified: modified ?? sc.tableModified,
    kind: sc.kind,
    data,
  };
}

// Each raw file is read, verified and parsed once per process and the result shared by every
// figure and claim that loads it (a rebuild loads most files several times: each figure, then the
// claims in both modes). An entry is used only while the data file and its sidecar are the very
// files that were verified: same inode, size, mtime and ctime (ctime cannot be set back by a
// writer, and atomic replacement gives a new inode); otherwise the file is read and verified again.
// Parsed values are shared by every caller: frozen at the top, typed readonly (Shared) below.
interface CacheEntry {
  stamp: string;
  raw: RawFile;
  /** Where the data came from (originOf resolves links, so once per verified file). */
  origin: DataOrigin;
  parsed: Map<string, unknown>;
}
const cache = new Map<string, CacheEntry>();

// Times in ms as doubles (a fraction of a microsecond apart at today's dates): the file system's own
// clock ticks far more coarsely, and a bigint stat costs twice as much on every load.
function fileStamp(p: string): string | undefined {
  const st = fs.statSync(p, { throwIfNoEntry: false });
  return st && `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;
}

/** Forgets every cached file (the benchmark measures a cold run this way). */
export function clearLoadCache(): void {
  cache.clear();
}

// Freezes the shared result and its top-level arrays and objects (the rows/cells arrays), not
// every row or cell: freezing one object per parsed row cost about as much as parsing them. The
// rows are typed readonly for the figures and claims that share them (Shared, src/parse/shared.ts).
function freezeTop<T>(v: T): T {
  if (typeof v !== "object" || v === null) return v;
  Object.freeze(v);
  if (!Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    for (const k of Object.keys(o)) if (typeof o[k] === "object" && o[k] !== null) Object.freeze(o[k]);
  }
  return v;
}

function readOrNeed(sourceId: string, rawDir: string): CacheEntry {
  const s = sourceById(sourceId);
  const p = rawPath(rawDir, s);
  const before = `${fileStamp(p)}|${fileStamp(sidecarPath(p))}`;
  const hit = cache.get(p);
  if (hit && hit.stamp === before && hit.raw.source.id === s.id) return hit;
  cache.delete(p);
  const raw = readRaw(rawDir, s);
  if (!raw) throw new NeedsDataError(s, rawDir);
  // Kept only if nothing changed the files while they were read.
  const entry = {
    stamp: before,
    raw,
    origin: Object.freeze(originOf(rawDir, raw.sidecar)),
    parsed: new Map<string, unknown>(),
  };
  if (`${fileStamp(p)}|${fileStamp(sidecarPath(p))}` === before) cache.set(p, entry);
  return entry;
}

/** The file parsed by `parse`, once per verified file and format. */
function parsedOnce<T>(
  sourceId: string,
  rawDir: string,
  format: string,
  parse: (raw: RawFile) => T,
): { data: T; raw: RawFile; origin: DataOrigin } {
  const entry = readOrNeed(sourceId, rawDir);
  if (!entry.parsed.has(format)) entry.parsed.set(format, freezeTop(parse(entry.raw)));
  return { data: entry.parsed.get(format) as T, raw: entry.raw, origin: entry.origin };
}

/**
 * True when a catalogued file is present under rawDir. A present but damaged file counts as
 * present: its loader then stops with the reason, instead of the file being silently skipped.
 */
export function hasRaw(sourceId: string, rawDir: string): boolean {
  return fs.existsSync(rawPath(rawDir, sourceById(sourceId)));
}

// The loaders return shared, frozen values: copy before changing them.
export function loadCbsOData(sourceId: string, rawDir: string): Loaded<CbsODataDocument> {
  const { data, raw, origin } = parsedOnce(sourceId, rawDir, "odata", (r) =>
    parseCbsOData(r.bytes.toString("utf8"), r.path, {
      counts: r.source.provider === "CBS" ? r.source.counts : undefined,
    }),
  );
  return { data, provenance: provenance(raw.source, raw.sidecar, origin) };
}

/** The CSV's rows, with the catalog's `columns` and Perioden only when the catalog names columns. */
export function loadCbsCsv(sourceId: string, rawDir: string): Loaded<CbsRow[]> {
  const { data, raw, origin } = parsedOnce(sourceId, rawDir, "csv", (r) =>
    parseCbsCsv(
      r.bytes.toString("utf8"),
      r.path,
      r.source.provider === "CBS" ? { counts: r.source.counts, columns: r.source.columns } : {},
    ),
  );
  return { data, provenance: provenance(raw.source, raw.sidecar, origin) };
}

export function loadJsonStat(sourceId: string, rawDir: string): Loaded<JsonStatDataset> {
  const { data, raw, origin } = parsedOnce(sourceId, rawDir, "jsonstat", (r) =>
    r.source.provider === "Eurostat"
      ? parseJsonStat(r.bytes.toString("utf8"), r.path, r.source.dataset, {
          measureKind: r.source.measureKind,
          dimensions: r.source.dimensions,
        })
      : parseJsonStat(r.bytes.toString("utf8"), r.path),
  );
  return { data, provenance: provenance(raw.source, raw.sidecar, origin, data.updated) };
}

/** CBS TableInfos.Modified from a catalogued TableInfos file, when present. */
export function loadCbsModified(sourceId: string, rawDir: string): string | undefined {
  if (!hasRaw(sourceId, rawDir)) return undefined;
  const m = loadCbsOData(sourceId, rawDir).data.rows[0]?.Modified;
  return typeof m === "string" ? m : undefined;
}

/** "opgehaald 2025-04-22" or "versie 2025-06-27, opgehaald 2026-06-03": the vintage for a source line. */
export function vintageLabel(p: Provenance, lang: Lang = "nl"): string {
  return messages(lang).source.vintage(p.modified?.slice(0, 10), p.retrieved.slice(0, 10));
}
