// Loaders: the only way figure modules read raw data. Each loader finds a catalogued file under
// the raw folder, verifies it against its sidecar, parses it in its official format, and returns
// the parsed table together with its provenance (request, vintage, checksum).
import * as fs from "node:fs";
import type { Source } from "../catalog/sources";
import { sourceById } from "../catalog/sources";
import { messages, type Lang } from "../i18n/index";
import { defaultRawDir } from "../paths";
import { originOf, type DataOrigin } from "../raw/data-source";
import { rawPath, readRaw, type Sidecar } from "../raw/store";
import { parseCbsCsv } from "./cbs-csv";
import { parseCbsOData, type CbsODataDocument, type CbsRow } from "./cbs-odata";
import { parseJsonStat, type JsonStatDataset } from "./jsonstat";

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

export interface Loaded<T> {
  data: T;
  provenance: Provenance;
}

/** A required raw file is absent: the figure needs data, it must not be filled in. */
export class NeedsDataError extends Error {
  constructor(readonly source: Source, rawDir: string) {
    super(
      `needs data: ${source.provider} ${source.provider === "CBS" ? source.table : source.dataset} ` +
        `(${source.file}) is not in ${rawDir}. Download it live into data/raw and build from there ` +
        `(\`npm run update\`, or \`npm run figures -- --data raw\`), or read a mirror that has it (--mirror, MIGRATIE_MIRROR).`,
    );
    this.name = "NeedsDataError";
  }
}

function provenance(s: Source, sc: Sidecar, rawDir: string, modified?: string): Provenance {
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
    data: originOf(rawDir, sc),
  };
}

function readOrNeed(sourceId: string, rawDir: string) {
  const s = sourceById(sourceId);
  const raw = readRaw(rawDir, s);
  if (!raw) throw new NeedsDataError(s, rawDir);
  return raw;
}

/**
 * True when a catalogued file is present under rawDir. A present but damaged file counts as
 * present: its loader then stops with the reason, instead of the file being silently skipped.
 */
export function hasRaw(sourceId: string, rawDir = defaultRawDir()): boolean {
  return fs.existsSync(rawPath(rawDir, sourceById(sourceId)));
}

export function loadCbsOData(sourceId: string, rawDir = defaultRawDir()): Loaded<CbsODataDocument> {
  const raw = readOrNeed(sourceId, rawDir);
  const data = parseCbsOData(raw.bytes.toString("utf8"), raw.path, { counts: raw.source.provider === "CBS" ? raw.source.counts : undefined });
  return { data, provenance: provenance(raw.source, raw.sidecar, rawDir) };
}

export function loadCbsCsv(sourceId: string, rawDir = defaultRawDir()): Loaded<CbsRow[]> {
  const raw = readOrNeed(sourceId, rawDir);
  const counts = raw.source.provider === "CBS" ? raw.source.counts : undefined;
  return { data: parseCbsCsv(raw.bytes.toString("utf8"), raw.path, { counts }), provenance: provenance(raw.source, raw.sidecar, rawDir) };
}

export function loadJsonStat(sourceId: string, rawDir = defaultRawDir()): Loaded<JsonStatDataset> {
  const raw = readOrNeed(sourceId, rawDir);
  const s = raw.source;
  const data = s.provider === "Eurostat"
    ? parseJsonStat(raw.bytes.toString("utf8"), raw.path, s.dataset, { measureKind: s.measureKind, dimensions: s.dimensions })
    : parseJsonStat(raw.bytes.toString("utf8"), raw.path);
  return { data, provenance: provenance(s, raw.sidecar, rawDir, data.updated) };
}

/** CBS TableInfos.Modified from a catalogued TableInfos file, when present. */
export function loadCbsModified(sourceId: string, rawDir = defaultRawDir()): string | undefined {
  if (!hasRaw(sourceId, rawDir)) return undefined;
  const m = loadCbsOData(sourceId, rawDir).data.rows[0]?.Modified;
  return typeof m === "string" ? m : undefined;
}

/** "opgehaald 2025-04-22" or "versie 2025-06-27, opgehaald 2026-06-03": the vintage for a source line. */
export function vintageLabel(p: Provenance, lang: Lang = "nl"): string {
  return messages(lang).source.vintage(p.modified?.slice(0, 10), p.retrieved.slice(0, 10));
}
