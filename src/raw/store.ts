// The raw store: data/raw/<file> plus <file>.origin.json, in the mirror's layout.
// Raw bytes are written once, atomically, and verified against their sidecar on every read.
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Source, SourceFormat } from "../catalog/sources";
import { validateSource } from "../catalog/sources";

/** The `.origin.json` sidecar, as defined in the mirror's README. */
export interface Sidecar {
  file: string;
  bytes: number;
  sha256: string;
  provider: "CBS" | "Eurostat";
  table?: string;
  dataset?: string;
  title: string;
  /** The API request that returns this content. */
  url: string;
  format: SourceFormat;
  /** When the values were downloaded from the producer: the vintage. */
  retrieved: string;
  /** CBS TableInfos.Modified, or Eurostat's `updated`, of that vintage, where known. */
  tableModified?: string;
  kind: "recorded" | "reconstructed";
  derivedFrom?: unknown;
  notes?: string;
  /** Written by this project: where the file was copied from, when it came from a mirror. */
  copiedFrom?: { mirror: string; at: string };
  /** Written by this project: the last check whether the producer's table changed. */
  checked?: { at: string; method: string; producerModified?: string; result: string };
}

export class RawDataError extends Error {
  constructor(
    readonly file: string,
    readonly cause_: string,
  ) {
    super(`${file}: ${cause_}`);
    this.name = "RawDataError";
  }
}

export const sidecarPath = (dataPath: string) => `${dataPath}.origin.json`;

export function sha256(buf: Buffer | string): string {
  return crypto.createHash("sha256").update(buf).digest("hex");
}

export function rawPath(rawDir: string, s: Source): string {
  validateSource(s);
  return path.join(rawDir, ...s.file.split("/"));
}

/**
 * Writes a file atomically: a temporary file in the same folder, fsync, then rename.
 * An interrupted or failed write never leaves a partial file and never replaces a good one.
 */
export function writeFileAtomic(target: string, data: Buffer | string): void {
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString("hex")}.tmp`);
  try {
    const fd = fs.openSync(tmp, "w");
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** Stores a data file and its sidecar (data first: a crash in between is caught by the checksum). */
export function storeRaw(target: string, data: Buffer, sidecar: Sidecar): void {
  writeFileAtomic(target, data);
  writeFileAtomic(sidecarPath(target), JSON.stringify(sidecar, null, 2) + "\n");
}

export function readSidecar(dataPath: string): Sidecar {
  const p = sidecarPath(dataPath);
  if (!fs.existsSync(p)) throw new RawDataError(dataPath, `no sidecar ${path.basename(p)}: origin and checksum unknown, refusing to use it`);
  let sc: Sidecar;
  try {
    sc = JSON.parse(fs.readFileSync(p, "utf8"));
  } catch (e) {
    throw new RawDataError(p, `sidecar is not valid JSON (${(e as Error).message})`);
  }
  for (const key of ["sha256", "bytes", "url", "retrieved"] as const) {
    if (sc[key] === undefined) throw new RawDataError(p, `sidecar lacks "${key}"`);
  }
  return sc;
}

/** Throws unless the bytes match the sidecar's size and sha256. */
export function verifyBytes(dataPath: string, buf: Buffer, sc: Sidecar): void {
  if (buf.length !== sc.bytes) {
    throw new RawDataError(dataPath, `size ${buf.length} bytes differs from its sidecar (${sc.bytes} bytes): the file is truncated or was changed`);
  }
  const sum = sha256(buf);
  if (sum !== sc.sha256) {
    throw new RawDataError(dataPath, `sha256 ${sum} does not match its sidecar (${sc.sha256}): the file was changed or corrupted`);
  }
}

export interface RawFile {
  source: Source;
  path: string;
  bytes: Buffer;
  sidecar: Sidecar;
}

/** Reads a catalogued raw file and verifies it; undefined when the file is absent. */
export function readRaw(rawDir: string, s: Source): RawFile | undefined {
  const p = rawPath(rawDir, s);
  if (!fs.existsSync(p)) return undefined;
  const sidecar = readSidecar(p);
  const bytes = fs.readFileSync(p);
  verifyBytes(p, bytes, sidecar);
  return { source: s, path: p, bytes, sidecar };
}

/** The vintage to show on a figure: the producer's modification date where known, else the retrieval date. */
export function vintageOf(sc: Sidecar): string {
  return (sc.tableModified ?? sc.retrieved).slice(0, 10);
}
