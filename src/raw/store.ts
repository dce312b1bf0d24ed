// The raw store: data/raw/<file> plus <file>.origin.json, in the mirror's layout.
// Raw bytes are written atomically (temporary file, fsync, rename: the steps of io/atomic-write.ts),
// a data file and its sidecar are replaced together or not at all, and every read verifies the bytes
// against the sidecar.
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Source, SourceFormat } from "../catalog/sources";
import { validateSource } from "../catalog/sources";
import { isInShippedVintage } from "../paths";
import { ensureDir, FileWriteError, fsReason, syncDir, tempFileOwner, tempPathFor, writeFileAtomic, writeTemp } from "../io/atomic-write";

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
  checked?: {
    at: string;
    /** What was compared, e.g. "CBS TableInfos.Modified". */
    method: string;
    /** The request that answered the check. */
    url?: string;
    /** The producer's modification date found by the check. */
    producerModified?: string;
    /** Our copy's tableModified before the check. */
    previous?: string;
    /** unchanged (kept), changed, new, refresh, request changed, damaged copy, unknown. */
    result: string;
  };
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

/** The shipped vintage (data/annex-2025) is read-only: every write of raw data goes through this check. */
export function refuseShippedVintage(target: string): void {
  if (isInShippedVintage(target)) {
    throw new RawDataError(target, "is in the shipped annex vintage (data/annex-2025), which is read-only: downloads go to data/raw (npm run update, --data raw)");
  }
}

export function sha256(buf: Buffer | string): string {
  return crypto.createHash("sha256").update(buf).digest("hex");
}

export function rawPath(rawDir: string, s: Source): string {
  validateSource(s);
  return path.join(rawDir, ...s.file.split("/"));
}

/** Replaces only a sidecar (e.g. to record a check), atomically; the data file is not touched. */
export function writeSidecar(dataPath: string, sidecar: Sidecar): void {
  refuseShippedVintage(dataPath);
  try {
    writeFileAtomic(sidecarPath(dataPath), JSON.stringify(sidecar, null, 2) + "\n");
  } catch (e) {
    if (e instanceof FileWriteError) throw new RawDataError(e.file, e.reason); // a raw file's sidecar: a raw-data error
    throw e;
  }
}

/**
 * Stores a data file and its sidecar as one change. Both are written to temporary files first (a
 * full disk or an unwritable folder fails here, before anything is replaced); then the data file is
 * renamed into place and then the sidecar. Should the second rename fail, the previous data file is
 * put back, so the pair on disk is always the old one or the new one. A crash between the two renames
 * leaves a data file that no longer matches its sidecar: every read refuses it (sha256), and the
 * next fetch replaces it.
 */
export function storeRaw(target: string, data: Buffer, sidecar: Sidecar): void {
  refuseShippedVintage(target);
  const sideTarget = sidecarPath(target);
  const temps: string[] = [];
  let backup: string | undefined;
  try {
    ensureDir(path.dirname(target));
    const dataTmp = writeTemp(target, data);
    temps.push(dataTmp);
    const sideTmp = writeTemp(sideTarget, JSON.stringify(sidecar, null, 2) + "\n");
    temps.push(sideTmp);
    if (fs.existsSync(target)) {
      backup = tempPathFor(target);
      try {
        fs.linkSync(target, backup); // a second name for the old bytes, no copy
      } catch {
        fs.copyFileSync(target, backup);
      }
    }
    fs.renameSync(dataTmp, target);
    try {
      fs.renameSync(sideTmp, sideTarget);
    } catch (e) {
      // Put the previous data file back (or remove the new one if there was none): never a mismatched pair.
      if (backup) {
        fs.renameSync(backup, target);
        backup = undefined;
      } else fs.rmSync(target, { force: true });
      throw e;
    }
    syncDir(path.dirname(target));
  } catch (e) {
    throw new RawDataError(target, `cannot store the download: ${fsReason(e)}; the previous file (if any) is unchanged`);
  } finally {
    for (const t of temps) fs.rmSync(t, { force: true });
    if (backup) fs.rmSync(backup, { force: true });
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes temporary files left by a process that was killed mid-write (its pid is gone).
 * Files of running processes, ours included, are left alone. Returns the removed paths.
 */
export function removeStaleTemps(rawDir: string): string[] {
  const removed: string[] = [];
  if (!fs.existsSync(rawDir)) return removed;
  for (const entry of fs.readdirSync(rawDir, { withFileTypes: true, recursive: true })) {
    const pid = tempFileOwner(entry.name);
    if (!entry.isFile() || pid === undefined) continue;
    if (pid === process.pid || processAlive(pid)) continue;
    const p = path.join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
    fs.rmSync(p, { force: true });
    removed.push(p);
  }
  return removed;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function readSidecar(dataPath: string): Sidecar {
  const p = sidecarPath(dataPath);
  if (!fs.existsSync(p)) throw new RawDataError(dataPath, `no sidecar ${path.basename(p)}: origin and checksum unknown, refusing to use it`);
  let sc: Sidecar;
  try {
    sc = JSON.parse(fs.readFileSync(p, "utf8"));
  } catch (e) {
    throw new RawDataError(p, `sidecar is not valid JSON (${(e as Error).message})`);
  }
  if (typeof sc !== "object" || sc === null || Array.isArray(sc)) throw new RawDataError(p, "sidecar is not a JSON object");
  for (const key of ["sha256", "bytes", "url", "retrieved"] as const) {
    if (sc[key] === undefined) throw new RawDataError(p, `sidecar lacks "${key}"`);
  }
  if (typeof sc.sha256 !== "string" || !SHA256_HEX.test(sc.sha256)) throw new RawDataError(p, `sidecar's sha256 "${sc.sha256}" is not a sha256 in hex`);
  if (!Number.isInteger(sc.bytes) || sc.bytes < 0) throw new RawDataError(p, `sidecar's bytes "${sc.bytes}" is not a byte count`);
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

const FIX_HINT = "Run `npm run fetch -- --only <source id>` (or with MIGRATIE_MIRROR set) to replace it.";

/** Reads a catalogued raw file and verifies it; undefined when the file is absent. */
export function readRaw(rawDir: string, s: Source): RawFile | undefined {
  const p = rawPath(rawDir, s);
  if (!fs.existsSync(p)) return undefined;
  try {
    const sidecar = readSidecar(p);
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(p);
    } catch (e) {
      throw new RawDataError(p, `cannot read: ${fsReason(e)}`);
    }
    verifyBytes(p, bytes, sidecar);
    return { source: s, path: p, bytes, sidecar };
  } catch (e) {
    if (e instanceof RawDataError) throw new RawDataError(e.file, `${e.cause_}. ${FIX_HINT.replace("<source id>", s.id)}`);
    throw e;
  }
}
